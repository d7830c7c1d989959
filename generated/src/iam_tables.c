/*
 * iam_tables.c - the service descriptor, operations and shapes of
 * IAM.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/iam.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_iam_access_details, count) == offsetof(struct awsc_list_view, count), "AccessDetails");
_Static_assert(offsetof(struct awsc_iam_tag_key_list_type, count) == offsetof(struct awsc_list_view, count), "tagKeyListType");
_Static_assert(offsetof(struct awsc_iam_context_entry_list_type, count) == offsetof(struct awsc_list_view, count), "ContextEntryListType");
_Static_assert(offsetof(struct awsc_iam_evaluation_results_list_type, count) == offsetof(struct awsc_list_view, count), "EvaluationResultsListType");
_Static_assert(offsetof(struct awsc_iam_managed_policy_detail_list_type, count) == offsetof(struct awsc_list_view, count), "ManagedPolicyDetailListType");
_Static_assert(offsetof(struct awsc_iam_open_id_connect_provider_list_type, count) == offsetof(struct awsc_list_view, count), "OpenIDConnectProviderListType");
_Static_assert(offsetof(struct awsc_iam_organization_policy_list_type, count) == offsetof(struct awsc_list_view, count), "OrganizationPolicyListType");
_Static_assert(offsetof(struct awsc_iam_policy_exclusions_list_type, count) == offsetof(struct awsc_list_view, count), "PolicyExclusionsListType");
_Static_assert(offsetof(struct awsc_iam_policy_group_list_type, count) == offsetof(struct awsc_list_view, count), "PolicyGroupListType");
_Static_assert(offsetof(struct awsc_iam_policy_role_list_type, count) == offsetof(struct awsc_list_view, count), "PolicyRoleListType");
_Static_assert(offsetof(struct awsc_iam_policy_user_list_type, count) == offsetof(struct awsc_list_view, count), "PolicyUserListType");
_Static_assert(offsetof(struct awsc_iam_resource_specific_result_list_type, count) == offsetof(struct awsc_list_view, count), "ResourceSpecificResultListType");
_Static_assert(offsetof(struct awsc_iam_role_usage_list_type, count) == offsetof(struct awsc_list_view, count), "RoleUsageListType");
_Static_assert(offsetof(struct awsc_iam_saml_provider_list_type, count) == offsetof(struct awsc_list_view, count), "SAMLProviderListType");
_Static_assert(offsetof(struct awsc_iam_ssh_public_key_list_type, count) == offsetof(struct awsc_list_view, count), "SSHPublicKeyListType");
_Static_assert(offsetof(struct awsc_iam_service_specific_credentials_list_type, count) == offsetof(struct awsc_list_view, count), "ServiceSpecificCredentialsListType");
_Static_assert(offsetof(struct awsc_iam_services_last_accessed, count) == offsetof(struct awsc_list_view, count), "ServicesLastAccessed");
_Static_assert(offsetof(struct awsc_iam_statement_list_type, count) == offsetof(struct awsc_list_view, count), "StatementListType");
_Static_assert(offsetof(struct awsc_iam_tracked_actions_last_accessed, count) == offsetof(struct awsc_list_view, count), "TrackedActionsLastAccessed");
_Static_assert(offsetof(struct awsc_iam_access_key_metadata_list_type, count) == offsetof(struct awsc_list_view, count), "accessKeyMetadataListType");
_Static_assert(offsetof(struct awsc_iam_attached_policies_list_type, count) == offsetof(struct awsc_list_view, count), "attachedPoliciesListType");
_Static_assert(offsetof(struct awsc_iam_certificate_list_type, count) == offsetof(struct awsc_list_view, count), "certificateListType");
_Static_assert(offsetof(struct awsc_iam_delegation_requests_list_type, count) == offsetof(struct awsc_list_view, count), "delegationRequestsListType");
_Static_assert(offsetof(struct awsc_iam_entity_details_list_type, count) == offsetof(struct awsc_list_view, count), "entityDetailsListType");
_Static_assert(offsetof(struct awsc_iam_group_detail_list_type, count) == offsetof(struct awsc_list_view, count), "groupDetailListType");
_Static_assert(offsetof(struct awsc_iam_group_list_type, count) == offsetof(struct awsc_list_view, count), "groupListType");
_Static_assert(offsetof(struct awsc_iam_instance_profile_list_type, count) == offsetof(struct awsc_list_view, count), "instanceProfileListType");
_Static_assert(offsetof(struct awsc_iam_list_policy_granting_service_access_response_list_type, count) == offsetof(struct awsc_list_view, count), "listPolicyGrantingServiceAccessResponseListType");
_Static_assert(offsetof(struct awsc_iam_mfa_device_list_type, count) == offsetof(struct awsc_list_view, count), "mfaDeviceListType");
_Static_assert(offsetof(struct awsc_iam_policy_detail_list_type, count) == offsetof(struct awsc_list_view, count), "policyDetailListType");
_Static_assert(offsetof(struct awsc_iam_policy_document_version_list_type, count) == offsetof(struct awsc_list_view, count), "policyDocumentVersionListType");
_Static_assert(offsetof(struct awsc_iam_policy_granting_service_access_list_type, count) == offsetof(struct awsc_list_view, count), "policyGrantingServiceAccessListType");
_Static_assert(offsetof(struct awsc_iam_policy_list_type, count) == offsetof(struct awsc_list_view, count), "policyListType");
_Static_assert(offsetof(struct awsc_iam_policy_parameter_list_type, count) == offsetof(struct awsc_list_view, count), "policyParameterListType");
_Static_assert(offsetof(struct awsc_iam_private_key_list, count) == offsetof(struct awsc_list_view, count), "privateKeyList");
_Static_assert(offsetof(struct awsc_iam_role_detail_list_type, count) == offsetof(struct awsc_list_view, count), "roleDetailListType");
_Static_assert(offsetof(struct awsc_iam_role_list_type, count) == offsetof(struct awsc_list_view, count), "roleListType");
_Static_assert(offsetof(struct awsc_iam_server_certificate_metadata_list_type, count) == offsetof(struct awsc_list_view, count), "serverCertificateMetadataListType");
_Static_assert(offsetof(struct awsc_iam_tag_list_type, count) == offsetof(struct awsc_list_view, count), "tagListType");
_Static_assert(offsetof(struct awsc_iam_user_detail_list_type, count) == offsetof(struct awsc_list_view, count), "userDetailListType");
_Static_assert(offsetof(struct awsc_iam_user_list_type, count) == offsetof(struct awsc_list_view, count), "userListType");
_Static_assert(offsetof(struct awsc_iam_virtual_mfa_device_list_type, count) == offsetof(struct awsc_list_view, count), "virtualMFADeviceListType");
_Static_assert(offsetof(struct awsc_iam_eval_decision_details_type, count) == offsetof(struct awsc_map_view, count), "EvalDecisionDetailsType");
_Static_assert(offsetof(struct awsc_iam_summary_map_type, count) == offsetof(struct awsc_map_view, count), "summaryMapType");

/*
 * The tables: the service, its operations and every shape, member and
 * name of IAM in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__iam_tables
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
#ifndef AWSC__IAM_TABLES
#define AWSC__IAM_TABLES

/* The endpoint rule set of iam: a part of the service's tables. */
struct awsc__iam_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[54];
    struct awsc_ep_expr exprs[92];
    uint16_t args[150];
    struct awsc_ep_endpoint endpoints[35];
    struct awsc_ep_prop props[45];
    char strings[1602];
};
/* The service, its operations and every shape, member and name of
 * IAM, in one object. */
struct awsc__iam_tables {
    struct awsc_service service;
    struct awsc_operation operations[176];
    awsc_ref op_errors[583];
    awsc_ref service_errors[35];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__iam_pagers pagers; /* <awsc/iam.h> */
#endif
    struct awsc__iam_rules rules;
    struct awsc_structure_shape structures[356];
    struct awsc_collection_shape collections[61];
    struct awsc_enum_shape enums[29];
    struct awsc_shape scalars[133];
    struct awsc_shape_traits traits[119];
    struct awsc_member members[964];
    struct awsc_range ranges[84];
    char strings[14270];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13214];
#endif
};
extern const struct awsc__iam_tables awsc__iam_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__iam_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[14174]),
        .service_id_ref = REF(service.service_id_ref, strings[14178]),
        .full_name_ref = REF(service.full_name_ref, strings[14182]),
        .api_version_ref = REF(service.api_version_ref, strings[14217]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[14174]),
        .signing_name_ref = REF(service.signing_name_ref, strings[14174]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[14228]),
        .env_name_ref = REF(service.env_name_ref, strings[14178]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_QUERY,
        .operation_count = 176,
        .error_count = 35,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 34,
#endif
#if AWSC_WITH_WAITERS
        .waiter_count = 4,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
#if AWSC_WITH_WAITERS
        .waiters_ref = REF(service.waiters_ref, pagers.waiters[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AcceptDelegationRequest */
            .name_ref = REF(operations[0].name_ref, strings[7698]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[0].input_ref, structures[0].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AddClientIDToOpenIDConnectProvider */
            .name_ref = REF(operations[1].name_ref, strings[7729]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[1].input_ref, structures[6].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[3]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* AddRoleToInstanceProfile */
            .name_ref = REF(operations[2].name_ref, strings[7764]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[2].input_ref, structures[7].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* AddUserToGroup */
            .name_ref = REF(operations[3].name_ref, strings[7789]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[3].input_ref, structures[8].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[13]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* AssociateDelegationRequest */
            .name_ref = REF(operations[4].name_ref, strings[7804]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[4].input_ref, structures[9].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[16]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* AttachGroupPolicy */
            .name_ref = REF(operations[5].name_ref, strings[7831]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[5].input_ref, structures[10].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[20]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* AttachRolePolicy */
            .name_ref = REF(operations[6].name_ref, strings[7849]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[6].input_ref, structures[11].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[25]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* AttachUserPolicy */
            .name_ref = REF(operations[7].name_ref, strings[7866]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[7].input_ref, structures[12].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[31]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* ChangePassword */
            .name_ref = REF(operations[8].name_ref, strings[7883]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[8].input_ref, structures[16].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[36]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* CreateAccessKey */
            .name_ref = REF(operations[9].name_ref, strings[7898]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[9].input_ref, structures[19].shape),
            .output_ref = REF(operations[9].output_ref, structures[20].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[42]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[7914]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* CreateAccountAlias */
            .name_ref = REF(operations[10].name_ref, strings[7936]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[10].input_ref, structures[21].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[45]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* CreateDelegationRequest */
            .name_ref = REF(operations[11].name_ref, strings[7955]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[11].input_ref, structures[22].shape),
            .output_ref = REF(operations[11].output_ref, structures[23].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[49]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[7979]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* CreateGroup */
            .name_ref = REF(operations[12].name_ref, strings[8009]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[12].input_ref, structures[24].shape),
            .output_ref = REF(operations[12].output_ref, structures[25].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[54]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[8021]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* CreateInstanceProfile */
            .name_ref = REF(operations[13].name_ref, strings[8039]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[13].input_ref, structures[26].shape),
            .output_ref = REF(operations[13].output_ref, structures[27].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[58]),
            .service_ref = REF(operations[13].service_ref, service),
            .result_wrapper_ref = REF(operations[13].result_wrapper_ref, strings[8061]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* CreateLoginProfile */
            .name_ref = REF(operations[14].name_ref, strings[8089]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[14].input_ref, structures[28].shape),
            .output_ref = REF(operations[14].output_ref, structures[29].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[63]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[8108]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* CreateOpenIDConnectProvider */
            .name_ref = REF(operations[15].name_ref, strings[8133]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[15].input_ref, structures[30].shape),
            .output_ref = REF(operations[15].output_ref, structures[31].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[68]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[8161]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* CreatePolicy */
            .name_ref = REF(operations[16].name_ref, strings[8195]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[16].input_ref, structures[32].shape),
            .output_ref = REF(operations[16].output_ref, structures[33].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[74]),
            .service_ref = REF(operations[16].service_ref, service),
            .result_wrapper_ref = REF(operations[16].result_wrapper_ref, strings[8208]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* CreatePolicyVersion */
            .name_ref = REF(operations[17].name_ref, strings[8227]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[17].input_ref, structures[34].shape),
            .output_ref = REF(operations[17].output_ref, structures[35].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[80]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[8247]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* CreateRole */
            .name_ref = REF(operations[18].name_ref, strings[8273]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[18].input_ref, structures[36].shape),
            .output_ref = REF(operations[18].output_ref, structures[37].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[85]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[8284]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* CreateSAMLProvider */
            .name_ref = REF(operations[19].name_ref, strings[8301]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[19].input_ref, structures[38].shape),
            .output_ref = REF(operations[19].output_ref, structures[39].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[91]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[8320]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* CreateServiceLinkedRole */
            .name_ref = REF(operations[20].name_ref, strings[8345]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[20].input_ref, structures[40].shape),
            .output_ref = REF(operations[20].output_ref, structures[41].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[96]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[8369]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* CreateServiceSpecificCredential */
            .name_ref = REF(operations[21].name_ref, strings[8399]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[21].input_ref, structures[42].shape),
            .output_ref = REF(operations[21].output_ref, structures[43].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[100]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[8431]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* CreateUser */
            .name_ref = REF(operations[22].name_ref, strings[8469]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[22].input_ref, structures[44].shape),
            .output_ref = REF(operations[22].output_ref, structures[45].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[103]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[8480]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* CreateVirtualMFADevice */
            .name_ref = REF(operations[23].name_ref, strings[8497]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[23].input_ref, structures[46].shape),
            .output_ref = REF(operations[23].output_ref, structures[47].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[109]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[8520]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* DeactivateMFADevice */
            .name_ref = REF(operations[24].name_ref, strings[8549]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[24].input_ref, structures[51].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[114]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* DeleteAccessKey */
            .name_ref = REF(operations[25].name_ref, strings[8569]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[25].input_ref, structures[54].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[119]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* DeleteAccountAlias */
            .name_ref = REF(operations[26].name_ref, strings[8585]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[26].input_ref, structures[55].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[122]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* DeleteAccountPasswordPolicy */
            .name_ref = REF(operations[27].name_ref, strings[8604]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[7727]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[126]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* DeleteGroup */
            .name_ref = REF(operations[28].name_ref, strings[8632]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[28].input_ref, structures[58].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[129]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* DeleteGroupPolicy */
            .name_ref = REF(operations[29].name_ref, strings[8644]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[29].input_ref, structures[57].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[133]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* DeleteInstanceProfile */
            .name_ref = REF(operations[30].name_ref, strings[8662]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[30].input_ref, structures[59].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[136]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* DeleteLoginProfile */
            .name_ref = REF(operations[31].name_ref, strings[8684]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[31].input_ref, structures[60].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[140]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* DeleteOpenIDConnectProvider */
            .name_ref = REF(operations[32].name_ref, strings[8703]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[32].input_ref, structures[61].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[144]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* DeletePolicy */
            .name_ref = REF(operations[33].name_ref, strings[8731]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[33].input_ref, structures[62].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[147]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* DeletePolicyVersion */
            .name_ref = REF(operations[34].name_ref, strings[8744]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[34].input_ref, structures[63].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[152]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* DeleteRole */
            .name_ref = REF(operations[35].name_ref, strings[8764]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[35].input_ref, structures[66].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[157]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* DeleteRolePermissionsBoundary */
            .name_ref = REF(operations[36].name_ref, strings[8775]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[36].input_ref, structures[64].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[163]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* DeleteRolePolicy */
            .name_ref = REF(operations[37].name_ref, strings[8805]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[37].input_ref, structures[65].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[166]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* DeleteSAMLProvider */
            .name_ref = REF(operations[38].name_ref, strings[8822]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[38].input_ref, structures[67].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[170]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* DeleteSSHPublicKey */
            .name_ref = REF(operations[39].name_ref, strings[8841]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[39].input_ref, structures[68].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[174]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* DeleteServerCertificate */
            .name_ref = REF(operations[40].name_ref, strings[8860]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[40].input_ref, structures[69].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[175]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* DeleteServiceLinkedRole */
            .name_ref = REF(operations[41].name_ref, strings[8884]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[41].input_ref, structures[70].shape),
            .output_ref = REF(operations[41].output_ref, structures[71].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[179]),
            .service_ref = REF(operations[41].service_ref, service),
            .result_wrapper_ref = REF(operations[41].result_wrapper_ref, strings[8908]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* DeleteServiceSpecificCredential */
            .name_ref = REF(operations[42].name_ref, strings[8938]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[42].input_ref, structures[72].shape),
            .errors_ref = REF(operations[42].errors_ref, op_errors[182]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* DeleteSigningCertificate */
            .name_ref = REF(operations[43].name_ref, strings[8970]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[43].input_ref, structures[73].shape),
            .errors_ref = REF(operations[43].errors_ref, op_errors[183]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* DeleteUser */
            .name_ref = REF(operations[44].name_ref, strings[8995]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[44].input_ref, structures[76].shape),
            .errors_ref = REF(operations[44].errors_ref, op_errors[187]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* DeleteUserPermissionsBoundary */
            .name_ref = REF(operations[45].name_ref, strings[9006]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[45].input_ref, structures[74].shape),
            .errors_ref = REF(operations[45].errors_ref, op_errors[192]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* DeleteUserPolicy */
            .name_ref = REF(operations[46].name_ref, strings[9036]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[46].input_ref, structures[75].shape),
            .errors_ref = REF(operations[46].errors_ref, op_errors[194]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* DeleteVirtualMFADevice */
            .name_ref = REF(operations[47].name_ref, strings[9053]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[47].input_ref, structures[77].shape),
            .errors_ref = REF(operations[47].errors_ref, op_errors[197]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* DetachGroupPolicy */
            .name_ref = REF(operations[48].name_ref, strings[9076]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[48].input_ref, structures[79].shape),
            .errors_ref = REF(operations[48].errors_ref, op_errors[202]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* DetachRolePolicy */
            .name_ref = REF(operations[49].name_ref, strings[9094]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[49].input_ref, structures[80].shape),
            .errors_ref = REF(operations[49].errors_ref, op_errors[206]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* DetachUserPolicy */
            .name_ref = REF(operations[50].name_ref, strings[9111]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[50].input_ref, structures[81].shape),
            .errors_ref = REF(operations[50].errors_ref, op_errors[211]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* DisableOrganizationsRootCredentialsManagement */
            .name_ref = REF(operations[51].name_ref, strings[9128]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[51].input_ref, structures[82].shape),
            .output_ref = REF(operations[51].output_ref, structures[83].shape),
            .errors_ref = REF(operations[51].errors_ref, op_errors[215]),
            .service_ref = REF(operations[51].service_ref, service),
            .result_wrapper_ref = REF(operations[51].result_wrapper_ref, strings[9174]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* DisableOrganizationsRootSessions */
            .name_ref = REF(operations[52].name_ref, strings[9226]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[52].input_ref, structures[84].shape),
            .output_ref = REF(operations[52].output_ref, structures[85].shape),
            .errors_ref = REF(operations[52].errors_ref, op_errors[219]),
            .service_ref = REF(operations[52].service_ref, service),
            .result_wrapper_ref = REF(operations[52].result_wrapper_ref, strings[9259]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* DisableOutboundWebIdentityFederation */
            .name_ref = REF(operations[53].name_ref, strings[9298]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[7727]),
            .errors_ref = REF(operations[53].errors_ref, op_errors[223]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* EnableMFADevice */
            .name_ref = REF(operations[54].name_ref, strings[9335]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[54].input_ref, structures[88].shape),
            .errors_ref = REF(operations[54].errors_ref, op_errors[224]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* EnableOrganizationsRootCredentialsManagement */
            .name_ref = REF(operations[55].name_ref, strings[9351]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[55].input_ref, structures[89].shape),
            .output_ref = REF(operations[55].output_ref, structures[90].shape),
            .errors_ref = REF(operations[55].errors_ref, op_errors[231]),
            .service_ref = REF(operations[55].service_ref, service),
            .result_wrapper_ref = REF(operations[55].result_wrapper_ref, strings[9396]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* EnableOrganizationsRootSessions */
            .name_ref = REF(operations[56].name_ref, strings[9447]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[56].input_ref, structures[91].shape),
            .output_ref = REF(operations[56].output_ref, structures[92].shape),
            .errors_ref = REF(operations[56].errors_ref, op_errors[236]),
            .service_ref = REF(operations[56].service_ref, service),
            .result_wrapper_ref = REF(operations[56].result_wrapper_ref, strings[9479]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* EnableOutboundWebIdentityFederation */
            .name_ref = REF(operations[57].name_ref, strings[9517]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[57].output_ref, structures[93].shape),
            .errors_ref = REF(operations[57].errors_ref, op_errors[241]),
            .service_ref = REF(operations[57].service_ref, service),
            .result_wrapper_ref = REF(operations[57].result_wrapper_ref, strings[9553]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* GenerateCredentialReport */
            .name_ref = REF(operations[58].name_ref, strings[9595]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[58].output_ref, structures[102].shape),
            .errors_ref = REF(operations[58].errors_ref, op_errors[242]),
            .service_ref = REF(operations[58].service_ref, service),
            .result_wrapper_ref = REF(operations[58].result_wrapper_ref, strings[9620]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* GenerateOrganizationsAccessReport */
            .name_ref = REF(operations[59].name_ref, strings[9651]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[59].input_ref, structures[103].shape),
            .output_ref = REF(operations[59].output_ref, structures[104].shape),
            .errors_ref = REF(operations[59].errors_ref, op_errors[244]),
            .service_ref = REF(operations[59].service_ref, service),
            .result_wrapper_ref = REF(operations[59].result_wrapper_ref, strings[9685]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* GenerateServiceLastAccessedDetails */
            .name_ref = REF(operations[60].name_ref, strings[9725]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[60].input_ref, structures[105].shape),
            .output_ref = REF(operations[60].output_ref, structures[106].shape),
            .errors_ref = REF(operations[60].errors_ref, op_errors[245]),
            .service_ref = REF(operations[60].service_ref, service),
            .result_wrapper_ref = REF(operations[60].result_wrapper_ref, strings[9760]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* GetAccessKeyLastUsed */
            .name_ref = REF(operations[61].name_ref, strings[9801]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[61].input_ref, structures[107].shape),
            .output_ref = REF(operations[61].output_ref, structures[108].shape),
            .service_ref = REF(operations[61].service_ref, service),
            .result_wrapper_ref = REF(operations[61].result_wrapper_ref, strings[9822]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* GetAccountAuthorizationDetails */
            .name_ref = REF(operations[62].name_ref, strings[9849]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[62].input_ref, structures[109].shape),
            .output_ref = REF(operations[62].output_ref, structures[110].shape),
            .errors_ref = REF(operations[62].errors_ref, op_errors[247]),
            .service_ref = REF(operations[62].service_ref, service),
            .result_wrapper_ref = REF(operations[62].result_wrapper_ref, strings[9880]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* GetAccountPasswordPolicy */
            .name_ref = REF(operations[63].name_ref, strings[9917]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[63].output_ref, structures[111].shape),
            .errors_ref = REF(operations[63].errors_ref, op_errors[248]),
            .service_ref = REF(operations[63].service_ref, service),
            .result_wrapper_ref = REF(operations[63].result_wrapper_ref, strings[9942]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* GetAccountSummary */
            .name_ref = REF(operations[64].name_ref, strings[9973]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[64].output_ref, structures[112].shape),
            .errors_ref = REF(operations[64].errors_ref, op_errors[250]),
            .service_ref = REF(operations[64].service_ref, service),
            .result_wrapper_ref = REF(operations[64].result_wrapper_ref, strings[9991]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* GetContextKeysForCustomPolicy */
            .name_ref = REF(operations[65].name_ref, strings[10015]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[65].input_ref, structures[113].shape),
            .output_ref = REF(operations[65].output_ref, structures[114].shape),
            .errors_ref = REF(operations[65].errors_ref, op_errors[251]),
            .service_ref = REF(operations[65].service_ref, service),
            .result_wrapper_ref = REF(operations[65].result_wrapper_ref, strings[10045]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* GetContextKeysForPrincipalPolicy */
            .name_ref = REF(operations[66].name_ref, strings[10081]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[66].input_ref, structures[115].shape),
            .output_ref = REF(operations[66].output_ref, structures[114].shape),
            .errors_ref = REF(operations[66].errors_ref, op_errors[252]),
            .service_ref = REF(operations[66].service_ref, service),
            .result_wrapper_ref = REF(operations[66].result_wrapper_ref, strings[10114]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* GetCredentialReport */
            .name_ref = REF(operations[67].name_ref, strings[10153]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[67].output_ref, structures[116].shape),
            .errors_ref = REF(operations[67].errors_ref, op_errors[254]),
            .service_ref = REF(operations[67].service_ref, service),
            .result_wrapper_ref = REF(operations[67].result_wrapper_ref, strings[10173]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* GetDelegationRequest */
            .name_ref = REF(operations[68].name_ref, strings[10199]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[68].input_ref, structures[117].shape),
            .output_ref = REF(operations[68].output_ref, structures[118].shape),
            .errors_ref = REF(operations[68].errors_ref, op_errors[258]),
            .service_ref = REF(operations[68].service_ref, service),
            .result_wrapper_ref = REF(operations[68].result_wrapper_ref, strings[10220]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* GetGroup */
            .name_ref = REF(operations[69].name_ref, strings[10247]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[69].input_ref, structures[121].shape),
            .output_ref = REF(operations[69].output_ref, structures[122].shape),
            .errors_ref = REF(operations[69].errors_ref, op_errors[260]),
            .service_ref = REF(operations[69].service_ref, service),
            .result_wrapper_ref = REF(operations[69].result_wrapper_ref, strings[10256]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* GetGroupPolicy */
            .name_ref = REF(operations[70].name_ref, strings[10271]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[70].input_ref, structures[119].shape),
            .output_ref = REF(operations[70].output_ref, structures[120].shape),
            .errors_ref = REF(operations[70].errors_ref, op_errors[262]),
            .service_ref = REF(operations[70].service_ref, service),
            .result_wrapper_ref = REF(operations[70].result_wrapper_ref, strings[10286]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* GetHumanReadableSummary */
            .name_ref = REF(operations[71].name_ref, strings[10307]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[71].input_ref, structures[123].shape),
            .output_ref = REF(operations[71].output_ref, structures[124].shape),
            .errors_ref = REF(operations[71].errors_ref, op_errors[264]),
            .service_ref = REF(operations[71].service_ref, service),
            .result_wrapper_ref = REF(operations[71].result_wrapper_ref, strings[10331]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* GetInstanceProfile */
            .name_ref = REF(operations[72].name_ref, strings[10361]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[72].input_ref, structures[125].shape),
            .output_ref = REF(operations[72].output_ref, structures[126].shape),
            .errors_ref = REF(operations[72].errors_ref, op_errors[267]),
            .service_ref = REF(operations[72].service_ref, service),
            .result_wrapper_ref = REF(operations[72].result_wrapper_ref, strings[10380]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* GetLoginProfile */
            .name_ref = REF(operations[73].name_ref, strings[10405]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[73].input_ref, structures[127].shape),
            .output_ref = REF(operations[73].output_ref, structures[128].shape),
            .errors_ref = REF(operations[73].errors_ref, op_errors[269]),
            .service_ref = REF(operations[73].service_ref, service),
            .result_wrapper_ref = REF(operations[73].result_wrapper_ref, strings[10421]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* GetMFADevice */
            .name_ref = REF(operations[74].name_ref, strings[10443]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[74].input_ref, structures[129].shape),
            .output_ref = REF(operations[74].output_ref, structures[130].shape),
            .errors_ref = REF(operations[74].errors_ref, op_errors[271]),
            .service_ref = REF(operations[74].service_ref, service),
            .result_wrapper_ref = REF(operations[74].result_wrapper_ref, strings[10456]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* GetOpenIDConnectProvider */
            .name_ref = REF(operations[75].name_ref, strings[10475]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[75].input_ref, structures[131].shape),
            .output_ref = REF(operations[75].output_ref, structures[132].shape),
            .errors_ref = REF(operations[75].errors_ref, op_errors[273]),
            .service_ref = REF(operations[75].service_ref, service),
            .result_wrapper_ref = REF(operations[75].result_wrapper_ref, strings[10500]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* GetOrganizationsAccessReport */
            .name_ref = REF(operations[76].name_ref, strings[10531]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[76].input_ref, structures[133].shape),
            .output_ref = REF(operations[76].output_ref, structures[134].shape),
            .errors_ref = REF(operations[76].errors_ref, op_errors[276]),
            .service_ref = REF(operations[76].service_ref, service),
            .result_wrapper_ref = REF(operations[76].result_wrapper_ref, strings[10560]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* GetOutboundWebIdentityFederationInfo */
            .name_ref = REF(operations[77].name_ref, strings[10595]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[7727]),
            .output_ref = REF(operations[77].output_ref, structures[135].shape),
            .errors_ref = REF(operations[77].errors_ref, op_errors[277]),
            .service_ref = REF(operations[77].service_ref, service),
            .result_wrapper_ref = REF(operations[77].result_wrapper_ref, strings[10632]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* GetPolicy */
            .name_ref = REF(operations[78].name_ref, strings[10675]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[78].input_ref, structures[136].shape),
            .output_ref = REF(operations[78].output_ref, structures[137].shape),
            .errors_ref = REF(operations[78].errors_ref, op_errors[278]),
            .service_ref = REF(operations[78].service_ref, service),
            .result_wrapper_ref = REF(operations[78].result_wrapper_ref, strings[10685]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* GetPolicyVersion */
            .name_ref = REF(operations[79].name_ref, strings[10701]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[79].input_ref, structures[138].shape),
            .output_ref = REF(operations[79].output_ref, structures[139].shape),
            .errors_ref = REF(operations[79].errors_ref, op_errors[281]),
            .service_ref = REF(operations[79].service_ref, service),
            .result_wrapper_ref = REF(operations[79].result_wrapper_ref, strings[10718]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* GetRole */
            .name_ref = REF(operations[80].name_ref, strings[10741]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[80].input_ref, structures[142].shape),
            .output_ref = REF(operations[80].output_ref, structures[143].shape),
            .errors_ref = REF(operations[80].errors_ref, op_errors[284]),
            .service_ref = REF(operations[80].service_ref, service),
            .result_wrapper_ref = REF(operations[80].result_wrapper_ref, strings[10749]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* GetRolePolicy */
            .name_ref = REF(operations[81].name_ref, strings[10763]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[81].input_ref, structures[140].shape),
            .output_ref = REF(operations[81].output_ref, structures[141].shape),
            .errors_ref = REF(operations[81].errors_ref, op_errors[286]),
            .service_ref = REF(operations[81].service_ref, service),
            .result_wrapper_ref = REF(operations[81].result_wrapper_ref, strings[10777]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* GetSAMLProvider */
            .name_ref = REF(operations[82].name_ref, strings[10797]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[82].input_ref, structures[144].shape),
            .output_ref = REF(operations[82].output_ref, structures[145].shape),
            .errors_ref = REF(operations[82].errors_ref, op_errors[288]),
            .service_ref = REF(operations[82].service_ref, service),
            .result_wrapper_ref = REF(operations[82].result_wrapper_ref, strings[10813]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* GetSSHPublicKey */
            .name_ref = REF(operations[83].name_ref, strings[10835]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[83].input_ref, structures[146].shape),
            .output_ref = REF(operations[83].output_ref, structures[147].shape),
            .errors_ref = REF(operations[83].errors_ref, op_errors[291]),
            .service_ref = REF(operations[83].service_ref, service),
            .result_wrapper_ref = REF(operations[83].result_wrapper_ref, strings[10851]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* GetServerCertificate */
            .name_ref = REF(operations[84].name_ref, strings[10873]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[84].input_ref, structures[148].shape),
            .output_ref = REF(operations[84].output_ref, structures[149].shape),
            .errors_ref = REF(operations[84].errors_ref, op_errors[293]),
            .service_ref = REF(operations[84].service_ref, service),
            .result_wrapper_ref = REF(operations[84].result_wrapper_ref, strings[10894]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [85] = { /* GetServiceLastAccessedDetails */
            .name_ref = REF(operations[85].name_ref, strings[10921]),
            .http_method_ref = REF(operations[85].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[85].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[85].input_ref, structures[150].shape),
            .output_ref = REF(operations[85].output_ref, structures[151].shape),
            .errors_ref = REF(operations[85].errors_ref, op_errors[295]),
            .service_ref = REF(operations[85].service_ref, service),
            .result_wrapper_ref = REF(operations[85].result_wrapper_ref, strings[10951]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [86] = { /* GetServiceLastAccessedDetailsWithEntities */
            .name_ref = REF(operations[86].name_ref, strings[10987]),
            .http_method_ref = REF(operations[86].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[86].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[86].input_ref, structures[152].shape),
            .output_ref = REF(operations[86].output_ref, structures[153].shape),
            .errors_ref = REF(operations[86].errors_ref, op_errors[297]),
            .service_ref = REF(operations[86].service_ref, service),
            .result_wrapper_ref = REF(operations[86].result_wrapper_ref, strings[11029]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [87] = { /* GetServiceLinkedRoleDeletionStatus */
            .name_ref = REF(operations[87].name_ref, strings[11077]),
            .http_method_ref = REF(operations[87].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[87].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[87].input_ref, structures[154].shape),
            .output_ref = REF(operations[87].output_ref, structures[155].shape),
            .errors_ref = REF(operations[87].errors_ref, op_errors[299]),
            .service_ref = REF(operations[87].service_ref, service),
            .result_wrapper_ref = REF(operations[87].result_wrapper_ref, strings[11112]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [88] = { /* GetUser */
            .name_ref = REF(operations[88].name_ref, strings[11153]),
            .http_method_ref = REF(operations[88].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[88].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[88].input_ref, structures[158].shape),
            .output_ref = REF(operations[88].output_ref, structures[159].shape),
            .errors_ref = REF(operations[88].errors_ref, op_errors[302]),
            .service_ref = REF(operations[88].service_ref, service),
            .result_wrapper_ref = REF(operations[88].result_wrapper_ref, strings[11161]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [89] = { /* GetUserPolicy */
            .name_ref = REF(operations[89].name_ref, strings[11175]),
            .http_method_ref = REF(operations[89].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[89].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[89].input_ref, structures[156].shape),
            .output_ref = REF(operations[89].output_ref, structures[157].shape),
            .errors_ref = REF(operations[89].errors_ref, op_errors[304]),
            .service_ref = REF(operations[89].service_ref, service),
            .result_wrapper_ref = REF(operations[89].result_wrapper_ref, strings[11189]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [90] = { /* ListAccessKeys */
            .name_ref = REF(operations[90].name_ref, strings[11209]),
            .http_method_ref = REF(operations[90].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[90].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[90].input_ref, structures[171].shape),
            .output_ref = REF(operations[90].output_ref, structures[172].shape),
            .errors_ref = REF(operations[90].errors_ref, op_errors[306]),
            .service_ref = REF(operations[90].service_ref, service),
            .result_wrapper_ref = REF(operations[90].result_wrapper_ref, strings[11224]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [91] = { /* ListAccountAliases */
            .name_ref = REF(operations[91].name_ref, strings[11245]),
            .http_method_ref = REF(operations[91].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[91].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[91].input_ref, structures[173].shape),
            .output_ref = REF(operations[91].output_ref, structures[174].shape),
            .errors_ref = REF(operations[91].errors_ref, op_errors[308]),
            .service_ref = REF(operations[91].service_ref, service),
            .result_wrapper_ref = REF(operations[91].result_wrapper_ref, strings[11264]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [92] = { /* ListAttachedGroupPolicies */
            .name_ref = REF(operations[92].name_ref, strings[11289]),
            .http_method_ref = REF(operations[92].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[92].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[92].input_ref, structures[175].shape),
            .output_ref = REF(operations[92].output_ref, structures[176].shape),
            .errors_ref = REF(operations[92].errors_ref, op_errors[309]),
            .service_ref = REF(operations[92].service_ref, service),
            .result_wrapper_ref = REF(operations[92].result_wrapper_ref, strings[11315]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [93] = { /* ListAttachedRolePolicies */
            .name_ref = REF(operations[93].name_ref, strings[11347]),
            .http_method_ref = REF(operations[93].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[93].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[93].input_ref, structures[177].shape),
            .output_ref = REF(operations[93].output_ref, structures[178].shape),
            .errors_ref = REF(operations[93].errors_ref, op_errors[312]),
            .service_ref = REF(operations[93].service_ref, service),
            .result_wrapper_ref = REF(operations[93].result_wrapper_ref, strings[11372]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [94] = { /* ListAttachedUserPolicies */
            .name_ref = REF(operations[94].name_ref, strings[11403]),
            .http_method_ref = REF(operations[94].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[94].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[94].input_ref, structures[179].shape),
            .output_ref = REF(operations[94].output_ref, structures[180].shape),
            .errors_ref = REF(operations[94].errors_ref, op_errors[315]),
            .service_ref = REF(operations[94].service_ref, service),
            .result_wrapper_ref = REF(operations[94].result_wrapper_ref, strings[11428]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [95] = { /* ListDelegationRequests */
            .name_ref = REF(operations[95].name_ref, strings[11459]),
            .http_method_ref = REF(operations[95].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[95].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[95].input_ref, structures[181].shape),
            .output_ref = REF(operations[95].output_ref, structures[182].shape),
            .errors_ref = REF(operations[95].errors_ref, op_errors[318]),
            .service_ref = REF(operations[95].service_ref, service),
            .result_wrapper_ref = REF(operations[95].result_wrapper_ref, strings[11482]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [96] = { /* ListEntitiesForPolicy */
            .name_ref = REF(operations[96].name_ref, strings[11511]),
            .http_method_ref = REF(operations[96].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[96].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[96].input_ref, structures[183].shape),
            .output_ref = REF(operations[96].output_ref, structures[184].shape),
            .errors_ref = REF(operations[96].errors_ref, op_errors[321]),
            .service_ref = REF(operations[96].service_ref, service),
            .result_wrapper_ref = REF(operations[96].result_wrapper_ref, strings[11533]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [97] = { /* ListGroupPolicies */
            .name_ref = REF(operations[97].name_ref, strings[11561]),
            .http_method_ref = REF(operations[97].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[97].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[97].input_ref, structures[185].shape),
            .output_ref = REF(operations[97].output_ref, structures[186].shape),
            .errors_ref = REF(operations[97].errors_ref, op_errors[324]),
            .service_ref = REF(operations[97].service_ref, service),
            .result_wrapper_ref = REF(operations[97].result_wrapper_ref, strings[11579]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [98] = { /* ListGroups */
            .name_ref = REF(operations[98].name_ref, strings[11603]),
            .http_method_ref = REF(operations[98].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[98].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[98].input_ref, structures[189].shape),
            .output_ref = REF(operations[98].output_ref, structures[190].shape),
            .errors_ref = REF(operations[98].errors_ref, op_errors[326]),
            .service_ref = REF(operations[98].service_ref, service),
            .result_wrapper_ref = REF(operations[98].result_wrapper_ref, strings[11614]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [99] = { /* ListGroupsForUser */
            .name_ref = REF(operations[99].name_ref, strings[11631]),
            .http_method_ref = REF(operations[99].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[99].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[99].input_ref, structures[187].shape),
            .output_ref = REF(operations[99].output_ref, structures[188].shape),
            .errors_ref = REF(operations[99].errors_ref, op_errors[327]),
            .service_ref = REF(operations[99].service_ref, service),
            .result_wrapper_ref = REF(operations[99].result_wrapper_ref, strings[11649]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [100] = { /* ListInstanceProfileTags */
            .name_ref = REF(operations[100].name_ref, strings[11673]),
            .http_method_ref = REF(operations[100].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[100].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[100].input_ref, structures[191].shape),
            .output_ref = REF(operations[100].output_ref, structures[192].shape),
            .errors_ref = REF(operations[100].errors_ref, op_errors[329]),
            .service_ref = REF(operations[100].service_ref, service),
            .result_wrapper_ref = REF(operations[100].result_wrapper_ref, strings[11697]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [101] = { /* ListInstanceProfiles */
            .name_ref = REF(operations[101].name_ref, strings[11727]),
            .http_method_ref = REF(operations[101].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[101].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[101].input_ref, structures[195].shape),
            .output_ref = REF(operations[101].output_ref, structures[196].shape),
            .errors_ref = REF(operations[101].errors_ref, op_errors[331]),
            .service_ref = REF(operations[101].service_ref, service),
            .result_wrapper_ref = REF(operations[101].result_wrapper_ref, strings[11748]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [102] = { /* ListInstanceProfilesForRole */
            .name_ref = REF(operations[102].name_ref, strings[11775]),
            .http_method_ref = REF(operations[102].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[102].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[102].input_ref, structures[193].shape),
            .output_ref = REF(operations[102].output_ref, structures[194].shape),
            .errors_ref = REF(operations[102].errors_ref, op_errors[332]),
            .service_ref = REF(operations[102].service_ref, service),
            .result_wrapper_ref = REF(operations[102].result_wrapper_ref, strings[11803]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [103] = { /* ListMFADeviceTags */
            .name_ref = REF(operations[103].name_ref, strings[11837]),
            .http_method_ref = REF(operations[103].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[103].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[103].input_ref, structures[197].shape),
            .output_ref = REF(operations[103].output_ref, structures[198].shape),
            .errors_ref = REF(operations[103].errors_ref, op_errors[334]),
            .service_ref = REF(operations[103].service_ref, service),
            .result_wrapper_ref = REF(operations[103].result_wrapper_ref, strings[11855]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [104] = { /* ListMFADevices */
            .name_ref = REF(operations[104].name_ref, strings[11879]),
            .http_method_ref = REF(operations[104].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[104].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[104].input_ref, structures[199].shape),
            .output_ref = REF(operations[104].output_ref, structures[200].shape),
            .errors_ref = REF(operations[104].errors_ref, op_errors[337]),
            .service_ref = REF(operations[104].service_ref, service),
            .result_wrapper_ref = REF(operations[104].result_wrapper_ref, strings[11894]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [105] = { /* ListOpenIDConnectProviderTags */
            .name_ref = REF(operations[105].name_ref, strings[11915]),
            .http_method_ref = REF(operations[105].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[105].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[105].input_ref, structures[201].shape),
            .output_ref = REF(operations[105].output_ref, structures[202].shape),
            .errors_ref = REF(operations[105].errors_ref, op_errors[339]),
            .service_ref = REF(operations[105].service_ref, service),
            .result_wrapper_ref = REF(operations[105].result_wrapper_ref, strings[11945]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [106] = { /* ListOpenIDConnectProviders */
            .name_ref = REF(operations[106].name_ref, strings[11981]),
            .http_method_ref = REF(operations[106].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[106].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[106].input_ref, structures[203].shape),
            .output_ref = REF(operations[106].output_ref, structures[204].shape),
            .errors_ref = REF(operations[106].errors_ref, op_errors[342]),
            .service_ref = REF(operations[106].service_ref, service),
            .result_wrapper_ref = REF(operations[106].result_wrapper_ref, strings[12008]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [107] = { /* ListOrganizationsFeatures */
            .name_ref = REF(operations[107].name_ref, strings[12041]),
            .http_method_ref = REF(operations[107].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[107].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[107].input_ref, structures[205].shape),
            .output_ref = REF(operations[107].output_ref, structures[206].shape),
            .errors_ref = REF(operations[107].errors_ref, op_errors[343]),
            .service_ref = REF(operations[107].service_ref, service),
            .result_wrapper_ref = REF(operations[107].result_wrapper_ref, strings[12067]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [108] = { /* ListPolicies */
            .name_ref = REF(operations[108].name_ref, strings[12099]),
            .http_method_ref = REF(operations[108].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[108].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[108].input_ref, structures[210].shape),
            .output_ref = REF(operations[108].output_ref, structures[211].shape),
            .errors_ref = REF(operations[108].errors_ref, op_errors[347]),
            .service_ref = REF(operations[108].service_ref, service),
            .result_wrapper_ref = REF(operations[108].result_wrapper_ref, strings[12112]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [109] = { /* ListPoliciesGrantingServiceAccess */
            .name_ref = REF(operations[109].name_ref, strings[12131]),
            .http_method_ref = REF(operations[109].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[109].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[109].input_ref, structures[208].shape),
            .output_ref = REF(operations[109].output_ref, structures[209].shape),
            .errors_ref = REF(operations[109].errors_ref, op_errors[348]),
            .service_ref = REF(operations[109].service_ref, service),
            .result_wrapper_ref = REF(operations[109].result_wrapper_ref, strings[12165]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [110] = { /* ListPolicyTags */
            .name_ref = REF(operations[110].name_ref, strings[12205]),
            .http_method_ref = REF(operations[110].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[110].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[110].input_ref, structures[212].shape),
            .output_ref = REF(operations[110].output_ref, structures[213].shape),
            .errors_ref = REF(operations[110].errors_ref, op_errors[350]),
            .service_ref = REF(operations[110].service_ref, service),
            .result_wrapper_ref = REF(operations[110].result_wrapper_ref, strings[12220]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [111] = { /* ListPolicyVersions */
            .name_ref = REF(operations[111].name_ref, strings[12241]),
            .http_method_ref = REF(operations[111].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[111].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[111].input_ref, structures[214].shape),
            .output_ref = REF(operations[111].output_ref, structures[215].shape),
            .errors_ref = REF(operations[111].errors_ref, op_errors[353]),
            .service_ref = REF(operations[111].service_ref, service),
            .result_wrapper_ref = REF(operations[111].result_wrapper_ref, strings[12260]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [112] = { /* ListRolePolicies */
            .name_ref = REF(operations[112].name_ref, strings[12285]),
            .http_method_ref = REF(operations[112].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[112].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[112].input_ref, structures[216].shape),
            .output_ref = REF(operations[112].output_ref, structures[217].shape),
            .errors_ref = REF(operations[112].errors_ref, op_errors[356]),
            .service_ref = REF(operations[112].service_ref, service),
            .result_wrapper_ref = REF(operations[112].result_wrapper_ref, strings[12302]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [113] = { /* ListRoleTags */
            .name_ref = REF(operations[113].name_ref, strings[12325]),
            .http_method_ref = REF(operations[113].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[113].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[113].input_ref, structures[218].shape),
            .output_ref = REF(operations[113].output_ref, structures[219].shape),
            .errors_ref = REF(operations[113].errors_ref, op_errors[358]),
            .service_ref = REF(operations[113].service_ref, service),
            .result_wrapper_ref = REF(operations[113].result_wrapper_ref, strings[12338]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [114] = { /* ListRoles */
            .name_ref = REF(operations[114].name_ref, strings[12357]),
            .http_method_ref = REF(operations[114].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[114].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[114].input_ref, structures[220].shape),
            .output_ref = REF(operations[114].output_ref, structures[221].shape),
            .errors_ref = REF(operations[114].errors_ref, op_errors[360]),
            .service_ref = REF(operations[114].service_ref, service),
            .result_wrapper_ref = REF(operations[114].result_wrapper_ref, strings[12367]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [115] = { /* ListSAMLProviderTags */
            .name_ref = REF(operations[115].name_ref, strings[12383]),
            .http_method_ref = REF(operations[115].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[115].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[115].input_ref, structures[222].shape),
            .output_ref = REF(operations[115].output_ref, structures[223].shape),
            .errors_ref = REF(operations[115].errors_ref, op_errors[361]),
            .service_ref = REF(operations[115].service_ref, service),
            .result_wrapper_ref = REF(operations[115].result_wrapper_ref, strings[12404]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [116] = { /* ListSAMLProviders */
            .name_ref = REF(operations[116].name_ref, strings[12431]),
            .http_method_ref = REF(operations[116].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[116].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[116].input_ref, structures[224].shape),
            .output_ref = REF(operations[116].output_ref, structures[225].shape),
            .errors_ref = REF(operations[116].errors_ref, op_errors[364]),
            .service_ref = REF(operations[116].service_ref, service),
            .result_wrapper_ref = REF(operations[116].result_wrapper_ref, strings[12449]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [117] = { /* ListSSHPublicKeys */
            .name_ref = REF(operations[117].name_ref, strings[12473]),
            .http_method_ref = REF(operations[117].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[117].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[117].input_ref, structures[226].shape),
            .output_ref = REF(operations[117].output_ref, structures[227].shape),
            .errors_ref = REF(operations[117].errors_ref, op_errors[365]),
            .service_ref = REF(operations[117].service_ref, service),
            .result_wrapper_ref = REF(operations[117].result_wrapper_ref, strings[12491]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [118] = { /* ListServerCertificateTags */
            .name_ref = REF(operations[118].name_ref, strings[12515]),
            .http_method_ref = REF(operations[118].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[118].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[118].input_ref, structures[228].shape),
            .output_ref = REF(operations[118].output_ref, structures[229].shape),
            .errors_ref = REF(operations[118].errors_ref, op_errors[366]),
            .service_ref = REF(operations[118].service_ref, service),
            .result_wrapper_ref = REF(operations[118].result_wrapper_ref, strings[12541]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [119] = { /* ListServerCertificates */
            .name_ref = REF(operations[119].name_ref, strings[12573]),
            .http_method_ref = REF(operations[119].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[119].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[119].input_ref, structures[230].shape),
            .output_ref = REF(operations[119].output_ref, structures[231].shape),
            .errors_ref = REF(operations[119].errors_ref, op_errors[368]),
            .service_ref = REF(operations[119].service_ref, service),
            .result_wrapper_ref = REF(operations[119].result_wrapper_ref, strings[12596]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [120] = { /* ListServiceSpecificCredentials */
            .name_ref = REF(operations[120].name_ref, strings[12625]),
            .http_method_ref = REF(operations[120].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[120].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[120].input_ref, structures[232].shape),
            .output_ref = REF(operations[120].output_ref, structures[233].shape),
            .errors_ref = REF(operations[120].errors_ref, op_errors[369]),
            .service_ref = REF(operations[120].service_ref, service),
            .result_wrapper_ref = REF(operations[120].result_wrapper_ref, strings[12656]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [121] = { /* ListSigningCertificates */
            .name_ref = REF(operations[121].name_ref, strings[12693]),
            .http_method_ref = REF(operations[121].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[121].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[121].input_ref, structures[234].shape),
            .output_ref = REF(operations[121].output_ref, structures[235].shape),
            .errors_ref = REF(operations[121].errors_ref, op_errors[371]),
            .service_ref = REF(operations[121].service_ref, service),
            .result_wrapper_ref = REF(operations[121].result_wrapper_ref, strings[12717]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [122] = { /* ListUserPolicies */
            .name_ref = REF(operations[122].name_ref, strings[12747]),
            .http_method_ref = REF(operations[122].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[122].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[122].input_ref, structures[236].shape),
            .output_ref = REF(operations[122].output_ref, structures[237].shape),
            .errors_ref = REF(operations[122].errors_ref, op_errors[373]),
            .service_ref = REF(operations[122].service_ref, service),
            .result_wrapper_ref = REF(operations[122].result_wrapper_ref, strings[12764]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [123] = { /* ListUserTags */
            .name_ref = REF(operations[123].name_ref, strings[12787]),
            .http_method_ref = REF(operations[123].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[123].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[123].input_ref, structures[238].shape),
            .output_ref = REF(operations[123].output_ref, structures[239].shape),
            .errors_ref = REF(operations[123].errors_ref, op_errors[375]),
            .service_ref = REF(operations[123].service_ref, service),
            .result_wrapper_ref = REF(operations[123].result_wrapper_ref, strings[12800]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [124] = { /* ListUsers */
            .name_ref = REF(operations[124].name_ref, strings[12819]),
            .http_method_ref = REF(operations[124].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[124].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[124].input_ref, structures[240].shape),
            .output_ref = REF(operations[124].output_ref, structures[241].shape),
            .errors_ref = REF(operations[124].errors_ref, op_errors[377]),
            .service_ref = REF(operations[124].service_ref, service),
            .result_wrapper_ref = REF(operations[124].result_wrapper_ref, strings[12829]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [125] = { /* ListVirtualMFADevices */
            .name_ref = REF(operations[125].name_ref, strings[12845]),
            .http_method_ref = REF(operations[125].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[125].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[125].input_ref, structures[242].shape),
            .output_ref = REF(operations[125].output_ref, structures[243].shape),
            .service_ref = REF(operations[125].service_ref, service),
            .result_wrapper_ref = REF(operations[125].result_wrapper_ref, strings[12867]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [126] = { /* PutGroupPolicy */
            .name_ref = REF(operations[126].name_ref, strings[12895]),
            .http_method_ref = REF(operations[126].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[126].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[126].input_ref, structures[271].shape),
            .errors_ref = REF(operations[126].errors_ref, op_errors[378]),
            .service_ref = REF(operations[126].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [127] = { /* PutRolePermissionsBoundary */
            .name_ref = REF(operations[127].name_ref, strings[12910]),
            .http_method_ref = REF(operations[127].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[127].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[127].input_ref, structures[272].shape),
            .errors_ref = REF(operations[127].errors_ref, op_errors[382]),
            .service_ref = REF(operations[127].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [128] = { /* PutRolePolicy */
            .name_ref = REF(operations[128].name_ref, strings[12937]),
            .http_method_ref = REF(operations[128].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[128].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[128].input_ref, structures[273].shape),
            .errors_ref = REF(operations[128].errors_ref, op_errors[387]),
            .service_ref = REF(operations[128].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [129] = { /* PutUserPermissionsBoundary */
            .name_ref = REF(operations[129].name_ref, strings[12951]),
            .http_method_ref = REF(operations[129].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[129].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[129].input_ref, structures[274].shape),
            .errors_ref = REF(operations[129].errors_ref, op_errors[392]),
            .service_ref = REF(operations[129].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [130] = { /* PutUserPolicy */
            .name_ref = REF(operations[130].name_ref, strings[12978]),
            .http_method_ref = REF(operations[130].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[130].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[130].input_ref, structures[275].shape),
            .errors_ref = REF(operations[130].errors_ref, op_errors[396]),
            .service_ref = REF(operations[130].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [131] = { /* RejectDelegationRequest */
            .name_ref = REF(operations[131].name_ref, strings[12992]),
            .http_method_ref = REF(operations[131].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[131].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[131].input_ref, structures[276].shape),
            .errors_ref = REF(operations[131].errors_ref, op_errors[400]),
            .service_ref = REF(operations[131].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [132] = { /* RemoveClientIDFromOpenIDConnectProvider */
            .name_ref = REF(operations[132].name_ref, strings[13016]),
            .http_method_ref = REF(operations[132].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[132].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[132].input_ref, structures[277].shape),
            .errors_ref = REF(operations[132].errors_ref, op_errors[404]),
            .service_ref = REF(operations[132].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [133] = { /* RemoveRoleFromInstanceProfile */
            .name_ref = REF(operations[133].name_ref, strings[13056]),
            .http_method_ref = REF(operations[133].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[133].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[133].input_ref, structures[278].shape),
            .errors_ref = REF(operations[133].errors_ref, op_errors[408]),
            .service_ref = REF(operations[133].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [134] = { /* RemoveUserFromGroup */
            .name_ref = REF(operations[134].name_ref, strings[13086]),
            .http_method_ref = REF(operations[134].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[134].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[134].input_ref, structures[279].shape),
            .errors_ref = REF(operations[134].errors_ref, op_errors[412]),
            .service_ref = REF(operations[134].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [135] = { /* ResetServiceSpecificCredential */
            .name_ref = REF(operations[135].name_ref, strings[13106]),
            .http_method_ref = REF(operations[135].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[135].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[135].input_ref, structures[281].shape),
            .output_ref = REF(operations[135].output_ref, structures[282].shape),
            .errors_ref = REF(operations[135].errors_ref, op_errors[415]),
            .service_ref = REF(operations[135].service_ref, service),
            .result_wrapper_ref = REF(operations[135].result_wrapper_ref, strings[13137]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [136] = { /* ResyncMFADevice */
            .name_ref = REF(operations[136].name_ref, strings[13174]),
            .http_method_ref = REF(operations[136].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[136].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[136].input_ref, structures[284].shape),
            .errors_ref = REF(operations[136].errors_ref, op_errors[416]),
            .service_ref = REF(operations[136].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [137] = { /* SendDelegationToken */
            .name_ref = REF(operations[137].name_ref, strings[13190]),
            .http_method_ref = REF(operations[137].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[137].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[137].input_ref, structures[293].shape),
            .errors_ref = REF(operations[137].errors_ref, op_errors[421]),
            .service_ref = REF(operations[137].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [138] = { /* SetDefaultPolicyVersion */
            .name_ref = REF(operations[138].name_ref, strings[13210]),
            .http_method_ref = REF(operations[138].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[138].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[138].input_ref, structures[302].shape),
            .errors_ref = REF(operations[138].errors_ref, op_errors[425]),
            .service_ref = REF(operations[138].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [139] = { /* SetSecurityTokenServicePreferences */
            .name_ref = REF(operations[139].name_ref, strings[13234]),
            .http_method_ref = REF(operations[139].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[139].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[139].input_ref, structures[303].shape),
            .errors_ref = REF(operations[139].errors_ref, op_errors[429]),
            .service_ref = REF(operations[139].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [140] = { /* SimulateCustomPolicy */
            .name_ref = REF(operations[140].name_ref, strings[13269]),
            .http_method_ref = REF(operations[140].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[140].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[140].input_ref, structures[305].shape),
            .output_ref = REF(operations[140].output_ref, structures[306].shape),
            .errors_ref = REF(operations[140].errors_ref, op_errors[430]),
            .service_ref = REF(operations[140].service_ref, service),
            .result_wrapper_ref = REF(operations[140].result_wrapper_ref, strings[13290]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [141] = { /* SimulatePrincipalPolicy */
            .name_ref = REF(operations[141].name_ref, strings[13317]),
            .http_method_ref = REF(operations[141].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[141].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[141].input_ref, structures[307].shape),
            .output_ref = REF(operations[141].output_ref, structures[306].shape),
            .errors_ref = REF(operations[141].errors_ref, op_errors[432]),
            .service_ref = REF(operations[141].service_ref, service),
            .result_wrapper_ref = REF(operations[141].result_wrapper_ref, strings[13341]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [142] = { /* TagInstanceProfile */
            .name_ref = REF(operations[142].name_ref, strings[13371]),
            .http_method_ref = REF(operations[142].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[142].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[142].input_ref, structures[310].shape),
            .errors_ref = REF(operations[142].errors_ref, op_errors[435]),
            .service_ref = REF(operations[142].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [143] = { /* TagMFADevice */
            .name_ref = REF(operations[143].name_ref, strings[13390]),
            .http_method_ref = REF(operations[143].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[143].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[143].input_ref, structures[311].shape),
            .errors_ref = REF(operations[143].errors_ref, op_errors[440]),
            .service_ref = REF(operations[143].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [144] = { /* TagOpenIDConnectProvider */
            .name_ref = REF(operations[144].name_ref, strings[13403]),
            .http_method_ref = REF(operations[144].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[144].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[144].input_ref, structures[312].shape),
            .errors_ref = REF(operations[144].errors_ref, op_errors[445]),
            .service_ref = REF(operations[144].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [145] = { /* TagPolicy */
            .name_ref = REF(operations[145].name_ref, strings[13428]),
            .http_method_ref = REF(operations[145].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[145].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[145].input_ref, structures[313].shape),
            .errors_ref = REF(operations[145].errors_ref, op_errors[450]),
            .service_ref = REF(operations[145].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [146] = { /* TagRole */
            .name_ref = REF(operations[146].name_ref, strings[13438]),
            .http_method_ref = REF(operations[146].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[146].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[146].input_ref, structures[314].shape),
            .errors_ref = REF(operations[146].errors_ref, op_errors[455]),
            .service_ref = REF(operations[146].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [147] = { /* TagSAMLProvider */
            .name_ref = REF(operations[147].name_ref, strings[13446]),
            .http_method_ref = REF(operations[147].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[147].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[147].input_ref, structures[315].shape),
            .errors_ref = REF(operations[147].errors_ref, op_errors[460]),
            .service_ref = REF(operations[147].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [148] = { /* TagServerCertificate */
            .name_ref = REF(operations[148].name_ref, strings[13462]),
            .http_method_ref = REF(operations[148].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[148].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[148].input_ref, structures[316].shape),
            .errors_ref = REF(operations[148].errors_ref, op_errors[465]),
            .service_ref = REF(operations[148].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [149] = { /* TagUser */
            .name_ref = REF(operations[149].name_ref, strings[13483]),
            .http_method_ref = REF(operations[149].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[149].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[149].input_ref, structures[317].shape),
            .errors_ref = REF(operations[149].errors_ref, op_errors[470]),
            .service_ref = REF(operations[149].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [150] = { /* UntagInstanceProfile */
            .name_ref = REF(operations[150].name_ref, strings[13491]),
            .http_method_ref = REF(operations[150].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[150].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[150].input_ref, structures[321].shape),
            .errors_ref = REF(operations[150].errors_ref, op_errors[475]),
            .service_ref = REF(operations[150].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [151] = { /* UntagMFADevice */
            .name_ref = REF(operations[151].name_ref, strings[13512]),
            .http_method_ref = REF(operations[151].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[151].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[151].input_ref, structures[322].shape),
            .errors_ref = REF(operations[151].errors_ref, op_errors[479]),
            .service_ref = REF(operations[151].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [152] = { /* UntagOpenIDConnectProvider */
            .name_ref = REF(operations[152].name_ref, strings[13527]),
            .http_method_ref = REF(operations[152].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[152].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[152].input_ref, structures[323].shape),
            .errors_ref = REF(operations[152].errors_ref, op_errors[483]),
            .service_ref = REF(operations[152].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [153] = { /* UntagPolicy */
            .name_ref = REF(operations[153].name_ref, strings[13554]),
            .http_method_ref = REF(operations[153].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[153].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[153].input_ref, structures[324].shape),
            .errors_ref = REF(operations[153].errors_ref, op_errors[487]),
            .service_ref = REF(operations[153].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [154] = { /* UntagRole */
            .name_ref = REF(operations[154].name_ref, strings[13566]),
            .http_method_ref = REF(operations[154].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[154].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[154].input_ref, structures[325].shape),
            .errors_ref = REF(operations[154].errors_ref, op_errors[491]),
            .service_ref = REF(operations[154].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [155] = { /* UntagSAMLProvider */
            .name_ref = REF(operations[155].name_ref, strings[13576]),
            .http_method_ref = REF(operations[155].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[155].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[155].input_ref, structures[326].shape),
            .errors_ref = REF(operations[155].errors_ref, op_errors[494]),
            .service_ref = REF(operations[155].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [156] = { /* UntagServerCertificate */
            .name_ref = REF(operations[156].name_ref, strings[13594]),
            .http_method_ref = REF(operations[156].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[156].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[156].input_ref, structures[327].shape),
            .errors_ref = REF(operations[156].errors_ref, op_errors[498]),
            .service_ref = REF(operations[156].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [157] = { /* UntagUser */
            .name_ref = REF(operations[157].name_ref, strings[13617]),
            .http_method_ref = REF(operations[157].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[157].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[157].input_ref, structures[328].shape),
            .errors_ref = REF(operations[157].errors_ref, op_errors[502]),
            .service_ref = REF(operations[157].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [158] = { /* UpdateAccessKey */
            .name_ref = REF(operations[158].name_ref, strings[13627]),
            .http_method_ref = REF(operations[158].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[158].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[158].input_ref, structures[329].shape),
            .errors_ref = REF(operations[158].errors_ref, op_errors[505]),
            .service_ref = REF(operations[158].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [159] = { /* UpdateAccountPasswordPolicy */
            .name_ref = REF(operations[159].name_ref, strings[13643]),
            .http_method_ref = REF(operations[159].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[159].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[159].input_ref, structures[330].shape),
            .errors_ref = REF(operations[159].errors_ref, op_errors[509]),
            .service_ref = REF(operations[159].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [160] = { /* UpdateAssumeRolePolicy */
            .name_ref = REF(operations[160].name_ref, strings[13671]),
            .http_method_ref = REF(operations[160].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[160].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[160].input_ref, structures[331].shape),
            .errors_ref = REF(operations[160].errors_ref, op_errors[513]),
            .service_ref = REF(operations[160].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [161] = { /* UpdateDelegationRequest */
            .name_ref = REF(operations[161].name_ref, strings[13694]),
            .http_method_ref = REF(operations[161].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[161].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[161].input_ref, structures[332].shape),
            .errors_ref = REF(operations[161].errors_ref, op_errors[518]),
            .service_ref = REF(operations[161].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [162] = { /* UpdateGroup */
            .name_ref = REF(operations[162].name_ref, strings[13718]),
            .http_method_ref = REF(operations[162].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[162].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[162].input_ref, structures[333].shape),
            .errors_ref = REF(operations[162].errors_ref, op_errors[522]),
            .service_ref = REF(operations[162].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [163] = { /* UpdateLoginProfile */
            .name_ref = REF(operations[163].name_ref, strings[13730]),
            .http_method_ref = REF(operations[163].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[163].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[163].input_ref, structures[334].shape),
            .errors_ref = REF(operations[163].errors_ref, op_errors[526]),
            .service_ref = REF(operations[163].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [164] = { /* UpdateOpenIDConnectProviderThumbprint */
            .name_ref = REF(operations[164].name_ref, strings[13749]),
            .http_method_ref = REF(operations[164].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[164].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[164].input_ref, structures[335].shape),
            .errors_ref = REF(operations[164].errors_ref, op_errors[531]),
            .service_ref = REF(operations[164].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [165] = { /* UpdateRole */
            .name_ref = REF(operations[165].name_ref, strings[13787]),
            .http_method_ref = REF(operations[165].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[165].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[165].input_ref, structures[338].shape),
            .output_ref = REF(operations[165].output_ref, structures[339].shape),
            .errors_ref = REF(operations[165].errors_ref, op_errors[535]),
            .service_ref = REF(operations[165].service_ref, service),
            .result_wrapper_ref = REF(operations[165].result_wrapper_ref, strings[13798]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [166] = { /* UpdateRoleDescription */
            .name_ref = REF(operations[166].name_ref, strings[13815]),
            .http_method_ref = REF(operations[166].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[166].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[166].input_ref, structures[336].shape),
            .output_ref = REF(operations[166].output_ref, structures[337].shape),
            .errors_ref = REF(operations[166].errors_ref, op_errors[538]),
            .service_ref = REF(operations[166].service_ref, service),
            .result_wrapper_ref = REF(operations[166].result_wrapper_ref, strings[13837]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [167] = { /* UpdateSAMLProvider */
            .name_ref = REF(operations[167].name_ref, strings[13865]),
            .http_method_ref = REF(operations[167].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[167].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[167].input_ref, structures[340].shape),
            .output_ref = REF(operations[167].output_ref, structures[341].shape),
            .errors_ref = REF(operations[167].errors_ref, op_errors[541]),
            .service_ref = REF(operations[167].service_ref, service),
            .result_wrapper_ref = REF(operations[167].result_wrapper_ref, strings[13884]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [168] = { /* UpdateSSHPublicKey */
            .name_ref = REF(operations[168].name_ref, strings[13909]),
            .http_method_ref = REF(operations[168].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[168].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[168].input_ref, structures[342].shape),
            .errors_ref = REF(operations[168].errors_ref, op_errors[546]),
            .service_ref = REF(operations[168].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [169] = { /* UpdateServerCertificate */
            .name_ref = REF(operations[169].name_ref, strings[13928]),
            .http_method_ref = REF(operations[169].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[169].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[169].input_ref, structures[343].shape),
            .errors_ref = REF(operations[169].errors_ref, op_errors[548]),
            .service_ref = REF(operations[169].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [170] = { /* UpdateServiceSpecificCredential */
            .name_ref = REF(operations[170].name_ref, strings[13952]),
            .http_method_ref = REF(operations[170].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[170].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[170].input_ref, structures[344].shape),
            .errors_ref = REF(operations[170].errors_ref, op_errors[552]),
            .service_ref = REF(operations[170].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [171] = { /* UpdateSigningCertificate */
            .name_ref = REF(operations[171].name_ref, strings[13984]),
            .http_method_ref = REF(operations[171].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[171].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[171].input_ref, structures[345].shape),
            .errors_ref = REF(operations[171].errors_ref, op_errors[553]),
            .service_ref = REF(operations[171].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [172] = { /* UpdateUser */
            .name_ref = REF(operations[172].name_ref, strings[14009]),
            .http_method_ref = REF(operations[172].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[172].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[172].input_ref, structures[346].shape),
            .errors_ref = REF(operations[172].errors_ref, op_errors[557]),
            .service_ref = REF(operations[172].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [173] = { /* UploadSSHPublicKey */
            .name_ref = REF(operations[173].name_ref, strings[14020]),
            .http_method_ref = REF(operations[173].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[173].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[173].input_ref, structures[347].shape),
            .output_ref = REF(operations[173].output_ref, structures[348].shape),
            .errors_ref = REF(operations[173].errors_ref, op_errors[563]),
            .service_ref = REF(operations[173].service_ref, service),
            .result_wrapper_ref = REF(operations[173].result_wrapper_ref, strings[14039]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [174] = { /* UploadServerCertificate */
            .name_ref = REF(operations[174].name_ref, strings[14064]),
            .http_method_ref = REF(operations[174].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[174].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[174].input_ref, structures[349].shape),
            .output_ref = REF(operations[174].output_ref, structures[350].shape),
            .errors_ref = REF(operations[174].errors_ref, op_errors[568]),
            .service_ref = REF(operations[174].service_ref, service),
            .result_wrapper_ref = REF(operations[174].result_wrapper_ref, strings[14088]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [175] = { /* UploadSigningCertificate */
            .name_ref = REF(operations[175].name_ref, strings[14118]),
            .http_method_ref = REF(operations[175].http_method_ref, strings[7722]),
            .request_uri_ref = REF(operations[175].request_uri_ref, strings[7727]),
            .input_ref = REF(operations[175].input_ref, structures[351].shape),
            .output_ref = REF(operations[175].output_ref, structures[352].shape),
            .errors_ref = REF(operations[175].errors_ref, op_errors[575]),
            .service_ref = REF(operations[175].service_ref, service),
            .result_wrapper_ref = REF(operations[175].result_wrapper_ref, strings[14143]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[17].shape),
        REF(op_errors[1], structures[249].shape),
        REF(op_errors[2], structures[297].shape),
        REF(op_errors[3], structures[17].shape),
        REF(op_errors[4], structures[166].shape),
        REF(op_errors[5], structures[170].shape),
        REF(op_errors[6], structures[249].shape),
        REF(op_errors[7], structures[297].shape),
        REF(op_errors[8], structures[94].shape),
        REF(op_errors[9], structures[170].shape),
        REF(op_errors[10], structures[249].shape),
        REF(op_errors[11], structures[297].shape),
        REF(op_errors[12], structures[319].shape),
        REF(op_errors[13], structures[170].shape),
        REF(op_errors[14], structures[249].shape),
        REF(op_errors[15], structures[297].shape),
        REF(op_errors[16], structures[17].shape),
        REF(op_errors[17], structures[166].shape),
        REF(op_errors[18], structures[249].shape),
        REF(op_errors[19], structures[297].shape),
        REF(op_errors[20], structures[166].shape),
        REF(op_errors[21], structures[170].shape),
        REF(op_errors[22], structures[249].shape),
        REF(op_errors[23], structures[265].shape),
        REF(op_errors[24], structures[297].shape),
        REF(op_errors[25], structures[166].shape),
        REF(op_errors[26], structures[170].shape),
        REF(op_errors[27], structures[249].shape),
        REF(op_errors[28], structures[265].shape),
        REF(op_errors[29], structures[297].shape),
        REF(op_errors[30], structures[319].shape),
        REF(op_errors[31], structures[166].shape),
        REF(op_errors[32], structures[170].shape),
        REF(op_errors[33], structures[249].shape),
        REF(op_errors[34], structures[265].shape),
        REF(op_errors[35], structures[297].shape),
        REF(op_errors[36], structures[97].shape),
        REF(op_errors[37], structures[168].shape),
        REF(op_errors[38], structures[170].shape),
        REF(op_errors[39], structures[249].shape),
        REF(op_errors[40], structures[257].shape),
        REF(op_errors[41], structures[297].shape),
        REF(op_errors[42], structures[170].shape),
        REF(op_errors[43], structures[249].shape),
        REF(op_errors[44], structures[297].shape),
        REF(op_errors[45], structures[17].shape),
        REF(op_errors[46], structures[94].shape),
        REF(op_errors[47], structures[170].shape),
        REF(op_errors[48], structures[297].shape),
        REF(op_errors[49], structures[17].shape),
        REF(op_errors[50], structures[94].shape),
        REF(op_errors[51], structures[166].shape),
        REF(op_errors[52], structures[170].shape),
        REF(op_errors[53], structures[297].shape),
        REF(op_errors[54], structures[94].shape),
        REF(op_errors[55], structures[170].shape),
        REF(op_errors[56], structures[249].shape),
        REF(op_errors[57], structures[297].shape),
        REF(op_errors[58], structures[17].shape),
        REF(op_errors[59], structures[94].shape),
        REF(op_errors[60], structures[166].shape),
        REF(op_errors[61], structures[170].shape),
        REF(op_errors[62], structures[297].shape),
        REF(op_errors[63], structures[94].shape),
        REF(op_errors[64], structures[170].shape),
        REF(op_errors[65], structures[249].shape),
        REF(op_errors[66], structures[257].shape),
        REF(op_errors[67], structures[297].shape),
        REF(op_errors[68], structures[17].shape),
        REF(op_errors[69], structures[94].shape),
        REF(op_errors[70], structures[166].shape),
        REF(op_errors[71], structures[170].shape),
        REF(op_errors[72], structures[251].shape),
        REF(op_errors[73], structures[297].shape),
        REF(op_errors[74], structures[17].shape),
        REF(op_errors[75], structures[94].shape),
        REF(op_errors[76], structures[166].shape),
        REF(op_errors[77], structures[170].shape),
        REF(op_errors[78], structures[247].shape),
        REF(op_errors[79], structures[297].shape),
        REF(op_errors[80], structures[166].shape),
        REF(op_errors[81], structures[170].shape),
        REF(op_errors[82], structures[247].shape),
        REF(op_errors[83], structures[249].shape),
        REF(op_errors[84], structures[297].shape),
        REF(op_errors[85], structures[17].shape),
        REF(op_errors[86], structures[94].shape),
        REF(op_errors[87], structures[166].shape),
        REF(op_errors[88], structures[170].shape),
        REF(op_errors[89], structures[247].shape),
        REF(op_errors[90], structures[297].shape),
        REF(op_errors[91], structures[17].shape),
        REF(op_errors[92], structures[94].shape),
        REF(op_errors[93], structures[166].shape),
        REF(op_errors[94], structures[170].shape),
        REF(op_errors[95], structures[297].shape),
        REF(op_errors[96], structures[166].shape),
        REF(op_errors[97], structures[170].shape),
        REF(op_errors[98], structures[249].shape),
        REF(op_errors[99], structures[297].shape),
        REF(op_errors[100], structures[170].shape),
        REF(op_errors[101], structures[249].shape),
        REF(op_errors[102], structures[299].shape),
        REF(op_errors[103], structures[17].shape),
        REF(op_errors[104], structures[94].shape),
        REF(op_errors[105], structures[166].shape),
        REF(op_errors[106], structures[170].shape),
        REF(op_errors[107], structures[249].shape),
        REF(op_errors[108], structures[297].shape),
        REF(op_errors[109], structures[17].shape),
        REF(op_errors[110], structures[94].shape),
        REF(op_errors[111], structures[166].shape),
        REF(op_errors[112], structures[170].shape),
        REF(op_errors[113], structures[297].shape),
        REF(op_errors[114], structures[17].shape),
        REF(op_errors[115], structures[97].shape),
        REF(op_errors[116], structures[170].shape),
        REF(op_errors[117], structures[249].shape),
        REF(op_errors[118], structures[297].shape),
        REF(op_errors[119], structures[170].shape),
        REF(op_errors[120], structures[249].shape),
        REF(op_errors[121], structures[297].shape),
        REF(op_errors[122], structures[17].shape),
        REF(op_errors[123], structures[170].shape),
        REF(op_errors[124], structures[249].shape),
        REF(op_errors[125], structures[297].shape),
        REF(op_errors[126], structures[170].shape),
        REF(op_errors[127], structures[249].shape),
        REF(op_errors[128], structures[297].shape),
        REF(op_errors[129], structures[56].shape),
        REF(op_errors[130], structures[170].shape),
        REF(op_errors[131], structures[249].shape),
        REF(op_errors[132], structures[297].shape),
        REF(op_errors[133], structures[170].shape),
        REF(op_errors[134], structures[249].shape),
        REF(op_errors[135], structures[297].shape),
        REF(op_errors[136], structures[56].shape),
        REF(op_errors[137], structures[170].shape),
        REF(op_errors[138], structures[249].shape),
        REF(op_errors[139], structures[297].shape),
        REF(op_errors[140], structures[97].shape),
        REF(op_errors[141], structures[170].shape),
        REF(op_errors[142], structures[249].shape),
        REF(op_errors[143], structures[297].shape),
        REF(op_errors[144], structures[166].shape),
        REF(op_errors[145], structures[249].shape),
        REF(op_errors[146], structures[297].shape),
        REF(op_errors[147], structures[56].shape),
        REF(op_errors[148], structures[166].shape),
        REF(op_errors[149], structures[170].shape),
        REF(op_errors[150], structures[249].shape),
        REF(op_errors[151], structures[297].shape),
        REF(op_errors[152], structures[56].shape),
        REF(op_errors[153], structures[166].shape),
        REF(op_errors[154], structures[170].shape),
        REF(op_errors[155], structures[249].shape),
        REF(op_errors[156], structures[297].shape),
        REF(op_errors[157], structures[17].shape),
        REF(op_errors[158], structures[56].shape),
        REF(op_errors[159], structures[170].shape),
        REF(op_errors[160], structures[249].shape),
        REF(op_errors[161], structures[297].shape),
        REF(op_errors[162], structures[319].shape),
        REF(op_errors[163], structures[249].shape),
        REF(op_errors[164], structures[297].shape),
        REF(op_errors[165], structures[319].shape),
        REF(op_errors[166], structures[170].shape),
        REF(op_errors[167], structures[249].shape),
        REF(op_errors[168], structures[297].shape),
        REF(op_errors[169], structures[319].shape),
        REF(op_errors[170], structures[166].shape),
        REF(op_errors[171], structures[170].shape),
        REF(op_errors[172], structures[249].shape),
        REF(op_errors[173], structures[297].shape),
        REF(op_errors[174], structures[249].shape),
        REF(op_errors[175], structures[56].shape),
        REF(op_errors[176], structures[170].shape),
        REF(op_errors[177], structures[249].shape),
        REF(op_errors[178], structures[297].shape),
        REF(op_errors[179], structures[170].shape),
        REF(op_errors[180], structures[249].shape),
        REF(op_errors[181], structures[297].shape),
        REF(op_errors[182], structures[249].shape),
        REF(op_errors[183], structures[17].shape),
        REF(op_errors[184], structures[170].shape),
        REF(op_errors[185], structures[249].shape),
        REF(op_errors[186], structures[297].shape),
        REF(op_errors[187], structures[17].shape),
        REF(op_errors[188], structures[56].shape),
        REF(op_errors[189], structures[170].shape),
        REF(op_errors[190], structures[249].shape),
        REF(op_errors[191], structures[297].shape),
        REF(op_errors[192], structures[249].shape),
        REF(op_errors[193], structures[297].shape),
        REF(op_errors[194], structures[170].shape),
        REF(op_errors[195], structures[249].shape),
        REF(op_errors[196], structures[297].shape),
        REF(op_errors[197], structures[17].shape),
        REF(op_errors[198], structures[56].shape),
        REF(op_errors[199], structures[170].shape),
        REF(op_errors[200], structures[249].shape),
        REF(op_errors[201], structures[297].shape),
        REF(op_errors[202], structures[166].shape),
        REF(op_errors[203], structures[170].shape),
        REF(op_errors[204], structures[249].shape),
        REF(op_errors[205], structures[297].shape),
        REF(op_errors[206], structures[166].shape),
        REF(op_errors[207], structures[170].shape),
        REF(op_errors[208], structures[249].shape),
        REF(op_errors[209], structures[297].shape),
        REF(op_errors[210], structures[319].shape),
        REF(op_errors[211], structures[166].shape),
        REF(op_errors[212], structures[170].shape),
        REF(op_errors[213], structures[249].shape),
        REF(op_errors[214], structures[297].shape),
        REF(op_errors[215], structures[5].shape),
        REF(op_errors[216], structures[253].shape),
        REF(op_errors[217], structures[254].shape),
        REF(op_errors[218], structures[296].shape),
        REF(op_errors[219], structures[5].shape),
        REF(op_errors[220], structures[253].shape),
        REF(op_errors[221], structures[254].shape),
        REF(op_errors[222], structures[296].shape),
        REF(op_errors[223], structures[100].shape),
        REF(op_errors[224], structures[17].shape),
        REF(op_errors[225], structures[94].shape),
        REF(op_errors[226], structures[97].shape),
        REF(op_errors[227], structures[164].shape),
        REF(op_errors[228], structures[170].shape),
        REF(op_errors[229], structures[249].shape),
        REF(op_errors[230], structures[297].shape),
        REF(op_errors[231], structures[5].shape),
        REF(op_errors[232], structures[15].shape),
        REF(op_errors[233], structures[253].shape),
        REF(op_errors[234], structures[254].shape),
        REF(op_errors[235], structures[296].shape),
        REF(op_errors[236], structures[5].shape),
        REF(op_errors[237], structures[15].shape),
        REF(op_errors[238], structures[253].shape),
        REF(op_errors[239], structures[254].shape),
        REF(op_errors[240], structures[296].shape),
        REF(op_errors[241], structures[101].shape),
        REF(op_errors[242], structures[170].shape),
        REF(op_errors[243], structures[297].shape),
        REF(op_errors[244], structures[280].shape),
        REF(op_errors[245], structures[166].shape),
        REF(op_errors[246], structures[249].shape),
        REF(op_errors[247], structures[297].shape),
        REF(op_errors[248], structures[249].shape),
        REF(op_errors[249], structures[297].shape),
        REF(op_errors[250], structures[297].shape),
        REF(op_errors[251], structures[166].shape),
        REF(op_errors[252], structures[166].shape),
        REF(op_errors[253], structures[249].shape),
        REF(op_errors[254], structures[48].shape),
        REF(op_errors[255], structures[49].shape),
        REF(op_errors[256], structures[50].shape),
        REF(op_errors[257], structures[297].shape),
        REF(op_errors[258], structures[249].shape),
        REF(op_errors[259], structures[297].shape),
        REF(op_errors[260], structures[249].shape),
        REF(op_errors[261], structures[297].shape),
        REF(op_errors[262], structures[249].shape),
        REF(op_errors[263], structures[297].shape),
        REF(op_errors[264], structures[166].shape),
        REF(op_errors[265], structures[249].shape),
        REF(op_errors[266], structures[297].shape),
        REF(op_errors[267], structures[249].shape),
        REF(op_errors[268], structures[297].shape),
        REF(op_errors[269], structures[249].shape),
        REF(op_errors[270], structures[297].shape),
        REF(op_errors[271], structures[249].shape),
        REF(op_errors[272], structures[297].shape),
        REF(op_errors[273], structures[166].shape),
        REF(op_errors[274], structures[249].shape),
        REF(op_errors[275], structures[297].shape),
        REF(op_errors[276], structures[249].shape),
        REF(op_errors[277], structures[100].shape),
        REF(op_errors[278], structures[166].shape),
        REF(op_errors[279], structures[249].shape),
        REF(op_errors[280], structures[297].shape),
        REF(op_errors[281], structures[166].shape),
        REF(op_errors[282], structures[249].shape),
        REF(op_errors[283], structures[297].shape),
        REF(op_errors[284], structures[249].shape),
        REF(op_errors[285], structures[297].shape),
        REF(op_errors[286], structures[249].shape),
        REF(op_errors[287], structures[297].shape),
        REF(op_errors[288], structures[166].shape),
        REF(op_errors[289], structures[249].shape),
        REF(op_errors[290], structures[297].shape),
        REF(op_errors[291], structures[249].shape),
        REF(op_errors[292], structures[320].shape),
        REF(op_errors[293], structures[249].shape),
        REF(op_errors[294], structures[297].shape),
        REF(op_errors[295], structures[166].shape),
        REF(op_errors[296], structures[249].shape),
        REF(op_errors[297], structures[166].shape),
        REF(op_errors[298], structures[249].shape),
        REF(op_errors[299], structures[166].shape),
        REF(op_errors[300], structures[249].shape),
        REF(op_errors[301], structures[297].shape),
        REF(op_errors[302], structures[249].shape),
        REF(op_errors[303], structures[297].shape),
        REF(op_errors[304], structures[249].shape),
        REF(op_errors[305], structures[297].shape),
        REF(op_errors[306], structures[249].shape),
        REF(op_errors[307], structures[297].shape),
        REF(op_errors[308], structures[297].shape),
        REF(op_errors[309], structures[166].shape),
        REF(op_errors[310], structures[249].shape),
        REF(op_errors[311], structures[297].shape),
        REF(op_errors[312], structures[166].shape),
        REF(op_errors[313], structures[249].shape),
        REF(op_errors[314], structures[297].shape),
        REF(op_errors[315], structures[166].shape),
        REF(op_errors[316], structures[249].shape),
        REF(op_errors[317], structures[297].shape),
        REF(op_errors[318], structures[166].shape),
        REF(op_errors[319], structures[249].shape),
        REF(op_errors[320], structures[297].shape),
        REF(op_errors[321], structures[166].shape),
        REF(op_errors[322], structures[249].shape),
        REF(op_errors[323], structures[297].shape),
        REF(op_errors[324], structures[249].shape),
        REF(op_errors[325], structures[297].shape),
        REF(op_errors[326], structures[297].shape),
        REF(op_errors[327], structures[249].shape),
        REF(op_errors[328], structures[297].shape),
        REF(op_errors[329], structures[249].shape),
        REF(op_errors[330], structures[297].shape),
        REF(op_errors[331], structures[297].shape),
        REF(op_errors[332], structures[249].shape),
        REF(op_errors[333], structures[297].shape),
        REF(op_errors[334], structures[166].shape),
        REF(op_errors[335], structures[249].shape),
        REF(op_errors[336], structures[297].shape),
        REF(op_errors[337], structures[249].shape),
        REF(op_errors[338], structures[297].shape),
        REF(op_errors[339], structures[166].shape),
        REF(op_errors[340], structures[249].shape),
        REF(op_errors[341], structures[297].shape),
        REF(op_errors[342], structures[297].shape),
        REF(op_errors[343], structures[5].shape),
        REF(op_errors[344], structures[253].shape),
        REF(op_errors[345], structures[254].shape),
        REF(op_errors[346], structures[296].shape),
        REF(op_errors[347], structures[297].shape),
        REF(op_errors[348], structures[166].shape),
        REF(op_errors[349], structures[249].shape),
        REF(op_errors[350], structures[166].shape),
        REF(op_errors[351], structures[249].shape),
        REF(op_errors[352], structures[297].shape),
        REF(op_errors[353], structures[166].shape),
        REF(op_errors[354], structures[249].shape),
        REF(op_errors[355], structures[297].shape),
        REF(op_errors[356], structures[249].shape),
        REF(op_errors[357], structures[297].shape),
        REF(op_errors[358], structures[249].shape),
        REF(op_errors[359], structures[297].shape),
        REF(op_errors[360], structures[297].shape),
        REF(op_errors[361], structures[166].shape),
        REF(op_errors[362], structures[249].shape),
        REF(op_errors[363], structures[297].shape),
        REF(op_errors[364], structures[297].shape),
        REF(op_errors[365], structures[249].shape),
        REF(op_errors[366], structures[249].shape),
        REF(op_errors[367], structures[297].shape),
        REF(op_errors[368], structures[297].shape),
        REF(op_errors[369], structures[249].shape),
        REF(op_errors[370], structures[299].shape),
        REF(op_errors[371], structures[249].shape),
        REF(op_errors[372], structures[297].shape),
        REF(op_errors[373], structures[249].shape),
        REF(op_errors[374], structures[297].shape),
        REF(op_errors[375], structures[249].shape),
        REF(op_errors[376], structures[297].shape),
        REF(op_errors[377], structures[297].shape),
        REF(op_errors[378], structures[170].shape),
        REF(op_errors[379], structures[247].shape),
        REF(op_errors[380], structures[249].shape),
        REF(op_errors[381], structures[297].shape),
        REF(op_errors[382], structures[166].shape),
        REF(op_errors[383], structures[249].shape),
        REF(op_errors[384], structures[265].shape),
        REF(op_errors[385], structures[297].shape),
        REF(op_errors[386], structures[319].shape),
        REF(op_errors[387], structures[170].shape),
        REF(op_errors[388], structures[247].shape),
        REF(op_errors[389], structures[249].shape),
        REF(op_errors[390], structures[297].shape),
        REF(op_errors[391], structures[319].shape),
        REF(op_errors[392], structures[166].shape),
        REF(op_errors[393], structures[249].shape),
        REF(op_errors[394], structures[265].shape),
        REF(op_errors[395], structures[297].shape),
        REF(op_errors[396], structures[170].shape),
        REF(op_errors[397], structures[247].shape),
        REF(op_errors[398], structures[249].shape),
        REF(op_errors[399], structures[297].shape),
        REF(op_errors[400], structures[17].shape),
        REF(op_errors[401], structures[166].shape),
        REF(op_errors[402], structures[249].shape),
        REF(op_errors[403], structures[297].shape),
        REF(op_errors[404], structures[17].shape),
        REF(op_errors[405], structures[166].shape),
        REF(op_errors[406], structures[249].shape),
        REF(op_errors[407], structures[297].shape),
        REF(op_errors[408], structures[170].shape),
        REF(op_errors[409], structures[249].shape),
        REF(op_errors[410], structures[297].shape),
        REF(op_errors[411], structures[319].shape),
        REF(op_errors[412], structures[170].shape),
        REF(op_errors[413], structures[249].shape),
        REF(op_errors[414], structures[297].shape),
        REF(op_errors[415], structures[249].shape),
        REF(op_errors[416], structures[17].shape),
        REF(op_errors[417], structures[164].shape),
        REF(op_errors[418], structures[170].shape),
        REF(op_errors[419], structures[249].shape),
        REF(op_errors[420], structures[297].shape),
        REF(op_errors[421], structures[17].shape),
        REF(op_errors[422], structures[166].shape),
        REF(op_errors[423], structures[249].shape),
        REF(op_errors[424], structures[297].shape),
        REF(op_errors[425], structures[166].shape),
        REF(op_errors[426], structures[170].shape),
        REF(op_errors[427], structures[249].shape),
        REF(op_errors[428], structures[297].shape),
        REF(op_errors[429], structures[297].shape),
        REF(op_errors[430], structures[166].shape),
        REF(op_errors[431], structures[261].shape),
        REF(op_errors[432], structures[166].shape),
        REF(op_errors[433], structures[249].shape),
        REF(op_errors[434], structures[261].shape),
        REF(op_errors[435], structures[17].shape),
        REF(op_errors[436], structures[166].shape),
        REF(op_errors[437], structures[170].shape),
        REF(op_errors[438], structures[249].shape),
        REF(op_errors[439], structures[297].shape),
        REF(op_errors[440], structures[17].shape),
        REF(op_errors[441], structures[166].shape),
        REF(op_errors[442], structures[170].shape),
        REF(op_errors[443], structures[249].shape),
        REF(op_errors[444], structures[297].shape),
        REF(op_errors[445], structures[17].shape),
        REF(op_errors[446], structures[166].shape),
        REF(op_errors[447], structures[170].shape),
        REF(op_errors[448], structures[249].shape),
        REF(op_errors[449], structures[297].shape),
        REF(op_errors[450], structures[17].shape),
        REF(op_errors[451], structures[166].shape),
        REF(op_errors[452], structures[170].shape),
        REF(op_errors[453], structures[249].shape),
        REF(op_errors[454], structures[297].shape),
        REF(op_errors[455], structures[17].shape),
        REF(op_errors[456], structures[166].shape),
        REF(op_errors[457], structures[170].shape),
        REF(op_errors[458], structures[249].shape),
        REF(op_errors[459], structures[297].shape),
        REF(op_errors[460], structures[17].shape),
        REF(op_errors[461], structures[166].shape),
        REF(op_errors[462], structures[170].shape),
        REF(op_errors[463], structures[249].shape),
        REF(op_errors[464], structures[297].shape),
        REF(op_errors[465], structures[17].shape),
        REF(op_errors[466], structures[166].shape),
        REF(op_errors[467], structures[170].shape),
        REF(op_errors[468], structures[249].shape),
        REF(op_errors[469], structures[297].shape),
        REF(op_errors[470], structures[17].shape),
        REF(op_errors[471], structures[166].shape),
        REF(op_errors[472], structures[170].shape),
        REF(op_errors[473], structures[249].shape),
        REF(op_errors[474], structures[297].shape),
        REF(op_errors[475], structures[17].shape),
        REF(op_errors[476], structures[166].shape),
        REF(op_errors[477], structures[249].shape),
        REF(op_errors[478], structures[297].shape),
        REF(op_errors[479], structures[17].shape),
        REF(op_errors[480], structures[166].shape),
        REF(op_errors[481], structures[249].shape),
        REF(op_errors[482], structures[297].shape),
        REF(op_errors[483], structures[17].shape),
        REF(op_errors[484], structures[166].shape),
        REF(op_errors[485], structures[249].shape),
        REF(op_errors[486], structures[297].shape),
        REF(op_errors[487], structures[17].shape),
        REF(op_errors[488], structures[166].shape),
        REF(op_errors[489], structures[249].shape),
        REF(op_errors[490], structures[297].shape),
        REF(op_errors[491], structures[17].shape),
        REF(op_errors[492], structures[249].shape),
        REF(op_errors[493], structures[297].shape),
        REF(op_errors[494], structures[17].shape),
        REF(op_errors[495], structures[166].shape),
        REF(op_errors[496], structures[249].shape),
        REF(op_errors[497], structures[297].shape),
        REF(op_errors[498], structures[17].shape),
        REF(op_errors[499], structures[166].shape),
        REF(op_errors[500], structures[249].shape),
        REF(op_errors[501], structures[297].shape),
        REF(op_errors[502], structures[17].shape),
        REF(op_errors[503], structures[249].shape),
        REF(op_errors[504], structures[297].shape),
        REF(op_errors[505], structures[166].shape),
        REF(op_errors[506], structures[170].shape),
        REF(op_errors[507], structures[249].shape),
        REF(op_errors[508], structures[297].shape),
        REF(op_errors[509], structures[170].shape),
        REF(op_errors[510], structures[247].shape),
        REF(op_errors[511], structures[249].shape),
        REF(op_errors[512], structures[297].shape),
        REF(op_errors[513], structures[170].shape),
        REF(op_errors[514], structures[247].shape),
        REF(op_errors[515], structures[249].shape),
        REF(op_errors[516], structures[297].shape),
        REF(op_errors[517], structures[319].shape),
        REF(op_errors[518], structures[17].shape),
        REF(op_errors[519], structures[166].shape),
        REF(op_errors[520], structures[249].shape),
        REF(op_errors[521], structures[297].shape),
        REF(op_errors[522], structures[94].shape),
        REF(op_errors[523], structures[170].shape),
        REF(op_errors[524], structures[249].shape),
        REF(op_errors[525], structures[297].shape),
        REF(op_errors[526], structures[97].shape),
        REF(op_errors[527], structures[170].shape),
        REF(op_errors[528], structures[249].shape),
        REF(op_errors[529], structures[257].shape),
        REF(op_errors[530], structures[297].shape),
        REF(op_errors[531], structures[17].shape),
        REF(op_errors[532], structures[166].shape),
        REF(op_errors[533], structures[249].shape),
        REF(op_errors[534], structures[297].shape),
        REF(op_errors[535], structures[249].shape),
        REF(op_errors[536], structures[297].shape),
        REF(op_errors[537], structures[319].shape),
        REF(op_errors[538], structures[249].shape),
        REF(op_errors[539], structures[297].shape),
        REF(op_errors[540], structures[319].shape),
        REF(op_errors[541], structures[17].shape),
        REF(op_errors[542], structures[166].shape),
        REF(op_errors[543], structures[170].shape),
        REF(op_errors[544], structures[249].shape),
        REF(op_errors[545], structures[297].shape),
        REF(op_errors[546], structures[166].shape),
        REF(op_errors[547], structures[249].shape),
        REF(op_errors[548], structures[94].shape),
        REF(op_errors[549], structures[170].shape),
        REF(op_errors[550], structures[249].shape),
        REF(op_errors[551], structures[297].shape),
        REF(op_errors[552], structures[249].shape),
        REF(op_errors[553], structures[166].shape),
        REF(op_errors[554], structures[170].shape),
        REF(op_errors[555], structures[249].shape),
        REF(op_errors[556], structures[297].shape),
        REF(op_errors[557], structures[17].shape),
        REF(op_errors[558], structures[94].shape),
        REF(op_errors[559], structures[97].shape),
        REF(op_errors[560], structures[170].shape),
        REF(op_errors[561], structures[249].shape),
        REF(op_errors[562], structures[297].shape),
        REF(op_errors[563], structures[87].shape),
        REF(op_errors[564], structures[167].shape),
        REF(op_errors[565], structures[170].shape),
        REF(op_errors[566], structures[249].shape),
        REF(op_errors[567], structures[320].shape),
        REF(op_errors[568], structures[17].shape),
        REF(op_errors[569], structures[94].shape),
        REF(op_errors[570], structures[166].shape),
        REF(op_errors[571], structures[169].shape),
        REF(op_errors[572], structures[170].shape),
        REF(op_errors[573], structures[246].shape),
        REF(op_errors[574], structures[297].shape),
        REF(op_errors[575], structures[17].shape),
        REF(op_errors[576], structures[86].shape),
        REF(op_errors[577], structures[94].shape),
        REF(op_errors[578], structures[165].shape),
        REF(op_errors[579], structures[170].shape),
        REF(op_errors[580], structures[246].shape),
        REF(op_errors[581], structures[249].shape),
        REF(op_errors[582], structures[297].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[5].shape),
        REF(service_errors[1], structures[15].shape),
        REF(service_errors[2], structures[17].shape),
        REF(service_errors[3], structures[56].shape),
        REF(service_errors[4], structures[86].shape),
        REF(service_errors[5], structures[87].shape),
        REF(service_errors[6], structures[94].shape),
        REF(service_errors[7], structures[97].shape),
        REF(service_errors[8], structures[100].shape),
        REF(service_errors[9], structures[101].shape),
        REF(service_errors[10], structures[164].shape),
        REF(service_errors[11], structures[165].shape),
        REF(service_errors[12], structures[166].shape),
        REF(service_errors[13], structures[167].shape),
        REF(service_errors[14], structures[168].shape),
        REF(service_errors[15], structures[169].shape),
        REF(service_errors[16], structures[170].shape),
        REF(service_errors[17], structures[246].shape),
        REF(service_errors[18], structures[247].shape),
        REF(service_errors[19], structures[249].shape),
        REF(service_errors[20], structures[299].shape),
        REF(service_errors[21], structures[251].shape),
        REF(service_errors[22], structures[253].shape),
        REF(service_errors[23], structures[254].shape),
        REF(service_errors[24], structures[257].shape),
        REF(service_errors[25], structures[261].shape),
        REF(service_errors[26], structures[265].shape),
        REF(service_errors[27], structures[48].shape),
        REF(service_errors[28], structures[280].shape),
        REF(service_errors[29], structures[50].shape),
        REF(service_errors[30], structures[49].shape),
        REF(service_errors[31], structures[296].shape),
        REF(service_errors[32], structures[297].shape),
        REF(service_errors[33], structures[319].shape),
        REF(service_errors[34], structures[320].shape),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* GetAccountAuthorizationDetails */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 62,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[0].more_results_ref, exprs[1]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 4,
        },
        [1] = { /* GetGroup */
            .name_ref = PREF(paginators[1].name_ref, strings[31]),
            .operation = 69,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[5]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[1].more_results_ref, exprs[7]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[6]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[1].non_aggregate_keys_ref, expr_refs[7]),
            .non_aggregate_key_count = 1,
        },
        [2] = { /* ListAccessKeys */
            .name_ref = PREF(paginators[2].name_ref, strings[40]),
            .operation = 90,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[2].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [3] = { /* ListAccountAliases */
            .name_ref = PREF(paginators[3].name_ref, strings[55]),
            .operation = 91,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[3].more_results_ref, exprs[11]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [4] = { /* ListAttachedGroupPolicies */
            .name_ref = PREF(paginators[4].name_ref, strings[74]),
            .operation = 92,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[4].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [5] = { /* ListAttachedRolePolicies */
            .name_ref = PREF(paginators[5].name_ref, strings[100]),
            .operation = 93,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[5].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
        [6] = { /* ListAttachedUserPolicies */
            .name_ref = PREF(paginators[6].name_ref, strings[125]),
            .operation = 94,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[16]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[6].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[17]),
            .result_key_count = 1,
        },
        [7] = { /* ListEntitiesForPolicy */
            .name_ref = PREF(paginators[7].name_ref, strings[150]),
            .operation = 96,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[18]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[7].more_results_ref, exprs[16]),
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[19]),
            .result_key_count = 3,
        },
        [8] = { /* ListGroupPolicies */
            .name_ref = PREF(paginators[8].name_ref, strings[172]),
            .operation = 97,
            .input_tokens_ref = PREF(paginators[8].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[8].output_tokens_ref, expr_refs[22]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[8].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[8].result_keys_ref, expr_refs[23]),
            .result_key_count = 1,
        },
        [9] = { /* ListGroups */
            .name_ref = PREF(paginators[9].name_ref, strings[190]),
            .operation = 98,
            .input_tokens_ref = PREF(paginators[9].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[9].output_tokens_ref, expr_refs[24]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[9].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[9].result_keys_ref, expr_refs[25]),
            .result_key_count = 1,
        },
        [10] = { /* ListGroupsForUser */
            .name_ref = PREF(paginators[10].name_ref, strings[201]),
            .operation = 99,
            .input_tokens_ref = PREF(paginators[10].input_tokens_ref, input_tokens[10]),
            .output_tokens_ref = PREF(paginators[10].output_tokens_ref, expr_refs[26]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[10].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[10].result_keys_ref, expr_refs[27]),
            .result_key_count = 1,
        },
        [11] = { /* ListInstanceProfileTags */
            .name_ref = PREF(paginators[11].name_ref, strings[219]),
            .operation = 100,
            .input_tokens_ref = PREF(paginators[11].input_tokens_ref, input_tokens[11]),
            .output_tokens_ref = PREF(paginators[11].output_tokens_ref, expr_refs[28]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[11].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[11].result_keys_ref, expr_refs[29]),
            .result_key_count = 1,
        },
        [12] = { /* ListInstanceProfiles */
            .name_ref = PREF(paginators[12].name_ref, strings[243]),
            .operation = 101,
            .input_tokens_ref = PREF(paginators[12].input_tokens_ref, input_tokens[12]),
            .output_tokens_ref = PREF(paginators[12].output_tokens_ref, expr_refs[30]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[12].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[12].result_keys_ref, expr_refs[31]),
            .result_key_count = 1,
        },
        [13] = { /* ListInstanceProfilesForRole */
            .name_ref = PREF(paginators[13].name_ref, strings[264]),
            .operation = 102,
            .input_tokens_ref = PREF(paginators[13].input_tokens_ref, input_tokens[13]),
            .output_tokens_ref = PREF(paginators[13].output_tokens_ref, expr_refs[32]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[13].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[13].result_keys_ref, expr_refs[33]),
            .result_key_count = 1,
        },
        [14] = { /* ListMFADeviceTags */
            .name_ref = PREF(paginators[14].name_ref, strings[292]),
            .operation = 103,
            .input_tokens_ref = PREF(paginators[14].input_tokens_ref, input_tokens[14]),
            .output_tokens_ref = PREF(paginators[14].output_tokens_ref, expr_refs[34]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[14].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[14].result_keys_ref, expr_refs[35]),
            .result_key_count = 1,
        },
        [15] = { /* ListMFADevices */
            .name_ref = PREF(paginators[15].name_ref, strings[310]),
            .operation = 104,
            .input_tokens_ref = PREF(paginators[15].input_tokens_ref, input_tokens[15]),
            .output_tokens_ref = PREF(paginators[15].output_tokens_ref, expr_refs[36]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[15].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[15].result_keys_ref, expr_refs[37]),
            .result_key_count = 1,
        },
        [16] = { /* ListOpenIDConnectProviderTags */
            .name_ref = PREF(paginators[16].name_ref, strings[325]),
            .operation = 105,
            .input_tokens_ref = PREF(paginators[16].input_tokens_ref, input_tokens[16]),
            .output_tokens_ref = PREF(paginators[16].output_tokens_ref, expr_refs[38]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[16].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[16].result_keys_ref, expr_refs[39]),
            .result_key_count = 1,
        },
        [17] = { /* ListPolicies */
            .name_ref = PREF(paginators[17].name_ref, strings[355]),
            .operation = 108,
            .input_tokens_ref = PREF(paginators[17].input_tokens_ref, input_tokens[17]),
            .output_tokens_ref = PREF(paginators[17].output_tokens_ref, expr_refs[40]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[17].more_results_ref, exprs[11]),
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[17].result_keys_ref, expr_refs[41]),
            .result_key_count = 1,
        },
        [18] = { /* ListPolicyTags */
            .name_ref = PREF(paginators[18].name_ref, strings[368]),
            .operation = 110,
            .input_tokens_ref = PREF(paginators[18].input_tokens_ref, input_tokens[18]),
            .output_tokens_ref = PREF(paginators[18].output_tokens_ref, expr_refs[42]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[18].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[18].result_keys_ref, expr_refs[43]),
            .result_key_count = 1,
        },
        [19] = { /* ListPolicyVersions */
            .name_ref = PREF(paginators[19].name_ref, strings[383]),
            .operation = 111,
            .input_tokens_ref = PREF(paginators[19].input_tokens_ref, input_tokens[19]),
            .output_tokens_ref = PREF(paginators[19].output_tokens_ref, expr_refs[44]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[19].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[19].result_keys_ref, expr_refs[45]),
            .result_key_count = 1,
        },
        [20] = { /* ListRolePolicies */
            .name_ref = PREF(paginators[20].name_ref, strings[402]),
            .operation = 112,
            .input_tokens_ref = PREF(paginators[20].input_tokens_ref, input_tokens[20]),
            .output_tokens_ref = PREF(paginators[20].output_tokens_ref, expr_refs[46]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[20].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[20].result_keys_ref, expr_refs[47]),
            .result_key_count = 1,
        },
        [21] = { /* ListRoleTags */
            .name_ref = PREF(paginators[21].name_ref, strings[419]),
            .operation = 113,
            .input_tokens_ref = PREF(paginators[21].input_tokens_ref, input_tokens[21]),
            .output_tokens_ref = PREF(paginators[21].output_tokens_ref, expr_refs[48]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[21].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[21].result_keys_ref, expr_refs[49]),
            .result_key_count = 1,
        },
        [22] = { /* ListRoles */
            .name_ref = PREF(paginators[22].name_ref, strings[432]),
            .operation = 114,
            .input_tokens_ref = PREF(paginators[22].input_tokens_ref, input_tokens[22]),
            .output_tokens_ref = PREF(paginators[22].output_tokens_ref, expr_refs[50]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[22].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[22].result_keys_ref, expr_refs[51]),
            .result_key_count = 1,
        },
        [23] = { /* ListSAMLProviderTags */
            .name_ref = PREF(paginators[23].name_ref, strings[442]),
            .operation = 115,
            .input_tokens_ref = PREF(paginators[23].input_tokens_ref, input_tokens[23]),
            .output_tokens_ref = PREF(paginators[23].output_tokens_ref, expr_refs[52]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[23].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[23].result_keys_ref, expr_refs[53]),
            .result_key_count = 1,
        },
        [24] = { /* ListSSHPublicKeys */
            .name_ref = PREF(paginators[24].name_ref, strings[463]),
            .operation = 117,
            .input_tokens_ref = PREF(paginators[24].input_tokens_ref, input_tokens[24]),
            .output_tokens_ref = PREF(paginators[24].output_tokens_ref, expr_refs[54]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[24].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[24].result_keys_ref, expr_refs[55]),
            .result_key_count = 1,
        },
        [25] = { /* ListServerCertificateTags */
            .name_ref = PREF(paginators[25].name_ref, strings[481]),
            .operation = 118,
            .input_tokens_ref = PREF(paginators[25].input_tokens_ref, input_tokens[25]),
            .output_tokens_ref = PREF(paginators[25].output_tokens_ref, expr_refs[56]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[25].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[25].result_keys_ref, expr_refs[57]),
            .result_key_count = 1,
        },
        [26] = { /* ListServerCertificates */
            .name_ref = PREF(paginators[26].name_ref, strings[507]),
            .operation = 119,
            .input_tokens_ref = PREF(paginators[26].input_tokens_ref, input_tokens[26]),
            .output_tokens_ref = PREF(paginators[26].output_tokens_ref, expr_refs[58]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[26].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[26].result_keys_ref, expr_refs[59]),
            .result_key_count = 1,
        },
        [27] = { /* ListSigningCertificates */
            .name_ref = PREF(paginators[27].name_ref, strings[530]),
            .operation = 121,
            .input_tokens_ref = PREF(paginators[27].input_tokens_ref, input_tokens[27]),
            .output_tokens_ref = PREF(paginators[27].output_tokens_ref, expr_refs[60]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[27].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[27].result_keys_ref, expr_refs[61]),
            .result_key_count = 1,
        },
        [28] = { /* ListUserPolicies */
            .name_ref = PREF(paginators[28].name_ref, strings[554]),
            .operation = 122,
            .input_tokens_ref = PREF(paginators[28].input_tokens_ref, input_tokens[28]),
            .output_tokens_ref = PREF(paginators[28].output_tokens_ref, expr_refs[62]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[28].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[28].result_keys_ref, expr_refs[63]),
            .result_key_count = 1,
        },
        [29] = { /* ListUserTags */
            .name_ref = PREF(paginators[29].name_ref, strings[571]),
            .operation = 123,
            .input_tokens_ref = PREF(paginators[29].input_tokens_ref, input_tokens[29]),
            .output_tokens_ref = PREF(paginators[29].output_tokens_ref, expr_refs[64]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[29].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[29].result_keys_ref, expr_refs[65]),
            .result_key_count = 1,
        },
        [30] = { /* ListUsers */
            .name_ref = PREF(paginators[30].name_ref, strings[584]),
            .operation = 124,
            .input_tokens_ref = PREF(paginators[30].input_tokens_ref, input_tokens[30]),
            .output_tokens_ref = PREF(paginators[30].output_tokens_ref, expr_refs[66]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[30].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[30].result_keys_ref, expr_refs[67]),
            .result_key_count = 1,
        },
        [31] = { /* ListVirtualMFADevices */
            .name_ref = PREF(paginators[31].name_ref, strings[594]),
            .operation = 125,
            .input_tokens_ref = PREF(paginators[31].input_tokens_ref, input_tokens[31]),
            .output_tokens_ref = PREF(paginators[31].output_tokens_ref, expr_refs[68]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[31].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[31].result_keys_ref, expr_refs[69]),
            .result_key_count = 1,
        },
        [32] = { /* SimulateCustomPolicy */
            .name_ref = PREF(paginators[32].name_ref, strings[616]),
            .operation = 140,
            .input_tokens_ref = PREF(paginators[32].input_tokens_ref, input_tokens[32]),
            .output_tokens_ref = PREF(paginators[32].output_tokens_ref, expr_refs[70]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[32].more_results_ref, exprs[11]),
            .limit_key = 10,
            .result_keys_ref = PREF(paginators[32].result_keys_ref, expr_refs[71]),
            .result_key_count = 1,
        },
        [33] = { /* SimulatePrincipalPolicy */
            .name_ref = PREF(paginators[33].name_ref, strings[637]),
            .operation = 141,
            .input_tokens_ref = PREF(paginators[33].input_tokens_ref, input_tokens[33]),
            .output_tokens_ref = PREF(paginators[33].output_tokens_ref, expr_refs[72]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[33].more_results_ref, exprs[11]),
            .limit_key = 11,
            .result_keys_ref = PREF(paginators[33].result_keys_ref, expr_refs[73]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        2, /* Marker */
        1, /* Marker */
        1, /* Marker */
        0, /* Marker */
        2, /* Marker */
        2, /* Marker */
        2, /* Marker */
        4, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        4, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        11, /* Marker */
        12, /* Marker */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* Marker */
        PREF(expr_refs[1], exprs[2]), /* UserDetailList */
        PREF(expr_refs[2], exprs[3]), /* GroupDetailList */
        PREF(expr_refs[3], exprs[4]), /* RoleDetailList */
        PREF(expr_refs[4], exprs[5]), /* Policies */
        PREF(expr_refs[5], exprs[6]), /* Marker */
        PREF(expr_refs[6], exprs[8]), /* Users */
        PREF(expr_refs[7], exprs[9]), /* Group */
        PREF(expr_refs[8], exprs[10]), /* Marker */
        PREF(expr_refs[9], exprs[12]), /* AccessKeyMetadata */
        PREF(expr_refs[10], exprs[10]), /* Marker */
        PREF(expr_refs[11], exprs[13]), /* AccountAliases */
        PREF(expr_refs[12], exprs[10]), /* Marker */
        PREF(expr_refs[13], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[14], exprs[10]), /* Marker */
        PREF(expr_refs[15], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[16], exprs[10]), /* Marker */
        PREF(expr_refs[17], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[18], exprs[15]), /* Marker */
        PREF(expr_refs[19], exprs[17]), /* PolicyGroups */
        PREF(expr_refs[20], exprs[18]), /* PolicyUsers */
        PREF(expr_refs[21], exprs[19]), /* PolicyRoles */
        PREF(expr_refs[22], exprs[10]), /* Marker */
        PREF(expr_refs[23], exprs[20]), /* PolicyNames */
        PREF(expr_refs[24], exprs[10]), /* Marker */
        PREF(expr_refs[25], exprs[21]), /* Groups */
        PREF(expr_refs[26], exprs[10]), /* Marker */
        PREF(expr_refs[27], exprs[21]), /* Groups */
        PREF(expr_refs[28], exprs[10]), /* Marker */
        PREF(expr_refs[29], exprs[22]), /* Tags */
        PREF(expr_refs[30], exprs[10]), /* Marker */
        PREF(expr_refs[31], exprs[23]), /* InstanceProfiles */
        PREF(expr_refs[32], exprs[10]), /* Marker */
        PREF(expr_refs[33], exprs[23]), /* InstanceProfiles */
        PREF(expr_refs[34], exprs[10]), /* Marker */
        PREF(expr_refs[35], exprs[22]), /* Tags */
        PREF(expr_refs[36], exprs[10]), /* Marker */
        PREF(expr_refs[37], exprs[24]), /* MFADevices */
        PREF(expr_refs[38], exprs[10]), /* Marker */
        PREF(expr_refs[39], exprs[22]), /* Tags */
        PREF(expr_refs[40], exprs[10]), /* Marker */
        PREF(expr_refs[41], exprs[25]), /* Policies */
        PREF(expr_refs[42], exprs[10]), /* Marker */
        PREF(expr_refs[43], exprs[22]), /* Tags */
        PREF(expr_refs[44], exprs[10]), /* Marker */
        PREF(expr_refs[45], exprs[26]), /* Versions */
        PREF(expr_refs[46], exprs[10]), /* Marker */
        PREF(expr_refs[47], exprs[20]), /* PolicyNames */
        PREF(expr_refs[48], exprs[10]), /* Marker */
        PREF(expr_refs[49], exprs[22]), /* Tags */
        PREF(expr_refs[50], exprs[10]), /* Marker */
        PREF(expr_refs[51], exprs[27]), /* Roles */
        PREF(expr_refs[52], exprs[10]), /* Marker */
        PREF(expr_refs[53], exprs[22]), /* Tags */
        PREF(expr_refs[54], exprs[10]), /* Marker */
        PREF(expr_refs[55], exprs[28]), /* SSHPublicKeys */
        PREF(expr_refs[56], exprs[10]), /* Marker */
        PREF(expr_refs[57], exprs[22]), /* Tags */
        PREF(expr_refs[58], exprs[10]), /* Marker */
        PREF(expr_refs[59], exprs[29]), /* ServerCertificateMetadataList */
        PREF(expr_refs[60], exprs[10]), /* Marker */
        PREF(expr_refs[61], exprs[30]), /* Certificates */
        PREF(expr_refs[62], exprs[10]), /* Marker */
        PREF(expr_refs[63], exprs[20]), /* PolicyNames */
        PREF(expr_refs[64], exprs[10]), /* Marker */
        PREF(expr_refs[65], exprs[22]), /* Tags */
        PREF(expr_refs[66], exprs[10]), /* Marker */
        PREF(expr_refs[67], exprs[31]), /* Users */
        PREF(expr_refs[68], exprs[10]), /* Marker */
        PREF(expr_refs[69], exprs[32]), /* VirtualMFADevices */
        PREF(expr_refs[70], exprs[10]), /* Marker */
        PREF(expr_refs[71], exprs[33]), /* EvaluationResults */
        PREF(expr_refs[72], exprs[10]), /* Marker */
        PREF(expr_refs[73], exprs[33]), /* EvaluationResults */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* InstanceProfileExists */
            .name_ref = PREF(waiters[0].name_ref, strings[661]),
            .operation = 72,
            .delay = 1,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 2,
        },
        [1] = { /* PolicyExists */
            .name_ref = PREF(waiters[1].name_ref, strings[683]),
            .operation = 78,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[2]),
            .acceptor_count = 2,
        },
        [2] = { /* RoleExists */
            .name_ref = PREF(waiters[2].name_ref, strings[709]),
            .operation = 80,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[4]),
            .acceptor_count = 2,
        },
        [3] = { /* UserExists */
            .name_ref = PREF(waiters[3].name_ref, strings[720]),
            .operation = 88,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[6]),
            .acceptor_count = 2,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* InstanceProfileExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* InstanceProfileExists: status retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* PolicyExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[696])}}, /* PolicyExists: error retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* RoleExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[696])}}, /* RoleExists: error retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* UserExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[696])}}, /* UserExists: error retry */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[731]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[1].text_ref, strings[738]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[2].text_ref, strings[750]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* UserDetailList */
        {.text_ref = PREF(exprs[3].text_ref, strings[765]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* GroupDetailList */
        {.text_ref = PREF(exprs[4].text_ref, strings[781]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* RoleDetailList */
        {.text_ref = PREF(exprs[5].text_ref, strings[796]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Policies */
        {.text_ref = PREF(exprs[6].text_ref, strings[731]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[7].text_ref, strings[738]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[8].text_ref, strings[805]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Users */
        {.text_ref = PREF(exprs[9].text_ref, strings[811]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* Group */
        {.text_ref = PREF(exprs[10].text_ref, strings[731]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[11].text_ref, strings[738]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[12].text_ref, strings[817]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* AccessKeyMetadata */
        {.text_ref = PREF(exprs[13].text_ref, strings[835]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* AccountAliases */
        {.text_ref = PREF(exprs[14].text_ref, strings[850]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* AttachedPolicies */
        {.text_ref = PREF(exprs[15].text_ref, strings[731]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[16].text_ref, strings[738]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[17].text_ref, strings[867]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* PolicyGroups */
        {.text_ref = PREF(exprs[18].text_ref, strings[880]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* PolicyUsers */
        {.text_ref = PREF(exprs[19].text_ref, strings[892]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* PolicyRoles */
        {.text_ref = PREF(exprs[20].text_ref, strings[904]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* PolicyNames */
        {.text_ref = PREF(exprs[21].text_ref, strings[916]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 1}, /* Groups */
        {.text_ref = PREF(exprs[22].text_ref, strings[923]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[22]), .node_count = 1}, /* Tags */
        {.text_ref = PREF(exprs[23].text_ref, strings[928]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[23]), .node_count = 1}, /* InstanceProfiles */
        {.text_ref = PREF(exprs[24].text_ref, strings[945]), .nodes_ref = PREF(exprs[24].nodes_ref, nodes[24]), .node_count = 1}, /* MFADevices */
        {.text_ref = PREF(exprs[25].text_ref, strings[796]), .nodes_ref = PREF(exprs[25].nodes_ref, nodes[25]), .node_count = 1}, /* Policies */
        {.text_ref = PREF(exprs[26].text_ref, strings[956]), .nodes_ref = PREF(exprs[26].nodes_ref, nodes[26]), .node_count = 1}, /* Versions */
        {.text_ref = PREF(exprs[27].text_ref, strings[965]), .nodes_ref = PREF(exprs[27].nodes_ref, nodes[27]), .node_count = 1}, /* Roles */
        {.text_ref = PREF(exprs[28].text_ref, strings[971]), .nodes_ref = PREF(exprs[28].nodes_ref, nodes[28]), .node_count = 1}, /* SSHPublicKeys */
        {.text_ref = PREF(exprs[29].text_ref, strings[985]), .nodes_ref = PREF(exprs[29].nodes_ref, nodes[29]), .node_count = 1}, /* ServerCertificateMetadataList */
        {.text_ref = PREF(exprs[30].text_ref, strings[1015]), .nodes_ref = PREF(exprs[30].nodes_ref, nodes[30]), .node_count = 1}, /* Certificates */
        {.text_ref = PREF(exprs[31].text_ref, strings[805]), .nodes_ref = PREF(exprs[31].nodes_ref, nodes[31]), .node_count = 1}, /* Users */
        {.text_ref = PREF(exprs[32].text_ref, strings[1028]), .nodes_ref = PREF(exprs[32].nodes_ref, nodes[32]), .node_count = 1}, /* VirtualMFADevices */
        {.text_ref = PREF(exprs[33].text_ref, strings[1046]), .nodes_ref = PREF(exprs[33].nodes_ref, nodes[33]), .node_count = 1}, /* EvaluationResults */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[0].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[1].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[750])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[765])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[4].string_ref, strings[781])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[5].string_ref, strings[796])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[6].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[7].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[8].string_ref, strings[805])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[811])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[10].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[11].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[12].string_ref, strings[817])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[835])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[14].string_ref, strings[850])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[15].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[16].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[867])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[18].string_ref, strings[880])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[19].string_ref, strings[892])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[904])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[916])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[22].string_ref, strings[923])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[23].string_ref, strings[928])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[24].string_ref, strings[945])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[796])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[26].string_ref, strings[956])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[27].string_ref, strings[965])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[28].string_ref, strings[971])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[29].string_ref, strings[985])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[30].string_ref, strings[1015])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[805])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[32].string_ref, strings[1028])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[33].string_ref, strings[1046])},
    },
    .strings =
        /*      0 */ "GetAccountAuthorizationDetails\0"
        /*     31 */ "GetGroup\0"
        /*     40 */ "ListAccessKeys\0"
        /*     55 */ "ListAccountAliases\0"
        /*     74 */ "ListAttachedGroupPolicies\0"
        /*    100 */ "ListAttachedRolePolicies\0"
        /*    125 */ "ListAttachedUserPolicies\0"
        /*    150 */ "ListEntitiesForPolicy\0"
        /*    172 */ "ListGroupPolicies\0"
        /*    190 */ "ListGroups\0"
        /*    201 */ "ListGroupsForUser\0"
        /*    219 */ "ListInstanceProfileTags\0"
        /*    243 */ "ListInstanceProfiles\0"
        /*    264 */ "ListInstanceProfilesForRole\0"
        /*    292 */ "ListMFADeviceTags\0"
        /*    310 */ "ListMFADevices\0"
        /*    325 */ "ListOpenIDConnectProviderTags\0"
        /*    355 */ "ListPolicies\0"
        /*    368 */ "ListPolicyTags\0"
        /*    383 */ "ListPolicyVersions\0"
        /*    402 */ "ListRolePolicies\0"
        /*    419 */ "ListRoleTags\0"
        /*    432 */ "ListRoles\0"
        /*    442 */ "ListSAMLProviderTags\0"
        /*    463 */ "ListSSHPublicKeys\0"
        /*    481 */ "ListServerCertificateTags\0"
        /*    507 */ "ListServerCertificates\0"
        /*    530 */ "ListSigningCertificates\0"
        /*    554 */ "ListUserPolicies\0"
        /*    571 */ "ListUserTags\0"
        /*    584 */ "ListUsers\0"
        /*    594 */ "ListVirtualMFADevices\0"
        /*    616 */ "SimulateCustomPolicy\0"
        /*    637 */ "SimulatePrincipalPolicy\0"
        /*    661 */ "InstanceProfileExists\0"
        /*    683 */ "PolicyExists\0"
        /*    696 */ "NoSuchEntity\0"
        /*    709 */ "RoleExists\0"
        /*    720 */ "UserExists\0"
        /*    731 */ "Marker\0"
        /*    738 */ "IsTruncated\0"
        /*    750 */ "UserDetailList\0"
        /*    765 */ "GroupDetailList\0"
        /*    781 */ "RoleDetailList\0"
        /*    796 */ "Policies\0"
        /*    805 */ "Users\0"
        /*    811 */ "Group\0"
        /*    817 */ "AccessKeyMetadata\0"
        /*    835 */ "AccountAliases\0"
        /*    850 */ "AttachedPolicies\0"
        /*    867 */ "PolicyGroups\0"
        /*    880 */ "PolicyUsers\0"
        /*    892 */ "PolicyRoles\0"
        /*    904 */ "PolicyNames\0"
        /*    916 */ "Groups\0"
        /*    923 */ "Tags\0"
        /*    928 */ "InstanceProfiles\0"
        /*    945 */ "MFADevices\0"
        /*    956 */ "Versions\0"
        /*    965 */ "Roles\0"
        /*    971 */ "SSHPublicKeys\0"
        /*    985 */ "ServerCertificateMetadataList\0"
        /*   1015 */ "Certificates\0"
        /*   1028 */ "VirtualMFADevices\0"
        /*   1046 */ "EvaluationResults",
    },
#endif
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .props_ref = RULES_REF(ruleset.props_ref, props),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* iam */
        .global_region = 4, /* aws-global */
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {15, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {36, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
        {242, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        15, /* 0: UseDualStack */
        28, /* 1: UseFIPS */
        36, /* 2: Endpoint */
        242, /* 3: Region */
        182, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 4, 2), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(0, 0, 52, 2), /* always */
        /* 2 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 3 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 4 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_TREE(0, 0, 2, 2), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 31), /* always */
        /* 7 */ AWSC_EP_TREE(2, 131, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 82), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(0, 0, 32), /* always */
        /* 10 */ AWSC_EP_TREE(1, 137, 9, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 11 */ AWSC_EP_ERROR(0, 0, 86), /* always */
        /* 12 */ AWSC_EP_ENDPOINT(0, 0, 33), /* always */
        /* 13 */ AWSC_EP_TREE(1, 132, 12, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 14 */ AWSC_EP_ERROR(0, 0, 89), /* always */
        /* 15 */ AWSC_EP_ENDPOINT(3, 17, 1), /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, false) && booleanE ... */
        /* 16 */ AWSC_EP_ENDPOINT(3, 20, 2), /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, true) && booleanEq ... */
        /* 17 */ AWSC_EP_ENDPOINT(3, 23, 3), /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, false) && booleanE ... */
        /* 18 */ AWSC_EP_ENDPOINT(3, 26, 4), /* stringEquals(PartitionResult#name, "aws") && booleanEquals(UseFIPS, true) && booleanEq ... */
        /* 19 */ AWSC_EP_ENDPOINT(3, 31, 5), /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, false) && boole ... */
        /* 20 */ AWSC_EP_ENDPOINT(3, 34, 6), /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, true) && boolea ... */
        /* 21 */ AWSC_EP_ENDPOINT(3, 37, 7), /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, false) && boole ... */
        /* 22 */ AWSC_EP_ENDPOINT(3, 40, 8), /* stringEquals(PartitionResult#name, "aws-cn") && booleanEquals(UseFIPS, true) && boolea ... */
        /* 23 */ AWSC_EP_ENDPOINT(3, 45, 9), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, false) && b ... */
        /* 24 */ AWSC_EP_ENDPOINT(3, 48, 9), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 25 */ AWSC_EP_ENDPOINT(3, 51, 10), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, false) && b ... */
        /* 26 */ AWSC_EP_ENDPOINT(3, 54, 10), /* stringEquals(PartitionResult#name, "aws-us-gov") && booleanEquals(UseFIPS, true) && bo ... */
        /* 27 */ AWSC_EP_ENDPOINT(3, 59, 11), /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, false) && bool ... */
        /* 28 */ AWSC_EP_ENDPOINT(3, 62, 12), /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, true) && boole ... */
        /* 29 */ AWSC_EP_ENDPOINT(3, 65, 13), /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, false) && bool ... */
        /* 30 */ AWSC_EP_ENDPOINT(3, 68, 14), /* stringEquals(PartitionResult#name, "aws-iso") && booleanEquals(UseFIPS, true) && boole ... */
        /* 31 */ AWSC_EP_ENDPOINT(3, 73, 15), /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, false) && bo ... */
        /* 32 */ AWSC_EP_ENDPOINT(3, 76, 16), /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, true) && boo ... */
        /* 33 */ AWSC_EP_ENDPOINT(3, 79, 17), /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, false) && bo ... */
        /* 34 */ AWSC_EP_ENDPOINT(3, 82, 18), /* stringEquals(PartitionResult#name, "aws-iso-b") && booleanEquals(UseFIPS, true) && boo ... */
        /* 35 */ AWSC_EP_ENDPOINT(3, 87, 19), /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, false) && bo ... */
        /* 36 */ AWSC_EP_ENDPOINT(3, 90, 20), /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, true) && boo ... */
        /* 37 */ AWSC_EP_ENDPOINT(3, 93, 21), /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, false) && bo ... */
        /* 38 */ AWSC_EP_ENDPOINT(3, 96, 22), /* stringEquals(PartitionResult#name, "aws-iso-e") && booleanEquals(UseFIPS, true) && boo ... */
        /* 39 */ AWSC_EP_ENDPOINT(3, 101, 23), /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, false) && bo ... */
        /* 40 */ AWSC_EP_ENDPOINT(3, 104, 24), /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, true) && boo ... */
        /* 41 */ AWSC_EP_ENDPOINT(3, 107, 25), /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, false) && bo ... */
        /* 42 */ AWSC_EP_ENDPOINT(3, 110, 26), /* stringEquals(PartitionResult#name, "aws-iso-f") && booleanEquals(UseFIPS, true) && boo ... */
        /* 43 */ AWSC_EP_ENDPOINT(3, 115, 27), /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, false) && boo ... */
        /* 44 */ AWSC_EP_ENDPOINT(3, 118, 28), /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, true) && bool ... */
        /* 45 */ AWSC_EP_ENDPOINT(3, 121, 29), /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, false) && boo ... */
        /* 46 */ AWSC_EP_ENDPOINT(3, 124, 30), /* stringEquals(PartitionResult#name, "aws-eusc") && booleanEquals(UseFIPS, true) && bool ... */
        /* 47 */ AWSC_EP_TREE(2, 27, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 48 */ AWSC_EP_TREE(2, 21, 10, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, false) */
        /* 49 */ AWSC_EP_TREE(2, 24, 13, 2), /* booleanEquals(UseFIPS, false) && booleanEquals(UseDualStack, true) */
        /* 50 */ AWSC_EP_ENDPOINT(0, 0, 34), /* always */
        /* 51 */ AWSC_EP_TREE(1, 10, 15, 36), /* PartitionResult = aws.partition(Region) */
        /* 52 */ AWSC_EP_TREE(1, 9, 51, 1), /* isSet(Region) */
        /* 53 */ AWSC_EP_ERROR(0, 0, 91), /* always */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(2), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(1), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(45, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(0), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(111, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(3), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, NAME), /* PartitionResult#name */
        /* 15 */ AWSC_EP_S(4, 3), /* "aws" */
        /* 16 */ AWSC_EP_F(STRING_EQUALS, 2, 11), /* stringEquals(PartitionResult#name, "aws") */
        /* 17 */ AWSC_EP_B(0), /* false */
        /* 18 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(UseFIPS, false) */
        /* 19 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(UseDualStack, false) */
        /* 20 */ AWSC_EP_S(198, 25), /* "https://iam.amazonaws.com" */
        /* 21 */ AWSC_EP_S(229, 5), /* "sigv4" */
        /* 22 */ AWSC_EP_S(249, 9), /* "us-east-1" */
        /* 23 */ AWSC_EP_S(471, 30), /* "https://iam-fips.amazonaws.com" */
        /* 24 */ AWSC_EP_S(271, 26), /* "https://iam.global.api.aws" */
        /* 25 */ AWSC_EP_S(298, 31), /* "https://iam-fips.global.api.aws" */
        /* 26 */ AWSC_EP_S(330, 6), /* "aws-cn" */
        /* 27 */ AWSC_EP_F(STRING_EQUALS, 2, 29), /* stringEquals(PartitionResult#name, "aws-cn") */
        /* 28 */ AWSC_EP_S(337, 47), /* "https://iam.global.api.amazonwebservices.com.cn" */
        /* 29 */ AWSC_EP_S(443, 10), /* "cn-north-1" */
        /* 30 */ AWSC_EP_S(385, 45), /* "https://iam-fips.api.amazonwebservices.com.cn" */
        /* 31 */ AWSC_EP_S(431, 39), /* "https://iam.cn-north-1.amazonaws.com.cn" */
        /* 32 */ AWSC_EP_S(471, 33), /* "https://iam-fips.amazonaws.com.cn" */
        /* 33 */ AWSC_EP_S(505, 10), /* "aws-us-gov" */
        /* 34 */ AWSC_EP_F(STRING_EQUALS, 2, 43), /* stringEquals(PartitionResult#name, "aws-us-gov") */
        /* 35 */ AWSC_EP_S(516, 26), /* "https://iam.us-gov.api.aws" */
        /* 36 */ AWSC_EP_S(543, 13), /* "us-gov-west-1" */
        /* 37 */ AWSC_EP_S(557, 32), /* "https://iam.us-gov.amazonaws.com" */
        /* 38 */ AWSC_EP_S(728, 7), /* "aws-iso" */
        /* 39 */ AWSC_EP_F(STRING_EQUALS, 2, 57), /* stringEquals(PartitionResult#name, "aws-iso") */
        /* 40 */ AWSC_EP_S(590, 36), /* "https://iam.us-iso-east-1.c2s.ic.gov" */
        /* 41 */ AWSC_EP_S(602, 13), /* "us-iso-east-1" */
        /* 42 */ AWSC_EP_S(627, 41), /* "https://iam-fips.us-iso-east-1.c2s.ic.gov" */
        /* 43 */ AWSC_EP_S(669, 26), /* "https://iam.api.aws.ic.gov" */
        /* 44 */ AWSC_EP_S(696, 31), /* "https://iam-fips.api.aws.ic.gov" */
        /* 45 */ AWSC_EP_S(728, 9), /* "aws-iso-b" */
        /* 46 */ AWSC_EP_F(STRING_EQUALS, 2, 71), /* stringEquals(PartitionResult#name, "aws-iso-b") */
        /* 47 */ AWSC_EP_S(738, 40), /* "https://iam.us-isob-east-1.sc2s.sgov.gov" */
        /* 48 */ AWSC_EP_S(750, 14), /* "us-isob-east-1" */
        /* 49 */ AWSC_EP_S(779, 45), /* "https://iam-fips.us-isob-east-1.sc2s.sgov.gov" */
        /* 50 */ AWSC_EP_S(825, 26), /* "https://iam.api.aws.scloud" */
        /* 51 */ AWSC_EP_S(852, 31), /* "https://iam-fips.api.aws.scloud" */
        /* 52 */ AWSC_EP_S(884, 9), /* "aws-iso-e" */
        /* 53 */ AWSC_EP_F(STRING_EQUALS, 2, 85), /* stringEquals(PartitionResult#name, "aws-iso-e") */
        /* 54 */ AWSC_EP_S(894, 41), /* "https://iam.eu-isoe-west-1.cloud.adc-e.uk" */
        /* 55 */ AWSC_EP_S(906, 14), /* "eu-isoe-west-1" */
        /* 56 */ AWSC_EP_S(936, 31), /* "https://iam-fips.cloud.adc-e.uk" */
        /* 57 */ AWSC_EP_S(968, 34), /* "https://iam.api.cloud-aws.adc-e.uk" */
        /* 58 */ AWSC_EP_S(1003, 39), /* "https://iam-fips.api.cloud-aws.adc-e.uk" */
        /* 59 */ AWSC_EP_S(1043, 9), /* "aws-iso-f" */
        /* 60 */ AWSC_EP_F(STRING_EQUALS, 2, 99), /* stringEquals(PartitionResult#name, "aws-iso-f") */
        /* 61 */ AWSC_EP_S(1053, 42), /* "https://iam.us-isof-south-1.csp.hci.ic.gov" */
        /* 62 */ AWSC_EP_S(1065, 15), /* "us-isof-south-1" */
        /* 63 */ AWSC_EP_S(1096, 31), /* "https://iam-fips.csp.hci.ic.gov" */
        /* 64 */ AWSC_EP_S(1128, 30), /* "https://iam.api.aws.hci.ic.gov" */
        /* 65 */ AWSC_EP_S(1159, 35), /* "https://iam-fips.api.aws.hci.ic.gov" */
        /* 66 */ AWSC_EP_S(1195, 8), /* "aws-eusc" */
        /* 67 */ AWSC_EP_F(STRING_EQUALS, 2, 113), /* stringEquals(PartitionResult#name, "aws-eusc") */
        /* 68 */ AWSC_EP_S(1204, 39), /* "https://iam.eusc-de-east-1.amazonaws.eu" */
        /* 69 */ AWSC_EP_S(1216, 14), /* "eusc-de-east-1" */
        /* 70 */ AWSC_EP_S(1244, 29), /* "https://iam-fips.amazonaws.eu" */
        /* 71 */ AWSC_EP_S(1274, 43), /* "https://iam.global.api.amazonwebservices.eu" */
        /* 72 */ AWSC_EP_S(1318, 41), /* "https://iam-fips.api.amazonwebservices.eu" */
        /* 73 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 74 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 127), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 75 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 76 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 129), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 77 */ AWSC_EP_S(298, 17), /* "https://iam-fips." */
        /* 78 */ AWSC_EP_A(13, IMPLICIT_GLOBAL_REGION), /* PartitionResult#implicitGlobalRegion */
        /* 79 */ AWSC_EP_S(209, 1), /* "." */
        /* 80 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 81 */ AWSC_EP_T(4, 133), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 82 */ AWSC_EP_S(1360, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 83 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 128), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 84 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 85 */ AWSC_EP_T(4, 138), /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 86 */ AWSC_EP_S(1440, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 87 */ AWSC_EP_S(198, 12), /* "https://iam." */
        /* 88 */ AWSC_EP_T(4, 142), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 89 */ AWSC_EP_S(1497, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 90 */ AWSC_EP_T(4, 146), /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 91 */ AWSC_EP_S(1564, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 14, 15, 2, 17, 6,
        17, 16, 18, 19, 16, 4, 19, 16, 18, 7, 16, 4, 7, 14, 26, 27,
        18, 7, 27, 4, 7, 27, 18, 19, 27, 4, 19, 14, 33, 34, 18, 7,
        34, 4, 7, 34, 18, 19, 34, 4, 19, 14, 38, 39, 18, 19, 39, 4,
        19, 39, 18, 7, 39, 4, 7, 14, 45, 46, 18, 19, 46, 4, 19, 46,
        18, 7, 46, 4, 7, 14, 52, 53, 18, 19, 53, 4, 19, 53, 18, 7,
        53, 4, 7, 14, 59, 60, 18, 19, 60, 4, 19, 60, 18, 7, 60, 4,
        7, 14, 66, 67, 18, 19, 67, 4, 19, 67, 18, 7, 67, 4, 7, 3,
        73, 3, 75, 74, 76, 77, 78, 79, 80, 83, 77, 78, 79, 84, 87, 78,
        79, 80, 87, 78, 79, 84,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {20, 4, AWSC_EP_NONE}, /* "https://iam.amazonaws.com" */
        /* 2 */ {23, 4, AWSC_EP_NONE}, /* "https://iam-fips.amazonaws.com" */
        /* 3 */ {24, 4, AWSC_EP_NONE}, /* "https://iam.global.api.aws" */
        /* 4 */ {25, 4, AWSC_EP_NONE}, /* "https://iam-fips.global.api.aws" */
        /* 5 */ {28, 9, AWSC_EP_NONE}, /* "https://iam.global.api.amazonwebservices.com.cn" */
        /* 6 */ {30, 9, AWSC_EP_NONE}, /* "https://iam-fips.api.amazonwebservices.com.cn" */
        /* 7 */ {31, 9, AWSC_EP_NONE}, /* "https://iam.cn-north-1.amazonaws.com.cn" */
        /* 8 */ {32, 9, AWSC_EP_NONE}, /* "https://iam-fips.amazonaws.com.cn" */
        /* 9 */ {35, 14, AWSC_EP_NONE}, /* "https://iam.us-gov.api.aws" */
        /* 10 */ {37, 14, AWSC_EP_NONE}, /* "https://iam.us-gov.amazonaws.com" */
        /* 11 */ {40, 19, AWSC_EP_NONE}, /* "https://iam.us-iso-east-1.c2s.ic.gov" */
        /* 12 */ {42, 19, AWSC_EP_NONE}, /* "https://iam-fips.us-iso-east-1.c2s.ic.gov" */
        /* 13 */ {43, 19, AWSC_EP_NONE}, /* "https://iam.api.aws.ic.gov" */
        /* 14 */ {44, 19, AWSC_EP_NONE}, /* "https://iam-fips.api.aws.ic.gov" */
        /* 15 */ {47, 24, AWSC_EP_NONE}, /* "https://iam.us-isob-east-1.sc2s.sgov.gov" */
        /* 16 */ {49, 24, AWSC_EP_NONE}, /* "https://iam-fips.us-isob-east-1.sc2s.sgov.gov" */
        /* 17 */ {50, 24, AWSC_EP_NONE}, /* "https://iam.api.aws.scloud" */
        /* 18 */ {51, 24, AWSC_EP_NONE}, /* "https://iam-fips.api.aws.scloud" */
        /* 19 */ {54, 29, AWSC_EP_NONE}, /* "https://iam.eu-isoe-west-1.cloud.adc-e.uk" */
        /* 20 */ {56, 29, AWSC_EP_NONE}, /* "https://iam-fips.cloud.adc-e.uk" */
        /* 21 */ {57, 29, AWSC_EP_NONE}, /* "https://iam.api.cloud-aws.adc-e.uk" */
        /* 22 */ {58, 29, AWSC_EP_NONE}, /* "https://iam-fips.api.cloud-aws.adc-e.uk" */
        /* 23 */ {61, 34, AWSC_EP_NONE}, /* "https://iam.us-isof-south-1.csp.hci.ic.gov" */
        /* 24 */ {63, 34, AWSC_EP_NONE}, /* "https://iam-fips.csp.hci.ic.gov" */
        /* 25 */ {64, 34, AWSC_EP_NONE}, /* "https://iam.api.aws.hci.ic.gov" */
        /* 26 */ {65, 34, AWSC_EP_NONE}, /* "https://iam-fips.api.aws.hci.ic.gov" */
        /* 27 */ {68, 39, AWSC_EP_NONE}, /* "https://iam.eusc-de-east-1.amazonaws.eu" */
        /* 28 */ {70, 39, AWSC_EP_NONE}, /* "https://iam-fips.amazonaws.eu" */
        /* 29 */ {71, 39, AWSC_EP_NONE}, /* "https://iam.global.api.amazonwebservices.eu" */
        /* 30 */ {72, 39, AWSC_EP_NONE}, /* "https://iam-fips.api.amazonwebservices.eu" */
        /* 31 */ {81, 44, AWSC_EP_NONE}, /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 32 */ {85, 44, AWSC_EP_NONE}, /* "https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
        /* 33 */ {88, 44, AWSC_EP_NONE}, /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}" */
        /* 34 */ {90, 44, AWSC_EP_NONE}, /* "https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}" */
    },
    /* Properties: key, first item or value, count, type. A run of them
     * equal to another (an object or array the endpoints repeat) is stored
     * once. */
    .props = {
        /* 0 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 1 */ {235, 22, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 2 */ {AWSC_EP_NONE, 0, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 3 */ {259, 2, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 4 */ {AWSC_EP_NONE, 3, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 5 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 6 */ {235, 29, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 7 */ {AWSC_EP_NONE, 5, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 8 */ {259, 7, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 9 */ {AWSC_EP_NONE, 8, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 10 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 11 */ {235, 36, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 12 */ {AWSC_EP_NONE, 10, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 13 */ {259, 12, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 14 */ {AWSC_EP_NONE, 13, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 15 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 16 */ {235, 41, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 17 */ {AWSC_EP_NONE, 15, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 18 */ {259, 17, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 19 */ {AWSC_EP_NONE, 18, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 20 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 21 */ {235, 48, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 22 */ {AWSC_EP_NONE, 20, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 23 */ {259, 22, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 24 */ {AWSC_EP_NONE, 23, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 25 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 26 */ {235, 55, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 27 */ {AWSC_EP_NONE, 25, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 28 */ {259, 27, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 29 */ {AWSC_EP_NONE, 28, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 30 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 31 */ {235, 62, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 32 */ {AWSC_EP_NONE, 30, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 33 */ {259, 32, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 34 */ {AWSC_EP_NONE, 33, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 35 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 36 */ {235, 69, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 37 */ {AWSC_EP_NONE, 35, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 38 */ {259, 37, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 39 */ {AWSC_EP_NONE, 38, 1, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 40 */ {224, 21, 0, AWSC_EP_PROP_STRING}, /* name */
        /* 41 */ {235, 78, 0, AWSC_EP_PROP_STRING}, /* signingRegion */
        /* 42 */ {AWSC_EP_NONE, 40, 2, AWSC_EP_PROP_OBJECT}, /* [] */
        /* 43 */ {259, 42, 1, AWSC_EP_PROP_ARRAY}, /* authSchemes */
        /* 44 */ {AWSC_EP_NONE, 43, 1, AWSC_EP_PROP_OBJECT}, /* [] */
    },
    .strings =
        /*     0 */ "iam\0"
        /*     4 */ "aws-global\0"
        /*    15 */ "UseDualStack\0"
        /*    28 */ "UseFIPS\0"
        /*    36 */ "Endpoint\0"
        /*    45 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   111 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   182 */ "PartitionResult\0"
        /*   198 */ "https://iam.amazonaws.com\0"
        /*   224 */ "name\0"
        /*   229 */ "sigv4\0"
        /*   235 */ "signingRegion\0"
        /*   249 */ "us-east-1\0"
        /*   259 */ "authSchemes\0"
        /*   271 */ "https://iam.global.api.aws\0"
        /*   298 */ "https://iam-fips.global.api.aws\0"
        /*   330 */ "aws-cn\0"
        /*   337 */ "https://iam.global.api.amazonwebservices.com.cn\0"
        /*   385 */ "https://iam-fips.api.amazonwebservices.com.cn\0"
        /*   431 */ "https://iam.cn-north-1.amazonaws.com.cn\0"
        /*   471 */ "https://iam-fips.amazonaws.com.cn\0"
        /*   505 */ "aws-us-gov\0"
        /*   516 */ "https://iam.us-gov.api.aws\0"
        /*   543 */ "us-gov-west-1\0"
        /*   557 */ "https://iam.us-gov.amazonaws.com\0"
        /*   590 */ "https://iam.us-iso-east-1.c2s.ic.gov\0"
        /*   627 */ "https://iam-fips.us-iso-east-1.c2s.ic.gov\0"
        /*   669 */ "https://iam.api.aws.ic.gov\0"
        /*   696 */ "https://iam-fips.api.aws.ic.gov\0"
        /*   728 */ "aws-iso-b\0"
        /*   738 */ "https://iam.us-isob-east-1.sc2s.sgov.gov\0"
        /*   779 */ "https://iam-fips.us-isob-east-1.sc2s.sgov.gov\0"
        /*   825 */ "https://iam.api.aws.scloud\0"
        /*   852 */ "https://iam-fips.api.aws.scloud\0"
        /*   884 */ "aws-iso-e\0"
        /*   894 */ "https://iam.eu-isoe-west-1.cloud.adc-e.uk\0"
        /*   936 */ "https://iam-fips.cloud.adc-e.uk\0"
        /*   968 */ "https://iam.api.cloud-aws.adc-e.uk\0"
        /*  1003 */ "https://iam-fips.api.cloud-aws.adc-e.uk\0"
        /*  1043 */ "aws-iso-f\0"
        /*  1053 */ "https://iam.us-isof-south-1.csp.hci.ic.gov\0"
        /*  1096 */ "https://iam-fips.csp.hci.ic.gov\0"
        /*  1128 */ "https://iam.api.aws.hci.ic.gov\0"
        /*  1159 */ "https://iam-fips.api.aws.hci.ic.gov\0"
        /*  1195 */ "aws-eusc\0"
        /*  1204 */ "https://iam.eusc-de-east-1.amazonaws.eu\0"
        /*  1244 */ "https://iam-fips.amazonaws.eu\0"
        /*  1274 */ "https://iam.global.api.amazonwebservices.eu\0"
        /*  1318 */ "https://iam-fips.api.amazonwebservices.eu\0"
        /*  1360 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*  1440 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*  1497 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*  1564 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* AcceptDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_accept_delegation_request_input),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .member_count = 1,
        },
        [1] = { /* AccessDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[65]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_access_detail),
            },
            .members_ref = REF(structures[1].members_ref, members[1]),
            .member_count = 6,
        },
        [2] = { /* AccessKey */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[92]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_access_key),
            },
            .members_ref = REF(structures[2].members_ref, members[7]),
            .member_count = 5,
        },
        [3] = { /* AccessKeyLastUsed */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[102]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_access_key_last_used),
            },
            .members_ref = REF(structures[3].members_ref, members[12]),
            .member_count = 3,
        },
        [4] = { /* AccessKeyMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[120]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_access_key_metadata),
            },
            .members_ref = REF(structures[4].members_ref, members[15]),
            .member_count = 4,
        },
        [5] = { /* AccountNotManagementOrDelegatedAdministratorException */
            .shape = {
                .name_ref = REF(structures[5].shape.name_ref, strings[211]),
                .traits_ref = REF(structures[5].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_account_not_management_or_delegated_administrator_exception),
            },
        },
        [6] = { /* AddClientIDToOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[172]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[6].members_ref, members[19]),
            .member_count = 2,
        },
        [7] = { /* AddRoleToInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[214]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_add_role_to_instance_profile_input),
            },
            .members_ref = REF(structures[7].members_ref, members[21]),
            .member_count = 2,
        },
        [8] = { /* AddUserToGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[246]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_add_user_to_group_input),
            },
            .members_ref = REF(structures[8].members_ref, members[23]),
            .member_count = 2,
        },
        [9] = { /* AssociateDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[280]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_associate_delegation_request_input),
            },
            .members_ref = REF(structures[9].members_ref, members[25]),
            .member_count = 1,
        },
        [10] = { /* AttachGroupPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[314]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_attach_group_policy_input),
            },
            .members_ref = REF(structures[10].members_ref, members[26]),
            .member_count = 2,
        },
        [11] = { /* AttachRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[339]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_attach_role_policy_input),
            },
            .members_ref = REF(structures[11].members_ref, members[28]),
            .member_count = 2,
        },
        [12] = { /* AttachUserPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[363]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_attach_user_policy_input),
            },
            .members_ref = REF(structures[12].members_ref, members[30]),
            .member_count = 2,
        },
        [13] = { /* AttachedPermissionsBoundary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[387]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_attached_permissions_boundary),
            },
            .members_ref = REF(structures[13].members_ref, members[32]),
            .member_count = 2,
        },
        [14] = { /* AttachedPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[415]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_attached_policy),
            },
            .members_ref = REF(structures[14].members_ref, members[34]),
            .member_count = 2,
        },
        [15] = { /* CallerIsNotManagementAccountException */
            .shape = {
                .name_ref = REF(structures[15].shape.name_ref, strings[422]),
                .traits_ref = REF(structures[15].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_caller_is_not_management_account_exception),
            },
        },
        [16] = { /* ChangePasswordRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[540]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_change_password_input),
            },
            .members_ref = REF(structures[16].members_ref, members[36]),
            .member_count = 2,
        },
        [17] = { /* ConcurrentModificationException */
            .shape = {
                .name_ref = REF(structures[17].shape.name_ref, strings[484]),
                .traits_ref = REF(structures[17].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_concurrent_modification_exception),
            },
            .members_ref = REF(structures[17].members_ref, members[38]),
            .member_count = 1,
        },
        [18] = { /* ContextEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[605]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_context_entry),
            },
            .members_ref = REF(structures[18].members_ref, members[39]),
            .member_count = 3,
        },
        [19] = { /* CreateAccessKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[751]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_access_key_input),
            },
            .members_ref = REF(structures[19].members_ref, members[42]),
            .member_count = 1,
        },
        [20] = { /* CreateAccessKeyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[774]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_access_key_output),
            },
            .members_ref = REF(structures[20].members_ref, members[43]),
            .member_count = 1,
        },
        [21] = { /* CreateAccountAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[798]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_account_alias_input),
            },
            .members_ref = REF(structures[21].members_ref, members[44]),
            .member_count = 1,
        },
        [22] = { /* CreateDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_delegation_request_input),
            },
            .members_ref = REF(structures[22].members_ref, members[45]),
            .member_count = 9,
        },
        [23] = { /* CreateDelegationRequestResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[855]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_delegation_request_output),
            },
            .members_ref = REF(structures[23].members_ref, members[54]),
            .member_count = 2,
        },
        [24] = { /* CreateGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[887]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_group_input),
            },
            .members_ref = REF(structures[24].members_ref, members[56]),
            .member_count = 2,
        },
        [25] = { /* CreateGroupResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[906]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_group_output),
            },
            .members_ref = REF(structures[25].members_ref, members[58]),
            .member_count = 1,
        },
        [26] = { /* CreateInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[926]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_instance_profile_input),
            },
            .members_ref = REF(structures[26].members_ref, members[59]),
            .member_count = 3,
        },
        [27] = { /* CreateInstanceProfileResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_instance_profile_output),
            },
            .members_ref = REF(structures[27].members_ref, members[62]),
            .member_count = 1,
        },
        [28] = { /* CreateLoginProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[985]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_login_profile_input),
            },
            .members_ref = REF(structures[28].members_ref, members[63]),
            .member_count = 3,
        },
        [29] = { /* CreateLoginProfileResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[1011]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_login_profile_output),
            },
            .members_ref = REF(structures[29].members_ref, members[66]),
            .member_count = 1,
        },
        [30] = { /* CreateOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[1038]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[30].members_ref, members[67]),
            .member_count = 4,
        },
        [31] = { /* CreateOpenIDConnectProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1073]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_open_id_connect_provider_output),
            },
            .members_ref = REF(structures[31].members_ref, members[71]),
            .member_count = 2,
        },
        [32] = { /* CreatePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[1109]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_policy_input),
            },
            .members_ref = REF(structures[32].members_ref, members[73]),
            .member_count = 5,
        },
        [33] = { /* CreatePolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1129]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_policy_output),
            },
            .members_ref = REF(structures[33].members_ref, members[78]),
            .member_count = 1,
        },
        [34] = { /* CreatePolicyVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1150]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_policy_version_input),
            },
            .members_ref = REF(structures[34].members_ref, members[79]),
            .member_count = 3,
        },
        [35] = { /* CreatePolicyVersionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1177]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_policy_version_output),
            },
            .members_ref = REF(structures[35].members_ref, members[82]),
            .member_count = 1,
        },
        [36] = { /* CreateRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[1205]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_role_input),
            },
            .members_ref = REF(structures[36].members_ref, members[83]),
            .member_count = 7,
        },
        [37] = { /* CreateRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[1223]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_role_output),
            },
            .members_ref = REF(structures[37].members_ref, members[90]),
            .member_count = 1,
        },
        [38] = { /* CreateSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[1242]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_saml_provider_input),
            },
            .members_ref = REF(structures[38].members_ref, members[91]),
            .member_count = 5,
        },
        [39] = { /* CreateSAMLProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1268]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_saml_provider_output),
            },
            .members_ref = REF(structures[39].members_ref, members[96]),
            .member_count = 2,
        },
        [40] = { /* CreateServiceLinkedRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1295]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_service_linked_role_input),
            },
            .members_ref = REF(structures[40].members_ref, members[98]),
            .member_count = 3,
        },
        [41] = { /* CreateServiceLinkedRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1326]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_service_linked_role_output),
            },
            .members_ref = REF(structures[41].members_ref, members[101]),
            .member_count = 1,
        },
        [42] = { /* CreateServiceSpecificCredentialRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[1358]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_service_specific_credential_input),
            },
            .members_ref = REF(structures[42].members_ref, members[102]),
            .member_count = 3,
        },
        [43] = { /* CreateServiceSpecificCredentialResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1397]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_service_specific_credential_output),
            },
            .members_ref = REF(structures[43].members_ref, members[105]),
            .member_count = 1,
        },
        [44] = { /* CreateUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1437]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_user_input),
            },
            .members_ref = REF(structures[44].members_ref, members[106]),
            .member_count = 4,
        },
        [45] = { /* CreateUserResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[1455]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_user_output),
            },
            .members_ref = REF(structures[45].members_ref, members[110]),
            .member_count = 1,
        },
        [46] = { /* CreateVirtualMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1474]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_virtual_mfa_device_input),
            },
            .members_ref = REF(structures[46].members_ref, members[111]),
            .member_count = 3,
        },
        [47] = { /* CreateVirtualMFADeviceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1504]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_create_virtual_mfa_device_output),
            },
            .members_ref = REF(structures[47].members_ref, members[114]),
            .member_count = 1,
        },
        [48] = { /* CredentialReportExpiredException */
            .shape = {
                .name_ref = REF(structures[48].shape.name_ref, strings[1292]),
                .traits_ref = REF(structures[48].shape.traits_ref, traits[8]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_credential_report_expired_exception),
            },
            .members_ref = REF(structures[48].members_ref, members[115]),
            .member_count = 1,
        },
        [49] = { /* CredentialReportNotPresentException */
            .shape = {
                .name_ref = REF(structures[49].shape.name_ref, strings[1339]),
                .traits_ref = REF(structures[49].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_credential_report_not_present_exception),
            },
            .members_ref = REF(structures[49].members_ref, members[116]),
            .member_count = 1,
        },
        [50] = { /* CredentialReportNotReadyException */
            .shape = {
                .name_ref = REF(structures[50].shape.name_ref, strings[1392]),
                .traits_ref = REF(structures[50].shape.traits_ref, traits[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_credential_report_not_ready_exception),
            },
            .members_ref = REF(structures[50].members_ref, members[117]),
            .member_count = 1,
        },
        [51] = { /* DeactivateMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[1535]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_deactivate_mfa_device_input),
            },
            .members_ref = REF(structures[51].members_ref, members[118]),
            .member_count = 2,
        },
        [52] = { /* DelegationPermission */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[1562]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delegation_permission),
            },
            .members_ref = REF(structures[52].members_ref, members[120]),
            .member_count = 2,
        },
        [53] = { /* DelegationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1583]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delegation_request),
            },
            .members_ref = REF(structures[53].members_ref, members[122]),
            .member_count = 20,
        },
        [54] = { /* DeleteAccessKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[1601]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_access_key_input),
            },
            .members_ref = REF(structures[54].members_ref, members[142]),
            .member_count = 2,
        },
        [55] = { /* DeleteAccountAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[1624]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_account_alias_input),
            },
            .members_ref = REF(structures[55].members_ref, members[144]),
            .member_count = 1,
        },
        [56] = { /* DeleteConflictException */
            .shape = {
                .name_ref = REF(structures[56].shape.name_ref, strings[1632]),
                .traits_ref = REF(structures[56].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_delete_conflict_exception),
            },
            .members_ref = REF(structures[56].members_ref, members[145]),
            .member_count = 1,
        },
        [57] = { /* DeleteGroupPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[1650]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_group_policy_input),
            },
            .members_ref = REF(structures[57].members_ref, members[146]),
            .member_count = 2,
        },
        [58] = { /* DeleteGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[1675]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_group_input),
            },
            .members_ref = REF(structures[58].members_ref, members[148]),
            .member_count = 1,
        },
        [59] = { /* DeleteInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[1694]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_instance_profile_input),
            },
            .members_ref = REF(structures[59].members_ref, members[149]),
            .member_count = 1,
        },
        [60] = { /* DeleteLoginProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[1723]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_login_profile_input),
            },
            .members_ref = REF(structures[60].members_ref, members[150]),
            .member_count = 1,
        },
        [61] = { /* DeleteOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[1749]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[61].members_ref, members[151]),
            .member_count = 1,
        },
        [62] = { /* DeletePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[1784]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_policy_input),
            },
            .members_ref = REF(structures[62].members_ref, members[152]),
            .member_count = 1,
        },
        [63] = { /* DeletePolicyVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[1804]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_policy_version_input),
            },
            .members_ref = REF(structures[63].members_ref, members[153]),
            .member_count = 2,
        },
        [64] = { /* DeleteRolePermissionsBoundaryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[1831]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_role_permissions_boundary_input),
            },
            .members_ref = REF(structures[64].members_ref, members[155]),
            .member_count = 1,
        },
        [65] = { /* DeleteRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[1868]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_role_policy_input),
            },
            .members_ref = REF(structures[65].members_ref, members[156]),
            .member_count = 2,
        },
        [66] = { /* DeleteRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[1892]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_role_input),
            },
            .members_ref = REF(structures[66].members_ref, members[158]),
            .member_count = 1,
        },
        [67] = { /* DeleteSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[1910]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_saml_provider_input),
            },
            .members_ref = REF(structures[67].members_ref, members[159]),
            .member_count = 1,
        },
        [68] = { /* DeleteSSHPublicKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[1936]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_ssh_public_key_input),
            },
            .members_ref = REF(structures[68].members_ref, members[160]),
            .member_count = 2,
        },
        [69] = { /* DeleteServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[1962]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_server_certificate_input),
            },
            .members_ref = REF(structures[69].members_ref, members[162]),
            .member_count = 1,
        },
        [70] = { /* DeleteServiceLinkedRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[1993]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_service_linked_role_input),
            },
            .members_ref = REF(structures[70].members_ref, members[163]),
            .member_count = 1,
        },
        [71] = { /* DeleteServiceLinkedRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[2024]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_service_linked_role_output),
            },
            .members_ref = REF(structures[71].members_ref, members[164]),
            .member_count = 1,
        },
        [72] = { /* DeleteServiceSpecificCredentialRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[2056]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_service_specific_credential_input),
            },
            .members_ref = REF(structures[72].members_ref, members[165]),
            .member_count = 2,
        },
        [73] = { /* DeleteSigningCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[2095]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_signing_certificate_input),
            },
            .members_ref = REF(structures[73].members_ref, members[167]),
            .member_count = 2,
        },
        [74] = { /* DeleteUserPermissionsBoundaryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[2127]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_user_permissions_boundary_input),
            },
            .members_ref = REF(structures[74].members_ref, members[169]),
            .member_count = 1,
        },
        [75] = { /* DeleteUserPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[2164]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_user_policy_input),
            },
            .members_ref = REF(structures[75].members_ref, members[170]),
            .member_count = 2,
        },
        [76] = { /* DeleteUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[2188]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_user_input),
            },
            .members_ref = REF(structures[76].members_ref, members[172]),
            .member_count = 1,
        },
        [77] = { /* DeleteVirtualMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[2206]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_delete_virtual_mfa_device_input),
            },
            .members_ref = REF(structures[77].members_ref, members[173]),
            .member_count = 1,
        },
        [78] = { /* DeletionTaskFailureReasonType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[78].shape.name_ref, shape_names[2236]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_deletion_task_failure_reason_type),
            },
            .members_ref = REF(structures[78].members_ref, members[174]),
            .member_count = 2,
        },
        [79] = { /* DetachGroupPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[2308]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_detach_group_policy_input),
            },
            .members_ref = REF(structures[79].members_ref, members[176]),
            .member_count = 2,
        },
        [80] = { /* DetachRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[2333]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_detach_role_policy_input),
            },
            .members_ref = REF(structures[80].members_ref, members[178]),
            .member_count = 2,
        },
        [81] = { /* DetachUserPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[2357]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_detach_user_policy_input),
            },
            .members_ref = REF(structures[81].members_ref, members[180]),
            .member_count = 2,
        },
        [82] = { /* DisableOrganizationsRootCredentialsManagementRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[2381]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_input),
            },
        },
        [83] = { /* DisableOrganizationsRootCredentialsManagementResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[2434]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_output),
            },
            .members_ref = REF(structures[83].members_ref, members[182]),
            .member_count = 2,
        },
        [84] = { /* DisableOrganizationsRootSessionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[2488]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_input),
            },
        },
        [85] = { /* DisableOrganizationsRootSessionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[2528]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_output),
            },
            .members_ref = REF(structures[85].members_ref, members[184]),
            .member_count = 2,
        },
        [86] = { /* DuplicateCertificateException */
            .shape = {
                .name_ref = REF(structures[86].shape.name_ref, strings[1868]),
                .traits_ref = REF(structures[86].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_duplicate_certificate_exception),
            },
            .members_ref = REF(structures[86].members_ref, members[186]),
            .member_count = 1,
        },
        [87] = { /* DuplicateSSHPublicKeyException */
            .shape = {
                .name_ref = REF(structures[87].shape.name_ref, strings[1919]),
                .traits_ref = REF(structures[87].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_duplicate_ssh_public_key_exception),
            },
            .members_ref = REF(structures[87].members_ref, members[187]),
            .member_count = 1,
        },
        [88] = { /* EnableMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[2569]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_mfa_device_input),
            },
            .members_ref = REF(structures[88].members_ref, members[188]),
            .member_count = 4,
        },
        [89] = { /* EnableOrganizationsRootCredentialsManagementRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[2592]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_input),
            },
        },
        [90] = { /* EnableOrganizationsRootCredentialsManagementResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[2644]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_output),
            },
            .members_ref = REF(structures[90].members_ref, members[192]),
            .member_count = 2,
        },
        [91] = { /* EnableOrganizationsRootSessionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[2697]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_input),
            },
        },
        [92] = { /* EnableOrganizationsRootSessionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[2736]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_output),
            },
            .members_ref = REF(structures[92].members_ref, members[194]),
            .member_count = 2,
        },
        [93] = { /* EnableOutboundWebIdentityFederationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[2776]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_enable_outbound_web_identity_federation_output),
            },
            .members_ref = REF(structures[93].members_ref, members[196]),
            .member_count = 1,
        },
        [94] = { /* EntityAlreadyExistsException */
            .shape = {
                .name_ref = REF(structures[94].shape.name_ref, strings[2029]),
                .traits_ref = REF(structures[94].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_entity_already_exists_exception),
            },
            .members_ref = REF(structures[94].members_ref, members[197]),
            .member_count = 1,
        },
        [95] = { /* EntityDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[2820]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_entity_details),
            },
            .members_ref = REF(structures[95].members_ref, members[198]),
            .member_count = 2,
        },
        [96] = { /* EntityInfo */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[2834]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_entity_info),
            },
            .members_ref = REF(structures[96].members_ref, members[200]),
            .member_count = 5,
        },
        [97] = { /* EntityTemporarilyUnmodifiableException */
            .shape = {
                .name_ref = REF(structures[97].shape.name_ref, strings[2119]),
                .traits_ref = REF(structures[97].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_entity_temporarily_unmodifiable_exception),
            },
            .members_ref = REF(structures[97].members_ref, members[205]),
            .member_count = 1,
        },
        [98] = { /* ErrorDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[2856]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_error_details),
            },
            .members_ref = REF(structures[98].members_ref, members[206]),
            .member_count = 2,
        },
        [99] = { /* EvaluationResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[2916]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_evaluation_result),
            },
            .members_ref = REF(structures[99].members_ref, members[208]),
            .member_count = 9,
        },
        [100] = { /* FeatureDisabledException */
            .shape = {
                .name_ref = REF(structures[100].shape.name_ref, strings[2443]),
                .traits_ref = REF(structures[100].shape.traits_ref, traits[18]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_feature_disabled_exception),
            },
            .members_ref = REF(structures[100].members_ref, members[217]),
            .member_count = 1,
        },
        [101] = { /* FeatureEnabledException */
            .shape = {
                .name_ref = REF(structures[101].shape.name_ref, strings[2484]),
                .traits_ref = REF(structures[101].shape.traits_ref, traits[19]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_feature_enabled_exception),
            },
            .members_ref = REF(structures[101].members_ref, members[218]),
            .member_count = 1,
        },
        [102] = { /* GenerateCredentialReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[3033]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_generate_credential_report_output),
            },
            .members_ref = REF(structures[102].members_ref, members[219]),
            .member_count = 2,
        },
        [103] = { /* GenerateOrganizationsAccessReportRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[3066]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_generate_organizations_access_report_input),
            },
            .members_ref = REF(structures[103].members_ref, members[221]),
            .member_count = 2,
        },
        [104] = { /* GenerateOrganizationsAccessReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[3107]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_generate_organizations_access_report_output),
            },
            .members_ref = REF(structures[104].members_ref, members[223]),
            .member_count = 1,
        },
        [105] = { /* GenerateServiceLastAccessedDetailsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[3149]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_input),
            },
            .members_ref = REF(structures[105].members_ref, members[224]),
            .member_count = 2,
        },
        [106] = { /* GenerateServiceLastAccessedDetailsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[3191]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_output),
            },
            .members_ref = REF(structures[106].members_ref, members[226]),
            .member_count = 1,
        },
        [107] = { /* GetAccessKeyLastUsedRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[3234]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_access_key_last_used_input),
            },
            .members_ref = REF(structures[107].members_ref, members[227]),
            .member_count = 1,
        },
        [108] = { /* GetAccessKeyLastUsedResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[3262]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_access_key_last_used_output),
            },
            .members_ref = REF(structures[108].members_ref, members[228]),
            .member_count = 2,
        },
        [109] = { /* GetAccountAuthorizationDetailsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[3291]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_account_authorization_details_input),
            },
            .members_ref = REF(structures[109].members_ref, members[230]),
            .member_count = 3,
        },
        [110] = { /* GetAccountAuthorizationDetailsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[3329]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_account_authorization_details_output),
            },
            .members_ref = REF(structures[110].members_ref, members[233]),
            .member_count = 6,
        },
        [111] = { /* GetAccountPasswordPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[3368]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_account_password_policy_output),
            },
            .members_ref = REF(structures[111].members_ref, members[239]),
            .member_count = 1,
        },
        [112] = { /* GetAccountSummaryResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[3401]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_account_summary_output),
            },
            .members_ref = REF(structures[112].members_ref, members[240]),
            .member_count = 1,
        },
        [113] = { /* GetContextKeysForCustomPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[3427]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_context_keys_for_custom_policy_input),
            },
            .members_ref = REF(structures[113].members_ref, members[241]),
            .member_count = 1,
        },
        [114] = { /* GetContextKeysForPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[114].shape.name_ref, shape_names[3464]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_context_keys_for_policy_response),
            },
            .members_ref = REF(structures[114].members_ref, members[242]),
            .member_count = 1,
        },
        [115] = { /* GetContextKeysForPrincipalPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[3496]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_context_keys_for_principal_policy_input),
            },
            .members_ref = REF(structures[115].members_ref, members[243]),
            .member_count = 2,
        },
        [116] = { /* GetCredentialReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[3536]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_credential_report_output),
            },
            .members_ref = REF(structures[116].members_ref, members[245]),
            .member_count = 3,
        },
        [117] = { /* GetDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[3564]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_delegation_request_input),
            },
            .members_ref = REF(structures[117].members_ref, members[248]),
            .member_count = 2,
        },
        [118] = { /* GetDelegationRequestResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[3592]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_delegation_request_output),
            },
            .members_ref = REF(structures[118].members_ref, members[250]),
            .member_count = 3,
        },
        [119] = { /* GetGroupPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[119].shape.name_ref, shape_names[3621]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_group_policy_input),
            },
            .members_ref = REF(structures[119].members_ref, members[253]),
            .member_count = 2,
        },
        [120] = { /* GetGroupPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[120].shape.name_ref, shape_names[3643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_group_policy_output),
            },
            .members_ref = REF(structures[120].members_ref, members[255]),
            .member_count = 3,
        },
        [121] = { /* GetGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[121].shape.name_ref, shape_names[3666]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_group_input),
            },
            .members_ref = REF(structures[121].members_ref, members[258]),
            .member_count = 3,
        },
        [122] = { /* GetGroupResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[122].shape.name_ref, shape_names[3682]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_group_output),
            },
            .members_ref = REF(structures[122].members_ref, members[261]),
            .member_count = 4,
        },
        [123] = { /* GetHumanReadableSummaryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[3699]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_human_readable_summary_input),
            },
            .members_ref = REF(structures[123].members_ref, members[265]),
            .member_count = 2,
        },
        [124] = { /* GetHumanReadableSummaryResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[3730]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_human_readable_summary_output),
            },
            .members_ref = REF(structures[124].members_ref, members[267]),
            .member_count = 3,
        },
        [125] = { /* GetInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[125].shape.name_ref, shape_names[3762]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_instance_profile_input),
            },
            .members_ref = REF(structures[125].members_ref, members[270]),
            .member_count = 1,
        },
        [126] = { /* GetInstanceProfileResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[3788]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_instance_profile_output),
            },
            .members_ref = REF(structures[126].members_ref, members[271]),
            .member_count = 1,
        },
        [127] = { /* GetLoginProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[3815]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_login_profile_input),
            },
            .members_ref = REF(structures[127].members_ref, members[272]),
            .member_count = 1,
        },
        [128] = { /* GetLoginProfileResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[128].shape.name_ref, shape_names[3838]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_login_profile_output),
            },
            .members_ref = REF(structures[128].members_ref, members[273]),
            .member_count = 1,
        },
        [129] = { /* GetMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[3862]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_mfa_device_input),
            },
            .members_ref = REF(structures[129].members_ref, members[274]),
            .member_count = 2,
        },
        [130] = { /* GetMFADeviceResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[130].shape.name_ref, shape_names[3882]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_mfa_device_output),
            },
            .members_ref = REF(structures[130].members_ref, members[276]),
            .member_count = 4,
        },
        [131] = { /* GetOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[131].shape.name_ref, shape_names[3903]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[131].members_ref, members[280]),
            .member_count = 1,
        },
        [132] = { /* GetOpenIDConnectProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[132].shape.name_ref, shape_names[3935]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_open_id_connect_provider_output),
            },
            .members_ref = REF(structures[132].members_ref, members[281]),
            .member_count = 5,
        },
        [133] = { /* GetOrganizationsAccessReportRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[133].shape.name_ref, shape_names[3968]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_organizations_access_report_input),
            },
            .members_ref = REF(structures[133].members_ref, members[286]),
            .member_count = 4,
        },
        [134] = { /* GetOrganizationsAccessReportResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[134].shape.name_ref, shape_names[4004]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_organizations_access_report_output),
            },
            .members_ref = REF(structures[134].members_ref, members[290]),
            .member_count = 9,
        },
        [135] = { /* GetOutboundWebIdentityFederationInfoResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[135].shape.name_ref, shape_names[4041]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_outbound_web_identity_federation_info_output),
            },
            .members_ref = REF(structures[135].members_ref, members[299]),
            .member_count = 2,
        },
        [136] = { /* GetPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[4086]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_policy_input),
            },
            .members_ref = REF(structures[136].members_ref, members[301]),
            .member_count = 1,
        },
        [137] = { /* GetPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[4103]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_policy_output),
            },
            .members_ref = REF(structures[137].members_ref, members[302]),
            .member_count = 1,
        },
        [138] = { /* GetPolicyVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[4121]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_policy_version_input),
            },
            .members_ref = REF(structures[138].members_ref, members[303]),
            .member_count = 2,
        },
        [139] = { /* GetPolicyVersionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[4145]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_policy_version_output),
            },
            .members_ref = REF(structures[139].members_ref, members[305]),
            .member_count = 1,
        },
        [140] = { /* GetRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[4170]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_role_policy_input),
            },
            .members_ref = REF(structures[140].members_ref, members[306]),
            .member_count = 2,
        },
        [141] = { /* GetRolePolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[141].shape.name_ref, shape_names[4191]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_role_policy_output),
            },
            .members_ref = REF(structures[141].members_ref, members[308]),
            .member_count = 3,
        },
        [142] = { /* GetRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[4213]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_role_input),
            },
            .members_ref = REF(structures[142].members_ref, members[311]),
            .member_count = 1,
        },
        [143] = { /* GetRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[143].shape.name_ref, shape_names[4228]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_role_output),
            },
            .members_ref = REF(structures[143].members_ref, members[312]),
            .member_count = 1,
        },
        [144] = { /* GetSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[144].shape.name_ref, shape_names[4244]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_saml_provider_input),
            },
            .members_ref = REF(structures[144].members_ref, members[313]),
            .member_count = 1,
        },
        [145] = { /* GetSAMLProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[145].shape.name_ref, shape_names[4267]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_saml_provider_output),
            },
            .members_ref = REF(structures[145].members_ref, members[314]),
            .member_count = 7,
        },
        [146] = { /* GetSSHPublicKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[146].shape.name_ref, shape_names[4291]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_ssh_public_key_input),
            },
            .members_ref = REF(structures[146].members_ref, members[321]),
            .member_count = 3,
        },
        [147] = { /* GetSSHPublicKeyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[4314]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_ssh_public_key_output),
            },
            .members_ref = REF(structures[147].members_ref, members[324]),
            .member_count = 1,
        },
        [148] = { /* GetServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[4338]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_server_certificate_input),
            },
            .members_ref = REF(structures[148].members_ref, members[325]),
            .member_count = 1,
        },
        [149] = { /* GetServerCertificateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[4366]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_server_certificate_output),
            },
            .members_ref = REF(structures[149].members_ref, members[326]),
            .member_count = 1,
        },
        [150] = { /* GetServiceLastAccessedDetailsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[4395]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_last_accessed_details_input),
            },
            .members_ref = REF(structures[150].members_ref, members[327]),
            .member_count = 3,
        },
        [151] = { /* GetServiceLastAccessedDetailsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[4432]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_last_accessed_details_output),
            },
            .members_ref = REF(structures[151].members_ref, members[330]),
            .member_count = 8,
        },
        [152] = { /* GetServiceLastAccessedDetailsWithEntitiesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[4470]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_input),
            },
            .members_ref = REF(structures[152].members_ref, members[338]),
            .member_count = 4,
        },
        [153] = { /* GetServiceLastAccessedDetailsWithEntitiesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[4519]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_output),
            },
            .members_ref = REF(structures[153].members_ref, members[342]),
            .member_count = 7,
        },
        [154] = { /* GetServiceLinkedRoleDeletionStatusRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[4569]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_input),
            },
            .members_ref = REF(structures[154].members_ref, members[349]),
            .member_count = 1,
        },
        [155] = { /* GetServiceLinkedRoleDeletionStatusResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[4611]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_output),
            },
            .members_ref = REF(structures[155].members_ref, members[350]),
            .member_count = 2,
        },
        [156] = { /* GetUserPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[4654]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_user_policy_input),
            },
            .members_ref = REF(structures[156].members_ref, members[352]),
            .member_count = 2,
        },
        [157] = { /* GetUserPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[157].shape.name_ref, shape_names[4675]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_user_policy_output),
            },
            .members_ref = REF(structures[157].members_ref, members[354]),
            .member_count = 3,
        },
        [158] = { /* GetUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[158].shape.name_ref, shape_names[4697]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_user_input),
            },
            .members_ref = REF(structures[158].members_ref, members[357]),
            .member_count = 1,
        },
        [159] = { /* GetUserResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[159].shape.name_ref, shape_names[4712]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_get_user_output),
            },
            .members_ref = REF(structures[159].members_ref, members[358]),
            .member_count = 1,
        },
        [160] = { /* Group */
            .shape = {
                .name_ref = SHAPE_NAME(structures[160].shape.name_ref, shape_names[4728]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_group),
            },
            .members_ref = REF(structures[160].members_ref, members[359]),
            .member_count = 5,
        },
        [161] = { /* GroupDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[161].shape.name_ref, shape_names[4734]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_group_detail),
            },
            .members_ref = REF(structures[161].members_ref, members[364]),
            .member_count = 7,
        },
        [162] = { /* InlinePolicyIdentifierType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[162].shape.name_ref, shape_names[4746]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_inline_policy_identifier_type),
            },
            .members_ref = REF(structures[162].members_ref, members[371]),
            .member_count = 3,
        },
        [163] = { /* InstanceProfile */
            .shape = {
                .name_ref = SHAPE_NAME(structures[163].shape.name_ref, shape_names[4773]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_instance_profile),
            },
            .members_ref = REF(structures[163].members_ref, members[374]),
            .member_count = 7,
        },
        [164] = { /* InvalidAuthenticationCodeException */
            .shape = {
                .name_ref = REF(structures[164].shape.name_ref, strings[3374]),
                .traits_ref = REF(structures[164].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_invalid_authentication_code_exception),
            },
            .members_ref = REF(structures[164].members_ref, members[381]),
            .member_count = 1,
        },
        [165] = { /* InvalidCertificateException */
            .shape = {
                .name_ref = REF(structures[165].shape.name_ref, strings[3435]),
                .traits_ref = REF(structures[165].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_invalid_certificate_exception),
            },
            .members_ref = REF(structures[165].members_ref, members[382]),
            .member_count = 1,
        },
        [166] = { /* InvalidInputException */
            .shape = {
                .name_ref = REF(structures[166].shape.name_ref, strings[3482]),
                .traits_ref = REF(structures[166].shape.traits_ref, traits[22]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_invalid_input_exception),
            },
            .members_ref = REF(structures[166].members_ref, members[383]),
            .member_count = 1,
        },
        [167] = { /* InvalidPublicKeyException */
            .shape = {
                .name_ref = REF(structures[167].shape.name_ref, strings[3517]),
                .traits_ref = REF(structures[167].shape.traits_ref, traits[23]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_invalid_public_key_exception),
            },
            .members_ref = REF(structures[167].members_ref, members[384]),
            .member_count = 1,
        },
        [168] = { /* InvalidUserTypeException */
            .shape = {
                .name_ref = REF(structures[168].shape.name_ref, strings[3560]),
                .traits_ref = REF(structures[168].shape.traits_ref, traits[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_invalid_user_type_exception),
            },
            .members_ref = REF(structures[168].members_ref, members[385]),
            .member_count = 1,
        },
        [169] = { /* KeyPairMismatchException */
            .shape = {
                .name_ref = REF(structures[169].shape.name_ref, strings[3601]),
                .traits_ref = REF(structures[169].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_key_pair_mismatch_exception),
            },
            .members_ref = REF(structures[169].members_ref, members[386]),
            .member_count = 1,
        },
        [170] = { /* LimitExceededException */
            .shape = {
                .name_ref = REF(structures[170].shape.name_ref, strings[3642]),
                .traits_ref = REF(structures[170].shape.traits_ref, traits[26]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_limit_exceeded_exception),
            },
            .members_ref = REF(structures[170].members_ref, members[387]),
            .member_count = 1,
        },
        [171] = { /* ListAccessKeysRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[171].shape.name_ref, shape_names[4800]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_access_keys_input),
            },
            .members_ref = REF(structures[171].members_ref, members[388]),
            .member_count = 3,
        },
        [172] = { /* ListAccessKeysResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[172].shape.name_ref, shape_names[4822]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_access_keys_output),
            },
            .members_ref = REF(structures[172].members_ref, members[391]),
            .member_count = 3,
        },
        [173] = { /* ListAccountAliasesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[173].shape.name_ref, shape_names[4845]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_account_aliases_input),
            },
            .members_ref = REF(structures[173].members_ref, members[394]),
            .member_count = 2,
        },
        [174] = { /* ListAccountAliasesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[174].shape.name_ref, shape_names[4871]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_account_aliases_output),
            },
            .members_ref = REF(structures[174].members_ref, members[396]),
            .member_count = 3,
        },
        [175] = { /* ListAttachedGroupPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[175].shape.name_ref, shape_names[4898]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_group_policies_input),
            },
            .members_ref = REF(structures[175].members_ref, members[399]),
            .member_count = 4,
        },
        [176] = { /* ListAttachedGroupPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[176].shape.name_ref, shape_names[4931]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_group_policies_output),
            },
            .members_ref = REF(structures[176].members_ref, members[403]),
            .member_count = 3,
        },
        [177] = { /* ListAttachedRolePoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[177].shape.name_ref, shape_names[4965]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_role_policies_input),
            },
            .members_ref = REF(structures[177].members_ref, members[406]),
            .member_count = 4,
        },
        [178] = { /* ListAttachedRolePoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[178].shape.name_ref, shape_names[4997]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_role_policies_output),
            },
            .members_ref = REF(structures[178].members_ref, members[410]),
            .member_count = 3,
        },
        [179] = { /* ListAttachedUserPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[179].shape.name_ref, shape_names[5030]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_user_policies_input),
            },
            .members_ref = REF(structures[179].members_ref, members[413]),
            .member_count = 4,
        },
        [180] = { /* ListAttachedUserPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[180].shape.name_ref, shape_names[5062]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_attached_user_policies_output),
            },
            .members_ref = REF(structures[180].members_ref, members[417]),
            .member_count = 3,
        },
        [181] = { /* ListDelegationRequestsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[181].shape.name_ref, shape_names[5095]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_delegation_requests_input),
            },
            .members_ref = REF(structures[181].members_ref, members[420]),
            .member_count = 3,
        },
        [182] = { /* ListDelegationRequestsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[182].shape.name_ref, shape_names[5125]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_delegation_requests_output),
            },
            .members_ref = REF(structures[182].members_ref, members[423]),
            .member_count = 3,
        },
        [183] = { /* ListEntitiesForPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[183].shape.name_ref, shape_names[5156]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_entities_for_policy_input),
            },
            .members_ref = REF(structures[183].members_ref, members[426]),
            .member_count = 6,
        },
        [184] = { /* ListEntitiesForPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[184].shape.name_ref, shape_names[5185]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_entities_for_policy_output),
            },
            .members_ref = REF(structures[184].members_ref, members[432]),
            .member_count = 5,
        },
        [185] = { /* ListGroupPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[185].shape.name_ref, shape_names[5215]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_group_policies_input),
            },
            .members_ref = REF(structures[185].members_ref, members[437]),
            .member_count = 3,
        },
        [186] = { /* ListGroupPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[186].shape.name_ref, shape_names[5240]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_group_policies_output),
            },
            .members_ref = REF(structures[186].members_ref, members[440]),
            .member_count = 3,
        },
        [187] = { /* ListGroupsForUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[187].shape.name_ref, shape_names[5266]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_groups_for_user_input),
            },
            .members_ref = REF(structures[187].members_ref, members[443]),
            .member_count = 3,
        },
        [188] = { /* ListGroupsForUserResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[188].shape.name_ref, shape_names[5291]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_groups_for_user_output),
            },
            .members_ref = REF(structures[188].members_ref, members[446]),
            .member_count = 3,
        },
        [189] = { /* ListGroupsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[189].shape.name_ref, shape_names[5317]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_groups_input),
            },
            .members_ref = REF(structures[189].members_ref, members[449]),
            .member_count = 3,
        },
        [190] = { /* ListGroupsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[190].shape.name_ref, shape_names[5335]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_groups_output),
            },
            .members_ref = REF(structures[190].members_ref, members[452]),
            .member_count = 3,
        },
        [191] = { /* ListInstanceProfileTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[191].shape.name_ref, shape_names[5354]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profile_tags_input),
            },
            .members_ref = REF(structures[191].members_ref, members[455]),
            .member_count = 3,
        },
        [192] = { /* ListInstanceProfileTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[192].shape.name_ref, shape_names[5385]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profile_tags_output),
            },
            .members_ref = REF(structures[192].members_ref, members[458]),
            .member_count = 3,
        },
        [193] = { /* ListInstanceProfilesForRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[193].shape.name_ref, shape_names[5417]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_input),
            },
            .members_ref = REF(structures[193].members_ref, members[461]),
            .member_count = 3,
        },
        [194] = { /* ListInstanceProfilesForRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[194].shape.name_ref, shape_names[5452]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_output),
            },
            .members_ref = REF(structures[194].members_ref, members[464]),
            .member_count = 3,
        },
        [195] = { /* ListInstanceProfilesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[195].shape.name_ref, shape_names[5488]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profiles_input),
            },
            .members_ref = REF(structures[195].members_ref, members[467]),
            .member_count = 3,
        },
        [196] = { /* ListInstanceProfilesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[196].shape.name_ref, shape_names[5516]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_instance_profiles_output),
            },
            .members_ref = REF(structures[196].members_ref, members[470]),
            .member_count = 3,
        },
        [197] = { /* ListMFADeviceTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[197].shape.name_ref, shape_names[5545]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_mfa_device_tags_input),
            },
            .members_ref = REF(structures[197].members_ref, members[473]),
            .member_count = 3,
        },
        [198] = { /* ListMFADeviceTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[198].shape.name_ref, shape_names[5570]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_mfa_device_tags_output),
            },
            .members_ref = REF(structures[198].members_ref, members[476]),
            .member_count = 3,
        },
        [199] = { /* ListMFADevicesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[199].shape.name_ref, shape_names[5596]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_mfa_devices_input),
            },
            .members_ref = REF(structures[199].members_ref, members[479]),
            .member_count = 3,
        },
        [200] = { /* ListMFADevicesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[200].shape.name_ref, shape_names[5618]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_mfa_devices_output),
            },
            .members_ref = REF(structures[200].members_ref, members[482]),
            .member_count = 3,
        },
        [201] = { /* ListOpenIDConnectProviderTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[201].shape.name_ref, shape_names[5641]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_input),
            },
            .members_ref = REF(structures[201].members_ref, members[485]),
            .member_count = 3,
        },
        [202] = { /* ListOpenIDConnectProviderTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[202].shape.name_ref, shape_names[5678]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_output),
            },
            .members_ref = REF(structures[202].members_ref, members[488]),
            .member_count = 3,
        },
        [203] = { /* ListOpenIDConnectProvidersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[203].shape.name_ref, shape_names[5716]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_open_id_connect_providers_input),
            },
        },
        [204] = { /* ListOpenIDConnectProvidersResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[204].shape.name_ref, shape_names[5750]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_open_id_connect_providers_output),
            },
            .members_ref = REF(structures[204].members_ref, members[491]),
            .member_count = 1,
        },
        [205] = { /* ListOrganizationsFeaturesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[205].shape.name_ref, shape_names[5785]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_organizations_features_input),
            },
        },
        [206] = { /* ListOrganizationsFeaturesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[206].shape.name_ref, shape_names[5818]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_organizations_features_output),
            },
            .members_ref = REF(structures[206].members_ref, members[492]),
            .member_count = 2,
        },
        [207] = { /* ListPoliciesGrantingServiceAccessEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[207].shape.name_ref, shape_names[5852]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policies_granting_service_access_entry),
            },
            .members_ref = REF(structures[207].members_ref, members[494]),
            .member_count = 2,
        },
        [208] = { /* ListPoliciesGrantingServiceAccessRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[208].shape.name_ref, shape_names[5891]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policies_granting_service_access_input),
            },
            .members_ref = REF(structures[208].members_ref, members[496]),
            .member_count = 3,
        },
        [209] = { /* ListPoliciesGrantingServiceAccessResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[209].shape.name_ref, shape_names[5932]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policies_granting_service_access_output),
            },
            .members_ref = REF(structures[209].members_ref, members[499]),
            .member_count = 3,
        },
        [210] = { /* ListPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[210].shape.name_ref, shape_names[5974]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policies_input),
            },
            .members_ref = REF(structures[210].members_ref, members[502]),
            .member_count = 6,
        },
        [211] = { /* ListPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[211].shape.name_ref, shape_names[5994]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policies_output),
            },
            .members_ref = REF(structures[211].members_ref, members[508]),
            .member_count = 3,
        },
        [212] = { /* ListPolicyTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[212].shape.name_ref, shape_names[6015]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policy_tags_input),
            },
            .members_ref = REF(structures[212].members_ref, members[511]),
            .member_count = 3,
        },
        [213] = { /* ListPolicyTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[213].shape.name_ref, shape_names[6037]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policy_tags_output),
            },
            .members_ref = REF(structures[213].members_ref, members[514]),
            .member_count = 3,
        },
        [214] = { /* ListPolicyVersionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[214].shape.name_ref, shape_names[6060]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policy_versions_input),
            },
            .members_ref = REF(structures[214].members_ref, members[517]),
            .member_count = 3,
        },
        [215] = { /* ListPolicyVersionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[215].shape.name_ref, shape_names[6086]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_policy_versions_output),
            },
            .members_ref = REF(structures[215].members_ref, members[520]),
            .member_count = 3,
        },
        [216] = { /* ListRolePoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[216].shape.name_ref, shape_names[6113]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_role_policies_input),
            },
            .members_ref = REF(structures[216].members_ref, members[523]),
            .member_count = 3,
        },
        [217] = { /* ListRolePoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[217].shape.name_ref, shape_names[6137]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_role_policies_output),
            },
            .members_ref = REF(structures[217].members_ref, members[526]),
            .member_count = 3,
        },
        [218] = { /* ListRoleTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[218].shape.name_ref, shape_names[6162]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_role_tags_input),
            },
            .members_ref = REF(structures[218].members_ref, members[529]),
            .member_count = 3,
        },
        [219] = { /* ListRoleTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[219].shape.name_ref, shape_names[6182]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_role_tags_output),
            },
            .members_ref = REF(structures[219].members_ref, members[532]),
            .member_count = 3,
        },
        [220] = { /* ListRolesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[220].shape.name_ref, shape_names[6203]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_roles_input),
            },
            .members_ref = REF(structures[220].members_ref, members[535]),
            .member_count = 3,
        },
        [221] = { /* ListRolesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[221].shape.name_ref, shape_names[6220]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_roles_output),
            },
            .members_ref = REF(structures[221].members_ref, members[538]),
            .member_count = 3,
        },
        [222] = { /* ListSAMLProviderTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[222].shape.name_ref, shape_names[6238]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_saml_provider_tags_input),
            },
            .members_ref = REF(structures[222].members_ref, members[541]),
            .member_count = 3,
        },
        [223] = { /* ListSAMLProviderTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[223].shape.name_ref, shape_names[6266]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_saml_provider_tags_output),
            },
            .members_ref = REF(structures[223].members_ref, members[544]),
            .member_count = 3,
        },
        [224] = { /* ListSAMLProvidersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[224].shape.name_ref, shape_names[6295]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_saml_providers_input),
            },
        },
        [225] = { /* ListSAMLProvidersResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[225].shape.name_ref, shape_names[6320]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_saml_providers_output),
            },
            .members_ref = REF(structures[225].members_ref, members[547]),
            .member_count = 1,
        },
        [226] = { /* ListSSHPublicKeysRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[226].shape.name_ref, shape_names[6346]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_ssh_public_keys_input),
            },
            .members_ref = REF(structures[226].members_ref, members[548]),
            .member_count = 3,
        },
        [227] = { /* ListSSHPublicKeysResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[227].shape.name_ref, shape_names[6371]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_ssh_public_keys_output),
            },
            .members_ref = REF(structures[227].members_ref, members[551]),
            .member_count = 3,
        },
        [228] = { /* ListServerCertificateTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[228].shape.name_ref, shape_names[6397]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_server_certificate_tags_input),
            },
            .members_ref = REF(structures[228].members_ref, members[554]),
            .member_count = 3,
        },
        [229] = { /* ListServerCertificateTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[229].shape.name_ref, shape_names[6430]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_server_certificate_tags_output),
            },
            .members_ref = REF(structures[229].members_ref, members[557]),
            .member_count = 3,
        },
        [230] = { /* ListServerCertificatesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[230].shape.name_ref, shape_names[6464]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_server_certificates_input),
            },
            .members_ref = REF(structures[230].members_ref, members[560]),
            .member_count = 3,
        },
        [231] = { /* ListServerCertificatesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[231].shape.name_ref, shape_names[6494]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_server_certificates_output),
            },
            .members_ref = REF(structures[231].members_ref, members[563]),
            .member_count = 3,
        },
        [232] = { /* ListServiceSpecificCredentialsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[232].shape.name_ref, shape_names[6525]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_service_specific_credentials_input),
            },
            .members_ref = REF(structures[232].members_ref, members[566]),
            .member_count = 5,
        },
        [233] = { /* ListServiceSpecificCredentialsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[233].shape.name_ref, shape_names[6563]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_service_specific_credentials_output),
            },
            .members_ref = REF(structures[233].members_ref, members[571]),
            .member_count = 3,
        },
        [234] = { /* ListSigningCertificatesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[234].shape.name_ref, shape_names[6602]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_signing_certificates_input),
            },
            .members_ref = REF(structures[234].members_ref, members[574]),
            .member_count = 3,
        },
        [235] = { /* ListSigningCertificatesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[235].shape.name_ref, shape_names[6633]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_signing_certificates_output),
            },
            .members_ref = REF(structures[235].members_ref, members[577]),
            .member_count = 3,
        },
        [236] = { /* ListUserPoliciesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[236].shape.name_ref, shape_names[6665]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_user_policies_input),
            },
            .members_ref = REF(structures[236].members_ref, members[580]),
            .member_count = 3,
        },
        [237] = { /* ListUserPoliciesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[237].shape.name_ref, shape_names[6689]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_user_policies_output),
            },
            .members_ref = REF(structures[237].members_ref, members[583]),
            .member_count = 3,
        },
        [238] = { /* ListUserTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[238].shape.name_ref, shape_names[6714]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_user_tags_input),
            },
            .members_ref = REF(structures[238].members_ref, members[586]),
            .member_count = 3,
        },
        [239] = { /* ListUserTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[239].shape.name_ref, shape_names[6734]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_user_tags_output),
            },
            .members_ref = REF(structures[239].members_ref, members[589]),
            .member_count = 3,
        },
        [240] = { /* ListUsersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[240].shape.name_ref, shape_names[6755]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_users_input),
            },
            .members_ref = REF(structures[240].members_ref, members[592]),
            .member_count = 3,
        },
        [241] = { /* ListUsersResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[241].shape.name_ref, shape_names[6772]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_users_output),
            },
            .members_ref = REF(structures[241].members_ref, members[595]),
            .member_count = 3,
        },
        [242] = { /* ListVirtualMFADevicesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[242].shape.name_ref, shape_names[6790]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_input),
            },
            .members_ref = REF(structures[242].members_ref, members[598]),
            .member_count = 3,
        },
        [243] = { /* ListVirtualMFADevicesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[243].shape.name_ref, shape_names[6819]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_output),
            },
            .members_ref = REF(structures[243].members_ref, members[601]),
            .member_count = 3,
        },
        [244] = { /* LoginProfile */
            .shape = {
                .name_ref = SHAPE_NAME(structures[244].shape.name_ref, shape_names[6849]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_login_profile),
            },
            .members_ref = REF(structures[244].members_ref, members[604]),
            .member_count = 3,
        },
        [245] = { /* MFADevice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[245].shape.name_ref, shape_names[6862]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_mfa_device),
            },
            .members_ref = REF(structures[245].members_ref, members[607]),
            .member_count = 3,
        },
        [246] = { /* MalformedCertificateException */
            .shape = {
                .name_ref = REF(structures[246].shape.name_ref, strings[4133]),
                .traits_ref = REF(structures[246].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_malformed_certificate_exception),
            },
            .members_ref = REF(structures[246].members_ref, members[610]),
            .member_count = 1,
        },
        [247] = { /* MalformedPolicyDocumentException */
            .shape = {
                .name_ref = REF(structures[247].shape.name_ref, strings[4184]),
                .traits_ref = REF(structures[247].shape.traits_ref, traits[28]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_malformed_policy_document_exception),
            },
            .members_ref = REF(structures[247].members_ref, members[611]),
            .member_count = 1,
        },
        [248] = { /* ManagedPolicyDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[248].shape.name_ref, shape_names[6872]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_managed_policy_detail),
            },
            .members_ref = REF(structures[248].members_ref, members[612]),
            .member_count = 12,
        },
        [249] = { /* NoSuchEntityException */
            .shape = {
                .name_ref = REF(structures[249].shape.name_ref, strings[4355]),
                .traits_ref = REF(structures[249].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_no_such_entity_exception),
            },
            .members_ref = REF(structures[249].members_ref, members[624]),
            .member_count = 1,
        },
        [250] = { /* OpenIDConnectProviderListEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[250].shape.name_ref, shape_names[6920]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_open_id_connect_provider_list_entry),
            },
            .members_ref = REF(structures[250].members_ref, members[625]),
            .member_count = 1,
        },
        [251] = { /* OpenIdIdpCommunicationErrorException */
            .shape = {
                .name_ref = REF(structures[251].shape.name_ref, strings[4390]),
                .traits_ref = REF(structures[251].shape.traits_ref, traits[31]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_open_id_idp_communication_error_exception),
            },
            .members_ref = REF(structures[251].members_ref, members[626]),
            .member_count = 1,
        },
        [252] = { /* OrderedOrganizationPolicyType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[252].shape.name_ref, shape_names[7010]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_ordered_organization_policy_type),
            },
            .members_ref = REF(structures[252].members_ref, members[627]),
            .member_count = 1,
        },
        [253] = { /* OrganizationNotFoundException */
            .shape = {
                .name_ref = REF(structures[253].shape.name_ref, strings[4485]),
                .traits_ref = REF(structures[253].shape.traits_ref, traits[33]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_organization_not_found_exception),
            },
        },
        [254] = { /* OrganizationNotInAllFeaturesModeException */
            .shape = {
                .name_ref = REF(structures[254].shape.name_ref, strings[4515]),
                .traits_ref = REF(structures[254].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_organization_not_in_all_features_mode_exception),
            },
        },
        [255] = { /* OrganizationsDecisionDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[255].shape.name_ref, shape_names[7086]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_organizations_decision_detail),
            },
            .members_ref = REF(structures[255].members_ref, members[628]),
            .member_count = 1,
        },
        [256] = { /* PasswordPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(structures[256].shape.name_ref, shape_names[7114]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_password_policy),
            },
            .members_ref = REF(structures[256].members_ref, members[629]),
            .member_count = 10,
        },
        [257] = { /* PasswordPolicyViolationException */
            .shape = {
                .name_ref = REF(structures[257].shape.name_ref, strings[4779]),
                .traits_ref = REF(structures[257].shape.traits_ref, traits[36]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_password_policy_violation_exception),
            },
            .members_ref = REF(structures[257].members_ref, members[639]),
            .member_count = 1,
        },
        [258] = { /* PermissionsBoundaryDecisionDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[258].shape.name_ref, shape_names[7163]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_permissions_boundary_decision_detail),
            },
            .members_ref = REF(structures[258].members_ref, members[640]),
            .member_count = 1,
        },
        [259] = { /* Policy */
            .shape = {
                .name_ref = SHAPE_NAME(structures[259].shape.name_ref, shape_names[7197]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy),
            },
            .members_ref = REF(structures[259].members_ref, members[641]),
            .member_count = 12,
        },
        [260] = { /* PolicyDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[260].shape.name_ref, shape_names[7204]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_detail),
            },
            .members_ref = REF(structures[260].members_ref, members[653]),
            .member_count = 2,
        },
        [261] = { /* PolicyEvaluationException */
            .shape = {
                .name_ref = REF(structures[261].shape.name_ref, strings[4925]),
                .traits_ref = REF(structures[261].shape.traits_ref, traits[37]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_policy_evaluation_exception),
            },
            .members_ref = REF(structures[261].members_ref, members[655]),
            .member_count = 1,
        },
        [262] = { /* PolicyGrantingServiceAccess */
            .shape = {
                .name_ref = SHAPE_NAME(structures[262].shape.name_ref, shape_names[7271]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_granting_service_access),
            },
            .members_ref = REF(structures[262].members_ref, members[656]),
            .member_count = 5,
        },
        [263] = { /* PolicyGroup */
            .shape = {
                .name_ref = SHAPE_NAME(structures[263].shape.name_ref, shape_names[7299]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_group),
            },
            .members_ref = REF(structures[263].members_ref, members[661]),
            .member_count = 2,
        },
        [264] = { /* PolicyIdentifier */
            .shape = {
                .name_ref = SHAPE_NAME(structures[264].shape.name_ref, shape_names[7331]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_iam_policy_identifier),
            },
            .members_ref = REF(structures[264].members_ref, members[663]),
            .member_count = 3,
        },
        [265] = { /* PolicyNotAttachableException */
            .shape = {
                .name_ref = REF(structures[265].shape.name_ref, strings[5084]),
                .traits_ref = REF(structures[265].shape.traits_ref, traits[39]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_policy_not_attachable_exception),
            },
            .members_ref = REF(structures[265].members_ref, members[666]),
            .member_count = 1,
        },
        [266] = { /* PolicyParameter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[266].shape.name_ref, shape_names[7396]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_parameter),
            },
            .members_ref = REF(structures[266].members_ref, members[667]),
            .member_count = 3,
        },
        [267] = { /* PolicyRole */
            .shape = {
                .name_ref = SHAPE_NAME(structures[267].shape.name_ref, shape_names[7436]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_role),
            },
            .members_ref = REF(structures[267].members_ref, members[670]),
            .member_count = 2,
        },
        [268] = { /* PolicyUser */
            .shape = {
                .name_ref = SHAPE_NAME(structures[268].shape.name_ref, shape_names[7499]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_user),
            },
            .members_ref = REF(structures[268].members_ref, members[672]),
            .member_count = 2,
        },
        [269] = { /* PolicyVersion */
            .shape = {
                .name_ref = SHAPE_NAME(structures[269].shape.name_ref, shape_names[7529]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_policy_version),
            },
            .members_ref = REF(structures[269].members_ref, members[674]),
            .member_count = 4,
        },
        [270] = { /* Position */
            .shape = {
                .name_ref = SHAPE_NAME(structures[270].shape.name_ref, shape_names[7543]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_position),
            },
            .members_ref = REF(structures[270].members_ref, members[678]),
            .member_count = 2,
        },
        [271] = { /* PutGroupPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[271].shape.name_ref, shape_names[7552]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_put_group_policy_input),
            },
            .members_ref = REF(structures[271].members_ref, members[680]),
            .member_count = 3,
        },
        [272] = { /* PutRolePermissionsBoundaryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[272].shape.name_ref, shape_names[7574]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_put_role_permissions_boundary_input),
            },
            .members_ref = REF(structures[272].members_ref, members[683]),
            .member_count = 2,
        },
        [273] = { /* PutRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[273].shape.name_ref, shape_names[7608]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_put_role_policy_input),
            },
            .members_ref = REF(structures[273].members_ref, members[685]),
            .member_count = 3,
        },
        [274] = { /* PutUserPermissionsBoundaryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[274].shape.name_ref, shape_names[7629]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_put_user_permissions_boundary_input),
            },
            .members_ref = REF(structures[274].members_ref, members[688]),
            .member_count = 2,
        },
        [275] = { /* PutUserPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[275].shape.name_ref, shape_names[7663]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_put_user_policy_input),
            },
            .members_ref = REF(structures[275].members_ref, members[690]),
            .member_count = 3,
        },
        [276] = { /* RejectDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[276].shape.name_ref, shape_names[7710]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_reject_delegation_request_input),
            },
            .members_ref = REF(structures[276].members_ref, members[693]),
            .member_count = 2,
        },
        [277] = { /* RemoveClientIDFromOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[277].shape.name_ref, shape_names[7741]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[277].members_ref, members[695]),
            .member_count = 2,
        },
        [278] = { /* RemoveRoleFromInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[278].shape.name_ref, shape_names[7788]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_remove_role_from_instance_profile_input),
            },
            .members_ref = REF(structures[278].members_ref, members[697]),
            .member_count = 2,
        },
        [279] = { /* RemoveUserFromGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[279].shape.name_ref, shape_names[7825]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_remove_user_from_group_input),
            },
            .members_ref = REF(structures[279].members_ref, members[699]),
            .member_count = 2,
        },
        [280] = { /* ReportGenerationLimitExceededException */
            .shape = {
                .name_ref = REF(structures[280].shape.name_ref, strings[5312]),
                .traits_ref = REF(structures[280].shape.traits_ref, traits[42]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_report_generation_limit_exceeded_exception),
            },
            .members_ref = REF(structures[280].members_ref, members[701]),
            .member_count = 1,
        },
        [281] = { /* ResetServiceSpecificCredentialRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[281].shape.name_ref, shape_names[7930]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_reset_service_specific_credential_input),
            },
            .members_ref = REF(structures[281].members_ref, members[702]),
            .member_count = 2,
        },
        [282] = { /* ResetServiceSpecificCredentialResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[282].shape.name_ref, shape_names[7968]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_reset_service_specific_credential_output),
            },
            .members_ref = REF(structures[282].members_ref, members[704]),
            .member_count = 1,
        },
        [283] = { /* ResourceSpecificResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[283].shape.name_ref, shape_names[8072]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_resource_specific_result),
            },
            .members_ref = REF(structures[283].members_ref, members[705]),
            .member_count = 6,
        },
        [284] = { /* ResyncMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[284].shape.name_ref, shape_names[8126]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_resync_mfa_device_input),
            },
            .members_ref = REF(structures[284].members_ref, members[711]),
            .member_count = 4,
        },
        [285] = { /* Role */
            .shape = {
                .name_ref = SHAPE_NAME(structures[285].shape.name_ref, shape_names[8149]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_role),
            },
            .members_ref = REF(structures[285].members_ref, members[715]),
            .member_count = 11,
        },
        [286] = { /* RoleDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[286].shape.name_ref, shape_names[8154]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_role_detail),
            },
            .members_ref = REF(structures[286].members_ref, members[726]),
            .member_count = 12,
        },
        [287] = { /* RoleLastUsed */
            .shape = {
                .name_ref = SHAPE_NAME(structures[287].shape.name_ref, shape_names[8165]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_role_last_used),
            },
            .members_ref = REF(structures[287].members_ref, members[738]),
            .member_count = 2,
        },
        [288] = { /* RoleUsageType */
            .shape = {
                .name_ref = SHAPE_NAME(structures[288].shape.name_ref, shape_names[8196]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_role_usage_type),
            },
            .members_ref = REF(structures[288].members_ref, members[740]),
            .member_count = 2,
        },
        [289] = { /* SAMLPrivateKey */
            .shape = {
                .name_ref = SHAPE_NAME(structures[289].shape.name_ref, shape_names[8235]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_saml_private_key),
            },
            .members_ref = REF(structures[289].members_ref, members[742]),
            .member_count = 2,
        },
        [290] = { /* SAMLProviderListEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[290].shape.name_ref, shape_names[8250]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_saml_provider_list_entry),
            },
            .members_ref = REF(structures[290].members_ref, members[744]),
            .member_count = 3,
        },
        [291] = { /* SSHPublicKey */
            .shape = {
                .name_ref = SHAPE_NAME(structures[291].shape.name_ref, shape_names[8314]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_ssh_public_key),
            },
            .members_ref = REF(structures[291].members_ref, members[747]),
            .member_count = 6,
        },
        [292] = { /* SSHPublicKeyMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[292].shape.name_ref, shape_names[8348]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_ssh_public_key_metadata),
            },
            .members_ref = REF(structures[292].members_ref, members[753]),
            .member_count = 4,
        },
        [293] = { /* SendDelegationTokenRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[293].shape.name_ref, shape_names[8369]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_send_delegation_token_input),
            },
            .members_ref = REF(structures[293].members_ref, members[757]),
            .member_count = 1,
        },
        [294] = { /* ServerCertificate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[294].shape.name_ref, shape_names[8396]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_server_certificate),
            },
            .members_ref = REF(structures[294].members_ref, members[758]),
            .member_count = 4,
        },
        [295] = { /* ServerCertificateMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[295].shape.name_ref, shape_names[8414]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_server_certificate_metadata),
            },
            .members_ref = REF(structures[295].members_ref, members[762]),
            .member_count = 6,
        },
        [296] = { /* ServiceAccessNotEnabledException */
            .shape = {
                .name_ref = REF(structures[296].shape.name_ref, strings[5634]),
                .traits_ref = REF(structures[296].shape.traits_ref, traits[47]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_service_access_not_enabled_exception),
            },
        },
        [297] = { /* ServiceFailureException */
            .shape = {
                .name_ref = REF(structures[297].shape.name_ref, strings[5667]),
                .traits_ref = REF(structures[297].shape.traits_ref, traits[48]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_iam_service_failure_exception),
            },
            .members_ref = REF(structures[297].members_ref, members[768]),
            .member_count = 1,
        },
        [298] = { /* ServiceLastAccessed */
            .shape = {
                .name_ref = SHAPE_NAME(structures[298].shape.name_ref, shape_names[8440]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_service_last_accessed),
            },
            .members_ref = REF(structures[298].members_ref, members[769]),
            .member_count = 7,
        },
        [299] = { /* ServiceNotSupportedException */
            .shape = {
                .name_ref = REF(structures[299].shape.name_ref, strings[5781]),
                .traits_ref = REF(structures[299].shape.traits_ref, traits[49]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_service_not_supported_exception),
            },
            .members_ref = REF(structures[299].members_ref, members[776]),
            .member_count = 1,
        },
        [300] = { /* ServiceSpecificCredential */
            .shape = {
                .name_ref = SHAPE_NAME(structures[300].shape.name_ref, shape_names[8460]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_service_specific_credential),
            },
            .members_ref = REF(structures[300].members_ref, members[777]),
            .member_count = 10,
        },
        [301] = { /* ServiceSpecificCredentialMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(structures[301].shape.name_ref, shape_names[8486]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_service_specific_credential_metadata),
            },
            .members_ref = REF(structures[301].members_ref, members[787]),
            .member_count = 8,
        },
        [302] = { /* SetDefaultPolicyVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[302].shape.name_ref, shape_names[8576]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_set_default_policy_version_input),
            },
            .members_ref = REF(structures[302].members_ref, members[795]),
            .member_count = 2,
        },
        [303] = { /* SetSecurityTokenServicePreferencesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[303].shape.name_ref, shape_names[8607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_set_security_token_service_preferences_input),
            },
            .members_ref = REF(structures[303].members_ref, members[797]),
            .member_count = 1,
        },
        [304] = { /* SigningCertificate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[304].shape.name_ref, shape_names[8649]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_signing_certificate),
            },
            .members_ref = REF(structures[304].members_ref, members[798]),
            .member_count = 5,
        },
        [305] = { /* SimulateCustomPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[305].shape.name_ref, shape_names[8668]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_simulate_custom_policy_input),
            },
            .members_ref = REF(structures[305].members_ref, members[803]),
            .member_count = 12,
        },
        [306] = { /* SimulatePolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[306].shape.name_ref, shape_names[8696]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_simulate_policy_response),
            },
            .members_ref = REF(structures[306].members_ref, members[815]),
            .member_count = 3,
        },
        [307] = { /* SimulatePrincipalPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[307].shape.name_ref, shape_names[8719]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_simulate_principal_policy_input),
            },
            .members_ref = REF(structures[307].members_ref, members[818]),
            .member_count = 13,
        },
        [308] = { /* Statement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[308].shape.name_ref, shape_names[8775]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_statement),
            },
            .members_ref = REF(structures[308].members_ref, members[831]),
            .member_count = 4,
        },
        [309] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[309].shape.name_ref, shape_names[8803]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag),
            },
            .members_ref = REF(structures[309].members_ref, members[835]),
            .member_count = 2,
        },
        [310] = { /* TagInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[310].shape.name_ref, shape_names[8807]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_instance_profile_input),
            },
            .members_ref = REF(structures[310].members_ref, members[837]),
            .member_count = 2,
        },
        [311] = { /* TagMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[311].shape.name_ref, shape_names[8833]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_mfa_device_input),
            },
            .members_ref = REF(structures[311].members_ref, members[839]),
            .member_count = 2,
        },
        [312] = { /* TagOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[312].shape.name_ref, shape_names[8853]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[312].members_ref, members[841]),
            .member_count = 2,
        },
        [313] = { /* TagPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[313].shape.name_ref, shape_names[8885]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_policy_input),
            },
            .members_ref = REF(structures[313].members_ref, members[843]),
            .member_count = 2,
        },
        [314] = { /* TagRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[314].shape.name_ref, shape_names[8902]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_role_input),
            },
            .members_ref = REF(structures[314].members_ref, members[845]),
            .member_count = 2,
        },
        [315] = { /* TagSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[315].shape.name_ref, shape_names[8917]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_saml_provider_input),
            },
            .members_ref = REF(structures[315].members_ref, members[847]),
            .member_count = 2,
        },
        [316] = { /* TagServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[316].shape.name_ref, shape_names[8940]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_server_certificate_input),
            },
            .members_ref = REF(structures[316].members_ref, members[849]),
            .member_count = 2,
        },
        [317] = { /* TagUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[317].shape.name_ref, shape_names[8968]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tag_user_input),
            },
            .members_ref = REF(structures[317].members_ref, members[851]),
            .member_count = 2,
        },
        [318] = { /* TrackedActionLastAccessed */
            .shape = {
                .name_ref = SHAPE_NAME(structures[318].shape.name_ref, shape_names[8983]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_tracked_action_last_accessed),
            },
            .members_ref = REF(structures[318].members_ref, members[853]),
            .member_count = 4,
        },
        [319] = { /* UnmodifiableEntityException */
            .shape = {
                .name_ref = REF(structures[319].shape.name_ref, strings[6295]),
                .traits_ref = REF(structures[319].shape.traits_ref, traits[50]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_unmodifiable_entity_exception),
            },
            .members_ref = REF(structures[319].members_ref, members[857]),
            .member_count = 1,
        },
        [320] = { /* UnrecognizedPublicKeyEncodingException */
            .shape = {
                .name_ref = REF(structures[320].shape.name_ref, strings[6342]),
                .traits_ref = REF(structures[320].shape.traits_ref, traits[51]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_iam_unrecognized_public_key_encoding_exception),
            },
            .members_ref = REF(structures[320].members_ref, members[858]),
            .member_count = 1,
        },
        [321] = { /* UntagInstanceProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[321].shape.name_ref, shape_names[9036]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_instance_profile_input),
            },
            .members_ref = REF(structures[321].members_ref, members[859]),
            .member_count = 2,
        },
        [322] = { /* UntagMFADeviceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[322].shape.name_ref, shape_names[9064]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_mfa_device_input),
            },
            .members_ref = REF(structures[322].members_ref, members[861]),
            .member_count = 2,
        },
        [323] = { /* UntagOpenIDConnectProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[323].shape.name_ref, shape_names[9086]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_open_id_connect_provider_input),
            },
            .members_ref = REF(structures[323].members_ref, members[863]),
            .member_count = 2,
        },
        [324] = { /* UntagPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[324].shape.name_ref, shape_names[9120]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_policy_input),
            },
            .members_ref = REF(structures[324].members_ref, members[865]),
            .member_count = 2,
        },
        [325] = { /* UntagRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[325].shape.name_ref, shape_names[9139]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_role_input),
            },
            .members_ref = REF(structures[325].members_ref, members[867]),
            .member_count = 2,
        },
        [326] = { /* UntagSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[326].shape.name_ref, shape_names[9156]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_saml_provider_input),
            },
            .members_ref = REF(structures[326].members_ref, members[869]),
            .member_count = 2,
        },
        [327] = { /* UntagServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[327].shape.name_ref, shape_names[9181]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_server_certificate_input),
            },
            .members_ref = REF(structures[327].members_ref, members[871]),
            .member_count = 2,
        },
        [328] = { /* UntagUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[328].shape.name_ref, shape_names[9211]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_untag_user_input),
            },
            .members_ref = REF(structures[328].members_ref, members[873]),
            .member_count = 2,
        },
        [329] = { /* UpdateAccessKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[329].shape.name_ref, shape_names[9228]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_access_key_input),
            },
            .members_ref = REF(structures[329].members_ref, members[875]),
            .member_count = 3,
        },
        [330] = { /* UpdateAccountPasswordPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[330].shape.name_ref, shape_names[9251]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_account_password_policy_input),
            },
            .members_ref = REF(structures[330].members_ref, members[878]),
            .member_count = 9,
        },
        [331] = { /* UpdateAssumeRolePolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[331].shape.name_ref, shape_names[9286]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_assume_role_policy_input),
            },
            .members_ref = REF(structures[331].members_ref, members[887]),
            .member_count = 2,
        },
        [332] = { /* UpdateDelegationRequestRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[332].shape.name_ref, shape_names[9316]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_delegation_request_input),
            },
            .members_ref = REF(structures[332].members_ref, members[889]),
            .member_count = 2,
        },
        [333] = { /* UpdateGroupRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[333].shape.name_ref, shape_names[9347]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_group_input),
            },
            .members_ref = REF(structures[333].members_ref, members[891]),
            .member_count = 3,
        },
        [334] = { /* UpdateLoginProfileRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[334].shape.name_ref, shape_names[9366]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_login_profile_input),
            },
            .members_ref = REF(structures[334].members_ref, members[894]),
            .member_count = 3,
        },
        [335] = { /* UpdateOpenIDConnectProviderThumbprintRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[335].shape.name_ref, shape_names[9392]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input),
            },
            .members_ref = REF(structures[335].members_ref, members[897]),
            .member_count = 2,
        },
        [336] = { /* UpdateRoleDescriptionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[336].shape.name_ref, shape_names[9437]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_role_description_input),
            },
            .members_ref = REF(structures[336].members_ref, members[899]),
            .member_count = 2,
        },
        [337] = { /* UpdateRoleDescriptionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[337].shape.name_ref, shape_names[9466]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_role_description_output),
            },
            .members_ref = REF(structures[337].members_ref, members[901]),
            .member_count = 1,
        },
        [338] = { /* UpdateRoleRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[338].shape.name_ref, shape_names[9496]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_role_input),
            },
            .members_ref = REF(structures[338].members_ref, members[902]),
            .member_count = 3,
        },
        [339] = { /* UpdateRoleResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[339].shape.name_ref, shape_names[9514]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_role_output),
            },
        },
        [340] = { /* UpdateSAMLProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[340].shape.name_ref, shape_names[9533]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_saml_provider_input),
            },
            .members_ref = REF(structures[340].members_ref, members[905]),
            .member_count = 5,
        },
        [341] = { /* UpdateSAMLProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[341].shape.name_ref, shape_names[9559]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_saml_provider_output),
            },
            .members_ref = REF(structures[341].members_ref, members[910]),
            .member_count = 1,
        },
        [342] = { /* UpdateSSHPublicKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[342].shape.name_ref, shape_names[9586]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_ssh_public_key_input),
            },
            .members_ref = REF(structures[342].members_ref, members[911]),
            .member_count = 3,
        },
        [343] = { /* UpdateServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[343].shape.name_ref, shape_names[9612]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_server_certificate_input),
            },
            .members_ref = REF(structures[343].members_ref, members[914]),
            .member_count = 3,
        },
        [344] = { /* UpdateServiceSpecificCredentialRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[344].shape.name_ref, shape_names[9643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_service_specific_credential_input),
            },
            .members_ref = REF(structures[344].members_ref, members[917]),
            .member_count = 3,
        },
        [345] = { /* UpdateSigningCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[345].shape.name_ref, shape_names[9682]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_signing_certificate_input),
            },
            .members_ref = REF(structures[345].members_ref, members[920]),
            .member_count = 3,
        },
        [346] = { /* UpdateUserRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[346].shape.name_ref, shape_names[9714]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_update_user_input),
            },
            .members_ref = REF(structures[346].members_ref, members[923]),
            .member_count = 3,
        },
        [347] = { /* UploadSSHPublicKeyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[347].shape.name_ref, shape_names[9732]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_ssh_public_key_input),
            },
            .members_ref = REF(structures[347].members_ref, members[926]),
            .member_count = 2,
        },
        [348] = { /* UploadSSHPublicKeyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[348].shape.name_ref, shape_names[9758]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_ssh_public_key_output),
            },
            .members_ref = REF(structures[348].members_ref, members[928]),
            .member_count = 1,
        },
        [349] = { /* UploadServerCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[349].shape.name_ref, shape_names[9785]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_server_certificate_input),
            },
            .members_ref = REF(structures[349].members_ref, members[929]),
            .member_count = 6,
        },
        [350] = { /* UploadServerCertificateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[350].shape.name_ref, shape_names[9816]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_server_certificate_output),
            },
            .members_ref = REF(structures[350].members_ref, members[935]),
            .member_count = 2,
        },
        [351] = { /* UploadSigningCertificateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[351].shape.name_ref, shape_names[9848]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_signing_certificate_input),
            },
            .members_ref = REF(structures[351].members_ref, members[937]),
            .member_count = 2,
        },
        [352] = { /* UploadSigningCertificateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[352].shape.name_ref, shape_names[9880]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_upload_signing_certificate_output),
            },
            .members_ref = REF(structures[352].members_ref, members[939]),
            .member_count = 1,
        },
        [353] = { /* User */
            .shape = {
                .name_ref = SHAPE_NAME(structures[353].shape.name_ref, shape_names[9913]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_user),
            },
            .members_ref = REF(structures[353].members_ref, members[940]),
            .member_count = 8,
        },
        [354] = { /* UserDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[354].shape.name_ref, shape_names[9918]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_user_detail),
            },
            .members_ref = REF(structures[354].members_ref, members[948]),
            .member_count = 10,
        },
        [355] = { /* VirtualMFADevice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[355].shape.name_ref, shape_names[9929]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_iam_virtual_mfa_device),
            },
            .members_ref = REF(structures[355].members_ref, members[958]),
            .member_count = 6,
        },
    },
    .collections = {
        [0] = { /* AccessDetails */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[78]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_access_details),
            },
            .item_ref = REF(collections[0].item_ref, structures[1].shape),
        },
        [1] = { /* ActionNameListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[138]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[1].item_ref, scalars[0]),
        },
        [2] = { /* ArnListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[268]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[2].item_ref, scalars[30]),
        },
        [3] = { /* CertificationMapType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[496]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_iam_eval_decision_details_type),
            },
            .item_ref = REF(collections[3].item_ref, scalars[4]),
            .key_ref = REF(collections[3].key_ref, scalars[3]),
            .value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
            .entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
        },
        [4] = { /* ContextEntryListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[618]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_context_entry_list_type),
            },
            .item_ref = REF(collections[4].item_ref, structures[18].shape),
        },
        [5] = { /* ContextKeyNamesResultListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[658]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[5].item_ref, scalars[7]),
        },
        [6] = { /* ContextKeyValueListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[707]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[6].item_ref, scalars[8]),
        },
        [7] = { /* EvalDecisionDetailsType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[2869]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_iam_eval_decision_details_type),
            },
            .item_ref = REF(collections[7].item_ref, enums[7].shape),
            .key_ref = REF(collections[7].key_ref, scalars[10]),
            .value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
            .entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
        },
        [8] = { /* EvaluationResultsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[2933]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_evaluation_results_list_type),
            },
            .item_ref = REF(collections[8].item_ref, structures[99].shape),
        },
        [9] = { /* FeaturesListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[3016]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[9].item_ref, enums[5].shape),
        },
        [10] = { /* ManagedPolicyDetailListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[6892]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_managed_policy_detail_list_type),
            },
            .item_ref = REF(collections[10].item_ref, structures[248].shape),
        },
        [11] = { /* OpenIDConnectProviderListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[6951]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_open_id_connect_provider_list_type),
            },
            .item_ref = REF(collections[11].item_ref, structures[250].shape),
        },
        [12] = { /* OrganizationPolicyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[7059]),
                .traits_ref = REF(collections[12].shape.traits_ref, traits[35]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_organization_policy_list_type),
            },
            .item_ref = REF(collections[12].item_ref, structures[252].shape),
        },
        [13] = { /* PolicyExclusionsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[7246]),
                .traits_ref = REF(collections[13].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_exclusions_list_type),
            },
            .item_ref = REF(collections[13].item_ref, structures[264].shape),
        },
        [14] = { /* PolicyGroupListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[7311]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_group_list_type),
            },
            .item_ref = REF(collections[14].item_ref, structures[263].shape),
        },
        [15] = { /* PolicyRoleListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[7447]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_role_list_type),
            },
            .item_ref = REF(collections[15].item_ref, structures[267].shape),
        },
        [16] = { /* PolicyUserListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[7510]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_user_list_type),
            },
            .item_ref = REF(collections[16].item_ref, structures[268].shape),
        },
        [17] = { /* ResourceNameListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[8034]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[17].item_ref, scalars[22]),
        },
        [18] = { /* ResourceSpecificResultListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[8095]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_resource_specific_result_list_type),
            },
            .item_ref = REF(collections[18].item_ref, structures[283].shape),
        },
        [19] = { /* RoleUsageListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[8178]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_role_usage_list_type),
            },
            .item_ref = REF(collections[19].item_ref, structures[288].shape),
        },
        [20] = { /* SAMLProviderListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[8272]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_saml_provider_list_type),
            },
            .item_ref = REF(collections[20].item_ref, structures[290].shape),
        },
        [21] = { /* SSHPublicKeyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[8327]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_ssh_public_key_list_type),
            },
            .item_ref = REF(collections[21].item_ref, structures[292].shape),
        },
        [22] = { /* ServiceSpecificCredentialsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[8520]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_service_specific_credentials_list_type),
            },
            .item_ref = REF(collections[22].item_ref, structures[301].shape),
        },
        [23] = { /* ServicesLastAccessed */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[8555]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_services_last_accessed),
            },
            .item_ref = REF(collections[23].item_ref, structures[298].shape),
        },
        [24] = { /* SimulationPolicyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[8750]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[24].item_ref, scalars[88]),
        },
        [25] = { /* StatementListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[8785]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_statement_list_type),
            },
            .item_ref = REF(collections[25].item_ref, structures[308].shape),
        },
        [26] = { /* TrackedActionsLastAccessed */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[9009]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tracked_actions_last_accessed),
            },
            .item_ref = REF(collections[26].item_ref, structures[318].shape),
        },
        [27] = { /* accessKeyMetadataListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[9962]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_access_key_metadata_list_type),
            },
            .item_ref = REF(collections[27].item_ref, structures[4].shape),
        },
        [28] = { /* accountAliasListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[10008]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[28].item_ref, scalars[27]),
        },
        [29] = { /* attachedPoliciesListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[10126]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_attached_policies_list_type),
            },
            .item_ref = REF(collections[29].item_ref, structures[14].shape),
        },
        [30] = { /* certificateListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[10283]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_certificate_list_type),
            },
            .item_ref = REF(collections[30].item_ref, structures[304].shape),
        },
        [31] = { /* clientIDListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[10303]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[31].item_ref, scalars[38]),
        },
        [32] = { /* delegationRequestsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[10578]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_delegation_requests_list_type),
            },
            .item_ref = REF(collections[32].item_ref, structures[53].shape),
        },
        [33] = { /* entityDetailsListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[10724]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_entity_details_list_type),
            },
            .item_ref = REF(collections[33].item_ref, structures[95].shape),
        },
        [34] = { /* entityListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[10746]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[34].item_ref, enums[4].shape),
        },
        [35] = { /* groupDetailListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[10861]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_group_detail_list_type),
            },
            .item_ref = REF(collections[35].item_ref, structures[161].shape),
        },
        [36] = { /* groupListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[10881]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_group_list_type),
            },
            .item_ref = REF(collections[36].item_ref, structures[160].shape),
        },
        [37] = { /* groupNameListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[10895]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[37].item_ref, scalars[55]),
        },
        [38] = { /* instanceProfileListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[10934]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_instance_profile_list_type),
            },
            .item_ref = REF(collections[38].item_ref, structures[163].shape),
        },
        [39] = { /* listPolicyGrantingServiceAccessResponseListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[11188]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_list_policy_granting_service_access_response_list_type),
            },
            .item_ref = REF(collections[39].item_ref, structures[207].shape),
        },
        [40] = { /* mfaDeviceListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[11349]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_mfa_device_list_type),
            },
            .item_ref = REF(collections[40].item_ref, structures[245].shape),
        },
        [41] = { /* policyDetailListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[11742]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_detail_list_type),
            },
            .item_ref = REF(collections[41].item_ref, structures[260].shape),
        },
        [42] = { /* policyDocumentVersionListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[11782]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_document_version_list_type),
            },
            .item_ref = REF(collections[42].item_ref, structures[269].shape),
        },
        [43] = { /* policyGrantingServiceAccessListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[11841]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_granting_service_access_list_type),
            },
            .item_ref = REF(collections[43].item_ref, structures[262].shape),
        },
        [44] = { /* policyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[11877]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_list_type),
            },
            .item_ref = REF(collections[44].item_ref, structures[259].shape),
        },
        [45] = { /* policyNameListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[11892]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[45].item_ref, scalars[90]),
        },
        [46] = { /* policyParameterListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[11975]),
                .traits_ref = REF(collections[46].shape.traits_ref, traits[87]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_policy_parameter_list_type),
            },
            .item_ref = REF(collections[46].item_ref, structures[266].shape),
        },
        [47] = { /* policyParameterValuesListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[12048]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[47].item_ref, scalars[93]),
        },
        [48] = { /* privateKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[12157]),
                .traits_ref = REF(collections[48].shape.traits_ref, traits[91]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_private_key_list),
            },
            .item_ref = REF(collections[48].item_ref, structures[289].shape),
        },
        [49] = { /* roleDetailListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[12403]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_role_detail_list_type),
            },
            .item_ref = REF(collections[49].item_ref, structures[286].shape),
        },
        [50] = { /* roleListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[50].shape.name_ref, shape_names[12422]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_role_list_type),
            },
            .item_ref = REF(collections[50].item_ref, structures[285].shape),
        },
        [51] = { /* rolePermissionRestrictionArnListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[51].shape.name_ref, shape_names[12475]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[51].item_ref, scalars[30]),
        },
        [52] = { /* serverCertificateMetadataListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[52].shape.name_ref, shape_names[12529]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_server_certificate_metadata_list_type),
            },
            .item_ref = REF(collections[52].item_ref, structures[295].shape),
        },
        [53] = { /* serviceNamespaceListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[53].shape.name_ref, shape_names[12695]),
                .traits_ref = REF(collections[53].shape.traits_ref, traits[106]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[53].item_ref, scalars[117]),
        },
        [54] = { /* summaryMapType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[54].shape.name_ref, shape_names[12926]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_iam_summary_map_type),
            },
            .item_ref = REF(collections[54].item_ref, scalars[125]),
            .key_ref = REF(collections[54].key_ref, enums[27].shape),
            .value_offset = offsetof(struct awsc_iam_summary_map_type_entry, value),
            .entry_size = sizeof(struct awsc_iam_summary_map_type_entry),
        },
        [55] = { /* tagKeyListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[55].shape.name_ref, shape_names[12975]),
                .traits_ref = REF(collections[55].shape.traits_ref, traits[112]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[55].item_ref, scalars[126]),
        },
        [56] = { /* tagListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[56].shape.name_ref, shape_names[13001]),
                .traits_ref = REF(collections[56].shape.traits_ref, traits[114]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_list_type),
            },
            .item_ref = REF(collections[56].item_ref, structures[309].shape),
        },
        [57] = { /* thumbprintListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[57].shape.name_ref, shape_names[13026]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_tag_key_list_type),
            },
            .item_ref = REF(collections[57].item_ref, scalars[128]),
        },
        [58] = { /* userDetailListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[58].shape.name_ref, shape_names[13123]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_user_detail_list_type),
            },
            .item_ref = REF(collections[58].item_ref, structures[354].shape),
        },
        [59] = { /* userListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[59].shape.name_ref, shape_names[13142]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_user_list_type),
            },
            .item_ref = REF(collections[59].item_ref, structures[353].shape),
        },
        [60] = { /* virtualMFADeviceListType */
            .shape = {
                .name_ref = SHAPE_NAME(collections[60].shape.name_ref, shape_names[13168]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_iam_virtual_mfa_device_list_type),
            },
            .item_ref = REF(collections[60].item_ref, structures[355].shape),
        },
    },
    .enums = {
        [0] = { /* AccessAdvisorUsageGranularityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[31]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[20]),
            .enum_count = 2,
        },
        [1] = { /* AttachmentType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[445]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[406]),
            .enum_count = 3,
        },
        [2] = { /* ContextKeyTypeEnum */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[688]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[594]),
            .enum_count = 12,
        },
        [3] = { /* DeletionTaskStatusType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[2285]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[1796]),
            .enum_count = 4,
        },
        [4] = { /* EntityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[2845]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[2188]),
            .enum_count = 5,
        },
        [5] = { /* FeatureType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[3004]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[2523]),
            .enum_count = 2,
        },
        [6] = { /* PermissionsBoundaryAttachmentType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[7129]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[4836]),
            .enum_count = 1,
        },
        [7] = { /* PolicyEvaluationDecisionType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[7217]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[4891]),
            .enum_count = 3,
        },
        [8] = { /* PolicyIdentifierPolicyType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[7348]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[5024]),
            .enum_count = 6,
        },
        [9] = { /* PolicyParameterTypeEnum */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[7412]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[5140]),
            .enum_count = 2,
        },
        [10] = { /* PolicySourceType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[7466]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[5165]),
            .enum_count = 7,
        },
        [11] = { /* PolicyUsageType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[7483]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[5220]),
            .enum_count = 2,
        },
        [12] = { /* ReportFormatType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[7870]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[5303]),
            .enum_count = 1,
        },
        [13] = { /* ReportStateType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[7914]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[5381]),
            .enum_count = 3,
        },
        [14] = { /* assertionEncryptionModeType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[10077]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[6586]),
            .enum_count = 2,
        },
        [15] = { /* assignmentStatusType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[10105]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[6603]),
            .enum_count = 3,
        },
        [16] = { /* encodingType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[16].shape.name_ref, shape_names[10684]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[16].enum_values_ref, strings[6627]),
            .enum_count = 2,
        },
        [17] = { /* globalEndpointTokenVersion */
            .shape = {
                .name_ref = SHAPE_NAME(enums[17].shape.name_ref, shape_names[10834]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[17].enum_values_ref, strings[6635]),
            .enum_count = 2,
        },
        [18] = { /* jobStatusType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[18].shape.name_ref, shape_names[11130]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[18].enum_values_ref, strings[6651]),
            .enum_count = 3,
        },
        [19] = { /* permissionCheckResultType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[19].shape.name_ref, shape_names[11653]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[19].enum_values_ref, strings[6680]),
            .enum_count = 3,
        },
        [20] = { /* permissionCheckStatusType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[20].shape.name_ref, shape_names[11679]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[20].enum_values_ref, strings[6702]),
            .enum_count = 3,
        },
        [21] = { /* policyOwnerEntityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[21].shape.name_ref, shape_names[11953]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[21].enum_values_ref, strings[6730]),
            .enum_count = 3,
        },
        [22] = { /* policyScopeType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[22].shape.name_ref, shape_names[12093]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[22].enum_values_ref, strings[6746]),
            .enum_count = 3,
        },
        [23] = { /* policyType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[23].shape.name_ref, shape_names[12109]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[23].enum_values_ref, strings[6760]),
            .enum_count = 2,
        },
        [24] = { /* sortKeyType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[24].shape.name_ref, shape_names[12848]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[24].enum_values_ref, strings[6775]),
            .enum_count = 4,
        },
        [25] = { /* stateType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[25].shape.name_ref, shape_names[12860]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[25].enum_values_ref, strings[6901]),
            .enum_count = 7,
        },
        [26] = { /* statusType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[26].shape.name_ref, shape_names[12870]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[26].enum_values_ref, strings[6974]),
            .enum_count = 3,
        },
        [27] = { /* summaryKeyType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[27].shape.name_ref, shape_names[12911]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[27].enum_values_ref, strings[6998]),
            .enum_count = 34,
        },
        [28] = { /* summaryStateType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[28].shape.name_ref, shape_names[12941]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[28].enum_values_ref, strings[7653]),
            .enum_count = 4,
        },
    },
    .scalars = {
        [0] = { /* ActionNameType */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[157]),
            .traits_ref = REF(scalars[0].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AttachmentName */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[430]),
            .traits_ref = REF(scalars[1].traits_ref, traits[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* BootstrapDatum */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[460]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [3] = { /* CertificationKeyType */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[475]),
            .traits_ref = REF(scalars[3].traits_ref, traits[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* CertificationValueType */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[517]),
            .traits_ref = REF(scalars[4].traits_ref, traits[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* ColumnNumber */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[562]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [6] = { /* ConcurrentModificationMessage */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[575]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* ContextKeyNameType */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[639]),
            .traits_ref = REF(scalars[7].traits_ref, traits[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* ContextKeyValueType */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[731]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* DeletionTaskIdType */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[2266]),
            .traits_ref = REF(scalars[9].traits_ref, traits[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* EvalDecisionSourceType */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[2893]),
            .traits_ref = REF(scalars[10].traits_ref, traits[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* FeatureDisabledMessage */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[2959]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* FeatureEnabledMessage */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[2982]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* LineNumber */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[4789]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [14] = { /* OpenIDConnectProviderUrlType */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[6981]),
            .traits_ref = REF(scalars[14].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* OrganizationIdType */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[7040]),
            .traits_ref = REF(scalars[15].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* PolicyIdentifierType */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[7375]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [17] = { /* ReasonType */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[7684]),
            .traits_ref = REF(scalars[17].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* RegionNameType */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[7695]),
            .traits_ref = REF(scalars[18].traits_ref, traits[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* ReportContentType */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[7852]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [20] = { /* ReportStateDescriptionType */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[7887]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* ResourceHandlingOptionType */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[8007]),
            .traits_ref = REF(scalars[21].traits_ref, traits[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* ResourceNameType */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[8055]),
            .traits_ref = REF(scalars[22].traits_ref, traits[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* SAMLMetadataDocumentType */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[8210]),
            .traits_ref = REF(scalars[23].traits_ref, traits[45]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* SAMLProviderNameType */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[8293]),
            .traits_ref = REF(scalars[24].traits_ref, traits[46]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* accessKeyIdType */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[9946]),
            .traits_ref = REF(scalars[25].traits_ref, traits[52]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* accessKeySecretType */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[9988]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [27] = { /* accountAliasType */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[10029]),
            .traits_ref = REF(scalars[27].traits_ref, traits[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* accountIdType */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[10046]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* allUsers */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[10060]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [30] = { /* arnType */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[10069]),
            .traits_ref = REF(scalars[30].traits_ref, traits[54]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* attachmentCountType */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[10151]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [32] = { /* authenticationCodeType */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[10171]),
            .traits_ref = REF(scalars[32].traits_ref, traits[55]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* booleanObjectType */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[10194]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [34] = { /* booleanType */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[10212]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [35] = { /* certificateBodyType */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[10224]),
            .traits_ref = REF(scalars[35].traits_ref, traits[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [36] = { /* certificateChainType */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[10244]),
            .traits_ref = REF(scalars[36].traits_ref, traits[57]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [37] = { /* certificateIdType */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[10265]),
            .traits_ref = REF(scalars[37].traits_ref, traits[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* clientIDType */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[10320]),
            .traits_ref = REF(scalars[38].traits_ref, traits[59]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [39] = { /* consoleDeepLinkType */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[10333]),
            .traits_ref = REF(scalars[39].traits_ref, traits[60]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* credentialAgeDays */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[10353]),
            .traits_ref = REF(scalars[40].traits_ref, traits[61]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [41] = { /* credentialReportExpiredExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[10371]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* credentialReportNotPresentExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[10411]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [43] = { /* credentialReportNotReadyExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[10454]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [44] = { /* customSuffixType */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[10495]),
            .traits_ref = REF(scalars[44].traits_ref, traits[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [45] = { /* dateType */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[10512]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [46] = { /* delegationRequestDescriptionType */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[10521]),
            .traits_ref = REF(scalars[46].traits_ref, traits[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* delegationRequestIdType */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[10554]),
            .traits_ref = REF(scalars[47].traits_ref, traits[64]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* deleteConflictMessage */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[10605]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* duplicateCertificateMessage */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[10627]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* duplicateSSHPublicKeyMessage */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[10655]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* entityAlreadyExistsMessage */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[10697]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* entityNameType */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[10761]),
            .traits_ref = REF(scalars[52].traits_ref, traits[65]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* entityTemporarilyUnmodifiableMessage */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[10776]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* existingUserNameType */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[10813]),
            .traits_ref = REF(scalars[54].traits_ref, traits[66]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [55] = { /* groupNameType */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[10913]),
            .traits_ref = REF(scalars[55].traits_ref, traits[67]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [56] = { /* idType */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[10927]),
            .traits_ref = REF(scalars[56].traits_ref, traits[68]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* instanceProfileNameType */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[10958]),
            .traits_ref = REF(scalars[57].traits_ref, traits[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [58] = { /* integerType */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[10982]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [59] = { /* invalidAuthenticationCodeMessage */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[10994]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* invalidCertificateMessage */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[11027]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [61] = { /* invalidInputMessage */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[11053]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [62] = { /* invalidPublicKeyMessage */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[11073]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [63] = { /* invalidUserTypeMessage */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[11097]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* jobIDType */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[11120]),
            .traits_ref = REF(scalars[64].traits_ref, traits[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* keyPairMismatchMessage */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[11144]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* limitExceededMessage */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[11167]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* localeType */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[11236]),
            .traits_ref = REF(scalars[67].traits_ref, traits[71]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* malformedCertificateMessage */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[11247]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* malformedPolicyDocumentMessage */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[11275]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [70] = { /* markerType */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[11306]),
            .traits_ref = REF(scalars[70].traits_ref, traits[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [71] = { /* maxItemsType */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[11317]),
            .traits_ref = REF(scalars[71].traits_ref, traits[73]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [72] = { /* maxPasswordAgeType */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[11330]),
            .traits_ref = REF(scalars[72].traits_ref, traits[74]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [73] = { /* minimumPasswordLengthType */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[11367]),
            .traits_ref = REF(scalars[73].traits_ref, traits[75]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [74] = { /* noSuchEntityMessage */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[11393]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* notesType */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[11413]),
            .traits_ref = REF(scalars[75].traits_ref, traits[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [76] = { /* notificationChannelType */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[11423]),
            .traits_ref = REF(scalars[76].traits_ref, traits[77]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [77] = { /* openIdIdpCommunicationErrorExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[11447]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [78] = { /* organizationsEntityPathType */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[11491]),
            .traits_ref = REF(scalars[78].traits_ref, traits[78]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [79] = { /* organizationsPolicyIdType */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[11519]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [80] = { /* ownerIdType */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[11545]),
            .traits_ref = REF(scalars[80].traits_ref, traits[79]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* passwordPolicyViolationMessage */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[11557]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* passwordReusePreventionType */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[11588]),
            .traits_ref = REF(scalars[82].traits_ref, traits[80]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [83] = { /* passwordType */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[11616]),
            .traits_ref = REF(scalars[83].traits_ref, traits[81]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [84] = { /* pathPrefixType */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[11629]),
            .traits_ref = REF(scalars[84].traits_ref, traits[82]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [85] = { /* pathType */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[11644]),
            .traits_ref = REF(scalars[85].traits_ref, traits[83]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [86] = { /* permissionType */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[11705]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [87] = { /* policyDescriptionType */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[11720]),
            .traits_ref = REF(scalars[87].traits_ref, traits[84]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* policyDocumentType */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[11763]),
            .traits_ref = REF(scalars[88].traits_ref, traits[85]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [89] = { /* policyEvaluationErrorMessage */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[11812]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* policyNameType */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[11911]),
            .traits_ref = REF(scalars[90].traits_ref, traits[86]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [91] = { /* policyNotAttachableMessage */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[11926]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [92] = { /* policyParameterNameType */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[11999]),
            .traits_ref = REF(scalars[92].traits_ref, traits[88]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [93] = { /* policyParameterValueType */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[12023]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* policyPathType */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[12078]),
            .traits_ref = REF(scalars[94].traits_ref, traits[89]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [95] = { /* policyVersionIdType */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[12120]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [96] = { /* privateKeyIdType */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[12140]),
            .traits_ref = REF(scalars[96].traits_ref, traits[90]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [97] = { /* privateKeyType */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[12172]),
            .traits_ref = REF(scalars[97].traits_ref, traits[92]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [98] = { /* publicKeyFingerprintType */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[12187]),
            .traits_ref = REF(scalars[98].traits_ref, traits[93]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* publicKeyIdType */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[12212]),
            .traits_ref = REF(scalars[99].traits_ref, traits[94]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [100] = { /* publicKeyMaterialType */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[12228]),
            .traits_ref = REF(scalars[100].traits_ref, traits[95]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* redirectUrlType */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[12250]),
            .traits_ref = REF(scalars[101].traits_ref, traits[96]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [102] = { /* reportGenerationLimitExceededMessage */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[12266]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* requestMessageType */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[12303]),
            .traits_ref = REF(scalars[103].traits_ref, traits[97]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [104] = { /* requestorNameType */
            .name_ref = SHAPE_NAME(scalars[104].name_ref, shape_names[12322]),
            .traits_ref = REF(scalars[104].traits_ref, traits[98]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* requestorWorkflowIdType */
            .name_ref = SHAPE_NAME(scalars[105].name_ref, shape_names[12340]),
            .traits_ref = REF(scalars[105].traits_ref, traits[99]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [106] = { /* responseMarkerType */
            .name_ref = SHAPE_NAME(scalars[106].name_ref, shape_names[12364]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [107] = { /* roleDescriptionType */
            .name_ref = SHAPE_NAME(scalars[107].name_ref, shape_names[12383]),
            .traits_ref = REF(scalars[107].traits_ref, traits[100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [108] = { /* roleMaxSessionDurationType */
            .name_ref = SHAPE_NAME(scalars[108].name_ref, shape_names[12435]),
            .traits_ref = REF(scalars[108].traits_ref, traits[101]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [109] = { /* roleNameType */
            .name_ref = SHAPE_NAME(scalars[109].name_ref, shape_names[12462]),
            .traits_ref = REF(scalars[109].traits_ref, traits[102]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* serialNumberType */
            .name_ref = SHAPE_NAME(scalars[110].name_ref, shape_names[12512]),
            .traits_ref = REF(scalars[110].traits_ref, traits[103]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [111] = { /* serverCertificateNameType */
            .name_ref = SHAPE_NAME(scalars[111].name_ref, shape_names[12563]),
            .traits_ref = REF(scalars[111].traits_ref, traits[104]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [112] = { /* serviceCredentialAlias */
            .name_ref = SHAPE_NAME(scalars[112].name_ref, shape_names[12589]),
            .traits_ref = REF(scalars[112].traits_ref, traits[105]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [113] = { /* serviceCredentialSecret */
            .name_ref = SHAPE_NAME(scalars[113].name_ref, shape_names[12612]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [114] = { /* serviceFailureExceptionMessage */
            .name_ref = SHAPE_NAME(scalars[114].name_ref, shape_names[12636]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [115] = { /* serviceName */
            .name_ref = SHAPE_NAME(scalars[115].name_ref, shape_names[12667]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [116] = { /* serviceNameType */
            .name_ref = SHAPE_NAME(scalars[116].name_ref, shape_names[12679]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [117] = { /* serviceNamespaceType */
            .name_ref = SHAPE_NAME(scalars[117].name_ref, shape_names[12720]),
            .traits_ref = REF(scalars[117].traits_ref, traits[107]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [118] = { /* serviceNotSupportedMessage */
            .name_ref = SHAPE_NAME(scalars[118].name_ref, shape_names[12741]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [119] = { /* servicePassword */
            .name_ref = SHAPE_NAME(scalars[119].name_ref, shape_names[12768]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [120] = { /* serviceSpecificCredentialId */
            .name_ref = SHAPE_NAME(scalars[120].name_ref, shape_names[12784]),
            .traits_ref = REF(scalars[120].traits_ref, traits[108]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [121] = { /* serviceUserName */
            .name_ref = SHAPE_NAME(scalars[121].name_ref, shape_names[12812]),
            .traits_ref = REF(scalars[121].traits_ref, traits[109]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [122] = { /* sessionDurationType */
            .name_ref = SHAPE_NAME(scalars[122].name_ref, shape_names[12828]),
            .traits_ref = REF(scalars[122].traits_ref, traits[110]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [123] = { /* stringType */
            .name_ref = SHAPE_NAME(scalars[123].name_ref, shape_names[12881]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [124] = { /* summaryContentType */
            .name_ref = SHAPE_NAME(scalars[124].name_ref, shape_names[12892]),
            .traits_ref = REF(scalars[124].traits_ref, traits[111]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [125] = { /* summaryValueType */
            .name_ref = SHAPE_NAME(scalars[125].name_ref, shape_names[12958]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [126] = { /* tagKeyType */
            .name_ref = SHAPE_NAME(scalars[126].name_ref, shape_names[12990]),
            .traits_ref = REF(scalars[126].traits_ref, traits[113]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [127] = { /* tagValueType */
            .name_ref = SHAPE_NAME(scalars[127].name_ref, shape_names[13013]),
            .traits_ref = REF(scalars[127].traits_ref, traits[115]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [128] = { /* thumbprintType */
            .name_ref = SHAPE_NAME(scalars[128].name_ref, shape_names[13045]),
            .traits_ref = REF(scalars[128].traits_ref, traits[116]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [129] = { /* unmodifiableEntityMessage */
            .name_ref = SHAPE_NAME(scalars[129].name_ref, shape_names[13060]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [130] = { /* unrecognizedPublicKeyEncodingMessage */
            .name_ref = SHAPE_NAME(scalars[130].name_ref, shape_names[13086]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [131] = { /* userNameType */
            .name_ref = SHAPE_NAME(scalars[131].name_ref, shape_names[13155]),
            .traits_ref = REF(scalars[131].traits_ref, traits[117]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [132] = { /* virtualMFADeviceName */
            .name_ref = SHAPE_NAME(scalars[132].name_ref, shape_names[13193]),
            .traits_ref = REF(scalars[132].traits_ref, traits[118]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccountNotManagementOrDelegatedAdministratorException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[211]),
        },
        [1] = { /* ActionNameType */
            .range_ref = REF(traits[1].range_ref, ranges[0]),
        },
        [2] = { /* AttachmentName */
            .range_ref = REF(traits[2].range_ref, ranges[1]),
        },
        [3] = { /* CallerIsNotManagementAccountException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[422]),
        },
        [4] = { /* CertificationKeyType */
            .range_ref = REF(traits[4].range_ref, ranges[2]),
        },
        [5] = { /* CertificationValueType */
            .range_ref = REF(traits[5].range_ref, ranges[3]),
        },
        [6] = { /* ConcurrentModificationException */
            .error_code_ref = REF(traits[6].error_code_ref, strings[524]),
            .http_status = 409,
        },
        [7] = { /* ContextKeyNameType */
            .range_ref = REF(traits[7].range_ref, ranges[4]),
        },
        [8] = { /* CredentialReportExpiredException */
            .error_code_ref = REF(traits[8].error_code_ref, strings[1325]),
            .http_status = 410,
        },
        [9] = { /* CredentialReportNotPresentException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[1375]),
            .http_status = 410,
        },
        [10] = { /* CredentialReportNotReadyException */
            .error_code_ref = REF(traits[10].error_code_ref, strings[1426]),
            .http_status = 404,
        },
        [11] = { /* DeleteConflictException */
            .error_code_ref = REF(traits[11].error_code_ref, strings[1656]),
            .http_status = 409,
        },
        [12] = { /* DeletionTaskIdType */
            .range_ref = REF(traits[12].range_ref, ranges[5]),
        },
        [13] = { /* DuplicateCertificateException */
            .error_code_ref = REF(traits[13].error_code_ref, strings[1898]),
            .http_status = 409,
        },
        [14] = { /* DuplicateSSHPublicKeyException */
            .error_code_ref = REF(traits[14].error_code_ref, strings[1950]),
            .http_status = 400,
        },
        [15] = { /* EntityAlreadyExistsException */
            .error_code_ref = REF(traits[15].error_code_ref, strings[2058]),
            .http_status = 409,
        },
        [16] = { /* EntityTemporarilyUnmodifiableException */
            .error_code_ref = REF(traits[16].error_code_ref, strings[2158]),
            .http_status = 409,
        },
        [17] = { /* EvalDecisionSourceType */
            .range_ref = REF(traits[17].range_ref, ranges[6]),
        },
        [18] = { /* FeatureDisabledException */
            .error_code_ref = REF(traits[18].error_code_ref, strings[2468]),
            .http_status = 404,
        },
        [19] = { /* FeatureEnabledException */
            .error_code_ref = REF(traits[19].error_code_ref, strings[2508]),
            .http_status = 409,
        },
        [20] = { /* InvalidAuthenticationCodeException */
            .error_code_ref = REF(traits[20].error_code_ref, strings[3409]),
            .http_status = 403,
        },
        [21] = { /* InvalidCertificateException */
            .error_code_ref = REF(traits[21].error_code_ref, strings[3463]),
            .http_status = 400,
        },
        [22] = { /* InvalidInputException */
            .error_code_ref = REF(traits[22].error_code_ref, strings[3504]),
            .http_status = 400,
        },
        [23] = { /* InvalidPublicKeyException */
            .error_code_ref = REF(traits[23].error_code_ref, strings[3543]),
            .http_status = 400,
        },
        [24] = { /* InvalidUserTypeException */
            .error_code_ref = REF(traits[24].error_code_ref, strings[3585]),
            .http_status = 400,
        },
        [25] = { /* KeyPairMismatchException */
            .error_code_ref = REF(traits[25].error_code_ref, strings[3626]),
            .http_status = 400,
        },
        [26] = { /* LimitExceededException */
            .error_code_ref = REF(traits[26].error_code_ref, strings[3665]),
            .http_status = 409,
        },
        [27] = { /* MalformedCertificateException */
            .error_code_ref = REF(traits[27].error_code_ref, strings[4163]),
            .http_status = 400,
        },
        [28] = { /* MalformedPolicyDocumentException */
            .error_code_ref = REF(traits[28].error_code_ref, strings[4217]),
            .http_status = 400,
        },
        [29] = { /* NoSuchEntityException */
            .error_code_ref = REF(traits[29].error_code_ref, strings[4377]),
            .http_status = 404,
        },
        [30] = { /* OpenIDConnectProviderUrlType */
            .range_ref = REF(traits[30].range_ref, ranges[7]),
        },
        [31] = { /* OpenIdIdpCommunicationErrorException */
            .error_code_ref = REF(traits[31].error_code_ref, strings[4427]),
            .http_status = 400,
        },
        [32] = { /* OrganizationIdType */
            .range_ref = REF(traits[32].range_ref, ranges[8]),
        },
        [33] = { /* OrganizationNotFoundException */
            .error_code_ref = REF(traits[33].error_code_ref, strings[4485]),
        },
        [34] = { /* OrganizationNotInAllFeaturesModeException */
            .error_code_ref = REF(traits[34].error_code_ref, strings[4515]),
        },
        [35] = { /* OrganizationPolicyListType */
            .range_ref = REF(traits[35].range_ref, ranges[9]),
        },
        [36] = { /* PasswordPolicyViolationException */
            .error_code_ref = REF(traits[36].error_code_ref, strings[4812]),
            .http_status = 400,
        },
        [37] = { /* PolicyEvaluationException */
            .error_code_ref = REF(traits[37].error_code_ref, strings[4951]),
            .http_status = 500,
        },
        [38] = { /* PolicyExclusionsListType */
            .range_ref = REF(traits[38].range_ref, ranges[10]),
        },
        [39] = { /* PolicyNotAttachableException */
            .error_code_ref = REF(traits[39].error_code_ref, strings[5113]),
            .http_status = 400,
        },
        [40] = { /* ReasonType */
            .range_ref = REF(traits[40].range_ref, ranges[11]),
        },
        [41] = { /* RegionNameType */
            .range_ref = REF(traits[41].range_ref, ranges[12]),
        },
        [42] = { /* ReportGenerationLimitExceededException */
            .error_code_ref = REF(traits[42].error_code_ref, strings[5351]),
            .http_status = 409,
        },
        [43] = { /* ResourceHandlingOptionType */
            .range_ref = REF(traits[43].range_ref, ranges[13]),
        },
        [44] = { /* ResourceNameType */
            .range_ref = REF(traits[44].range_ref, ranges[14]),
        },
        [45] = { /* SAMLMetadataDocumentType */
            .range_ref = REF(traits[45].range_ref, ranges[15]),
        },
        [46] = { /* SAMLProviderNameType */
            .range_ref = REF(traits[46].range_ref, ranges[16]),
        },
        [47] = { /* ServiceAccessNotEnabledException */
            .error_code_ref = REF(traits[47].error_code_ref, strings[5634]),
        },
        [48] = { /* ServiceFailureException */
            .error_code_ref = REF(traits[48].error_code_ref, strings[5691]),
            .http_status = 500,
        },
        [49] = { /* ServiceNotSupportedException */
            .error_code_ref = REF(traits[49].error_code_ref, strings[5810]),
            .http_status = 404,
        },
        [50] = { /* UnmodifiableEntityException */
            .error_code_ref = REF(traits[50].error_code_ref, strings[6323]),
            .http_status = 400,
        },
        [51] = { /* UnrecognizedPublicKeyEncodingException */
            .error_code_ref = REF(traits[51].error_code_ref, strings[6381]),
            .http_status = 400,
        },
        [52] = { /* accessKeyIdType */
            .range_ref = REF(traits[52].range_ref, ranges[17]),
        },
        [53] = { /* accountAliasType */
            .range_ref = REF(traits[53].range_ref, ranges[18]),
        },
        [54] = { /* arnType */
            .range_ref = REF(traits[54].range_ref, ranges[19]),
        },
        [55] = { /* authenticationCodeType */
            .range_ref = REF(traits[55].range_ref, ranges[20]),
        },
        [56] = { /* certificateBodyType */
            .range_ref = REF(traits[56].range_ref, ranges[21]),
        },
        [57] = { /* certificateChainType */
            .range_ref = REF(traits[57].range_ref, ranges[22]),
        },
        [58] = { /* certificateIdType */
            .range_ref = REF(traits[58].range_ref, ranges[23]),
        },
        [59] = { /* clientIDType */
            .range_ref = REF(traits[59].range_ref, ranges[24]),
        },
        [60] = { /* consoleDeepLinkType */
            .range_ref = REF(traits[60].range_ref, ranges[25]),
        },
        [61] = { /* credentialAgeDays */
            .range_ref = REF(traits[61].range_ref, ranges[26]),
        },
        [62] = { /* customSuffixType */
            .range_ref = REF(traits[62].range_ref, ranges[27]),
        },
        [63] = { /* delegationRequestDescriptionType */
            .range_ref = REF(traits[63].range_ref, ranges[28]),
        },
        [64] = { /* delegationRequestIdType */
            .range_ref = REF(traits[64].range_ref, ranges[29]),
        },
        [65] = { /* entityNameType */
            .range_ref = REF(traits[65].range_ref, ranges[30]),
        },
        [66] = { /* existingUserNameType */
            .range_ref = REF(traits[66].range_ref, ranges[31]),
        },
        [67] = { /* groupNameType */
            .range_ref = REF(traits[67].range_ref, ranges[32]),
        },
        [68] = { /* idType */
            .range_ref = REF(traits[68].range_ref, ranges[33]),
        },
        [69] = { /* instanceProfileNameType */
            .range_ref = REF(traits[69].range_ref, ranges[34]),
        },
        [70] = { /* jobIDType */
            .range_ref = REF(traits[70].range_ref, ranges[35]),
        },
        [71] = { /* localeType */
            .range_ref = REF(traits[71].range_ref, ranges[36]),
        },
        [72] = { /* markerType */
            .range_ref = REF(traits[72].range_ref, ranges[37]),
        },
        [73] = { /* maxItemsType */
            .range_ref = REF(traits[73].range_ref, ranges[38]),
        },
        [74] = { /* maxPasswordAgeType */
            .range_ref = REF(traits[74].range_ref, ranges[39]),
        },
        [75] = { /* minimumPasswordLengthType */
            .range_ref = REF(traits[75].range_ref, ranges[40]),
        },
        [76] = { /* notesType */
            .range_ref = REF(traits[76].range_ref, ranges[41]),
        },
        [77] = { /* notificationChannelType */
            .range_ref = REF(traits[77].range_ref, ranges[42]),
        },
        [78] = { /* organizationsEntityPathType */
            .range_ref = REF(traits[78].range_ref, ranges[43]),
        },
        [79] = { /* ownerIdType */
            .range_ref = REF(traits[79].range_ref, ranges[44]),
        },
        [80] = { /* passwordReusePreventionType */
            .range_ref = REF(traits[80].range_ref, ranges[45]),
        },
        [81] = { /* passwordType */
            .range_ref = REF(traits[81].range_ref, ranges[46]),
        },
        [82] = { /* pathPrefixType */
            .range_ref = REF(traits[82].range_ref, ranges[47]),
        },
        [83] = { /* pathType */
            .range_ref = REF(traits[83].range_ref, ranges[48]),
        },
        [84] = { /* policyDescriptionType */
            .range_ref = REF(traits[84].range_ref, ranges[49]),
        },
        [85] = { /* policyDocumentType */
            .range_ref = REF(traits[85].range_ref, ranges[50]),
        },
        [86] = { /* policyNameType */
            .range_ref = REF(traits[86].range_ref, ranges[51]),
        },
        [87] = { /* policyParameterListType */
            .range_ref = REF(traits[87].range_ref, ranges[52]),
        },
        [88] = { /* policyParameterNameType */
            .range_ref = REF(traits[88].range_ref, ranges[53]),
        },
        [89] = { /* policyPathType */
            .range_ref = REF(traits[89].range_ref, ranges[54]),
        },
        [90] = { /* privateKeyIdType */
            .range_ref = REF(traits[90].range_ref, ranges[55]),
        },
        [91] = { /* privateKeyList */
            .range_ref = REF(traits[91].range_ref, ranges[56]),
        },
        [92] = { /* privateKeyType */
            .range_ref = REF(traits[92].range_ref, ranges[57]),
        },
        [93] = { /* publicKeyFingerprintType */
            .range_ref = REF(traits[93].range_ref, ranges[58]),
        },
        [94] = { /* publicKeyIdType */
            .range_ref = REF(traits[94].range_ref, ranges[59]),
        },
        [95] = { /* publicKeyMaterialType */
            .range_ref = REF(traits[95].range_ref, ranges[60]),
        },
        [96] = { /* redirectUrlType */
            .range_ref = REF(traits[96].range_ref, ranges[61]),
        },
        [97] = { /* requestMessageType */
            .range_ref = REF(traits[97].range_ref, ranges[62]),
        },
        [98] = { /* requestorNameType */
            .range_ref = REF(traits[98].range_ref, ranges[63]),
        },
        [99] = { /* requestorWorkflowIdType */
            .range_ref = REF(traits[99].range_ref, ranges[64]),
        },
        [100] = { /* roleDescriptionType */
            .range_ref = REF(traits[100].range_ref, ranges[65]),
        },
        [101] = { /* roleMaxSessionDurationType */
            .range_ref = REF(traits[101].range_ref, ranges[66]),
        },
        [102] = { /* roleNameType */
            .range_ref = REF(traits[102].range_ref, ranges[67]),
        },
        [103] = { /* serialNumberType */
            .range_ref = REF(traits[103].range_ref, ranges[68]),
        },
        [104] = { /* serverCertificateNameType */
            .range_ref = REF(traits[104].range_ref, ranges[69]),
        },
        [105] = { /* serviceCredentialAlias */
            .range_ref = REF(traits[105].range_ref, ranges[70]),
        },
        [106] = { /* serviceNamespaceListType */
            .range_ref = REF(traits[106].range_ref, ranges[71]),
        },
        [107] = { /* serviceNamespaceType */
            .range_ref = REF(traits[107].range_ref, ranges[72]),
        },
        [108] = { /* serviceSpecificCredentialId */
            .range_ref = REF(traits[108].range_ref, ranges[73]),
        },
        [109] = { /* serviceUserName */
            .range_ref = REF(traits[109].range_ref, ranges[74]),
        },
        [110] = { /* sessionDurationType */
            .range_ref = REF(traits[110].range_ref, ranges[75]),
        },
        [111] = { /* summaryContentType */
            .range_ref = REF(traits[111].range_ref, ranges[76]),
        },
        [112] = { /* tagKeyListType */
            .range_ref = REF(traits[112].range_ref, ranges[77]),
        },
        [113] = { /* tagKeyType */
            .range_ref = REF(traits[113].range_ref, ranges[78]),
        },
        [114] = { /* tagListType */
            .range_ref = REF(traits[114].range_ref, ranges[79]),
        },
        [115] = { /* tagValueType */
            .range_ref = REF(traits[115].range_ref, ranges[80]),
        },
        [116] = { /* thumbprintType */
            .range_ref = REF(traits[116].range_ref, ranges[81]),
        },
        [117] = { /* userNameType */
            .range_ref = REF(traits[117].range_ref, ranges[82]),
        },
        [118] = { /* virtualMFADeviceName */
            .range_ref = REF(traits[118].range_ref, ranges[83]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[47]), 0, offsetof(struct awsc_iam_accept_delegation_request_input, delegation_request_id), AWSC_MF_REQUIRED}, /* AcceptDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [1] = {MREF(1, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[116]), 0, offsetof(struct awsc_iam_access_detail, service_name), AWSC_MF_REQUIRED}, /* AccessDetail.ServiceName: serviceNameType */
        [2] = {MREF(2, strings[59]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[117]), 0, offsetof(struct awsc_iam_access_detail, service_namespace), AWSC_MF_REQUIRED}, /* AccessDetail.ServiceNamespace: serviceNamespaceType */
        [3] = {MREF(3, strings[76]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[123]), 0, offsetof(struct awsc_iam_access_detail, region), 0}, /* AccessDetail.Region: stringType */
        [4] = {MREF(4, strings[83]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[78]), 0, offsetof(struct awsc_iam_access_detail, entity_path), 0}, /* AccessDetail.EntityPath: organizationsEntityPathType */
        [5] = {MREF(5, strings[94]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_access_detail, last_authenticated_time, has_last_authenticated_time), offsetof(struct awsc_iam_access_detail, last_authenticated_time), 0}, /* AccessDetail.LastAuthenticatedTime: dateType */
        [6] = {MREF(6, strings[116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[58]), AWSC_MEMBER_HAS(struct awsc_iam_access_detail, total_authenticated_entities, has_total_authenticated_entities), offsetof(struct awsc_iam_access_detail, total_authenticated_entities), 0}, /* AccessDetail.TotalAuthenticatedEntities: integerType */
        [7] = {MREF(7, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(7, scalars[131]), 0, offsetof(struct awsc_iam_access_key, user_name), AWSC_MF_REQUIRED}, /* AccessKey.UserName: userNameType */
        [8] = {MREF(8, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, scalars[25]), 0, offsetof(struct awsc_iam_access_key, access_key_id), AWSC_MF_REQUIRED}, /* AccessKey.AccessKeyId: accessKeyIdType */
        [9] = {MREF(9, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, enums[26].shape), 0, offsetof(struct awsc_iam_access_key, status), AWSC_MF_REQUIRED}, /* AccessKey.Status: statusType */
        [10] = {MREF(10, strings[171]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[26]), 0, offsetof(struct awsc_iam_access_key, secret_access_key), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* AccessKey.SecretAccessKey: accessKeySecretType */
        [11] = {MREF(11, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_access_key, create_date, has_create_date), offsetof(struct awsc_iam_access_key, create_date), 0}, /* AccessKey.CreateDate: dateType */
        [12] = {MREF(12, strings[198]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_access_key_last_used, last_used_date, has_last_used_date), offsetof(struct awsc_iam_access_key_last_used, last_used_date), 0}, /* AccessKeyLastUsed.LastUsedDate: dateType */
        [13] = {MREF(13, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[123]), 0, offsetof(struct awsc_iam_access_key_last_used, service_name), AWSC_MF_REQUIRED}, /* AccessKeyLastUsed.ServiceName: stringType */
        [14] = {MREF(14, strings[76]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[123]), 0, offsetof(struct awsc_iam_access_key_last_used, region), AWSC_MF_REQUIRED}, /* AccessKeyLastUsed.Region: stringType */
        [15] = {MREF(15, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[131]), 0, offsetof(struct awsc_iam_access_key_metadata, user_name), 0}, /* AccessKeyMetadata.UserName: userNameType */
        [16] = {MREF(16, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, scalars[25]), 0, offsetof(struct awsc_iam_access_key_metadata, access_key_id), 0}, /* AccessKeyMetadata.AccessKeyId: accessKeyIdType */
        [17] = {MREF(17, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, enums[26].shape), 0, offsetof(struct awsc_iam_access_key_metadata, status), 0}, /* AccessKeyMetadata.Status: statusType */
        [18] = {MREF(18, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_access_key_metadata, create_date, has_create_date), offsetof(struct awsc_iam_access_key_metadata, create_date), 0}, /* AccessKeyMetadata.CreateDate: dateType */
        [19] = {MREF(19, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[30]), 0, offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* AddClientIDToOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [20] = {MREF(20, strings[290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[38]), 0, offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, client_id), AWSC_MF_REQUIRED}, /* AddClientIDToOpenIDConnectProviderRequest.ClientID: clientIDType */
        [21] = {MREF(21, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[57]), 0, offsetof(struct awsc_iam_add_role_to_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* AddRoleToInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [22] = {MREF(22, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[109]), 0, offsetof(struct awsc_iam_add_role_to_instance_profile_input, role_name), AWSC_MF_REQUIRED}, /* AddRoleToInstanceProfileRequest.RoleName: roleNameType */
        [23] = {MREF(23, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[55]), 0, offsetof(struct awsc_iam_add_user_to_group_input, group_name), AWSC_MF_REQUIRED}, /* AddUserToGroupRequest.GroupName: groupNameType */
        [24] = {MREF(24, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[54]), 0, offsetof(struct awsc_iam_add_user_to_group_input, user_name), AWSC_MF_REQUIRED}, /* AddUserToGroupRequest.UserName: existingUserNameType */
        [25] = {MREF(25, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[47]), 0, offsetof(struct awsc_iam_associate_delegation_request_input, delegation_request_id), AWSC_MF_REQUIRED}, /* AssociateDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [26] = {MREF(26, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[55]), 0, offsetof(struct awsc_iam_attach_group_policy_input, group_name), AWSC_MF_REQUIRED}, /* AttachGroupPolicyRequest.GroupName: groupNameType */
        [27] = {MREF(27, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[30]), 0, offsetof(struct awsc_iam_attach_group_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* AttachGroupPolicyRequest.PolicyArn: arnType */
        [28] = {MREF(28, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[109]), 0, offsetof(struct awsc_iam_attach_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* AttachRolePolicyRequest.RoleName: roleNameType */
        [29] = {MREF(29, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[30]), 0, offsetof(struct awsc_iam_attach_role_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* AttachRolePolicyRequest.PolicyArn: arnType */
        [30] = {MREF(30, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[131]), 0, offsetof(struct awsc_iam_attach_user_policy_input, user_name), AWSC_MF_REQUIRED}, /* AttachUserPolicyRequest.UserName: userNameType */
        [31] = {MREF(31, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[30]), 0, offsetof(struct awsc_iam_attach_user_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* AttachUserPolicyRequest.PolicyArn: arnType */
        [32] = {MREF(32, strings[348]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, enums[6].shape), 0, offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_type), 0}, /* AttachedPermissionsBoundary.PermissionsBoundaryType: PermissionsBoundaryAttachmentType */
        [33] = {MREF(33, strings[372]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[30]), 0, offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_arn), 0}, /* AttachedPermissionsBoundary.PermissionsBoundaryArn: arnType */
        [34] = {MREF(34, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[90]), 0, offsetof(struct awsc_iam_attached_policy, policy_name), 0}, /* AttachedPolicy.PolicyName: policyNameType */
        [35] = {MREF(35, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[30]), 0, offsetof(struct awsc_iam_attached_policy, policy_arn), 0}, /* AttachedPolicy.PolicyArn: arnType */
        [36] = {MREF(36, strings[460]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[83]), 0, offsetof(struct awsc_iam_change_password_input, old_password), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* ChangePasswordRequest.OldPassword: passwordType */
        [37] = {MREF(37, strings[472]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, scalars[83]), 0, offsetof(struct awsc_iam_change_password_input, new_password), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* ChangePasswordRequest.NewPassword: passwordType */
        [38] = {MREF(38, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[6]), 0, offsetof(struct awsc_iam_concurrent_modification_exception, message), 0}, /* ConcurrentModificationException.message: ConcurrentModificationMessage */
        [39] = {MREF(39, strings[547]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[7]), 0, offsetof(struct awsc_iam_context_entry, context_key_name), 0}, /* ContextEntry.ContextKeyName: ContextKeyNameType */
        [40] = {MREF(40, strings[562]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, collections[6].shape), 0, offsetof(struct awsc_iam_context_entry, context_key_values), 0}, /* ContextEntry.ContextKeyValues: ContextKeyValueListType */
        [41] = {MREF(41, strings[579]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, enums[2].shape), 0, offsetof(struct awsc_iam_context_entry, context_key_type), 0}, /* ContextEntry.ContextKeyType: ContextKeyTypeEnum */
        [42] = {MREF(42, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[54]), 0, offsetof(struct awsc_iam_create_access_key_input, user_name), 0}, /* CreateAccessKeyRequest.UserName: existingUserNameType */
        [43] = {MREF(43, strings[694]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, structures[2].shape), 0, offsetof(struct awsc_iam_create_access_key_output, access_key), AWSC_MF_REQUIRED}, /* CreateAccessKeyResponse.AccessKey: AccessKey */
        [44] = {MREF(44, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, scalars[27]), 0, offsetof(struct awsc_iam_create_account_alias_input, account_alias), AWSC_MF_REQUIRED}, /* CreateAccountAliasRequest.AccountAlias: accountAliasType */
        [45] = {MREF(45, strings[717]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[28]), 0, offsetof(struct awsc_iam_create_delegation_request_input, owner_account_id), 0}, /* CreateDelegationRequestRequest.OwnerAccountId: accountIdType */
        [46] = {MREF(46, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, scalars[46]), 0, offsetof(struct awsc_iam_create_delegation_request_input, description), AWSC_MF_REQUIRED}, /* CreateDelegationRequestRequest.Description: delegationRequestDescriptionType */
        [47] = {MREF(47, strings[744]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, structures[52].shape), 0, offsetof(struct awsc_iam_create_delegation_request_input, permissions), AWSC_MF_REQUIRED}, /* CreateDelegationRequestRequest.Permissions: DelegationPermission */
        [48] = {MREF(48, strings[756]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[103]), 0, offsetof(struct awsc_iam_create_delegation_request_input, request_message), 0}, /* CreateDelegationRequestRequest.RequestMessage: requestMessageType */
        [49] = {MREF(49, strings[771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[105]), 0, offsetof(struct awsc_iam_create_delegation_request_input, requestor_workflow_id), AWSC_MF_REQUIRED}, /* CreateDelegationRequestRequest.RequestorWorkflowId: requestorWorkflowIdType */
        [50] = {MREF(50, strings[791]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, scalars[101]), 0, offsetof(struct awsc_iam_create_delegation_request_input, redirect_url), 0}, /* CreateDelegationRequestRequest.RedirectUrl: redirectUrlType */
        [51] = {MREF(51, strings[803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[76]), 0, offsetof(struct awsc_iam_create_delegation_request_input, notification_channel), AWSC_MF_REQUIRED}, /* CreateDelegationRequestRequest.NotificationChannel: notificationChannelType */
        [52] = {MREF(52, strings[823]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[122]), AWSC_MEMBER_HAS(struct awsc_iam_create_delegation_request_input, session_duration, has_session_duration), offsetof(struct awsc_iam_create_delegation_request_input, session_duration), AWSC_MF_REQUIRED}, /* CreateDelegationRequestRequest.SessionDuration: sessionDurationType */
        [53] = {MREF(53, strings[839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_create_delegation_request_input, only_send_by_owner, has_only_send_by_owner), offsetof(struct awsc_iam_create_delegation_request_input, only_send_by_owner), 0}, /* CreateDelegationRequestRequest.OnlySendByOwner: booleanType */
        [54] = {MREF(54, strings[855]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[39]), 0, offsetof(struct awsc_iam_create_delegation_request_output, console_deep_link), 0}, /* CreateDelegationRequestResponse.ConsoleDeepLink: consoleDeepLinkType */
        [55] = {MREF(55, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, scalars[47]), 0, offsetof(struct awsc_iam_create_delegation_request_output, delegation_request_id), 0}, /* CreateDelegationRequestResponse.DelegationRequestId: delegationRequestIdType */
        [56] = {MREF(56, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[85]), 0, offsetof(struct awsc_iam_create_group_input, path), 0}, /* CreateGroupRequest.Path: pathType */
        [57] = {MREF(57, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[55]), 0, offsetof(struct awsc_iam_create_group_input, group_name), AWSC_MF_REQUIRED}, /* CreateGroupRequest.GroupName: groupNameType */
        [58] = {MREF(58, strings[876]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, structures[160].shape), 0, offsetof(struct awsc_iam_create_group_output, group), AWSC_MF_REQUIRED}, /* CreateGroupResponse.Group: Group */
        [59] = {MREF(59, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, scalars[57]), 0, offsetof(struct awsc_iam_create_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* CreateInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [60] = {MREF(60, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[85]), 0, offsetof(struct awsc_iam_create_instance_profile_input, path), 0}, /* CreateInstanceProfileRequest.Path: pathType */
        [61] = {MREF(61, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, collections[56].shape), 0, offsetof(struct awsc_iam_create_instance_profile_input, tags), 0}, /* CreateInstanceProfileRequest.Tags: tagListType */
        [62] = {MREF(62, strings[887]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, structures[163].shape), 0, offsetof(struct awsc_iam_create_instance_profile_output, instance_profile), AWSC_MF_REQUIRED}, /* CreateInstanceProfileResponse.InstanceProfile: InstanceProfile */
        [63] = {MREF(63, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, scalars[131]), 0, offsetof(struct awsc_iam_create_login_profile_input, user_name), 0}, /* CreateLoginProfileRequest.UserName: userNameType */
        [64] = {MREF(64, strings[903]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, scalars[83]), 0, offsetof(struct awsc_iam_create_login_profile_input, password), AWSC_MF_SENSITIVE}, /* CreateLoginProfileRequest.Password: passwordType */
        [65] = {MREF(65, strings[912]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_create_login_profile_input, password_reset_required, has_password_reset_required), offsetof(struct awsc_iam_create_login_profile_input, password_reset_required), 0}, /* CreateLoginProfileRequest.PasswordResetRequired: booleanType */
        [66] = {MREF(66, strings[934]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, structures[244].shape), 0, offsetof(struct awsc_iam_create_login_profile_output, login_profile), AWSC_MF_REQUIRED}, /* CreateLoginProfileResponse.LoginProfile: LoginProfile */
        [67] = {MREF(67, strings[947]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, scalars[14]), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_input, url), AWSC_MF_REQUIRED}, /* CreateOpenIDConnectProviderRequest.Url: OpenIDConnectProviderUrlType */
        [68] = {MREF(68, strings[951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, collections[31].shape), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_input, client_id_list), 0}, /* CreateOpenIDConnectProviderRequest.ClientIDList: clientIDListType */
        [69] = {MREF(69, strings[964]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, collections[57].shape), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_input, thumbprint_list), 0}, /* CreateOpenIDConnectProviderRequest.ThumbprintList: thumbprintListType */
        [70] = {MREF(70, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, collections[56].shape), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_input, tags), 0}, /* CreateOpenIDConnectProviderRequest.Tags: tagListType */
        [71] = {MREF(71, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, scalars[30]), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_output, open_id_connect_provider_arn), 0}, /* CreateOpenIDConnectProviderResponse.OpenIDConnectProviderArn: arnType */
        [72] = {MREF(72, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, collections[56].shape), 0, offsetof(struct awsc_iam_create_open_id_connect_provider_output, tags), 0}, /* CreateOpenIDConnectProviderResponse.Tags: tagListType */
        [73] = {MREF(73, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, scalars[90]), 0, offsetof(struct awsc_iam_create_policy_input, policy_name), AWSC_MF_REQUIRED}, /* CreatePolicyRequest.PolicyName: policyNameType */
        [74] = {MREF(74, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, scalars[94]), 0, offsetof(struct awsc_iam_create_policy_input, path), 0}, /* CreatePolicyRequest.Path: policyPathType */
        [75] = {MREF(75, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, scalars[88]), 0, offsetof(struct awsc_iam_create_policy_input, policy_document), AWSC_MF_REQUIRED}, /* CreatePolicyRequest.PolicyDocument: policyDocumentType */
        [76] = {MREF(76, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, scalars[87]), 0, offsetof(struct awsc_iam_create_policy_input, description), 0}, /* CreatePolicyRequest.Description: policyDescriptionType */
        [77] = {MREF(77, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, collections[56].shape), 0, offsetof(struct awsc_iam_create_policy_input, tags), 0}, /* CreatePolicyRequest.Tags: tagListType */
        [78] = {MREF(78, strings[994]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, structures[259].shape), 0, offsetof(struct awsc_iam_create_policy_output, policy), 0}, /* CreatePolicyResponse.Policy: Policy */
        [79] = {MREF(79, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, scalars[30]), 0, offsetof(struct awsc_iam_create_policy_version_input, policy_arn), AWSC_MF_REQUIRED}, /* CreatePolicyVersionRequest.PolicyArn: arnType */
        [80] = {MREF(80, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[88]), 0, offsetof(struct awsc_iam_create_policy_version_input, policy_document), AWSC_MF_REQUIRED}, /* CreatePolicyVersionRequest.PolicyDocument: policyDocumentType */
        [81] = {MREF(81, strings[1001]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_create_policy_version_input, set_as_default, has_set_as_default), offsetof(struct awsc_iam_create_policy_version_input, set_as_default), 0}, /* CreatePolicyVersionRequest.SetAsDefault: booleanType */
        [82] = {MREF(82, strings[1014]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, structures[269].shape), 0, offsetof(struct awsc_iam_create_policy_version_output, policy_version), 0}, /* CreatePolicyVersionResponse.PolicyVersion: PolicyVersion */
        [83] = {MREF(83, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, scalars[85]), 0, offsetof(struct awsc_iam_create_role_input, path), 0}, /* CreateRoleRequest.Path: pathType */
        [84] = {MREF(84, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[109]), 0, offsetof(struct awsc_iam_create_role_input, role_name), AWSC_MF_REQUIRED}, /* CreateRoleRequest.RoleName: roleNameType */
        [85] = {MREF(85, strings[1028]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[88]), 0, offsetof(struct awsc_iam_create_role_input, assume_role_policy_document), AWSC_MF_REQUIRED}, /* CreateRoleRequest.AssumeRolePolicyDocument: policyDocumentType */
        [86] = {MREF(86, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, scalars[107]), 0, offsetof(struct awsc_iam_create_role_input, description), 0}, /* CreateRoleRequest.Description: roleDescriptionType */
        [87] = {MREF(87, strings[1053]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[108]), AWSC_MEMBER_HAS(struct awsc_iam_create_role_input, max_session_duration, has_max_session_duration), offsetof(struct awsc_iam_create_role_input, max_session_duration), 0}, /* CreateRoleRequest.MaxSessionDuration: roleMaxSessionDurationType */
        [88] = {MREF(88, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[30]), 0, offsetof(struct awsc_iam_create_role_input, permissions_boundary), 0}, /* CreateRoleRequest.PermissionsBoundary: arnType */
        [89] = {MREF(89, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, collections[56].shape), 0, offsetof(struct awsc_iam_create_role_input, tags), 0}, /* CreateRoleRequest.Tags: tagListType */
        [90] = {MREF(90, strings[1092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, structures[285].shape), 0, offsetof(struct awsc_iam_create_role_output, role), AWSC_MF_REQUIRED}, /* CreateRoleResponse.Role: Role */
        [91] = {MREF(91, strings[1097]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, scalars[23]), 0, offsetof(struct awsc_iam_create_saml_provider_input, saml_metadata_document), AWSC_MF_REQUIRED}, /* CreateSAMLProviderRequest.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [92] = {MREF(92, strings[1118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[24]), 0, offsetof(struct awsc_iam_create_saml_provider_input, name), AWSC_MF_REQUIRED}, /* CreateSAMLProviderRequest.Name: SAMLProviderNameType */
        [93] = {MREF(93, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, collections[56].shape), 0, offsetof(struct awsc_iam_create_saml_provider_input, tags), 0}, /* CreateSAMLProviderRequest.Tags: tagListType */
        [94] = {MREF(94, strings[1123]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, enums[14].shape), 0, offsetof(struct awsc_iam_create_saml_provider_input, assertion_encryption_mode), 0}, /* CreateSAMLProviderRequest.AssertionEncryptionMode: assertionEncryptionModeType */
        [95] = {MREF(95, strings[1147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, scalars[97]), 0, offsetof(struct awsc_iam_create_saml_provider_input, add_private_key), AWSC_MF_SENSITIVE}, /* CreateSAMLProviderRequest.AddPrivateKey: privateKeyType */
        [96] = {MREF(96, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, scalars[30]), 0, offsetof(struct awsc_iam_create_saml_provider_output, saml_provider_arn), 0}, /* CreateSAMLProviderResponse.SAMLProviderArn: arnType */
        [97] = {MREF(97, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, collections[56].shape), 0, offsetof(struct awsc_iam_create_saml_provider_output, tags), 0}, /* CreateSAMLProviderResponse.Tags: tagListType */
        [98] = {MREF(98, strings[1177]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[55]), 0, offsetof(struct awsc_iam_create_service_linked_role_input, aws_service_name), AWSC_MF_REQUIRED}, /* CreateServiceLinkedRoleRequest.AWSServiceName: groupNameType */
        [99] = {MREF(99, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[107]), 0, offsetof(struct awsc_iam_create_service_linked_role_input, description), 0}, /* CreateServiceLinkedRoleRequest.Description: roleDescriptionType */
        [100] = {MREF(100, strings[1192]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[44]), 0, offsetof(struct awsc_iam_create_service_linked_role_input, custom_suffix), 0}, /* CreateServiceLinkedRoleRequest.CustomSuffix: customSuffixType */
        [101] = {MREF(101, strings[1092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, structures[285].shape), 0, offsetof(struct awsc_iam_create_service_linked_role_output, role), 0}, /* CreateServiceLinkedRoleResponse.Role: Role */
        [102] = {MREF(102, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[131]), 0, offsetof(struct awsc_iam_create_service_specific_credential_input, user_name), AWSC_MF_REQUIRED}, /* CreateServiceSpecificCredentialRequest.UserName: userNameType */
        [103] = {MREF(103, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[115]), 0, offsetof(struct awsc_iam_create_service_specific_credential_input, service_name), AWSC_MF_REQUIRED}, /* CreateServiceSpecificCredentialRequest.ServiceName: serviceName */
        [104] = {MREF(104, strings[1205]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[40]), AWSC_MEMBER_HAS(struct awsc_iam_create_service_specific_credential_input, credential_age_days, has_credential_age_days), offsetof(struct awsc_iam_create_service_specific_credential_input, credential_age_days), 0}, /* CreateServiceSpecificCredentialRequest.CredentialAgeDays: credentialAgeDays */
        [105] = {MREF(105, strings[1223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, structures[300].shape), 0, offsetof(struct awsc_iam_create_service_specific_credential_output, service_specific_credential), 0}, /* CreateServiceSpecificCredentialResponse.ServiceSpecificCredential: ServiceSpecificCredential */
        [106] = {MREF(106, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, scalars[85]), 0, offsetof(struct awsc_iam_create_user_input, path), 0}, /* CreateUserRequest.Path: pathType */
        [107] = {MREF(107, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, scalars[131]), 0, offsetof(struct awsc_iam_create_user_input, user_name), AWSC_MF_REQUIRED}, /* CreateUserRequest.UserName: userNameType */
        [108] = {MREF(108, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, scalars[30]), 0, offsetof(struct awsc_iam_create_user_input, permissions_boundary), 0}, /* CreateUserRequest.PermissionsBoundary: arnType */
        [109] = {MREF(109, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, collections[56].shape), 0, offsetof(struct awsc_iam_create_user_input, tags), 0}, /* CreateUserRequest.Tags: tagListType */
        [110] = {MREF(110, strings[1249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, structures[353].shape), 0, offsetof(struct awsc_iam_create_user_output, user), 0}, /* CreateUserResponse.User: User */
        [111] = {MREF(111, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, scalars[85]), 0, offsetof(struct awsc_iam_create_virtual_mfa_device_input, path), 0}, /* CreateVirtualMFADeviceRequest.Path: pathType */
        [112] = {MREF(112, strings[1254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[132]), 0, offsetof(struct awsc_iam_create_virtual_mfa_device_input, virtual_mfa_device_name), AWSC_MF_REQUIRED}, /* CreateVirtualMFADeviceRequest.VirtualMFADeviceName: virtualMFADeviceName */
        [113] = {MREF(113, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, collections[56].shape), 0, offsetof(struct awsc_iam_create_virtual_mfa_device_input, tags), 0}, /* CreateVirtualMFADeviceRequest.Tags: tagListType */
        [114] = {MREF(114, strings[1275]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, structures[355].shape), 0, offsetof(struct awsc_iam_create_virtual_mfa_device_output, virtual_mfa_device), AWSC_MF_REQUIRED}, /* CreateVirtualMFADeviceResponse.VirtualMFADevice: VirtualMFADevice */
        [115] = {MREF(115, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[41]), 0, offsetof(struct awsc_iam_credential_report_expired_exception, message), 0}, /* CredentialReportExpiredException.message: credentialReportExpiredExceptionMessage */
        [116] = {MREF(116, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[42]), 0, offsetof(struct awsc_iam_credential_report_not_present_exception, message), 0}, /* CredentialReportNotPresentException.message: credentialReportNotPresentExceptionMessage */
        [117] = {MREF(117, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[43]), 0, offsetof(struct awsc_iam_credential_report_not_ready_exception, message), 0}, /* CredentialReportNotReadyException.message: credentialReportNotReadyExceptionMessage */
        [118] = {MREF(118, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[54]), 0, offsetof(struct awsc_iam_deactivate_mfa_device_input, user_name), 0}, /* DeactivateMFADeviceRequest.UserName: existingUserNameType */
        [119] = {MREF(119, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, scalars[110]), 0, offsetof(struct awsc_iam_deactivate_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* DeactivateMFADeviceRequest.SerialNumber: serialNumberType */
        [120] = {MREF(120, strings[1456]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, scalars[30]), 0, offsetof(struct awsc_iam_delegation_permission, policy_template_arn), 0}, /* DelegationPermission.PolicyTemplateArn: arnType */
        [121] = {MREF(121, strings[1474]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, collections[46].shape), 0, offsetof(struct awsc_iam_delegation_permission, parameters), 0}, /* DelegationPermission.Parameters: policyParameterListType */
        [122] = {MREF(122, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, scalars[47]), 0, offsetof(struct awsc_iam_delegation_request, delegation_request_id), 0}, /* DelegationRequest.DelegationRequestId: delegationRequestIdType */
        [123] = {MREF(123, strings[717]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, scalars[28]), 0, offsetof(struct awsc_iam_delegation_request, owner_account_id), 0}, /* DelegationRequest.OwnerAccountId: accountIdType */
        [124] = {MREF(124, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, scalars[46]), 0, offsetof(struct awsc_iam_delegation_request, description), 0}, /* DelegationRequest.Description: delegationRequestDescriptionType */
        [125] = {MREF(125, strings[756]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, scalars[103]), 0, offsetof(struct awsc_iam_delegation_request, request_message), 0}, /* DelegationRequest.RequestMessage: requestMessageType */
        [126] = {MREF(126, strings[744]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, structures[52].shape), 0, offsetof(struct awsc_iam_delegation_request, permissions), 0}, /* DelegationRequest.Permissions: DelegationPermission */
        [127] = {MREF(127, strings[1485]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, scalars[86]), 0, offsetof(struct awsc_iam_delegation_request, permission_policy), 0}, /* DelegationRequest.PermissionPolicy: permissionType */
        [128] = {MREF(128, strings[1502]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, collections[51].shape), 0, offsetof(struct awsc_iam_delegation_request, role_permission_restriction_arns), 0}, /* DelegationRequest.RolePermissionRestrictionArns: rolePermissionRestrictionArnListType */
        [129] = {MREF(129, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(129, scalars[80]), 0, offsetof(struct awsc_iam_delegation_request, owner_id), 0}, /* DelegationRequest.OwnerId: ownerIdType */
        [130] = {MREF(130, strings[1540]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[30]), 0, offsetof(struct awsc_iam_delegation_request, approver_id), 0}, /* DelegationRequest.ApproverId: arnType */
        [131] = {MREF(131, strings[1551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, enums[25].shape), 0, offsetof(struct awsc_iam_delegation_request, state), 0}, /* DelegationRequest.State: stateType */
        [132] = {MREF(132, strings[1557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_delegation_request, expiration_time, has_expiration_time), offsetof(struct awsc_iam_delegation_request, expiration_time), 0}, /* DelegationRequest.ExpirationTime: dateType */
        [133] = {MREF(133, strings[1572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, scalars[28]), 0, offsetof(struct awsc_iam_delegation_request, requestor_id), 0}, /* DelegationRequest.RequestorId: accountIdType */
        [134] = {MREF(134, strings[1584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[104]), 0, offsetof(struct awsc_iam_delegation_request, requestor_name), 0}, /* DelegationRequest.RequestorName: requestorNameType */
        [135] = {MREF(135, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_delegation_request, create_date, has_create_date), offsetof(struct awsc_iam_delegation_request, create_date), 0}, /* DelegationRequest.CreateDate: dateType */
        [136] = {MREF(136, strings[823]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, scalars[122]), AWSC_MEMBER_HAS(struct awsc_iam_delegation_request, session_duration, has_session_duration), offsetof(struct awsc_iam_delegation_request, session_duration), 0}, /* DelegationRequest.SessionDuration: sessionDurationType */
        [137] = {MREF(137, strings[791]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, scalars[101]), 0, offsetof(struct awsc_iam_delegation_request, redirect_url), 0}, /* DelegationRequest.RedirectUrl: redirectUrlType */
        [138] = {MREF(138, strings[1598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, scalars[75]), 0, offsetof(struct awsc_iam_delegation_request, notes), 0}, /* DelegationRequest.Notes: notesType */
        [139] = {MREF(139, strings[1604]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, scalars[75]), 0, offsetof(struct awsc_iam_delegation_request, rejection_reason), 0}, /* DelegationRequest.RejectionReason: notesType */
        [140] = {MREF(140, strings[839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_delegation_request, only_send_by_owner, has_only_send_by_owner), offsetof(struct awsc_iam_delegation_request, only_send_by_owner), 0}, /* DelegationRequest.OnlySendByOwner: booleanType */
        [141] = {MREF(141, strings[1620]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_delegation_request, updated_time, has_updated_time), offsetof(struct awsc_iam_delegation_request, updated_time), 0}, /* DelegationRequest.UpdatedTime: dateType */
        [142] = {MREF(142, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, scalars[54]), 0, offsetof(struct awsc_iam_delete_access_key_input, user_name), 0}, /* DeleteAccessKeyRequest.UserName: existingUserNameType */
        [143] = {MREF(143, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, scalars[25]), 0, offsetof(struct awsc_iam_delete_access_key_input, access_key_id), AWSC_MF_REQUIRED}, /* DeleteAccessKeyRequest.AccessKeyId: accessKeyIdType */
        [144] = {MREF(144, strings[704]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[27]), 0, offsetof(struct awsc_iam_delete_account_alias_input, account_alias), AWSC_MF_REQUIRED}, /* DeleteAccountAliasRequest.AccountAlias: accountAliasType */
        [145] = {MREF(145, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, scalars[48]), 0, offsetof(struct awsc_iam_delete_conflict_exception, message), 0}, /* DeleteConflictException.message: deleteConflictMessage */
        [146] = {MREF(146, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, scalars[55]), 0, offsetof(struct awsc_iam_delete_group_policy_input, group_name), AWSC_MF_REQUIRED}, /* DeleteGroupPolicyRequest.GroupName: groupNameType */
        [147] = {MREF(147, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, scalars[90]), 0, offsetof(struct awsc_iam_delete_group_policy_input, policy_name), AWSC_MF_REQUIRED}, /* DeleteGroupPolicyRequest.PolicyName: policyNameType */
        [148] = {MREF(148, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, scalars[55]), 0, offsetof(struct awsc_iam_delete_group_input, group_name), AWSC_MF_REQUIRED}, /* DeleteGroupRequest.GroupName: groupNameType */
        [149] = {MREF(149, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, scalars[57]), 0, offsetof(struct awsc_iam_delete_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* DeleteInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [150] = {MREF(150, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, scalars[131]), 0, offsetof(struct awsc_iam_delete_login_profile_input, user_name), 0}, /* DeleteLoginProfileRequest.UserName: userNameType */
        [151] = {MREF(151, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[30]), 0, offsetof(struct awsc_iam_delete_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* DeleteOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [152] = {MREF(152, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[30]), 0, offsetof(struct awsc_iam_delete_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* DeletePolicyRequest.PolicyArn: arnType */
        [153] = {MREF(153, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, scalars[30]), 0, offsetof(struct awsc_iam_delete_policy_version_input, policy_arn), AWSC_MF_REQUIRED}, /* DeletePolicyVersionRequest.PolicyArn: arnType */
        [154] = {MREF(154, strings[1671]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[95]), 0, offsetof(struct awsc_iam_delete_policy_version_input, version_id), AWSC_MF_REQUIRED}, /* DeletePolicyVersionRequest.VersionId: policyVersionIdType */
        [155] = {MREF(155, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, scalars[109]), 0, offsetof(struct awsc_iam_delete_role_permissions_boundary_input, role_name), AWSC_MF_REQUIRED}, /* DeleteRolePermissionsBoundaryRequest.RoleName: roleNameType */
        [156] = {MREF(156, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, scalars[109]), 0, offsetof(struct awsc_iam_delete_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* DeleteRolePolicyRequest.RoleName: roleNameType */
        [157] = {MREF(157, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[90]), 0, offsetof(struct awsc_iam_delete_role_policy_input, policy_name), AWSC_MF_REQUIRED}, /* DeleteRolePolicyRequest.PolicyName: policyNameType */
        [158] = {MREF(158, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[109]), 0, offsetof(struct awsc_iam_delete_role_input, role_name), AWSC_MF_REQUIRED}, /* DeleteRoleRequest.RoleName: roleNameType */
        [159] = {MREF(159, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, scalars[30]), 0, offsetof(struct awsc_iam_delete_saml_provider_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* DeleteSAMLProviderRequest.SAMLProviderArn: arnType */
        [160] = {MREF(160, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, scalars[131]), 0, offsetof(struct awsc_iam_delete_ssh_public_key_input, user_name), AWSC_MF_REQUIRED}, /* DeleteSSHPublicKeyRequest.UserName: userNameType */
        [161] = {MREF(161, strings[1681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, scalars[99]), 0, offsetof(struct awsc_iam_delete_ssh_public_key_input, ssh_public_key_id), AWSC_MF_REQUIRED}, /* DeleteSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [162] = {MREF(162, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[111]), 0, offsetof(struct awsc_iam_delete_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* DeleteServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [163] = {MREF(163, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[109]), 0, offsetof(struct awsc_iam_delete_service_linked_role_input, role_name), AWSC_MF_REQUIRED}, /* DeleteServiceLinkedRoleRequest.RoleName: roleNameType */
        [164] = {MREF(164, strings[1718]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[9]), 0, offsetof(struct awsc_iam_delete_service_linked_role_output, deletion_task_id), AWSC_MF_REQUIRED}, /* DeleteServiceLinkedRoleResponse.DeletionTaskId: DeletionTaskIdType */
        [165] = {MREF(165, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[131]), 0, offsetof(struct awsc_iam_delete_service_specific_credential_input, user_name), 0}, /* DeleteServiceSpecificCredentialRequest.UserName: userNameType */
        [166] = {MREF(166, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, scalars[120]), 0, offsetof(struct awsc_iam_delete_service_specific_credential_input, service_specific_credential_id), AWSC_MF_REQUIRED}, /* DeleteServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [167] = {MREF(167, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[54]), 0, offsetof(struct awsc_iam_delete_signing_certificate_input, user_name), 0}, /* DeleteSigningCertificateRequest.UserName: existingUserNameType */
        [168] = {MREF(168, strings[1761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[37]), 0, offsetof(struct awsc_iam_delete_signing_certificate_input, certificate_id), AWSC_MF_REQUIRED}, /* DeleteSigningCertificateRequest.CertificateId: certificateIdType */
        [169] = {MREF(169, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[131]), 0, offsetof(struct awsc_iam_delete_user_permissions_boundary_input, user_name), AWSC_MF_REQUIRED}, /* DeleteUserPermissionsBoundaryRequest.UserName: userNameType */
        [170] = {MREF(170, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, scalars[54]), 0, offsetof(struct awsc_iam_delete_user_policy_input, user_name), AWSC_MF_REQUIRED}, /* DeleteUserPolicyRequest.UserName: existingUserNameType */
        [171] = {MREF(171, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, scalars[90]), 0, offsetof(struct awsc_iam_delete_user_policy_input, policy_name), AWSC_MF_REQUIRED}, /* DeleteUserPolicyRequest.PolicyName: policyNameType */
        [172] = {MREF(172, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, scalars[54]), 0, offsetof(struct awsc_iam_delete_user_input, user_name), AWSC_MF_REQUIRED}, /* DeleteUserRequest.UserName: existingUserNameType */
        [173] = {MREF(173, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[110]), 0, offsetof(struct awsc_iam_delete_virtual_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* DeleteVirtualMFADeviceRequest.SerialNumber: serialNumberType */
        [174] = {MREF(174, strings[1775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, scalars[17]), 0, offsetof(struct awsc_iam_deletion_task_failure_reason_type, reason), 0}, /* DeletionTaskFailureReasonType.Reason: ReasonType */
        [175] = {MREF(175, strings[1782]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, collections[19].shape), 0, offsetof(struct awsc_iam_deletion_task_failure_reason_type, role_usage_list), 0}, /* DeletionTaskFailureReasonType.RoleUsageList: RoleUsageListType */
        [176] = {MREF(176, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, scalars[55]), 0, offsetof(struct awsc_iam_detach_group_policy_input, group_name), AWSC_MF_REQUIRED}, /* DetachGroupPolicyRequest.GroupName: groupNameType */
        [177] = {MREF(177, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, scalars[30]), 0, offsetof(struct awsc_iam_detach_group_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* DetachGroupPolicyRequest.PolicyArn: arnType */
        [178] = {MREF(178, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[109]), 0, offsetof(struct awsc_iam_detach_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* DetachRolePolicyRequest.RoleName: roleNameType */
        [179] = {MREF(179, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[30]), 0, offsetof(struct awsc_iam_detach_role_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* DetachRolePolicyRequest.PolicyArn: arnType */
        [180] = {MREF(180, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, scalars[131]), 0, offsetof(struct awsc_iam_detach_user_policy_input, user_name), AWSC_MF_REQUIRED}, /* DetachUserPolicyRequest.UserName: userNameType */
        [181] = {MREF(181, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, scalars[30]), 0, offsetof(struct awsc_iam_detach_user_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* DetachUserPolicyRequest.PolicyArn: arnType */
        [182] = {MREF(182, strings[1837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, scalars[15]), 0, offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, organization_id), 0}, /* DisableOrganizationsRootCredentialsManagementResponse.OrganizationId: OrganizationIdType */
        [183] = {MREF(183, strings[1852]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, collections[9].shape), 0, offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, enabled_features), 0}, /* DisableOrganizationsRootCredentialsManagementResponse.EnabledFeatures: FeaturesListType */
        [184] = {MREF(184, strings[1837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[15]), 0, offsetof(struct awsc_iam_disable_organizations_root_sessions_output, organization_id), 0}, /* DisableOrganizationsRootSessionsResponse.OrganizationId: OrganizationIdType */
        [185] = {MREF(185, strings[1852]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, collections[9].shape), 0, offsetof(struct awsc_iam_disable_organizations_root_sessions_output, enabled_features), 0}, /* DisableOrganizationsRootSessionsResponse.EnabledFeatures: FeaturesListType */
        [186] = {MREF(186, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, scalars[49]), 0, offsetof(struct awsc_iam_duplicate_certificate_exception, message), 0}, /* DuplicateCertificateException.message: duplicateCertificateMessage */
        [187] = {MREF(187, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, scalars[50]), 0, offsetof(struct awsc_iam_duplicate_ssh_public_key_exception, message), 0}, /* DuplicateSSHPublicKeyException.message: duplicateSSHPublicKeyMessage */
        [188] = {MREF(188, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, scalars[54]), 0, offsetof(struct awsc_iam_enable_mfa_device_input, user_name), AWSC_MF_REQUIRED}, /* EnableMFADeviceRequest.UserName: existingUserNameType */
        [189] = {MREF(189, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, scalars[110]), 0, offsetof(struct awsc_iam_enable_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* EnableMFADeviceRequest.SerialNumber: serialNumberType */
        [190] = {MREF(190, strings[1972]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, scalars[32]), 0, offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code1), AWSC_MF_REQUIRED}, /* EnableMFADeviceRequest.AuthenticationCode1: authenticationCodeType */
        [191] = {MREF(191, strings[1992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[32]), 0, offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code2), AWSC_MF_REQUIRED}, /* EnableMFADeviceRequest.AuthenticationCode2: authenticationCodeType */
        [192] = {MREF(192, strings[1837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, scalars[15]), 0, offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, organization_id), 0}, /* EnableOrganizationsRootCredentialsManagementResponse.OrganizationId: OrganizationIdType */
        [193] = {MREF(193, strings[1852]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, collections[9].shape), 0, offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, enabled_features), 0}, /* EnableOrganizationsRootCredentialsManagementResponse.EnabledFeatures: FeaturesListType */
        [194] = {MREF(194, strings[1837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, scalars[15]), 0, offsetof(struct awsc_iam_enable_organizations_root_sessions_output, organization_id), 0}, /* EnableOrganizationsRootSessionsResponse.OrganizationId: OrganizationIdType */
        [195] = {MREF(195, strings[1852]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, collections[9].shape), 0, offsetof(struct awsc_iam_enable_organizations_root_sessions_output, enabled_features), 0}, /* EnableOrganizationsRootSessionsResponse.EnabledFeatures: FeaturesListType */
        [196] = {MREF(196, strings[2012]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[123]), 0, offsetof(struct awsc_iam_enable_outbound_web_identity_federation_output, issuer_identifier), 0}, /* EnableOutboundWebIdentityFederationResponse.IssuerIdentifier: stringType */
        [197] = {MREF(197, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, scalars[51]), 0, offsetof(struct awsc_iam_entity_already_exists_exception, message), 0}, /* EntityAlreadyExistsException.message: entityAlreadyExistsMessage */
        [198] = {MREF(198, strings[2078]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, structures[96].shape), 0, offsetof(struct awsc_iam_entity_details, entity_info), AWSC_MF_REQUIRED}, /* EntityDetails.EntityInfo: EntityInfo */
        [199] = {MREF(199, strings[2089]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_entity_details, last_authenticated, has_last_authenticated), offsetof(struct awsc_iam_entity_details, last_authenticated), 0}, /* EntityDetails.LastAuthenticated: dateType */
        [200] = {MREF(200, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, scalars[30]), 0, offsetof(struct awsc_iam_entity_info, arn), AWSC_MF_REQUIRED}, /* EntityInfo.Arn: arnType */
        [201] = {MREF(201, strings[1118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, scalars[131]), 0, offsetof(struct awsc_iam_entity_info, name), AWSC_MF_REQUIRED}, /* EntityInfo.Name: userNameType */
        [202] = {MREF(202, strings[2111]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, enums[21].shape), 0, offsetof(struct awsc_iam_entity_info, type), AWSC_MF_REQUIRED}, /* EntityInfo.Type: policyOwnerEntityType */
        [203] = {MREF(203, strings[2116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, scalars[56]), 0, offsetof(struct awsc_iam_entity_info, id), AWSC_MF_REQUIRED}, /* EntityInfo.Id: idType */
        [204] = {MREF(204, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[85]), 0, offsetof(struct awsc_iam_entity_info, path), 0}, /* EntityInfo.Path: pathType */
        [205] = {MREF(205, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, scalars[53]), 0, offsetof(struct awsc_iam_entity_temporarily_unmodifiable_exception, message), 0}, /* EntityTemporarilyUnmodifiableException.message: entityTemporarilyUnmodifiableMessage */
        [206] = {MREF(206, strings[2240]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, scalars[123]), 0, offsetof(struct awsc_iam_error_details, message), AWSC_MF_REQUIRED}, /* ErrorDetails.Message: stringType */
        [207] = {MREF(207, strings[2248]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, scalars[123]), 0, offsetof(struct awsc_iam_error_details, code), AWSC_MF_REQUIRED}, /* ErrorDetails.Code: stringType */
        [208] = {MREF(208, strings[2253]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, scalars[0]), 0, offsetof(struct awsc_iam_evaluation_result, eval_action_name), AWSC_MF_REQUIRED}, /* EvaluationResult.EvalActionName: ActionNameType */
        [209] = {MREF(209, strings[2268]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, scalars[22]), 0, offsetof(struct awsc_iam_evaluation_result, eval_resource_name), 0}, /* EvaluationResult.EvalResourceName: ResourceNameType */
        [210] = {MREF(210, strings[2285]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, enums[7].shape), 0, offsetof(struct awsc_iam_evaluation_result, eval_decision), AWSC_MF_REQUIRED}, /* EvaluationResult.EvalDecision: PolicyEvaluationDecisionType */
        [211] = {MREF(211, strings[2298]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, collections[25].shape), 0, offsetof(struct awsc_iam_evaluation_result, matched_statements), 0}, /* EvaluationResult.MatchedStatements: StatementListType */
        [212] = {MREF(212, strings[2316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, collections[5].shape), 0, offsetof(struct awsc_iam_evaluation_result, missing_context_values), 0}, /* EvaluationResult.MissingContextValues: ContextKeyNamesResultListType */
        [213] = {MREF(213, strings[2337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, structures[255].shape), 0, offsetof(struct awsc_iam_evaluation_result, organizations_decision_detail), 0}, /* EvaluationResult.OrganizationsDecisionDetail: OrganizationsDecisionDetail */
        [214] = {MREF(214, strings[2365]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, structures[258].shape), 0, offsetof(struct awsc_iam_evaluation_result, permissions_boundary_decision_detail), 0}, /* EvaluationResult.PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail */
        [215] = {MREF(215, strings[2399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, collections[7].shape), 0, offsetof(struct awsc_iam_evaluation_result, eval_decision_details), 0}, /* EvaluationResult.EvalDecisionDetails: EvalDecisionDetailsType */
        [216] = {MREF(216, strings[2419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, collections[18].shape), 0, offsetof(struct awsc_iam_evaluation_result, resource_specific_results), 0}, /* EvaluationResult.ResourceSpecificResults: ResourceSpecificResultListType */
        [217] = {MREF(217, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, scalars[11]), 0, offsetof(struct awsc_iam_feature_disabled_exception, message), 0}, /* FeatureDisabledException.message: FeatureDisabledMessage */
        [218] = {MREF(218, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, scalars[12]), 0, offsetof(struct awsc_iam_feature_enabled_exception, message), 0}, /* FeatureEnabledException.message: FeatureEnabledMessage */
        [219] = {MREF(219, strings[1551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, enums[13].shape), 0, offsetof(struct awsc_iam_generate_credential_report_output, state), 0}, /* GenerateCredentialReportResponse.State: ReportStateType */
        [220] = {MREF(220, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, scalars[20]), 0, offsetof(struct awsc_iam_generate_credential_report_output, description), 0}, /* GenerateCredentialReportResponse.Description: ReportStateDescriptionType */
        [221] = {MREF(221, strings[83]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, scalars[78]), 0, offsetof(struct awsc_iam_generate_organizations_access_report_input, entity_path), AWSC_MF_REQUIRED}, /* GenerateOrganizationsAccessReportRequest.EntityPath: organizationsEntityPathType */
        [222] = {MREF(222, strings[2562]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, scalars[79]), 0, offsetof(struct awsc_iam_generate_organizations_access_report_input, organizations_policy_id), 0}, /* GenerateOrganizationsAccessReportRequest.OrganizationsPolicyId: organizationsPolicyIdType */
        [223] = {MREF(223, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, scalars[64]), 0, offsetof(struct awsc_iam_generate_organizations_access_report_output, job_id), 0}, /* GenerateOrganizationsAccessReportResponse.JobId: jobIDType */
        [224] = {MREF(224, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, scalars[30]), 0, offsetof(struct awsc_iam_generate_service_last_accessed_details_input, arn), AWSC_MF_REQUIRED}, /* GenerateServiceLastAccessedDetailsRequest.Arn: arnType */
        [225] = {MREF(225, strings[2590]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, enums[0].shape), 0, offsetof(struct awsc_iam_generate_service_last_accessed_details_input, granularity), 0}, /* GenerateServiceLastAccessedDetailsRequest.Granularity: AccessAdvisorUsageGranularityType */
        [226] = {MREF(226, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, scalars[64]), 0, offsetof(struct awsc_iam_generate_service_last_accessed_details_output, job_id), 0}, /* GenerateServiceLastAccessedDetailsResponse.JobId: jobIDType */
        [227] = {MREF(227, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, scalars[25]), 0, offsetof(struct awsc_iam_get_access_key_last_used_input, access_key_id), AWSC_MF_REQUIRED}, /* GetAccessKeyLastUsedRequest.AccessKeyId: accessKeyIdType */
        [228] = {MREF(228, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[54]), 0, offsetof(struct awsc_iam_get_access_key_last_used_output, user_name), 0}, /* GetAccessKeyLastUsedResponse.UserName: existingUserNameType */
        [229] = {MREF(229, strings[2602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, structures[3].shape), 0, offsetof(struct awsc_iam_get_access_key_last_used_output, access_key_last_used), 0}, /* GetAccessKeyLastUsedResponse.AccessKeyLastUsed: AccessKeyLastUsed */
        [230] = {MREF(230, strings[2620]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, collections[34].shape), 0, offsetof(struct awsc_iam_get_account_authorization_details_input, filter), 0}, /* GetAccountAuthorizationDetailsRequest.Filter: entityListType */
        [231] = {MREF(231, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_get_account_authorization_details_input, max_items, has_max_items), offsetof(struct awsc_iam_get_account_authorization_details_input, max_items), 0}, /* GetAccountAuthorizationDetailsRequest.MaxItems: maxItemsType */
        [232] = {MREF(232, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, scalars[70]), 0, offsetof(struct awsc_iam_get_account_authorization_details_input, marker), 0}, /* GetAccountAuthorizationDetailsRequest.Marker: markerType */
        [233] = {MREF(233, strings[2643]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, collections[58].shape), 0, offsetof(struct awsc_iam_get_account_authorization_details_output, user_detail_list), 0}, /* GetAccountAuthorizationDetailsResponse.UserDetailList: userDetailListType */
        [234] = {MREF(234, strings[2658]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, collections[35].shape), 0, offsetof(struct awsc_iam_get_account_authorization_details_output, group_detail_list), 0}, /* GetAccountAuthorizationDetailsResponse.GroupDetailList: groupDetailListType */
        [235] = {MREF(235, strings[2674]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, collections[49].shape), 0, offsetof(struct awsc_iam_get_account_authorization_details_output, role_detail_list), 0}, /* GetAccountAuthorizationDetailsResponse.RoleDetailList: roleDetailListType */
        [236] = {MREF(236, strings[2689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, collections[10].shape), 0, offsetof(struct awsc_iam_get_account_authorization_details_output, policies), 0}, /* GetAccountAuthorizationDetailsResponse.Policies: ManagedPolicyDetailListType */
        [237] = {MREF(237, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_account_authorization_details_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_get_account_authorization_details_output, is_truncated), 0}, /* GetAccountAuthorizationDetailsResponse.IsTruncated: booleanType */
        [238] = {MREF(238, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, scalars[106]), 0, offsetof(struct awsc_iam_get_account_authorization_details_output, marker), 0}, /* GetAccountAuthorizationDetailsResponse.Marker: responseMarkerType */
        [239] = {MREF(239, strings[2710]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, structures[256].shape), 0, offsetof(struct awsc_iam_get_account_password_policy_output, password_policy), AWSC_MF_REQUIRED}, /* GetAccountPasswordPolicyResponse.PasswordPolicy: PasswordPolicy */
        [240] = {MREF(240, strings[2725]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, collections[54].shape), 0, offsetof(struct awsc_iam_get_account_summary_output, summary_map), 0}, /* GetAccountSummaryResponse.SummaryMap: summaryMapType */
        [241] = {MREF(241, strings[2736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, collections[24].shape), 0, offsetof(struct awsc_iam_get_context_keys_for_custom_policy_input, policy_input_list), AWSC_MF_REQUIRED}, /* GetContextKeysForCustomPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [242] = {MREF(242, strings[2752]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, collections[5].shape), 0, offsetof(struct awsc_iam_get_context_keys_for_policy_response, context_key_names), 0}, /* GetContextKeysForPolicyResponse.ContextKeyNames: ContextKeyNamesResultListType */
        [243] = {MREF(243, strings[2768]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, scalars[30]), 0, offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_source_arn), AWSC_MF_REQUIRED}, /* GetContextKeysForPrincipalPolicyRequest.PolicySourceArn: arnType */
        [244] = {MREF(244, strings[2736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, collections[24].shape), 0, offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_input_list), 0}, /* GetContextKeysForPrincipalPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [245] = {MREF(245, strings[2784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, scalars[19]), 0, offsetof(struct awsc_iam_get_credential_report_output, content), 0}, /* GetCredentialReportResponse.Content: ReportContentType */
        [246] = {MREF(246, strings[2792]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, enums[12].shape), 0, offsetof(struct awsc_iam_get_credential_report_output, report_format), 0}, /* GetCredentialReportResponse.ReportFormat: ReportFormatType */
        [247] = {MREF(247, strings[2805]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_credential_report_output, generated_time, has_generated_time), offsetof(struct awsc_iam_get_credential_report_output, generated_time), 0}, /* GetCredentialReportResponse.GeneratedTime: dateType */
        [248] = {MREF(248, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, scalars[47]), 0, offsetof(struct awsc_iam_get_delegation_request_input, delegation_request_id), AWSC_MF_REQUIRED}, /* GetDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [249] = {MREF(249, strings[2819]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_delegation_request_input, delegation_permission_check, has_delegation_permission_check), offsetof(struct awsc_iam_get_delegation_request_input, delegation_permission_check), 0}, /* GetDelegationRequestRequest.DelegationPermissionCheck: booleanType */
        [250] = {MREF(250, strings[2845]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, structures[53].shape), 0, offsetof(struct awsc_iam_get_delegation_request_output, delegation_request), 0}, /* GetDelegationRequestResponse.DelegationRequest: DelegationRequest */
        [251] = {MREF(251, strings[2863]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, enums[20].shape), 0, offsetof(struct awsc_iam_get_delegation_request_output, permission_check_status), 0}, /* GetDelegationRequestResponse.PermissionCheckStatus: permissionCheckStatusType */
        [252] = {MREF(252, strings[2885]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, enums[19].shape), 0, offsetof(struct awsc_iam_get_delegation_request_output, permission_check_result), 0}, /* GetDelegationRequestResponse.PermissionCheckResult: permissionCheckResultType */
        [253] = {MREF(253, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, scalars[55]), 0, offsetof(struct awsc_iam_get_group_policy_input, group_name), AWSC_MF_REQUIRED}, /* GetGroupPolicyRequest.GroupName: groupNameType */
        [254] = {MREF(254, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, scalars[90]), 0, offsetof(struct awsc_iam_get_group_policy_input, policy_name), AWSC_MF_REQUIRED}, /* GetGroupPolicyRequest.PolicyName: policyNameType */
        [255] = {MREF(255, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, scalars[55]), 0, offsetof(struct awsc_iam_get_group_policy_output, group_name), AWSC_MF_REQUIRED}, /* GetGroupPolicyResponse.GroupName: groupNameType */
        [256] = {MREF(256, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, scalars[90]), 0, offsetof(struct awsc_iam_get_group_policy_output, policy_name), AWSC_MF_REQUIRED}, /* GetGroupPolicyResponse.PolicyName: policyNameType */
        [257] = {MREF(257, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, scalars[88]), 0, offsetof(struct awsc_iam_get_group_policy_output, policy_document), AWSC_MF_REQUIRED}, /* GetGroupPolicyResponse.PolicyDocument: policyDocumentType */
        [258] = {MREF(258, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, scalars[55]), 0, offsetof(struct awsc_iam_get_group_input, group_name), AWSC_MF_REQUIRED}, /* GetGroupRequest.GroupName: groupNameType */
        [259] = {MREF(259, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[70]), 0, offsetof(struct awsc_iam_get_group_input, marker), 0}, /* GetGroupRequest.Marker: markerType */
        [260] = {MREF(260, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_get_group_input, max_items, has_max_items), offsetof(struct awsc_iam_get_group_input, max_items), 0}, /* GetGroupRequest.MaxItems: maxItemsType */
        [261] = {MREF(261, strings[876]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, structures[160].shape), 0, offsetof(struct awsc_iam_get_group_output, group), AWSC_MF_REQUIRED}, /* GetGroupResponse.Group: Group */
        [262] = {MREF(262, strings[2907]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, collections[59].shape), 0, offsetof(struct awsc_iam_get_group_output, users), AWSC_MF_REQUIRED}, /* GetGroupResponse.Users: userListType */
        [263] = {MREF(263, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_group_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_get_group_output, is_truncated), 0}, /* GetGroupResponse.IsTruncated: booleanType */
        [264] = {MREF(264, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[106]), 0, offsetof(struct awsc_iam_get_group_output, marker), 0}, /* GetGroupResponse.Marker: responseMarkerType */
        [265] = {MREF(265, strings[2913]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, scalars[30]), 0, offsetof(struct awsc_iam_get_human_readable_summary_input, entity_arn), AWSC_MF_REQUIRED}, /* GetHumanReadableSummaryRequest.EntityArn: arnType */
        [266] = {MREF(266, strings[2923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, scalars[67]), 0, offsetof(struct awsc_iam_get_human_readable_summary_input, locale), 0}, /* GetHumanReadableSummaryRequest.Locale: localeType */
        [267] = {MREF(267, strings[2930]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[124]), 0, offsetof(struct awsc_iam_get_human_readable_summary_output, summary_content), 0}, /* GetHumanReadableSummaryResponse.SummaryContent: summaryContentType */
        [268] = {MREF(268, strings[2923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, scalars[67]), 0, offsetof(struct awsc_iam_get_human_readable_summary_output, locale), 0}, /* GetHumanReadableSummaryResponse.Locale: localeType */
        [269] = {MREF(269, strings[2945]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, enums[28].shape), 0, offsetof(struct awsc_iam_get_human_readable_summary_output, summary_state), 0}, /* GetHumanReadableSummaryResponse.SummaryState: summaryStateType */
        [270] = {MREF(270, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, scalars[57]), 0, offsetof(struct awsc_iam_get_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* GetInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [271] = {MREF(271, strings[887]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, structures[163].shape), 0, offsetof(struct awsc_iam_get_instance_profile_output, instance_profile), AWSC_MF_REQUIRED}, /* GetInstanceProfileResponse.InstanceProfile: InstanceProfile */
        [272] = {MREF(272, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, scalars[131]), 0, offsetof(struct awsc_iam_get_login_profile_input, user_name), 0}, /* GetLoginProfileRequest.UserName: userNameType */
        [273] = {MREF(273, strings[934]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, structures[244].shape), 0, offsetof(struct awsc_iam_get_login_profile_output, login_profile), AWSC_MF_REQUIRED}, /* GetLoginProfileResponse.LoginProfile: LoginProfile */
        [274] = {MREF(274, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, scalars[110]), 0, offsetof(struct awsc_iam_get_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* GetMFADeviceRequest.SerialNumber: serialNumberType */
        [275] = {MREF(275, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, scalars[131]), 0, offsetof(struct awsc_iam_get_mfa_device_input, user_name), 0}, /* GetMFADeviceRequest.UserName: userNameType */
        [276] = {MREF(276, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, scalars[131]), 0, offsetof(struct awsc_iam_get_mfa_device_output, user_name), 0}, /* GetMFADeviceResponse.UserName: userNameType */
        [277] = {MREF(277, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[110]), 0, offsetof(struct awsc_iam_get_mfa_device_output, serial_number), AWSC_MF_REQUIRED}, /* GetMFADeviceResponse.SerialNumber: serialNumberType */
        [278] = {MREF(278, strings[2958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_mfa_device_output, enable_date, has_enable_date), offsetof(struct awsc_iam_get_mfa_device_output, enable_date), 0}, /* GetMFADeviceResponse.EnableDate: dateType */
        [279] = {MREF(279, strings[2969]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, collections[3].shape), 0, offsetof(struct awsc_iam_get_mfa_device_output, certifications), 0}, /* GetMFADeviceResponse.Certifications: CertificationMapType */
        [280] = {MREF(280, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, scalars[30]), 0, offsetof(struct awsc_iam_get_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* GetOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [281] = {MREF(281, strings[947]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, scalars[14]), 0, offsetof(struct awsc_iam_get_open_id_connect_provider_output, url), 0}, /* GetOpenIDConnectProviderResponse.Url: OpenIDConnectProviderUrlType */
        [282] = {MREF(282, strings[951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, collections[31].shape), 0, offsetof(struct awsc_iam_get_open_id_connect_provider_output, client_id_list), 0}, /* GetOpenIDConnectProviderResponse.ClientIDList: clientIDListType */
        [283] = {MREF(283, strings[964]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, collections[57].shape), 0, offsetof(struct awsc_iam_get_open_id_connect_provider_output, thumbprint_list), 0}, /* GetOpenIDConnectProviderResponse.ThumbprintList: thumbprintListType */
        [284] = {MREF(284, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_open_id_connect_provider_output, create_date, has_create_date), offsetof(struct awsc_iam_get_open_id_connect_provider_output, create_date), 0}, /* GetOpenIDConnectProviderResponse.CreateDate: dateType */
        [285] = {MREF(285, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, collections[56].shape), 0, offsetof(struct awsc_iam_get_open_id_connect_provider_output, tags), 0}, /* GetOpenIDConnectProviderResponse.Tags: tagListType */
        [286] = {MREF(286, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, scalars[64]), 0, offsetof(struct awsc_iam_get_organizations_access_report_input, job_id), AWSC_MF_REQUIRED}, /* GetOrganizationsAccessReportRequest.JobId: jobIDType */
        [287] = {MREF(287, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_input, max_items, has_max_items), offsetof(struct awsc_iam_get_organizations_access_report_input, max_items), 0}, /* GetOrganizationsAccessReportRequest.MaxItems: maxItemsType */
        [288] = {MREF(288, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, scalars[70]), 0, offsetof(struct awsc_iam_get_organizations_access_report_input, marker), 0}, /* GetOrganizationsAccessReportRequest.Marker: markerType */
        [289] = {MREF(289, strings[2984]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, enums[24].shape), 0, offsetof(struct awsc_iam_get_organizations_access_report_input, sort_key), 0}, /* GetOrganizationsAccessReportRequest.SortKey: sortKeyType */
        [290] = {MREF(290, strings[2992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, enums[18].shape), 0, offsetof(struct awsc_iam_get_organizations_access_report_output, job_status), AWSC_MF_REQUIRED}, /* GetOrganizationsAccessReportResponse.JobStatus: jobStatusType */
        [291] = {MREF(291, strings[3002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_output, job_creation_date, has_job_creation_date), offsetof(struct awsc_iam_get_organizations_access_report_output, job_creation_date), AWSC_MF_REQUIRED}, /* GetOrganizationsAccessReportResponse.JobCreationDate: dateType */
        [292] = {MREF(292, strings[3018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_output, job_completion_date, has_job_completion_date), offsetof(struct awsc_iam_get_organizations_access_report_output, job_completion_date), 0}, /* GetOrganizationsAccessReportResponse.JobCompletionDate: dateType */
        [293] = {MREF(293, strings[3036]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, scalars[58]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_output, number_of_services_accessible, has_number_of_services_accessible), offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_accessible), 0}, /* GetOrganizationsAccessReportResponse.NumberOfServicesAccessible: integerType */
        [294] = {MREF(294, strings[3063]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, scalars[58]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_output, number_of_services_not_accessed, has_number_of_services_not_accessed), offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_not_accessed), 0}, /* GetOrganizationsAccessReportResponse.NumberOfServicesNotAccessed: integerType */
        [295] = {MREF(295, strings[3091]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, collections[0].shape), 0, offsetof(struct awsc_iam_get_organizations_access_report_output, access_details), 0}, /* GetOrganizationsAccessReportResponse.AccessDetails: AccessDetails */
        [296] = {MREF(296, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_organizations_access_report_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_get_organizations_access_report_output, is_truncated), 0}, /* GetOrganizationsAccessReportResponse.IsTruncated: booleanType */
        [297] = {MREF(297, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, scalars[70]), 0, offsetof(struct awsc_iam_get_organizations_access_report_output, marker), 0}, /* GetOrganizationsAccessReportResponse.Marker: markerType */
        [298] = {MREF(298, strings[3105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, structures[98].shape), 0, offsetof(struct awsc_iam_get_organizations_access_report_output, error_details), 0}, /* GetOrganizationsAccessReportResponse.ErrorDetails: ErrorDetails */
        [299] = {MREF(299, strings[2012]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, scalars[123]), 0, offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, issuer_identifier), 0}, /* GetOutboundWebIdentityFederationInfoResponse.IssuerIdentifier: stringType */
        [300] = {MREF(300, strings[3118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_outbound_web_identity_federation_info_output, jwt_vending_enabled, has_jwt_vending_enabled), offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, jwt_vending_enabled), 0}, /* GetOutboundWebIdentityFederationInfoResponse.JwtVendingEnabled: booleanType */
        [301] = {MREF(301, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[30]), 0, offsetof(struct awsc_iam_get_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* GetPolicyRequest.PolicyArn: arnType */
        [302] = {MREF(302, strings[994]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, structures[259].shape), 0, offsetof(struct awsc_iam_get_policy_output, policy), 0}, /* GetPolicyResponse.Policy: Policy */
        [303] = {MREF(303, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, scalars[30]), 0, offsetof(struct awsc_iam_get_policy_version_input, policy_arn), AWSC_MF_REQUIRED}, /* GetPolicyVersionRequest.PolicyArn: arnType */
        [304] = {MREF(304, strings[1671]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, scalars[95]), 0, offsetof(struct awsc_iam_get_policy_version_input, version_id), AWSC_MF_REQUIRED}, /* GetPolicyVersionRequest.VersionId: policyVersionIdType */
        [305] = {MREF(305, strings[1014]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, structures[269].shape), 0, offsetof(struct awsc_iam_get_policy_version_output, policy_version), 0}, /* GetPolicyVersionResponse.PolicyVersion: PolicyVersion */
        [306] = {MREF(306, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, scalars[109]), 0, offsetof(struct awsc_iam_get_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* GetRolePolicyRequest.RoleName: roleNameType */
        [307] = {MREF(307, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, scalars[90]), 0, offsetof(struct awsc_iam_get_role_policy_input, policy_name), AWSC_MF_REQUIRED}, /* GetRolePolicyRequest.PolicyName: policyNameType */
        [308] = {MREF(308, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, scalars[109]), 0, offsetof(struct awsc_iam_get_role_policy_output, role_name), AWSC_MF_REQUIRED}, /* GetRolePolicyResponse.RoleName: roleNameType */
        [309] = {MREF(309, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, scalars[90]), 0, offsetof(struct awsc_iam_get_role_policy_output, policy_name), AWSC_MF_REQUIRED}, /* GetRolePolicyResponse.PolicyName: policyNameType */
        [310] = {MREF(310, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, scalars[88]), 0, offsetof(struct awsc_iam_get_role_policy_output, policy_document), AWSC_MF_REQUIRED}, /* GetRolePolicyResponse.PolicyDocument: policyDocumentType */
        [311] = {MREF(311, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(311, scalars[109]), 0, offsetof(struct awsc_iam_get_role_input, role_name), AWSC_MF_REQUIRED}, /* GetRoleRequest.RoleName: roleNameType */
        [312] = {MREF(312, strings[1092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, structures[285].shape), 0, offsetof(struct awsc_iam_get_role_output, role), AWSC_MF_REQUIRED}, /* GetRoleResponse.Role: Role */
        [313] = {MREF(313, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(313, scalars[30]), 0, offsetof(struct awsc_iam_get_saml_provider_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* GetSAMLProviderRequest.SAMLProviderArn: arnType */
        [314] = {MREF(314, strings[3136]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, scalars[96]), 0, offsetof(struct awsc_iam_get_saml_provider_output, saml_provider_uuid), 0}, /* GetSAMLProviderResponse.SAMLProviderUUID: privateKeyIdType */
        [315] = {MREF(315, strings[1097]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(315, scalars[23]), 0, offsetof(struct awsc_iam_get_saml_provider_output, saml_metadata_document), 0}, /* GetSAMLProviderResponse.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [316] = {MREF(316, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(316, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_saml_provider_output, create_date, has_create_date), offsetof(struct awsc_iam_get_saml_provider_output, create_date), 0}, /* GetSAMLProviderResponse.CreateDate: dateType */
        [317] = {MREF(317, strings[3153]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(317, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_saml_provider_output, valid_until, has_valid_until), offsetof(struct awsc_iam_get_saml_provider_output, valid_until), 0}, /* GetSAMLProviderResponse.ValidUntil: dateType */
        [318] = {MREF(318, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, collections[56].shape), 0, offsetof(struct awsc_iam_get_saml_provider_output, tags), 0}, /* GetSAMLProviderResponse.Tags: tagListType */
        [319] = {MREF(319, strings[1123]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, enums[14].shape), 0, offsetof(struct awsc_iam_get_saml_provider_output, assertion_encryption_mode), 0}, /* GetSAMLProviderResponse.AssertionEncryptionMode: assertionEncryptionModeType */
        [320] = {MREF(320, strings[3164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, collections[48].shape), 0, offsetof(struct awsc_iam_get_saml_provider_output, private_key_list), 0}, /* GetSAMLProviderResponse.PrivateKeyList: privateKeyList */
        [321] = {MREF(321, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, scalars[131]), 0, offsetof(struct awsc_iam_get_ssh_public_key_input, user_name), AWSC_MF_REQUIRED}, /* GetSSHPublicKeyRequest.UserName: userNameType */
        [322] = {MREF(322, strings[1681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, scalars[99]), 0, offsetof(struct awsc_iam_get_ssh_public_key_input, ssh_public_key_id), AWSC_MF_REQUIRED}, /* GetSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [323] = {MREF(323, strings[3179]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, enums[16].shape), 0, offsetof(struct awsc_iam_get_ssh_public_key_input, encoding), AWSC_MF_REQUIRED}, /* GetSSHPublicKeyRequest.Encoding: encodingType */
        [324] = {MREF(324, strings[3188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, structures[291].shape), 0, offsetof(struct awsc_iam_get_ssh_public_key_output, ssh_public_key), 0}, /* GetSSHPublicKeyResponse.SSHPublicKey: SSHPublicKey */
        [325] = {MREF(325, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(325, scalars[111]), 0, offsetof(struct awsc_iam_get_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* GetServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [326] = {MREF(326, strings[3201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, structures[294].shape), 0, offsetof(struct awsc_iam_get_server_certificate_output, server_certificate), AWSC_MF_REQUIRED}, /* GetServerCertificateResponse.ServerCertificate: ServerCertificate */
        [327] = {MREF(327, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, scalars[64]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_input, job_id), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsRequest.JobId: jobIDType */
        [328] = {MREF(328, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_input, max_items, has_max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_input, max_items), 0}, /* GetServiceLastAccessedDetailsRequest.MaxItems: maxItemsType */
        [329] = {MREF(329, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[70]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_input, marker), 0}, /* GetServiceLastAccessedDetailsRequest.Marker: markerType */
        [330] = {MREF(330, strings[2992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, enums[18].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_status), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsResponse.JobStatus: jobStatusType */
        [331] = {MREF(331, strings[3219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(331, enums[0].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_type), 0}, /* GetServiceLastAccessedDetailsResponse.JobType: AccessAdvisorUsageGranularityType */
        [332] = {MREF(332, strings[3002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_output, job_creation_date, has_job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_creation_date), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsResponse.JobCreationDate: dateType */
        [333] = {MREF(333, strings[3227]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(333, collections[23].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_output, services_last_accessed), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsResponse.ServicesLastAccessed: ServicesLastAccessed */
        [334] = {MREF(334, strings[3018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(334, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_output, job_completion_date, has_job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_completion_date), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsResponse.JobCompletionDate: dateType */
        [335] = {MREF(335, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(335, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_output, is_truncated), 0}, /* GetServiceLastAccessedDetailsResponse.IsTruncated: booleanType */
        [336] = {MREF(336, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, scalars[106]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_output, marker), 0}, /* GetServiceLastAccessedDetailsResponse.Marker: responseMarkerType */
        [337] = {MREF(337, strings[3248]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, structures[98].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_output, error), 0}, /* GetServiceLastAccessedDetailsResponse.Error: ErrorDetails */
        [338] = {MREF(338, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, scalars[64]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, job_id), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.JobId: jobIDType */
        [339] = {MREF(339, strings[59]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, scalars[117]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, service_namespace), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.ServiceNamespace: serviceNamespaceType */
        [340] = {MREF(340, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(340, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_with_entities_input, max_items, has_max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, max_items), 0}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.MaxItems: maxItemsType */
        [341] = {MREF(341, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, scalars[70]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, marker), 0}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.Marker: markerType */
        [342] = {MREF(342, strings[2992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(342, enums[18].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_status), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobStatus: jobStatusType */
        [343] = {MREF(343, strings[3002]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_creation_date, has_job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_creation_date), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobCreationDate: dateType */
        [344] = {MREF(344, strings[3018]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_completion_date, has_job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_completion_date), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobCompletionDate: dateType */
        [345] = {MREF(345, strings[3254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, collections[33].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, entity_details_list), AWSC_MF_REQUIRED}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.EntityDetailsList: entityDetailsListType */
        [346] = {MREF(346, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_get_service_last_accessed_details_with_entities_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, is_truncated), 0}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.IsTruncated: booleanType */
        [347] = {MREF(347, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, scalars[106]), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, marker), 0}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.Marker: responseMarkerType */
        [348] = {MREF(348, strings[3248]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, structures[98].shape), 0, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, error), 0}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.Error: ErrorDetails */
        [349] = {MREF(349, strings[1718]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, scalars[9]), 0, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_input, deletion_task_id), AWSC_MF_REQUIRED}, /* GetServiceLinkedRoleDeletionStatusRequest.DeletionTaskId: DeletionTaskIdType */
        [350] = {MREF(350, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, enums[3].shape), 0, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, status), AWSC_MF_REQUIRED}, /* GetServiceLinkedRoleDeletionStatusResponse.Status: DeletionTaskStatusType */
        [351] = {MREF(351, strings[1775]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, structures[78].shape), 0, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, reason), 0}, /* GetServiceLinkedRoleDeletionStatusResponse.Reason: DeletionTaskFailureReasonType */
        [352] = {MREF(352, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, scalars[54]), 0, offsetof(struct awsc_iam_get_user_policy_input, user_name), AWSC_MF_REQUIRED}, /* GetUserPolicyRequest.UserName: existingUserNameType */
        [353] = {MREF(353, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(353, scalars[90]), 0, offsetof(struct awsc_iam_get_user_policy_input, policy_name), AWSC_MF_REQUIRED}, /* GetUserPolicyRequest.PolicyName: policyNameType */
        [354] = {MREF(354, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, scalars[54]), 0, offsetof(struct awsc_iam_get_user_policy_output, user_name), AWSC_MF_REQUIRED}, /* GetUserPolicyResponse.UserName: existingUserNameType */
        [355] = {MREF(355, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, scalars[90]), 0, offsetof(struct awsc_iam_get_user_policy_output, policy_name), AWSC_MF_REQUIRED}, /* GetUserPolicyResponse.PolicyName: policyNameType */
        [356] = {MREF(356, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, scalars[88]), 0, offsetof(struct awsc_iam_get_user_policy_output, policy_document), AWSC_MF_REQUIRED}, /* GetUserPolicyResponse.PolicyDocument: policyDocumentType */
        [357] = {MREF(357, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(357, scalars[54]), 0, offsetof(struct awsc_iam_get_user_input, user_name), 0}, /* GetUserRequest.UserName: existingUserNameType */
        [358] = {MREF(358, strings[1249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, structures[353].shape), 0, offsetof(struct awsc_iam_get_user_output, user), AWSC_MF_REQUIRED}, /* GetUserResponse.User: User */
        [359] = {MREF(359, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, scalars[85]), 0, offsetof(struct awsc_iam_group, path), AWSC_MF_REQUIRED}, /* Group.Path: pathType */
        [360] = {MREF(360, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, scalars[55]), 0, offsetof(struct awsc_iam_group, group_name), AWSC_MF_REQUIRED}, /* Group.GroupName: groupNameType */
        [361] = {MREF(361, strings[3272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, scalars[56]), 0, offsetof(struct awsc_iam_group, group_id), AWSC_MF_REQUIRED}, /* Group.GroupId: idType */
        [362] = {MREF(362, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, scalars[30]), 0, offsetof(struct awsc_iam_group, arn), AWSC_MF_REQUIRED}, /* Group.Arn: arnType */
        [363] = {MREF(363, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_group, create_date, has_create_date), offsetof(struct awsc_iam_group, create_date), AWSC_MF_REQUIRED}, /* Group.CreateDate: dateType */
        [364] = {MREF(364, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, scalars[85]), 0, offsetof(struct awsc_iam_group_detail, path), 0}, /* GroupDetail.Path: pathType */
        [365] = {MREF(365, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, scalars[55]), 0, offsetof(struct awsc_iam_group_detail, group_name), 0}, /* GroupDetail.GroupName: groupNameType */
        [366] = {MREF(366, strings[3272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, scalars[56]), 0, offsetof(struct awsc_iam_group_detail, group_id), 0}, /* GroupDetail.GroupId: idType */
        [367] = {MREF(367, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(367, scalars[30]), 0, offsetof(struct awsc_iam_group_detail, arn), 0}, /* GroupDetail.Arn: arnType */
        [368] = {MREF(368, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(368, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_group_detail, create_date, has_create_date), offsetof(struct awsc_iam_group_detail, create_date), 0}, /* GroupDetail.CreateDate: dateType */
        [369] = {MREF(369, strings[3280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(369, collections[41].shape), 0, offsetof(struct awsc_iam_group_detail, group_policy_list), 0}, /* GroupDetail.GroupPolicyList: policyDetailListType */
        [370] = {MREF(370, strings[3296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(370, collections[29].shape), 0, offsetof(struct awsc_iam_group_detail, attached_managed_policies), 0}, /* GroupDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [371] = {MREF(371, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(371, scalars[90]), 0, offsetof(struct awsc_iam_inline_policy_identifier_type, policy_name), AWSC_MF_REQUIRED}, /* InlinePolicyIdentifierType.PolicyName: policyNameType */
        [372] = {MREF(372, strings[3320]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(372, enums[1].shape), 0, offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_type), AWSC_MF_REQUIRED}, /* InlinePolicyIdentifierType.AttachmentType: AttachmentType */
        [373] = {MREF(373, strings[3335]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(373, scalars[1]), 0, offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_name), AWSC_MF_REQUIRED}, /* InlinePolicyIdentifierType.AttachmentName: AttachmentName */
        [374] = {MREF(374, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(374, scalars[85]), 0, offsetof(struct awsc_iam_instance_profile, path), AWSC_MF_REQUIRED}, /* InstanceProfile.Path: pathType */
        [375] = {MREF(375, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(375, scalars[57]), 0, offsetof(struct awsc_iam_instance_profile, instance_profile_name), AWSC_MF_REQUIRED}, /* InstanceProfile.InstanceProfileName: instanceProfileNameType */
        [376] = {MREF(376, strings[3350]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[56]), 0, offsetof(struct awsc_iam_instance_profile, instance_profile_id), AWSC_MF_REQUIRED}, /* InstanceProfile.InstanceProfileId: idType */
        [377] = {MREF(377, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(377, scalars[30]), 0, offsetof(struct awsc_iam_instance_profile, arn), AWSC_MF_REQUIRED}, /* InstanceProfile.Arn: arnType */
        [378] = {MREF(378, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(378, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_instance_profile, create_date, has_create_date), offsetof(struct awsc_iam_instance_profile, create_date), AWSC_MF_REQUIRED}, /* InstanceProfile.CreateDate: dateType */
        [379] = {MREF(379, strings[3368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(379, collections[50].shape), 0, offsetof(struct awsc_iam_instance_profile, roles), AWSC_MF_REQUIRED}, /* InstanceProfile.Roles: roleListType */
        [380] = {MREF(380, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, collections[56].shape), 0, offsetof(struct awsc_iam_instance_profile, tags), 0}, /* InstanceProfile.Tags: tagListType */
        [381] = {MREF(381, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, scalars[59]), 0, offsetof(struct awsc_iam_invalid_authentication_code_exception, message), 0}, /* InvalidAuthenticationCodeException.message: invalidAuthenticationCodeMessage */
        [382] = {MREF(382, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, scalars[60]), 0, offsetof(struct awsc_iam_invalid_certificate_exception, message), 0}, /* InvalidCertificateException.message: invalidCertificateMessage */
        [383] = {MREF(383, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(383, scalars[61]), 0, offsetof(struct awsc_iam_invalid_input_exception, message), 0}, /* InvalidInputException.message: invalidInputMessage */
        [384] = {MREF(384, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, scalars[62]), 0, offsetof(struct awsc_iam_invalid_public_key_exception, message), 0}, /* InvalidPublicKeyException.message: invalidPublicKeyMessage */
        [385] = {MREF(385, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, scalars[63]), 0, offsetof(struct awsc_iam_invalid_user_type_exception, message), 0}, /* InvalidUserTypeException.message: invalidUserTypeMessage */
        [386] = {MREF(386, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, scalars[65]), 0, offsetof(struct awsc_iam_key_pair_mismatch_exception, message), 0}, /* KeyPairMismatchException.message: keyPairMismatchMessage */
        [387] = {MREF(387, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, scalars[66]), 0, offsetof(struct awsc_iam_limit_exceeded_exception, message), 0}, /* LimitExceededException.message: limitExceededMessage */
        [388] = {MREF(388, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, scalars[54]), 0, offsetof(struct awsc_iam_list_access_keys_input, user_name), 0}, /* ListAccessKeysRequest.UserName: existingUserNameType */
        [389] = {MREF(389, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(389, scalars[70]), 0, offsetof(struct awsc_iam_list_access_keys_input, marker), 0}, /* ListAccessKeysRequest.Marker: markerType */
        [390] = {MREF(390, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(390, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_access_keys_input, max_items, has_max_items), offsetof(struct awsc_iam_list_access_keys_input, max_items), 0}, /* ListAccessKeysRequest.MaxItems: maxItemsType */
        [391] = {MREF(391, strings[3679]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(391, collections[27].shape), 0, offsetof(struct awsc_iam_list_access_keys_output, access_key_metadata), AWSC_MF_REQUIRED}, /* ListAccessKeysResponse.AccessKeyMetadata: accessKeyMetadataListType */
        [392] = {MREF(392, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_access_keys_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_access_keys_output, is_truncated), 0}, /* ListAccessKeysResponse.IsTruncated: booleanType */
        [393] = {MREF(393, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(393, scalars[106]), 0, offsetof(struct awsc_iam_list_access_keys_output, marker), 0}, /* ListAccessKeysResponse.Marker: responseMarkerType */
        [394] = {MREF(394, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(394, scalars[70]), 0, offsetof(struct awsc_iam_list_account_aliases_input, marker), 0}, /* ListAccountAliasesRequest.Marker: markerType */
        [395] = {MREF(395, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(395, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_account_aliases_input, max_items, has_max_items), offsetof(struct awsc_iam_list_account_aliases_input, max_items), 0}, /* ListAccountAliasesRequest.MaxItems: maxItemsType */
        [396] = {MREF(396, strings[3697]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(396, collections[28].shape), 0, offsetof(struct awsc_iam_list_account_aliases_output, account_aliases), AWSC_MF_REQUIRED}, /* ListAccountAliasesResponse.AccountAliases: accountAliasListType */
        [397] = {MREF(397, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(397, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_account_aliases_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_account_aliases_output, is_truncated), 0}, /* ListAccountAliasesResponse.IsTruncated: booleanType */
        [398] = {MREF(398, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(398, scalars[106]), 0, offsetof(struct awsc_iam_list_account_aliases_output, marker), 0}, /* ListAccountAliasesResponse.Marker: responseMarkerType */
        [399] = {MREF(399, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(399, scalars[55]), 0, offsetof(struct awsc_iam_list_attached_group_policies_input, group_name), AWSC_MF_REQUIRED}, /* ListAttachedGroupPoliciesRequest.GroupName: groupNameType */
        [400] = {MREF(400, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(400, scalars[94]), 0, offsetof(struct awsc_iam_list_attached_group_policies_input, path_prefix), 0}, /* ListAttachedGroupPoliciesRequest.PathPrefix: policyPathType */
        [401] = {MREF(401, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(401, scalars[70]), 0, offsetof(struct awsc_iam_list_attached_group_policies_input, marker), 0}, /* ListAttachedGroupPoliciesRequest.Marker: markerType */
        [402] = {MREF(402, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_group_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_attached_group_policies_input, max_items), 0}, /* ListAttachedGroupPoliciesRequest.MaxItems: maxItemsType */
        [403] = {MREF(403, strings[3723]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(403, collections[29].shape), 0, offsetof(struct awsc_iam_list_attached_group_policies_output, attached_policies), 0}, /* ListAttachedGroupPoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [404] = {MREF(404, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(404, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_group_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_attached_group_policies_output, is_truncated), 0}, /* ListAttachedGroupPoliciesResponse.IsTruncated: booleanType */
        [405] = {MREF(405, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(405, scalars[106]), 0, offsetof(struct awsc_iam_list_attached_group_policies_output, marker), 0}, /* ListAttachedGroupPoliciesResponse.Marker: responseMarkerType */
        [406] = {MREF(406, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, scalars[109]), 0, offsetof(struct awsc_iam_list_attached_role_policies_input, role_name), AWSC_MF_REQUIRED}, /* ListAttachedRolePoliciesRequest.RoleName: roleNameType */
        [407] = {MREF(407, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, scalars[94]), 0, offsetof(struct awsc_iam_list_attached_role_policies_input, path_prefix), 0}, /* ListAttachedRolePoliciesRequest.PathPrefix: policyPathType */
        [408] = {MREF(408, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, scalars[70]), 0, offsetof(struct awsc_iam_list_attached_role_policies_input, marker), 0}, /* ListAttachedRolePoliciesRequest.Marker: markerType */
        [409] = {MREF(409, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(409, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_role_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_attached_role_policies_input, max_items), 0}, /* ListAttachedRolePoliciesRequest.MaxItems: maxItemsType */
        [410] = {MREF(410, strings[3723]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(410, collections[29].shape), 0, offsetof(struct awsc_iam_list_attached_role_policies_output, attached_policies), 0}, /* ListAttachedRolePoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [411] = {MREF(411, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(411, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_role_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_attached_role_policies_output, is_truncated), 0}, /* ListAttachedRolePoliciesResponse.IsTruncated: booleanType */
        [412] = {MREF(412, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(412, scalars[106]), 0, offsetof(struct awsc_iam_list_attached_role_policies_output, marker), 0}, /* ListAttachedRolePoliciesResponse.Marker: responseMarkerType */
        [413] = {MREF(413, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(413, scalars[131]), 0, offsetof(struct awsc_iam_list_attached_user_policies_input, user_name), AWSC_MF_REQUIRED}, /* ListAttachedUserPoliciesRequest.UserName: userNameType */
        [414] = {MREF(414, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(414, scalars[94]), 0, offsetof(struct awsc_iam_list_attached_user_policies_input, path_prefix), 0}, /* ListAttachedUserPoliciesRequest.PathPrefix: policyPathType */
        [415] = {MREF(415, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(415, scalars[70]), 0, offsetof(struct awsc_iam_list_attached_user_policies_input, marker), 0}, /* ListAttachedUserPoliciesRequest.Marker: markerType */
        [416] = {MREF(416, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_user_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_attached_user_policies_input, max_items), 0}, /* ListAttachedUserPoliciesRequest.MaxItems: maxItemsType */
        [417] = {MREF(417, strings[3723]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, collections[29].shape), 0, offsetof(struct awsc_iam_list_attached_user_policies_output, attached_policies), 0}, /* ListAttachedUserPoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [418] = {MREF(418, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_attached_user_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_attached_user_policies_output, is_truncated), 0}, /* ListAttachedUserPoliciesResponse.IsTruncated: booleanType */
        [419] = {MREF(419, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, scalars[106]), 0, offsetof(struct awsc_iam_list_attached_user_policies_output, marker), 0}, /* ListAttachedUserPoliciesResponse.Marker: responseMarkerType */
        [420] = {MREF(420, strings[1532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, scalars[80]), 0, offsetof(struct awsc_iam_list_delegation_requests_input, owner_id), 0}, /* ListDelegationRequestsRequest.OwnerId: ownerIdType */
        [421] = {MREF(421, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, scalars[70]), 0, offsetof(struct awsc_iam_list_delegation_requests_input, marker), 0}, /* ListDelegationRequestsRequest.Marker: markerType */
        [422] = {MREF(422, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_delegation_requests_input, max_items, has_max_items), offsetof(struct awsc_iam_list_delegation_requests_input, max_items), 0}, /* ListDelegationRequestsRequest.MaxItems: maxItemsType */
        [423] = {MREF(423, strings[3740]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(423, collections[32].shape), 0, offsetof(struct awsc_iam_list_delegation_requests_output, delegation_requests), 0}, /* ListDelegationRequestsResponse.DelegationRequests: delegationRequestsListType */
        [424] = {MREF(424, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(424, scalars[70]), 0, offsetof(struct awsc_iam_list_delegation_requests_output, marker), 0}, /* ListDelegationRequestsResponse.Marker: markerType */
        [425] = {MREF(425, strings[3759]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_delegation_requests_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_delegation_requests_output, is_truncated), 0}, /* ListDelegationRequestsResponse.isTruncated: booleanType */
        [426] = {MREF(426, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, scalars[30]), 0, offsetof(struct awsc_iam_list_entities_for_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* ListEntitiesForPolicyRequest.PolicyArn: arnType */
        [427] = {MREF(427, strings[3771]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(427, enums[4].shape), 0, offsetof(struct awsc_iam_list_entities_for_policy_input, entity_filter), 0}, /* ListEntitiesForPolicyRequest.EntityFilter: EntityType */
        [428] = {MREF(428, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[85]), 0, offsetof(struct awsc_iam_list_entities_for_policy_input, path_prefix), 0}, /* ListEntitiesForPolicyRequest.PathPrefix: pathType */
        [429] = {MREF(429, strings[3784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, enums[11].shape), 0, offsetof(struct awsc_iam_list_entities_for_policy_input, policy_usage_filter), 0}, /* ListEntitiesForPolicyRequest.PolicyUsageFilter: PolicyUsageType */
        [430] = {MREF(430, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[70]), 0, offsetof(struct awsc_iam_list_entities_for_policy_input, marker), 0}, /* ListEntitiesForPolicyRequest.Marker: markerType */
        [431] = {MREF(431, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_entities_for_policy_input, max_items, has_max_items), offsetof(struct awsc_iam_list_entities_for_policy_input, max_items), 0}, /* ListEntitiesForPolicyRequest.MaxItems: maxItemsType */
        [432] = {MREF(432, strings[3802]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, collections[14].shape), 0, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_groups), 0}, /* ListEntitiesForPolicyResponse.PolicyGroups: PolicyGroupListType */
        [433] = {MREF(433, strings[3815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(433, collections[16].shape), 0, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_users), 0}, /* ListEntitiesForPolicyResponse.PolicyUsers: PolicyUserListType */
        [434] = {MREF(434, strings[3827]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, collections[15].shape), 0, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_roles), 0}, /* ListEntitiesForPolicyResponse.PolicyRoles: PolicyRoleListType */
        [435] = {MREF(435, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_entities_for_policy_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_entities_for_policy_output, is_truncated), 0}, /* ListEntitiesForPolicyResponse.IsTruncated: booleanType */
        [436] = {MREF(436, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, scalars[106]), 0, offsetof(struct awsc_iam_list_entities_for_policy_output, marker), 0}, /* ListEntitiesForPolicyResponse.Marker: responseMarkerType */
        [437] = {MREF(437, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, scalars[55]), 0, offsetof(struct awsc_iam_list_group_policies_input, group_name), AWSC_MF_REQUIRED}, /* ListGroupPoliciesRequest.GroupName: groupNameType */
        [438] = {MREF(438, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, scalars[70]), 0, offsetof(struct awsc_iam_list_group_policies_input, marker), 0}, /* ListGroupPoliciesRequest.Marker: markerType */
        [439] = {MREF(439, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(439, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_group_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_group_policies_input, max_items), 0}, /* ListGroupPoliciesRequest.MaxItems: maxItemsType */
        [440] = {MREF(440, strings[3839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(440, collections[45].shape), 0, offsetof(struct awsc_iam_list_group_policies_output, policy_names), AWSC_MF_REQUIRED}, /* ListGroupPoliciesResponse.PolicyNames: policyNameListType */
        [441] = {MREF(441, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_group_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_group_policies_output, is_truncated), 0}, /* ListGroupPoliciesResponse.IsTruncated: booleanType */
        [442] = {MREF(442, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, scalars[106]), 0, offsetof(struct awsc_iam_list_group_policies_output, marker), 0}, /* ListGroupPoliciesResponse.Marker: responseMarkerType */
        [443] = {MREF(443, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(443, scalars[54]), 0, offsetof(struct awsc_iam_list_groups_for_user_input, user_name), AWSC_MF_REQUIRED}, /* ListGroupsForUserRequest.UserName: existingUserNameType */
        [444] = {MREF(444, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(444, scalars[70]), 0, offsetof(struct awsc_iam_list_groups_for_user_input, marker), 0}, /* ListGroupsForUserRequest.Marker: markerType */
        [445] = {MREF(445, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(445, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_groups_for_user_input, max_items, has_max_items), offsetof(struct awsc_iam_list_groups_for_user_input, max_items), 0}, /* ListGroupsForUserRequest.MaxItems: maxItemsType */
        [446] = {MREF(446, strings[3851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, collections[36].shape), 0, offsetof(struct awsc_iam_list_groups_for_user_output, groups), AWSC_MF_REQUIRED}, /* ListGroupsForUserResponse.Groups: groupListType */
        [447] = {MREF(447, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(447, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_groups_for_user_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_groups_for_user_output, is_truncated), 0}, /* ListGroupsForUserResponse.IsTruncated: booleanType */
        [448] = {MREF(448, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(448, scalars[106]), 0, offsetof(struct awsc_iam_list_groups_for_user_output, marker), 0}, /* ListGroupsForUserResponse.Marker: responseMarkerType */
        [449] = {MREF(449, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(449, scalars[84]), 0, offsetof(struct awsc_iam_list_groups_input, path_prefix), 0}, /* ListGroupsRequest.PathPrefix: pathPrefixType */
        [450] = {MREF(450, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(450, scalars[70]), 0, offsetof(struct awsc_iam_list_groups_input, marker), 0}, /* ListGroupsRequest.Marker: markerType */
        [451] = {MREF(451, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(451, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_groups_input, max_items, has_max_items), offsetof(struct awsc_iam_list_groups_input, max_items), 0}, /* ListGroupsRequest.MaxItems: maxItemsType */
        [452] = {MREF(452, strings[3851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(452, collections[36].shape), 0, offsetof(struct awsc_iam_list_groups_output, groups), AWSC_MF_REQUIRED}, /* ListGroupsResponse.Groups: groupListType */
        [453] = {MREF(453, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(453, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_groups_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_groups_output, is_truncated), 0}, /* ListGroupsResponse.IsTruncated: booleanType */
        [454] = {MREF(454, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(454, scalars[106]), 0, offsetof(struct awsc_iam_list_groups_output, marker), 0}, /* ListGroupsResponse.Marker: responseMarkerType */
        [455] = {MREF(455, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(455, scalars[57]), 0, offsetof(struct awsc_iam_list_instance_profile_tags_input, instance_profile_name), AWSC_MF_REQUIRED}, /* ListInstanceProfileTagsRequest.InstanceProfileName: instanceProfileNameType */
        [456] = {MREF(456, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(456, scalars[70]), 0, offsetof(struct awsc_iam_list_instance_profile_tags_input, marker), 0}, /* ListInstanceProfileTagsRequest.Marker: markerType */
        [457] = {MREF(457, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profile_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_instance_profile_tags_input, max_items), 0}, /* ListInstanceProfileTagsRequest.MaxItems: maxItemsType */
        [458] = {MREF(458, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(458, collections[56].shape), 0, offsetof(struct awsc_iam_list_instance_profile_tags_output, tags), AWSC_MF_REQUIRED}, /* ListInstanceProfileTagsResponse.Tags: tagListType */
        [459] = {MREF(459, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(459, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profile_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_instance_profile_tags_output, is_truncated), 0}, /* ListInstanceProfileTagsResponse.IsTruncated: booleanType */
        [460] = {MREF(460, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, scalars[106]), 0, offsetof(struct awsc_iam_list_instance_profile_tags_output, marker), 0}, /* ListInstanceProfileTagsResponse.Marker: responseMarkerType */
        [461] = {MREF(461, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[109]), 0, offsetof(struct awsc_iam_list_instance_profiles_for_role_input, role_name), AWSC_MF_REQUIRED}, /* ListInstanceProfilesForRoleRequest.RoleName: roleNameType */
        [462] = {MREF(462, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[70]), 0, offsetof(struct awsc_iam_list_instance_profiles_for_role_input, marker), 0}, /* ListInstanceProfilesForRoleRequest.Marker: markerType */
        [463] = {MREF(463, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(463, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profiles_for_role_input, max_items, has_max_items), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, max_items), 0}, /* ListInstanceProfilesForRoleRequest.MaxItems: maxItemsType */
        [464] = {MREF(464, strings[3858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, collections[38].shape), 0, offsetof(struct awsc_iam_list_instance_profiles_for_role_output, instance_profiles), AWSC_MF_REQUIRED}, /* ListInstanceProfilesForRoleResponse.InstanceProfiles: instanceProfileListType */
        [465] = {MREF(465, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profiles_for_role_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, is_truncated), 0}, /* ListInstanceProfilesForRoleResponse.IsTruncated: booleanType */
        [466] = {MREF(466, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, scalars[106]), 0, offsetof(struct awsc_iam_list_instance_profiles_for_role_output, marker), 0}, /* ListInstanceProfilesForRoleResponse.Marker: responseMarkerType */
        [467] = {MREF(467, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, scalars[84]), 0, offsetof(struct awsc_iam_list_instance_profiles_input, path_prefix), 0}, /* ListInstanceProfilesRequest.PathPrefix: pathPrefixType */
        [468] = {MREF(468, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, scalars[70]), 0, offsetof(struct awsc_iam_list_instance_profiles_input, marker), 0}, /* ListInstanceProfilesRequest.Marker: markerType */
        [469] = {MREF(469, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profiles_input, max_items, has_max_items), offsetof(struct awsc_iam_list_instance_profiles_input, max_items), 0}, /* ListInstanceProfilesRequest.MaxItems: maxItemsType */
        [470] = {MREF(470, strings[3858]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, collections[38].shape), 0, offsetof(struct awsc_iam_list_instance_profiles_output, instance_profiles), AWSC_MF_REQUIRED}, /* ListInstanceProfilesResponse.InstanceProfiles: instanceProfileListType */
        [471] = {MREF(471, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(471, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_instance_profiles_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_instance_profiles_output, is_truncated), 0}, /* ListInstanceProfilesResponse.IsTruncated: booleanType */
        [472] = {MREF(472, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(472, scalars[106]), 0, offsetof(struct awsc_iam_list_instance_profiles_output, marker), 0}, /* ListInstanceProfilesResponse.Marker: responseMarkerType */
        [473] = {MREF(473, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(473, scalars[110]), 0, offsetof(struct awsc_iam_list_mfa_device_tags_input, serial_number), AWSC_MF_REQUIRED}, /* ListMFADeviceTagsRequest.SerialNumber: serialNumberType */
        [474] = {MREF(474, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(474, scalars[70]), 0, offsetof(struct awsc_iam_list_mfa_device_tags_input, marker), 0}, /* ListMFADeviceTagsRequest.Marker: markerType */
        [475] = {MREF(475, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_mfa_device_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_mfa_device_tags_input, max_items), 0}, /* ListMFADeviceTagsRequest.MaxItems: maxItemsType */
        [476] = {MREF(476, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, collections[56].shape), 0, offsetof(struct awsc_iam_list_mfa_device_tags_output, tags), AWSC_MF_REQUIRED}, /* ListMFADeviceTagsResponse.Tags: tagListType */
        [477] = {MREF(477, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(477, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_mfa_device_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_mfa_device_tags_output, is_truncated), 0}, /* ListMFADeviceTagsResponse.IsTruncated: booleanType */
        [478] = {MREF(478, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(478, scalars[106]), 0, offsetof(struct awsc_iam_list_mfa_device_tags_output, marker), 0}, /* ListMFADeviceTagsResponse.Marker: responseMarkerType */
        [479] = {MREF(479, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(479, scalars[54]), 0, offsetof(struct awsc_iam_list_mfa_devices_input, user_name), 0}, /* ListMFADevicesRequest.UserName: existingUserNameType */
        [480] = {MREF(480, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[70]), 0, offsetof(struct awsc_iam_list_mfa_devices_input, marker), 0}, /* ListMFADevicesRequest.Marker: markerType */
        [481] = {MREF(481, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(481, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_mfa_devices_input, max_items, has_max_items), offsetof(struct awsc_iam_list_mfa_devices_input, max_items), 0}, /* ListMFADevicesRequest.MaxItems: maxItemsType */
        [482] = {MREF(482, strings[3875]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, collections[40].shape), 0, offsetof(struct awsc_iam_list_mfa_devices_output, mfa_devices), AWSC_MF_REQUIRED}, /* ListMFADevicesResponse.MFADevices: mfaDeviceListType */
        [483] = {MREF(483, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(483, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_mfa_devices_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_mfa_devices_output, is_truncated), 0}, /* ListMFADevicesResponse.IsTruncated: booleanType */
        [484] = {MREF(484, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(484, scalars[106]), 0, offsetof(struct awsc_iam_list_mfa_devices_output, marker), 0}, /* ListMFADevicesResponse.Marker: responseMarkerType */
        [485] = {MREF(485, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(485, scalars[30]), 0, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* ListOpenIDConnectProviderTagsRequest.OpenIDConnectProviderArn: arnType */
        [486] = {MREF(486, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(486, scalars[70]), 0, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, marker), 0}, /* ListOpenIDConnectProviderTagsRequest.Marker: markerType */
        [487] = {MREF(487, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(487, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_open_id_connect_provider_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, max_items), 0}, /* ListOpenIDConnectProviderTagsRequest.MaxItems: maxItemsType */
        [488] = {MREF(488, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, collections[56].shape), 0, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, tags), AWSC_MF_REQUIRED}, /* ListOpenIDConnectProviderTagsResponse.Tags: tagListType */
        [489] = {MREF(489, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(489, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_open_id_connect_provider_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, is_truncated), 0}, /* ListOpenIDConnectProviderTagsResponse.IsTruncated: booleanType */
        [490] = {MREF(490, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(490, scalars[106]), 0, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, marker), 0}, /* ListOpenIDConnectProviderTagsResponse.Marker: responseMarkerType */
        [491] = {MREF(491, strings[3886]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, collections[11].shape), 0, offsetof(struct awsc_iam_list_open_id_connect_providers_output, open_id_connect_provider_list), 0}, /* ListOpenIDConnectProvidersResponse.OpenIDConnectProviderList: OpenIDConnectProviderListType */
        [492] = {MREF(492, strings[1837]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, scalars[15]), 0, offsetof(struct awsc_iam_list_organizations_features_output, organization_id), 0}, /* ListOrganizationsFeaturesResponse.OrganizationId: OrganizationIdType */
        [493] = {MREF(493, strings[1852]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, collections[9].shape), 0, offsetof(struct awsc_iam_list_organizations_features_output, enabled_features), 0}, /* ListOrganizationsFeaturesResponse.EnabledFeatures: FeaturesListType */
        [494] = {MREF(494, strings[59]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, scalars[117]), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_entry, service_namespace), 0}, /* ListPoliciesGrantingServiceAccessEntry.ServiceNamespace: serviceNamespaceType */
        [495] = {MREF(495, strings[2689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, collections[43].shape), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_entry, policies), 0}, /* ListPoliciesGrantingServiceAccessEntry.Policies: policyGrantingServiceAccessListType */
        [496] = {MREF(496, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(496, scalars[70]), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_input, marker), 0}, /* ListPoliciesGrantingServiceAccessRequest.Marker: markerType */
        [497] = {MREF(497, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[30]), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_input, arn), AWSC_MF_REQUIRED}, /* ListPoliciesGrantingServiceAccessRequest.Arn: arnType */
        [498] = {MREF(498, strings[3912]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(498, collections[53].shape), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_input, service_namespaces), AWSC_MF_REQUIRED}, /* ListPoliciesGrantingServiceAccessRequest.ServiceNamespaces: serviceNamespaceListType */
        [499] = {MREF(499, strings[3930]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(499, collections[39].shape), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_output, policies_granting_service_access), AWSC_MF_REQUIRED}, /* ListPoliciesGrantingServiceAccessResponse.PoliciesGrantingServiceAccess: listPolicyGrantingServiceAccessResponseListType */
        [500] = {MREF(500, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(500, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_policies_granting_service_access_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_policies_granting_service_access_output, is_truncated), 0}, /* ListPoliciesGrantingServiceAccessResponse.IsTruncated: booleanType */
        [501] = {MREF(501, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(501, scalars[106]), 0, offsetof(struct awsc_iam_list_policies_granting_service_access_output, marker), 0}, /* ListPoliciesGrantingServiceAccessResponse.Marker: responseMarkerType */
        [502] = {MREF(502, strings[3960]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(502, enums[22].shape), 0, offsetof(struct awsc_iam_list_policies_input, scope), 0}, /* ListPoliciesRequest.Scope: policyScopeType */
        [503] = {MREF(503, strings[3966]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(503, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_policies_input, only_attached, has_only_attached), offsetof(struct awsc_iam_list_policies_input, only_attached), 0}, /* ListPoliciesRequest.OnlyAttached: booleanType */
        [504] = {MREF(504, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, scalars[94]), 0, offsetof(struct awsc_iam_list_policies_input, path_prefix), 0}, /* ListPoliciesRequest.PathPrefix: policyPathType */
        [505] = {MREF(505, strings[3784]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, enums[11].shape), 0, offsetof(struct awsc_iam_list_policies_input, policy_usage_filter), 0}, /* ListPoliciesRequest.PolicyUsageFilter: PolicyUsageType */
        [506] = {MREF(506, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(506, scalars[70]), 0, offsetof(struct awsc_iam_list_policies_input, marker), 0}, /* ListPoliciesRequest.Marker: markerType */
        [507] = {MREF(507, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_policies_input, max_items), 0}, /* ListPoliciesRequest.MaxItems: maxItemsType */
        [508] = {MREF(508, strings[2689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, collections[44].shape), 0, offsetof(struct awsc_iam_list_policies_output, policies), 0}, /* ListPoliciesResponse.Policies: policyListType */
        [509] = {MREF(509, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_policies_output, is_truncated), 0}, /* ListPoliciesResponse.IsTruncated: booleanType */
        [510] = {MREF(510, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(510, scalars[106]), 0, offsetof(struct awsc_iam_list_policies_output, marker), 0}, /* ListPoliciesResponse.Marker: responseMarkerType */
        [511] = {MREF(511, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(511, scalars[30]), 0, offsetof(struct awsc_iam_list_policy_tags_input, policy_arn), AWSC_MF_REQUIRED}, /* ListPolicyTagsRequest.PolicyArn: arnType */
        [512] = {MREF(512, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(512, scalars[70]), 0, offsetof(struct awsc_iam_list_policy_tags_input, marker), 0}, /* ListPolicyTagsRequest.Marker: markerType */
        [513] = {MREF(513, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_policy_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_policy_tags_input, max_items), 0}, /* ListPolicyTagsRequest.MaxItems: maxItemsType */
        [514] = {MREF(514, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, collections[56].shape), 0, offsetof(struct awsc_iam_list_policy_tags_output, tags), AWSC_MF_REQUIRED}, /* ListPolicyTagsResponse.Tags: tagListType */
        [515] = {MREF(515, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(515, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_policy_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_policy_tags_output, is_truncated), 0}, /* ListPolicyTagsResponse.IsTruncated: booleanType */
        [516] = {MREF(516, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(516, scalars[106]), 0, offsetof(struct awsc_iam_list_policy_tags_output, marker), 0}, /* ListPolicyTagsResponse.Marker: responseMarkerType */
        [517] = {MREF(517, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, scalars[30]), 0, offsetof(struct awsc_iam_list_policy_versions_input, policy_arn), AWSC_MF_REQUIRED}, /* ListPolicyVersionsRequest.PolicyArn: arnType */
        [518] = {MREF(518, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, scalars[70]), 0, offsetof(struct awsc_iam_list_policy_versions_input, marker), 0}, /* ListPolicyVersionsRequest.Marker: markerType */
        [519] = {MREF(519, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_policy_versions_input, max_items, has_max_items), offsetof(struct awsc_iam_list_policy_versions_input, max_items), 0}, /* ListPolicyVersionsRequest.MaxItems: maxItemsType */
        [520] = {MREF(520, strings[3979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, collections[42].shape), 0, offsetof(struct awsc_iam_list_policy_versions_output, versions), 0}, /* ListPolicyVersionsResponse.Versions: policyDocumentVersionListType */
        [521] = {MREF(521, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_policy_versions_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_policy_versions_output, is_truncated), 0}, /* ListPolicyVersionsResponse.IsTruncated: booleanType */
        [522] = {MREF(522, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, scalars[106]), 0, offsetof(struct awsc_iam_list_policy_versions_output, marker), 0}, /* ListPolicyVersionsResponse.Marker: responseMarkerType */
        [523] = {MREF(523, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, scalars[109]), 0, offsetof(struct awsc_iam_list_role_policies_input, role_name), AWSC_MF_REQUIRED}, /* ListRolePoliciesRequest.RoleName: roleNameType */
        [524] = {MREF(524, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, scalars[70]), 0, offsetof(struct awsc_iam_list_role_policies_input, marker), 0}, /* ListRolePoliciesRequest.Marker: markerType */
        [525] = {MREF(525, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_role_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_role_policies_input, max_items), 0}, /* ListRolePoliciesRequest.MaxItems: maxItemsType */
        [526] = {MREF(526, strings[3839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(526, collections[45].shape), 0, offsetof(struct awsc_iam_list_role_policies_output, policy_names), AWSC_MF_REQUIRED}, /* ListRolePoliciesResponse.PolicyNames: policyNameListType */
        [527] = {MREF(527, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(527, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_role_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_role_policies_output, is_truncated), 0}, /* ListRolePoliciesResponse.IsTruncated: booleanType */
        [528] = {MREF(528, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, scalars[106]), 0, offsetof(struct awsc_iam_list_role_policies_output, marker), 0}, /* ListRolePoliciesResponse.Marker: responseMarkerType */
        [529] = {MREF(529, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(529, scalars[109]), 0, offsetof(struct awsc_iam_list_role_tags_input, role_name), AWSC_MF_REQUIRED}, /* ListRoleTagsRequest.RoleName: roleNameType */
        [530] = {MREF(530, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(530, scalars[70]), 0, offsetof(struct awsc_iam_list_role_tags_input, marker), 0}, /* ListRoleTagsRequest.Marker: markerType */
        [531] = {MREF(531, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(531, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_role_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_role_tags_input, max_items), 0}, /* ListRoleTagsRequest.MaxItems: maxItemsType */
        [532] = {MREF(532, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(532, collections[56].shape), 0, offsetof(struct awsc_iam_list_role_tags_output, tags), AWSC_MF_REQUIRED}, /* ListRoleTagsResponse.Tags: tagListType */
        [533] = {MREF(533, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(533, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_role_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_role_tags_output, is_truncated), 0}, /* ListRoleTagsResponse.IsTruncated: booleanType */
        [534] = {MREF(534, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(534, scalars[106]), 0, offsetof(struct awsc_iam_list_role_tags_output, marker), 0}, /* ListRoleTagsResponse.Marker: responseMarkerType */
        [535] = {MREF(535, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(535, scalars[84]), 0, offsetof(struct awsc_iam_list_roles_input, path_prefix), 0}, /* ListRolesRequest.PathPrefix: pathPrefixType */
        [536] = {MREF(536, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(536, scalars[70]), 0, offsetof(struct awsc_iam_list_roles_input, marker), 0}, /* ListRolesRequest.Marker: markerType */
        [537] = {MREF(537, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(537, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_roles_input, max_items, has_max_items), offsetof(struct awsc_iam_list_roles_input, max_items), 0}, /* ListRolesRequest.MaxItems: maxItemsType */
        [538] = {MREF(538, strings[3368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(538, collections[50].shape), 0, offsetof(struct awsc_iam_list_roles_output, roles), AWSC_MF_REQUIRED}, /* ListRolesResponse.Roles: roleListType */
        [539] = {MREF(539, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(539, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_roles_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_roles_output, is_truncated), 0}, /* ListRolesResponse.IsTruncated: booleanType */
        [540] = {MREF(540, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(540, scalars[106]), 0, offsetof(struct awsc_iam_list_roles_output, marker), 0}, /* ListRolesResponse.Marker: responseMarkerType */
        [541] = {MREF(541, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(541, scalars[30]), 0, offsetof(struct awsc_iam_list_saml_provider_tags_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* ListSAMLProviderTagsRequest.SAMLProviderArn: arnType */
        [542] = {MREF(542, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(542, scalars[70]), 0, offsetof(struct awsc_iam_list_saml_provider_tags_input, marker), 0}, /* ListSAMLProviderTagsRequest.Marker: markerType */
        [543] = {MREF(543, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(543, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_saml_provider_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_saml_provider_tags_input, max_items), 0}, /* ListSAMLProviderTagsRequest.MaxItems: maxItemsType */
        [544] = {MREF(544, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(544, collections[56].shape), 0, offsetof(struct awsc_iam_list_saml_provider_tags_output, tags), AWSC_MF_REQUIRED}, /* ListSAMLProviderTagsResponse.Tags: tagListType */
        [545] = {MREF(545, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(545, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_saml_provider_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_saml_provider_tags_output, is_truncated), 0}, /* ListSAMLProviderTagsResponse.IsTruncated: booleanType */
        [546] = {MREF(546, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(546, scalars[106]), 0, offsetof(struct awsc_iam_list_saml_provider_tags_output, marker), 0}, /* ListSAMLProviderTagsResponse.Marker: responseMarkerType */
        [547] = {MREF(547, strings[3988]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(547, collections[20].shape), 0, offsetof(struct awsc_iam_list_saml_providers_output, saml_provider_list), 0}, /* ListSAMLProvidersResponse.SAMLProviderList: SAMLProviderListType */
        [548] = {MREF(548, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(548, scalars[131]), 0, offsetof(struct awsc_iam_list_ssh_public_keys_input, user_name), 0}, /* ListSSHPublicKeysRequest.UserName: userNameType */
        [549] = {MREF(549, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(549, scalars[70]), 0, offsetof(struct awsc_iam_list_ssh_public_keys_input, marker), 0}, /* ListSSHPublicKeysRequest.Marker: markerType */
        [550] = {MREF(550, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(550, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_ssh_public_keys_input, max_items, has_max_items), offsetof(struct awsc_iam_list_ssh_public_keys_input, max_items), 0}, /* ListSSHPublicKeysRequest.MaxItems: maxItemsType */
        [551] = {MREF(551, strings[4005]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(551, collections[21].shape), 0, offsetof(struct awsc_iam_list_ssh_public_keys_output, ssh_public_keys), 0}, /* ListSSHPublicKeysResponse.SSHPublicKeys: SSHPublicKeyListType */
        [552] = {MREF(552, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(552, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_ssh_public_keys_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_ssh_public_keys_output, is_truncated), 0}, /* ListSSHPublicKeysResponse.IsTruncated: booleanType */
        [553] = {MREF(553, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(553, scalars[106]), 0, offsetof(struct awsc_iam_list_ssh_public_keys_output, marker), 0}, /* ListSSHPublicKeysResponse.Marker: responseMarkerType */
        [554] = {MREF(554, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(554, scalars[111]), 0, offsetof(struct awsc_iam_list_server_certificate_tags_input, server_certificate_name), AWSC_MF_REQUIRED}, /* ListServerCertificateTagsRequest.ServerCertificateName: serverCertificateNameType */
        [555] = {MREF(555, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(555, scalars[70]), 0, offsetof(struct awsc_iam_list_server_certificate_tags_input, marker), 0}, /* ListServerCertificateTagsRequest.Marker: markerType */
        [556] = {MREF(556, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(556, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_server_certificate_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_server_certificate_tags_input, max_items), 0}, /* ListServerCertificateTagsRequest.MaxItems: maxItemsType */
        [557] = {MREF(557, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(557, collections[56].shape), 0, offsetof(struct awsc_iam_list_server_certificate_tags_output, tags), AWSC_MF_REQUIRED}, /* ListServerCertificateTagsResponse.Tags: tagListType */
        [558] = {MREF(558, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(558, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_server_certificate_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_server_certificate_tags_output, is_truncated), 0}, /* ListServerCertificateTagsResponse.IsTruncated: booleanType */
        [559] = {MREF(559, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(559, scalars[106]), 0, offsetof(struct awsc_iam_list_server_certificate_tags_output, marker), 0}, /* ListServerCertificateTagsResponse.Marker: responseMarkerType */
        [560] = {MREF(560, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(560, scalars[84]), 0, offsetof(struct awsc_iam_list_server_certificates_input, path_prefix), 0}, /* ListServerCertificatesRequest.PathPrefix: pathPrefixType */
        [561] = {MREF(561, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(561, scalars[70]), 0, offsetof(struct awsc_iam_list_server_certificates_input, marker), 0}, /* ListServerCertificatesRequest.Marker: markerType */
        [562] = {MREF(562, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(562, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_server_certificates_input, max_items, has_max_items), offsetof(struct awsc_iam_list_server_certificates_input, max_items), 0}, /* ListServerCertificatesRequest.MaxItems: maxItemsType */
        [563] = {MREF(563, strings[4019]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(563, collections[52].shape), 0, offsetof(struct awsc_iam_list_server_certificates_output, server_certificate_metadata_list), AWSC_MF_REQUIRED}, /* ListServerCertificatesResponse.ServerCertificateMetadataList: serverCertificateMetadataListType */
        [564] = {MREF(564, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(564, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_server_certificates_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_server_certificates_output, is_truncated), 0}, /* ListServerCertificatesResponse.IsTruncated: booleanType */
        [565] = {MREF(565, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(565, scalars[106]), 0, offsetof(struct awsc_iam_list_server_certificates_output, marker), 0}, /* ListServerCertificatesResponse.Marker: responseMarkerType */
        [566] = {MREF(566, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(566, scalars[131]), 0, offsetof(struct awsc_iam_list_service_specific_credentials_input, user_name), 0}, /* ListServiceSpecificCredentialsRequest.UserName: userNameType */
        [567] = {MREF(567, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(567, scalars[115]), 0, offsetof(struct awsc_iam_list_service_specific_credentials_input, service_name), 0}, /* ListServiceSpecificCredentialsRequest.ServiceName: serviceName */
        [568] = {MREF(568, strings[4049]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(568, scalars[29]), AWSC_MEMBER_HAS(struct awsc_iam_list_service_specific_credentials_input, all_users, has_all_users), offsetof(struct awsc_iam_list_service_specific_credentials_input, all_users), 0}, /* ListServiceSpecificCredentialsRequest.AllUsers: allUsers */
        [569] = {MREF(569, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(569, scalars[70]), 0, offsetof(struct awsc_iam_list_service_specific_credentials_input, marker), 0}, /* ListServiceSpecificCredentialsRequest.Marker: markerType */
        [570] = {MREF(570, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(570, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_service_specific_credentials_input, max_items, has_max_items), offsetof(struct awsc_iam_list_service_specific_credentials_input, max_items), 0}, /* ListServiceSpecificCredentialsRequest.MaxItems: maxItemsType */
        [571] = {MREF(571, strings[4058]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(571, collections[22].shape), 0, offsetof(struct awsc_iam_list_service_specific_credentials_output, service_specific_credentials), 0}, /* ListServiceSpecificCredentialsResponse.ServiceSpecificCredentials: ServiceSpecificCredentialsListType */
        [572] = {MREF(572, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(572, scalars[106]), 0, offsetof(struct awsc_iam_list_service_specific_credentials_output, marker), 0}, /* ListServiceSpecificCredentialsResponse.Marker: responseMarkerType */
        [573] = {MREF(573, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(573, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_service_specific_credentials_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_service_specific_credentials_output, is_truncated), 0}, /* ListServiceSpecificCredentialsResponse.IsTruncated: booleanType */
        [574] = {MREF(574, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(574, scalars[54]), 0, offsetof(struct awsc_iam_list_signing_certificates_input, user_name), 0}, /* ListSigningCertificatesRequest.UserName: existingUserNameType */
        [575] = {MREF(575, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(575, scalars[70]), 0, offsetof(struct awsc_iam_list_signing_certificates_input, marker), 0}, /* ListSigningCertificatesRequest.Marker: markerType */
        [576] = {MREF(576, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(576, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_signing_certificates_input, max_items, has_max_items), offsetof(struct awsc_iam_list_signing_certificates_input, max_items), 0}, /* ListSigningCertificatesRequest.MaxItems: maxItemsType */
        [577] = {MREF(577, strings[4085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(577, collections[30].shape), 0, offsetof(struct awsc_iam_list_signing_certificates_output, certificates), AWSC_MF_REQUIRED}, /* ListSigningCertificatesResponse.Certificates: certificateListType */
        [578] = {MREF(578, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(578, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_signing_certificates_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_signing_certificates_output, is_truncated), 0}, /* ListSigningCertificatesResponse.IsTruncated: booleanType */
        [579] = {MREF(579, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(579, scalars[106]), 0, offsetof(struct awsc_iam_list_signing_certificates_output, marker), 0}, /* ListSigningCertificatesResponse.Marker: responseMarkerType */
        [580] = {MREF(580, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(580, scalars[54]), 0, offsetof(struct awsc_iam_list_user_policies_input, user_name), AWSC_MF_REQUIRED}, /* ListUserPoliciesRequest.UserName: existingUserNameType */
        [581] = {MREF(581, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(581, scalars[70]), 0, offsetof(struct awsc_iam_list_user_policies_input, marker), 0}, /* ListUserPoliciesRequest.Marker: markerType */
        [582] = {MREF(582, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(582, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_user_policies_input, max_items, has_max_items), offsetof(struct awsc_iam_list_user_policies_input, max_items), 0}, /* ListUserPoliciesRequest.MaxItems: maxItemsType */
        [583] = {MREF(583, strings[3839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(583, collections[45].shape), 0, offsetof(struct awsc_iam_list_user_policies_output, policy_names), AWSC_MF_REQUIRED}, /* ListUserPoliciesResponse.PolicyNames: policyNameListType */
        [584] = {MREF(584, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(584, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_user_policies_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_user_policies_output, is_truncated), 0}, /* ListUserPoliciesResponse.IsTruncated: booleanType */
        [585] = {MREF(585, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(585, scalars[106]), 0, offsetof(struct awsc_iam_list_user_policies_output, marker), 0}, /* ListUserPoliciesResponse.Marker: responseMarkerType */
        [586] = {MREF(586, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(586, scalars[54]), 0, offsetof(struct awsc_iam_list_user_tags_input, user_name), AWSC_MF_REQUIRED}, /* ListUserTagsRequest.UserName: existingUserNameType */
        [587] = {MREF(587, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(587, scalars[70]), 0, offsetof(struct awsc_iam_list_user_tags_input, marker), 0}, /* ListUserTagsRequest.Marker: markerType */
        [588] = {MREF(588, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(588, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_user_tags_input, max_items, has_max_items), offsetof(struct awsc_iam_list_user_tags_input, max_items), 0}, /* ListUserTagsRequest.MaxItems: maxItemsType */
        [589] = {MREF(589, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(589, collections[56].shape), 0, offsetof(struct awsc_iam_list_user_tags_output, tags), AWSC_MF_REQUIRED}, /* ListUserTagsResponse.Tags: tagListType */
        [590] = {MREF(590, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(590, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_user_tags_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_user_tags_output, is_truncated), 0}, /* ListUserTagsResponse.IsTruncated: booleanType */
        [591] = {MREF(591, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(591, scalars[106]), 0, offsetof(struct awsc_iam_list_user_tags_output, marker), 0}, /* ListUserTagsResponse.Marker: responseMarkerType */
        [592] = {MREF(592, strings[3712]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(592, scalars[84]), 0, offsetof(struct awsc_iam_list_users_input, path_prefix), 0}, /* ListUsersRequest.PathPrefix: pathPrefixType */
        [593] = {MREF(593, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(593, scalars[70]), 0, offsetof(struct awsc_iam_list_users_input, marker), 0}, /* ListUsersRequest.Marker: markerType */
        [594] = {MREF(594, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(594, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_users_input, max_items, has_max_items), offsetof(struct awsc_iam_list_users_input, max_items), 0}, /* ListUsersRequest.MaxItems: maxItemsType */
        [595] = {MREF(595, strings[2907]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(595, collections[59].shape), 0, offsetof(struct awsc_iam_list_users_output, users), AWSC_MF_REQUIRED}, /* ListUsersResponse.Users: userListType */
        [596] = {MREF(596, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(596, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_users_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_users_output, is_truncated), 0}, /* ListUsersResponse.IsTruncated: booleanType */
        [597] = {MREF(597, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(597, scalars[106]), 0, offsetof(struct awsc_iam_list_users_output, marker), 0}, /* ListUsersResponse.Marker: responseMarkerType */
        [598] = {MREF(598, strings[4098]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(598, enums[15].shape), 0, offsetof(struct awsc_iam_list_virtual_mfa_devices_input, assignment_status), 0}, /* ListVirtualMFADevicesRequest.AssignmentStatus: assignmentStatusType */
        [599] = {MREF(599, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(599, scalars[70]), 0, offsetof(struct awsc_iam_list_virtual_mfa_devices_input, marker), 0}, /* ListVirtualMFADevicesRequest.Marker: markerType */
        [600] = {MREF(600, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(600, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_list_virtual_mfa_devices_input, max_items, has_max_items), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, max_items), 0}, /* ListVirtualMFADevicesRequest.MaxItems: maxItemsType */
        [601] = {MREF(601, strings[4115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(601, collections[60].shape), 0, offsetof(struct awsc_iam_list_virtual_mfa_devices_output, virtual_mfa_devices), AWSC_MF_REQUIRED}, /* ListVirtualMFADevicesResponse.VirtualMFADevices: virtualMFADeviceListType */
        [602] = {MREF(602, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(602, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_list_virtual_mfa_devices_output, is_truncated, has_is_truncated), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, is_truncated), 0}, /* ListVirtualMFADevicesResponse.IsTruncated: booleanType */
        [603] = {MREF(603, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(603, scalars[106]), 0, offsetof(struct awsc_iam_list_virtual_mfa_devices_output, marker), 0}, /* ListVirtualMFADevicesResponse.Marker: responseMarkerType */
        [604] = {MREF(604, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(604, scalars[131]), 0, offsetof(struct awsc_iam_login_profile, user_name), AWSC_MF_REQUIRED}, /* LoginProfile.UserName: userNameType */
        [605] = {MREF(605, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(605, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_login_profile, create_date, has_create_date), offsetof(struct awsc_iam_login_profile, create_date), AWSC_MF_REQUIRED}, /* LoginProfile.CreateDate: dateType */
        [606] = {MREF(606, strings[912]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(606, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_login_profile, password_reset_required, has_password_reset_required), offsetof(struct awsc_iam_login_profile, password_reset_required), 0}, /* LoginProfile.PasswordResetRequired: booleanType */
        [607] = {MREF(607, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(607, scalars[131]), 0, offsetof(struct awsc_iam_mfa_device, user_name), AWSC_MF_REQUIRED}, /* MFADevice.UserName: userNameType */
        [608] = {MREF(608, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(608, scalars[110]), 0, offsetof(struct awsc_iam_mfa_device, serial_number), AWSC_MF_REQUIRED}, /* MFADevice.SerialNumber: serialNumberType */
        [609] = {MREF(609, strings[2958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(609, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_mfa_device, enable_date, has_enable_date), offsetof(struct awsc_iam_mfa_device, enable_date), AWSC_MF_REQUIRED}, /* MFADevice.EnableDate: dateType */
        [610] = {MREF(610, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(610, scalars[68]), 0, offsetof(struct awsc_iam_malformed_certificate_exception, message), 0}, /* MalformedCertificateException.message: malformedCertificateMessage */
        [611] = {MREF(611, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(611, scalars[69]), 0, offsetof(struct awsc_iam_malformed_policy_document_exception, message), 0}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [612] = {MREF(612, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(612, scalars[90]), 0, offsetof(struct awsc_iam_managed_policy_detail, policy_name), 0}, /* ManagedPolicyDetail.PolicyName: policyNameType */
        [613] = {MREF(613, strings[4241]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(613, scalars[56]), 0, offsetof(struct awsc_iam_managed_policy_detail, policy_id), 0}, /* ManagedPolicyDetail.PolicyId: idType */
        [614] = {MREF(614, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(614, scalars[30]), 0, offsetof(struct awsc_iam_managed_policy_detail, arn), 0}, /* ManagedPolicyDetail.Arn: arnType */
        [615] = {MREF(615, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(615, scalars[94]), 0, offsetof(struct awsc_iam_managed_policy_detail, path), 0}, /* ManagedPolicyDetail.Path: policyPathType */
        [616] = {MREF(616, strings[4250]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(616, scalars[95]), 0, offsetof(struct awsc_iam_managed_policy_detail, default_version_id), 0}, /* ManagedPolicyDetail.DefaultVersionId: policyVersionIdType */
        [617] = {MREF(617, strings[4267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(617, scalars[31]), AWSC_MEMBER_HAS(struct awsc_iam_managed_policy_detail, attachment_count, has_attachment_count), offsetof(struct awsc_iam_managed_policy_detail, attachment_count), 0}, /* ManagedPolicyDetail.AttachmentCount: attachmentCountType */
        [618] = {MREF(618, strings[4283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(618, scalars[31]), AWSC_MEMBER_HAS(struct awsc_iam_managed_policy_detail, permissions_boundary_usage_count, has_permissions_boundary_usage_count), offsetof(struct awsc_iam_managed_policy_detail, permissions_boundary_usage_count), 0}, /* ManagedPolicyDetail.PermissionsBoundaryUsageCount: attachmentCountType */
        [619] = {MREF(619, strings[4313]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(619, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_managed_policy_detail, is_attachable, has_is_attachable), offsetof(struct awsc_iam_managed_policy_detail, is_attachable), 0}, /* ManagedPolicyDetail.IsAttachable: booleanType */
        [620] = {MREF(620, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(620, scalars[87]), 0, offsetof(struct awsc_iam_managed_policy_detail, description), 0}, /* ManagedPolicyDetail.Description: policyDescriptionType */
        [621] = {MREF(621, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(621, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_managed_policy_detail, create_date, has_create_date), offsetof(struct awsc_iam_managed_policy_detail, create_date), 0}, /* ManagedPolicyDetail.CreateDate: dateType */
        [622] = {MREF(622, strings[4326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(622, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_managed_policy_detail, update_date, has_update_date), offsetof(struct awsc_iam_managed_policy_detail, update_date), 0}, /* ManagedPolicyDetail.UpdateDate: dateType */
        [623] = {MREF(623, strings[4337]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(623, collections[42].shape), 0, offsetof(struct awsc_iam_managed_policy_detail, policy_version_list), 0}, /* ManagedPolicyDetail.PolicyVersionList: policyDocumentVersionListType */
        [624] = {MREF(624, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(624, scalars[74]), 0, offsetof(struct awsc_iam_no_such_entity_exception, message), 0}, /* NoSuchEntityException.message: noSuchEntityMessage */
        [625] = {MREF(625, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(625, scalars[30]), 0, offsetof(struct awsc_iam_open_id_connect_provider_list_entry, arn), 0}, /* OpenIDConnectProviderListEntry.Arn: arnType */
        [626] = {MREF(626, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(626, scalars[77]), 0, offsetof(struct awsc_iam_open_id_idp_communication_error_exception, message), 0}, /* OpenIdIdpCommunicationErrorException.message: openIdIdpCommunicationErrorExceptionMessage */
        [627] = {MREF(627, strings[4455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(627, collections[24].shape), 0, offsetof(struct awsc_iam_ordered_organization_policy_type, service_control_policy_input_list), 0}, /* OrderedOrganizationPolicyType.ServiceControlPolicyInputList: SimulationPolicyListType */
        [628] = {MREF(628, strings[4557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(628, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_organizations_decision_detail, allowed_by_organizations, has_allowed_by_organizations), offsetof(struct awsc_iam_organizations_decision_detail, allowed_by_organizations), 0}, /* OrganizationsDecisionDetail.AllowedByOrganizations: booleanType */
        [629] = {MREF(629, strings[4580]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(629, scalars[73]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, minimum_password_length, has_minimum_password_length), offsetof(struct awsc_iam_password_policy, minimum_password_length), 0}, /* PasswordPolicy.MinimumPasswordLength: minimumPasswordLengthType */
        [630] = {MREF(630, strings[4602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(630, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, require_symbols, has_require_symbols), offsetof(struct awsc_iam_password_policy, require_symbols), 0}, /* PasswordPolicy.RequireSymbols: booleanType */
        [631] = {MREF(631, strings[4617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(631, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, require_numbers, has_require_numbers), offsetof(struct awsc_iam_password_policy, require_numbers), 0}, /* PasswordPolicy.RequireNumbers: booleanType */
        [632] = {MREF(632, strings[4632]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(632, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, require_uppercase_characters, has_require_uppercase_characters), offsetof(struct awsc_iam_password_policy, require_uppercase_characters), 0}, /* PasswordPolicy.RequireUppercaseCharacters: booleanType */
        [633] = {MREF(633, strings[4659]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(633, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, require_lowercase_characters, has_require_lowercase_characters), offsetof(struct awsc_iam_password_policy, require_lowercase_characters), 0}, /* PasswordPolicy.RequireLowercaseCharacters: booleanType */
        [634] = {MREF(634, strings[4686]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(634, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, allow_users_to_change_password, has_allow_users_to_change_password), offsetof(struct awsc_iam_password_policy, allow_users_to_change_password), 0}, /* PasswordPolicy.AllowUsersToChangePassword: booleanType */
        [635] = {MREF(635, strings[4713]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(635, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, expire_passwords, has_expire_passwords), offsetof(struct awsc_iam_password_policy, expire_passwords), 0}, /* PasswordPolicy.ExpirePasswords: booleanType */
        [636] = {MREF(636, strings[4729]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(636, scalars[72]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, max_password_age, has_max_password_age), offsetof(struct awsc_iam_password_policy, max_password_age), 0}, /* PasswordPolicy.MaxPasswordAge: maxPasswordAgeType */
        [637] = {MREF(637, strings[4744]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(637, scalars[82]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, password_reuse_prevention, has_password_reuse_prevention), offsetof(struct awsc_iam_password_policy, password_reuse_prevention), 0}, /* PasswordPolicy.PasswordReusePrevention: passwordReusePreventionType */
        [638] = {MREF(638, strings[4768]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(638, scalars[33]), AWSC_MEMBER_HAS(struct awsc_iam_password_policy, hard_expiry, has_hard_expiry), offsetof(struct awsc_iam_password_policy, hard_expiry), 0}, /* PasswordPolicy.HardExpiry: booleanObjectType */
        [639] = {MREF(639, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(639, scalars[81]), 0, offsetof(struct awsc_iam_password_policy_violation_exception, message), 0}, /* PasswordPolicyViolationException.message: passwordPolicyViolationMessage */
        [640] = {MREF(640, strings[4862]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(640, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_permissions_boundary_decision_detail, allowed_by_permissions_boundary, has_allowed_by_permissions_boundary), offsetof(struct awsc_iam_permissions_boundary_decision_detail, allowed_by_permissions_boundary), 0}, /* PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary: booleanType */
        [641] = {MREF(641, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(641, scalars[90]), 0, offsetof(struct awsc_iam_policy, policy_name), 0}, /* Policy.PolicyName: policyNameType */
        [642] = {MREF(642, strings[4241]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(642, scalars[56]), 0, offsetof(struct awsc_iam_policy, policy_id), 0}, /* Policy.PolicyId: idType */
        [643] = {MREF(643, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(643, scalars[30]), 0, offsetof(struct awsc_iam_policy, arn), 0}, /* Policy.Arn: arnType */
        [644] = {MREF(644, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(644, scalars[94]), 0, offsetof(struct awsc_iam_policy, path), 0}, /* Policy.Path: policyPathType */
        [645] = {MREF(645, strings[4250]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(645, scalars[95]), 0, offsetof(struct awsc_iam_policy, default_version_id), 0}, /* Policy.DefaultVersionId: policyVersionIdType */
        [646] = {MREF(646, strings[4267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(646, scalars[31]), AWSC_MEMBER_HAS(struct awsc_iam_policy, attachment_count, has_attachment_count), offsetof(struct awsc_iam_policy, attachment_count), 0}, /* Policy.AttachmentCount: attachmentCountType */
        [647] = {MREF(647, strings[4283]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(647, scalars[31]), AWSC_MEMBER_HAS(struct awsc_iam_policy, permissions_boundary_usage_count, has_permissions_boundary_usage_count), offsetof(struct awsc_iam_policy, permissions_boundary_usage_count), 0}, /* Policy.PermissionsBoundaryUsageCount: attachmentCountType */
        [648] = {MREF(648, strings[4313]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(648, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_policy, is_attachable, has_is_attachable), offsetof(struct awsc_iam_policy, is_attachable), 0}, /* Policy.IsAttachable: booleanType */
        [649] = {MREF(649, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(649, scalars[87]), 0, offsetof(struct awsc_iam_policy, description), 0}, /* Policy.Description: policyDescriptionType */
        [650] = {MREF(650, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(650, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_policy, create_date, has_create_date), offsetof(struct awsc_iam_policy, create_date), 0}, /* Policy.CreateDate: dateType */
        [651] = {MREF(651, strings[4326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(651, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_policy, update_date, has_update_date), offsetof(struct awsc_iam_policy, update_date), 0}, /* Policy.UpdateDate: dateType */
        [652] = {MREF(652, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(652, collections[56].shape), 0, offsetof(struct awsc_iam_policy, tags), 0}, /* Policy.Tags: tagListType */
        [653] = {MREF(653, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(653, scalars[90]), 0, offsetof(struct awsc_iam_policy_detail, policy_name), 0}, /* PolicyDetail.PolicyName: policyNameType */
        [654] = {MREF(654, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(654, scalars[88]), 0, offsetof(struct awsc_iam_policy_detail, policy_document), 0}, /* PolicyDetail.PolicyDocument: policyDocumentType */
        [655] = {MREF(655, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(655, scalars[89]), 0, offsetof(struct awsc_iam_policy_evaluation_exception, message), 0}, /* PolicyEvaluationException.message: policyEvaluationErrorMessage */
        [656] = {MREF(656, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(656, scalars[90]), 0, offsetof(struct awsc_iam_policy_granting_service_access, policy_name), AWSC_MF_REQUIRED}, /* PolicyGrantingServiceAccess.PolicyName: policyNameType */
        [657] = {MREF(657, strings[4968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(657, enums[23].shape), 0, offsetof(struct awsc_iam_policy_granting_service_access, policy_type), AWSC_MF_REQUIRED}, /* PolicyGrantingServiceAccess.PolicyType: policyType */
        [658] = {MREF(658, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(658, scalars[30]), 0, offsetof(struct awsc_iam_policy_granting_service_access, policy_arn), 0}, /* PolicyGrantingServiceAccess.PolicyArn: arnType */
        [659] = {MREF(659, strings[4979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(659, enums[21].shape), 0, offsetof(struct awsc_iam_policy_granting_service_access, entity_type), 0}, /* PolicyGrantingServiceAccess.EntityType: policyOwnerEntityType */
        [660] = {MREF(660, strings[4990]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(660, scalars[52]), 0, offsetof(struct awsc_iam_policy_granting_service_access, entity_name), 0}, /* PolicyGrantingServiceAccess.EntityName: entityNameType */
        [661] = {MREF(661, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(661, scalars[55]), 0, offsetof(struct awsc_iam_policy_group, group_name), 0}, /* PolicyGroup.GroupName: groupNameType */
        [662] = {MREF(662, strings[3272]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(662, scalars[56]), 0, offsetof(struct awsc_iam_policy_group, group_id), 0}, /* PolicyGroup.GroupId: idType */
        [663] = {MREF(663, strings[4968]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(663, enums[8].shape), 0, offsetof(struct awsc_iam_policy_identifier, policy_type), 0}, /* PolicyIdentifier.PolicyType: PolicyIdentifierPolicyType */
        [664] = {MREF(664, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(664, scalars[30]), 0, offsetof(struct awsc_iam_policy_identifier, policy_arn), 0}, /* PolicyIdentifier.PolicyArn: arnType */
        [665] = {MREF(665, strings[5001]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(665, structures[162].shape), 0, offsetof(struct awsc_iam_policy_identifier, inline_policy_identifier), 0}, /* PolicyIdentifier.InlinePolicyIdentifier: InlinePolicyIdentifierType */
        [666] = {MREF(666, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(666, scalars[91]), 0, offsetof(struct awsc_iam_policy_not_attachable_exception, message), 0}, /* PolicyNotAttachableException.message: policyNotAttachableMessage */
        [667] = {MREF(667, strings[1118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(667, scalars[92]), 0, offsetof(struct awsc_iam_policy_parameter, name), 0}, /* PolicyParameter.Name: policyParameterNameType */
        [668] = {MREF(668, strings[5133]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(668, collections[47].shape), 0, offsetof(struct awsc_iam_policy_parameter, values), 0}, /* PolicyParameter.Values: policyParameterValuesListType */
        [669] = {MREF(669, strings[2111]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(669, enums[9].shape), 0, offsetof(struct awsc_iam_policy_parameter, type), 0}, /* PolicyParameter.Type: PolicyParameterTypeEnum */
        [670] = {MREF(670, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(670, scalars[109]), 0, offsetof(struct awsc_iam_policy_role, role_name), 0}, /* PolicyRole.RoleName: roleNameType */
        [671] = {MREF(671, strings[5158]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(671, scalars[56]), 0, offsetof(struct awsc_iam_policy_role, role_id), 0}, /* PolicyRole.RoleId: idType */
        [672] = {MREF(672, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(672, scalars[131]), 0, offsetof(struct awsc_iam_policy_user, user_name), 0}, /* PolicyUser.UserName: userNameType */
        [673] = {MREF(673, strings[5258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(673, scalars[56]), 0, offsetof(struct awsc_iam_policy_user, user_id), 0}, /* PolicyUser.UserId: idType */
        [674] = {MREF(674, strings[5265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(674, scalars[88]), 0, offsetof(struct awsc_iam_policy_version, document), 0}, /* PolicyVersion.Document: policyDocumentType */
        [675] = {MREF(675, strings[1671]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(675, scalars[95]), 0, offsetof(struct awsc_iam_policy_version, version_id), 0}, /* PolicyVersion.VersionId: policyVersionIdType */
        [676] = {MREF(676, strings[5274]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(676, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_policy_version, is_default_version, has_is_default_version), offsetof(struct awsc_iam_policy_version, is_default_version), 0}, /* PolicyVersion.IsDefaultVersion: booleanType */
        [677] = {MREF(677, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(677, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_policy_version, create_date, has_create_date), offsetof(struct awsc_iam_policy_version, create_date), 0}, /* PolicyVersion.CreateDate: dateType */
        [678] = {MREF(678, strings[5291]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(678, scalars[13]), AWSC_MEMBER_HAS(struct awsc_iam_position, line, has_line), offsetof(struct awsc_iam_position, line), 0}, /* Position.Line: LineNumber */
        [679] = {MREF(679, strings[5296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(679, scalars[5]), AWSC_MEMBER_HAS(struct awsc_iam_position, column, has_column), offsetof(struct awsc_iam_position, column), 0}, /* Position.Column: ColumnNumber */
        [680] = {MREF(680, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(680, scalars[55]), 0, offsetof(struct awsc_iam_put_group_policy_input, group_name), AWSC_MF_REQUIRED}, /* PutGroupPolicyRequest.GroupName: groupNameType */
        [681] = {MREF(681, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(681, scalars[90]), 0, offsetof(struct awsc_iam_put_group_policy_input, policy_name), AWSC_MF_REQUIRED}, /* PutGroupPolicyRequest.PolicyName: policyNameType */
        [682] = {MREF(682, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(682, scalars[88]), 0, offsetof(struct awsc_iam_put_group_policy_input, policy_document), AWSC_MF_REQUIRED}, /* PutGroupPolicyRequest.PolicyDocument: policyDocumentType */
        [683] = {MREF(683, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(683, scalars[109]), 0, offsetof(struct awsc_iam_put_role_permissions_boundary_input, role_name), AWSC_MF_REQUIRED}, /* PutRolePermissionsBoundaryRequest.RoleName: roleNameType */
        [684] = {MREF(684, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(684, scalars[30]), 0, offsetof(struct awsc_iam_put_role_permissions_boundary_input, permissions_boundary), AWSC_MF_REQUIRED}, /* PutRolePermissionsBoundaryRequest.PermissionsBoundary: arnType */
        [685] = {MREF(685, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(685, scalars[109]), 0, offsetof(struct awsc_iam_put_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* PutRolePolicyRequest.RoleName: roleNameType */
        [686] = {MREF(686, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(686, scalars[90]), 0, offsetof(struct awsc_iam_put_role_policy_input, policy_name), AWSC_MF_REQUIRED}, /* PutRolePolicyRequest.PolicyName: policyNameType */
        [687] = {MREF(687, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(687, scalars[88]), 0, offsetof(struct awsc_iam_put_role_policy_input, policy_document), AWSC_MF_REQUIRED}, /* PutRolePolicyRequest.PolicyDocument: policyDocumentType */
        [688] = {MREF(688, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(688, scalars[131]), 0, offsetof(struct awsc_iam_put_user_permissions_boundary_input, user_name), AWSC_MF_REQUIRED}, /* PutUserPermissionsBoundaryRequest.UserName: userNameType */
        [689] = {MREF(689, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(689, scalars[30]), 0, offsetof(struct awsc_iam_put_user_permissions_boundary_input, permissions_boundary), AWSC_MF_REQUIRED}, /* PutUserPermissionsBoundaryRequest.PermissionsBoundary: arnType */
        [690] = {MREF(690, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(690, scalars[54]), 0, offsetof(struct awsc_iam_put_user_policy_input, user_name), AWSC_MF_REQUIRED}, /* PutUserPolicyRequest.UserName: existingUserNameType */
        [691] = {MREF(691, strings[395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(691, scalars[90]), 0, offsetof(struct awsc_iam_put_user_policy_input, policy_name), AWSC_MF_REQUIRED}, /* PutUserPolicyRequest.PolicyName: policyNameType */
        [692] = {MREF(692, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(692, scalars[88]), 0, offsetof(struct awsc_iam_put_user_policy_input, policy_document), AWSC_MF_REQUIRED}, /* PutUserPolicyRequest.PolicyDocument: policyDocumentType */
        [693] = {MREF(693, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(693, scalars[47]), 0, offsetof(struct awsc_iam_reject_delegation_request_input, delegation_request_id), AWSC_MF_REQUIRED}, /* RejectDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [694] = {MREF(694, strings[1598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(694, scalars[75]), 0, offsetof(struct awsc_iam_reject_delegation_request_input, notes), 0}, /* RejectDelegationRequestRequest.Notes: notesType */
        [695] = {MREF(695, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(695, scalars[30]), 0, offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* RemoveClientIDFromOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [696] = {MREF(696, strings[290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(696, scalars[38]), 0, offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, client_id), AWSC_MF_REQUIRED}, /* RemoveClientIDFromOpenIDConnectProviderRequest.ClientID: clientIDType */
        [697] = {MREF(697, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(697, scalars[57]), 0, offsetof(struct awsc_iam_remove_role_from_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* RemoveRoleFromInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [698] = {MREF(698, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(698, scalars[109]), 0, offsetof(struct awsc_iam_remove_role_from_instance_profile_input, role_name), AWSC_MF_REQUIRED}, /* RemoveRoleFromInstanceProfileRequest.RoleName: roleNameType */
        [699] = {MREF(699, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(699, scalars[55]), 0, offsetof(struct awsc_iam_remove_user_from_group_input, group_name), AWSC_MF_REQUIRED}, /* RemoveUserFromGroupRequest.GroupName: groupNameType */
        [700] = {MREF(700, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(700, scalars[54]), 0, offsetof(struct awsc_iam_remove_user_from_group_input, user_name), AWSC_MF_REQUIRED}, /* RemoveUserFromGroupRequest.UserName: existingUserNameType */
        [701] = {MREF(701, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(701, scalars[102]), 0, offsetof(struct awsc_iam_report_generation_limit_exceeded_exception, message), 0}, /* ReportGenerationLimitExceededException.message: reportGenerationLimitExceededMessage */
        [702] = {MREF(702, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(702, scalars[131]), 0, offsetof(struct awsc_iam_reset_service_specific_credential_input, user_name), 0}, /* ResetServiceSpecificCredentialRequest.UserName: userNameType */
        [703] = {MREF(703, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(703, scalars[120]), 0, offsetof(struct awsc_iam_reset_service_specific_credential_input, service_specific_credential_id), AWSC_MF_REQUIRED}, /* ResetServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [704] = {MREF(704, strings[1223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(704, structures[300].shape), 0, offsetof(struct awsc_iam_reset_service_specific_credential_output, service_specific_credential), 0}, /* ResetServiceSpecificCredentialResponse.ServiceSpecificCredential: ServiceSpecificCredential */
        [705] = {MREF(705, strings[2268]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(705, scalars[22]), 0, offsetof(struct awsc_iam_resource_specific_result, eval_resource_name), AWSC_MF_REQUIRED}, /* ResourceSpecificResult.EvalResourceName: ResourceNameType */
        [706] = {MREF(706, strings[5409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(706, enums[7].shape), 0, offsetof(struct awsc_iam_resource_specific_result, eval_resource_decision), AWSC_MF_REQUIRED}, /* ResourceSpecificResult.EvalResourceDecision: PolicyEvaluationDecisionType */
        [707] = {MREF(707, strings[2298]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(707, collections[25].shape), 0, offsetof(struct awsc_iam_resource_specific_result, matched_statements), 0}, /* ResourceSpecificResult.MatchedStatements: StatementListType */
        [708] = {MREF(708, strings[2316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(708, collections[5].shape), 0, offsetof(struct awsc_iam_resource_specific_result, missing_context_values), 0}, /* ResourceSpecificResult.MissingContextValues: ContextKeyNamesResultListType */
        [709] = {MREF(709, strings[2399]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(709, collections[7].shape), 0, offsetof(struct awsc_iam_resource_specific_result, eval_decision_details), 0}, /* ResourceSpecificResult.EvalDecisionDetails: EvalDecisionDetailsType */
        [710] = {MREF(710, strings[2365]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(710, structures[258].shape), 0, offsetof(struct awsc_iam_resource_specific_result, permissions_boundary_decision_detail), 0}, /* ResourceSpecificResult.PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail */
        [711] = {MREF(711, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(711, scalars[54]), 0, offsetof(struct awsc_iam_resync_mfa_device_input, user_name), AWSC_MF_REQUIRED}, /* ResyncMFADeviceRequest.UserName: existingUserNameType */
        [712] = {MREF(712, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(712, scalars[110]), 0, offsetof(struct awsc_iam_resync_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* ResyncMFADeviceRequest.SerialNumber: serialNumberType */
        [713] = {MREF(713, strings[1972]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(713, scalars[32]), 0, offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code1), AWSC_MF_REQUIRED}, /* ResyncMFADeviceRequest.AuthenticationCode1: authenticationCodeType */
        [714] = {MREF(714, strings[1992]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(714, scalars[32]), 0, offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code2), AWSC_MF_REQUIRED}, /* ResyncMFADeviceRequest.AuthenticationCode2: authenticationCodeType */
        [715] = {MREF(715, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(715, scalars[85]), 0, offsetof(struct awsc_iam_role, path), AWSC_MF_REQUIRED}, /* Role.Path: pathType */
        [716] = {MREF(716, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(716, scalars[109]), 0, offsetof(struct awsc_iam_role, role_name), AWSC_MF_REQUIRED}, /* Role.RoleName: roleNameType */
        [717] = {MREF(717, strings[5158]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(717, scalars[56]), 0, offsetof(struct awsc_iam_role, role_id), AWSC_MF_REQUIRED}, /* Role.RoleId: idType */
        [718] = {MREF(718, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(718, scalars[30]), 0, offsetof(struct awsc_iam_role, arn), AWSC_MF_REQUIRED}, /* Role.Arn: arnType */
        [719] = {MREF(719, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(719, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_role, create_date, has_create_date), offsetof(struct awsc_iam_role, create_date), AWSC_MF_REQUIRED}, /* Role.CreateDate: dateType */
        [720] = {MREF(720, strings[1028]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(720, scalars[88]), 0, offsetof(struct awsc_iam_role, assume_role_policy_document), 0}, /* Role.AssumeRolePolicyDocument: policyDocumentType */
        [721] = {MREF(721, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(721, scalars[107]), 0, offsetof(struct awsc_iam_role, description), 0}, /* Role.Description: roleDescriptionType */
        [722] = {MREF(722, strings[1053]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(722, scalars[108]), AWSC_MEMBER_HAS(struct awsc_iam_role, max_session_duration, has_max_session_duration), offsetof(struct awsc_iam_role, max_session_duration), 0}, /* Role.MaxSessionDuration: roleMaxSessionDurationType */
        [723] = {MREF(723, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(723, structures[13].shape), 0, offsetof(struct awsc_iam_role, permissions_boundary), 0}, /* Role.PermissionsBoundary: AttachedPermissionsBoundary */
        [724] = {MREF(724, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(724, collections[56].shape), 0, offsetof(struct awsc_iam_role, tags), 0}, /* Role.Tags: tagListType */
        [725] = {MREF(725, strings[5430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(725, structures[287].shape), 0, offsetof(struct awsc_iam_role, role_last_used), 0}, /* Role.RoleLastUsed: RoleLastUsed */
        [726] = {MREF(726, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(726, scalars[85]), 0, offsetof(struct awsc_iam_role_detail, path), 0}, /* RoleDetail.Path: pathType */
        [727] = {MREF(727, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(727, scalars[109]), 0, offsetof(struct awsc_iam_role_detail, role_name), 0}, /* RoleDetail.RoleName: roleNameType */
        [728] = {MREF(728, strings[5158]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(728, scalars[56]), 0, offsetof(struct awsc_iam_role_detail, role_id), 0}, /* RoleDetail.RoleId: idType */
        [729] = {MREF(729, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(729, scalars[30]), 0, offsetof(struct awsc_iam_role_detail, arn), 0}, /* RoleDetail.Arn: arnType */
        [730] = {MREF(730, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(730, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_role_detail, create_date, has_create_date), offsetof(struct awsc_iam_role_detail, create_date), 0}, /* RoleDetail.CreateDate: dateType */
        [731] = {MREF(731, strings[1028]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(731, scalars[88]), 0, offsetof(struct awsc_iam_role_detail, assume_role_policy_document), 0}, /* RoleDetail.AssumeRolePolicyDocument: policyDocumentType */
        [732] = {MREF(732, strings[5443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(732, collections[38].shape), 0, offsetof(struct awsc_iam_role_detail, instance_profile_list), 0}, /* RoleDetail.InstanceProfileList: instanceProfileListType */
        [733] = {MREF(733, strings[5463]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(733, collections[41].shape), 0, offsetof(struct awsc_iam_role_detail, role_policy_list), 0}, /* RoleDetail.RolePolicyList: policyDetailListType */
        [734] = {MREF(734, strings[3296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(734, collections[29].shape), 0, offsetof(struct awsc_iam_role_detail, attached_managed_policies), 0}, /* RoleDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [735] = {MREF(735, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(735, structures[13].shape), 0, offsetof(struct awsc_iam_role_detail, permissions_boundary), 0}, /* RoleDetail.PermissionsBoundary: AttachedPermissionsBoundary */
        [736] = {MREF(736, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(736, collections[56].shape), 0, offsetof(struct awsc_iam_role_detail, tags), 0}, /* RoleDetail.Tags: tagListType */
        [737] = {MREF(737, strings[5430]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(737, structures[287].shape), 0, offsetof(struct awsc_iam_role_detail, role_last_used), 0}, /* RoleDetail.RoleLastUsed: RoleLastUsed */
        [738] = {MREF(738, strings[198]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(738, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_role_last_used, last_used_date, has_last_used_date), offsetof(struct awsc_iam_role_last_used, last_used_date), 0}, /* RoleLastUsed.LastUsedDate: dateType */
        [739] = {MREF(739, strings[76]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(739, scalars[123]), 0, offsetof(struct awsc_iam_role_last_used, region), 0}, /* RoleLastUsed.Region: stringType */
        [740] = {MREF(740, strings[76]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(740, scalars[18]), 0, offsetof(struct awsc_iam_role_usage_type, region), 0}, /* RoleUsageType.Region: RegionNameType */
        [741] = {MREF(741, strings[5478]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(741, collections[2].shape), 0, offsetof(struct awsc_iam_role_usage_type, resources), 0}, /* RoleUsageType.Resources: ArnListType */
        [742] = {MREF(742, strings[5488]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(742, scalars[96]), 0, offsetof(struct awsc_iam_saml_private_key, key_id), 0}, /* SAMLPrivateKey.KeyId: privateKeyIdType */
        [743] = {MREF(743, strings[5494]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(743, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_saml_private_key, timestamp, has_timestamp), offsetof(struct awsc_iam_saml_private_key, timestamp), 0}, /* SAMLPrivateKey.Timestamp: dateType */
        [744] = {MREF(744, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(744, scalars[30]), 0, offsetof(struct awsc_iam_saml_provider_list_entry, arn), 0}, /* SAMLProviderListEntry.Arn: arnType */
        [745] = {MREF(745, strings[3153]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(745, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_saml_provider_list_entry, valid_until, has_valid_until), offsetof(struct awsc_iam_saml_provider_list_entry, valid_until), 0}, /* SAMLProviderListEntry.ValidUntil: dateType */
        [746] = {MREF(746, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(746, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_saml_provider_list_entry, create_date, has_create_date), offsetof(struct awsc_iam_saml_provider_list_entry, create_date), 0}, /* SAMLProviderListEntry.CreateDate: dateType */
        [747] = {MREF(747, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(747, scalars[131]), 0, offsetof(struct awsc_iam_ssh_public_key, user_name), AWSC_MF_REQUIRED}, /* SSHPublicKey.UserName: userNameType */
        [748] = {MREF(748, strings[1681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(748, scalars[99]), 0, offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_id), AWSC_MF_REQUIRED}, /* SSHPublicKey.SSHPublicKeyId: publicKeyIdType */
        [749] = {MREF(749, strings[5504]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(749, scalars[98]), 0, offsetof(struct awsc_iam_ssh_public_key, fingerprint), AWSC_MF_REQUIRED}, /* SSHPublicKey.Fingerprint: publicKeyFingerprintType */
        [750] = {MREF(750, strings[5516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(750, scalars[100]), 0, offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_body), AWSC_MF_REQUIRED}, /* SSHPublicKey.SSHPublicKeyBody: publicKeyMaterialType */
        [751] = {MREF(751, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(751, enums[26].shape), 0, offsetof(struct awsc_iam_ssh_public_key, status), AWSC_MF_REQUIRED}, /* SSHPublicKey.Status: statusType */
        [752] = {MREF(752, strings[5533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(752, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_ssh_public_key, upload_date, has_upload_date), offsetof(struct awsc_iam_ssh_public_key, upload_date), 0}, /* SSHPublicKey.UploadDate: dateType */
        [753] = {MREF(753, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(753, scalars[131]), 0, offsetof(struct awsc_iam_ssh_public_key_metadata, user_name), AWSC_MF_REQUIRED}, /* SSHPublicKeyMetadata.UserName: userNameType */
        [754] = {MREF(754, strings[1681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(754, scalars[99]), 0, offsetof(struct awsc_iam_ssh_public_key_metadata, ssh_public_key_id), AWSC_MF_REQUIRED}, /* SSHPublicKeyMetadata.SSHPublicKeyId: publicKeyIdType */
        [755] = {MREF(755, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(755, enums[26].shape), 0, offsetof(struct awsc_iam_ssh_public_key_metadata, status), AWSC_MF_REQUIRED}, /* SSHPublicKeyMetadata.Status: statusType */
        [756] = {MREF(756, strings[5533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(756, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_ssh_public_key_metadata, upload_date, has_upload_date), offsetof(struct awsc_iam_ssh_public_key_metadata, upload_date), AWSC_MF_REQUIRED}, /* SSHPublicKeyMetadata.UploadDate: dateType */
        [757] = {MREF(757, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(757, scalars[47]), 0, offsetof(struct awsc_iam_send_delegation_token_input, delegation_request_id), AWSC_MF_REQUIRED}, /* SendDelegationTokenRequest.DelegationRequestId: delegationRequestIdType */
        [758] = {MREF(758, strings[5544]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(758, structures[295].shape), 0, offsetof(struct awsc_iam_server_certificate, server_certificate_metadata), AWSC_MF_REQUIRED}, /* ServerCertificate.ServerCertificateMetadata: ServerCertificateMetadata */
        [759] = {MREF(759, strings[5570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(759, scalars[35]), 0, offsetof(struct awsc_iam_server_certificate, certificate_body), AWSC_MF_REQUIRED}, /* ServerCertificate.CertificateBody: certificateBodyType */
        [760] = {MREF(760, strings[5586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(760, scalars[36]), 0, offsetof(struct awsc_iam_server_certificate, certificate_chain), 0}, /* ServerCertificate.CertificateChain: certificateChainType */
        [761] = {MREF(761, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(761, collections[56].shape), 0, offsetof(struct awsc_iam_server_certificate, tags), 0}, /* ServerCertificate.Tags: tagListType */
        [762] = {MREF(762, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(762, scalars[85]), 0, offsetof(struct awsc_iam_server_certificate_metadata, path), AWSC_MF_REQUIRED}, /* ServerCertificateMetadata.Path: pathType */
        [763] = {MREF(763, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(763, scalars[111]), 0, offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_name), AWSC_MF_REQUIRED}, /* ServerCertificateMetadata.ServerCertificateName: serverCertificateNameType */
        [764] = {MREF(764, strings[5603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(764, scalars[56]), 0, offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_id), AWSC_MF_REQUIRED}, /* ServerCertificateMetadata.ServerCertificateId: idType */
        [765] = {MREF(765, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(765, scalars[30]), 0, offsetof(struct awsc_iam_server_certificate_metadata, arn), AWSC_MF_REQUIRED}, /* ServerCertificateMetadata.Arn: arnType */
        [766] = {MREF(766, strings[5533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(766, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_server_certificate_metadata, upload_date, has_upload_date), offsetof(struct awsc_iam_server_certificate_metadata, upload_date), 0}, /* ServerCertificateMetadata.UploadDate: dateType */
        [767] = {MREF(767, strings[5623]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(767, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_server_certificate_metadata, expiration, has_expiration), offsetof(struct awsc_iam_server_certificate_metadata, expiration), 0}, /* ServerCertificateMetadata.Expiration: dateType */
        [768] = {MREF(768, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(768, scalars[114]), 0, offsetof(struct awsc_iam_service_failure_exception, message), 0}, /* ServiceFailureException.message: serviceFailureExceptionMessage */
        [769] = {MREF(769, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(769, scalars[116]), 0, offsetof(struct awsc_iam_service_last_accessed, service_name), AWSC_MF_REQUIRED}, /* ServiceLastAccessed.ServiceName: serviceNameType */
        [770] = {MREF(770, strings[2089]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(770, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_service_last_accessed, last_authenticated, has_last_authenticated), offsetof(struct awsc_iam_service_last_accessed, last_authenticated), 0}, /* ServiceLastAccessed.LastAuthenticated: dateType */
        [771] = {MREF(771, strings[59]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(771, scalars[117]), 0, offsetof(struct awsc_iam_service_last_accessed, service_namespace), AWSC_MF_REQUIRED}, /* ServiceLastAccessed.ServiceNamespace: serviceNamespaceType */
        [772] = {MREF(772, strings[5706]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(772, scalars[30]), 0, offsetof(struct awsc_iam_service_last_accessed, last_authenticated_entity), 0}, /* ServiceLastAccessed.LastAuthenticatedEntity: arnType */
        [773] = {MREF(773, strings[5730]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(773, scalars[123]), 0, offsetof(struct awsc_iam_service_last_accessed, last_authenticated_region), 0}, /* ServiceLastAccessed.LastAuthenticatedRegion: stringType */
        [774] = {MREF(774, strings[116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(774, scalars[58]), AWSC_MEMBER_HAS(struct awsc_iam_service_last_accessed, total_authenticated_entities, has_total_authenticated_entities), offsetof(struct awsc_iam_service_last_accessed, total_authenticated_entities), 0}, /* ServiceLastAccessed.TotalAuthenticatedEntities: integerType */
        [775] = {MREF(775, strings[5754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(775, collections[26].shape), 0, offsetof(struct awsc_iam_service_last_accessed, tracked_actions_last_accessed), 0}, /* ServiceLastAccessed.TrackedActionsLastAccessed: TrackedActionsLastAccessed */
        [776] = {MREF(776, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(776, scalars[118]), 0, offsetof(struct awsc_iam_service_not_supported_exception, message), 0}, /* ServiceNotSupportedException.message: serviceNotSupportedMessage */
        [777] = {MREF(777, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(777, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_service_specific_credential, create_date, has_create_date), offsetof(struct awsc_iam_service_specific_credential, create_date), AWSC_MF_REQUIRED}, /* ServiceSpecificCredential.CreateDate: dateType */
        [778] = {MREF(778, strings[5830]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(778, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_service_specific_credential, expiration_date, has_expiration_date), offsetof(struct awsc_iam_service_specific_credential, expiration_date), 0}, /* ServiceSpecificCredential.ExpirationDate: dateType */
        [779] = {MREF(779, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(779, scalars[115]), 0, offsetof(struct awsc_iam_service_specific_credential, service_name), AWSC_MF_REQUIRED}, /* ServiceSpecificCredential.ServiceName: serviceName */
        [780] = {MREF(780, strings[5845]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(780, scalars[121]), 0, offsetof(struct awsc_iam_service_specific_credential, service_user_name), 0}, /* ServiceSpecificCredential.ServiceUserName: serviceUserName */
        [781] = {MREF(781, strings[5861]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(781, scalars[119]), 0, offsetof(struct awsc_iam_service_specific_credential, service_password), AWSC_MF_SENSITIVE}, /* ServiceSpecificCredential.ServicePassword: servicePassword */
        [782] = {MREF(782, strings[5877]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(782, scalars[112]), 0, offsetof(struct awsc_iam_service_specific_credential, service_credential_alias), 0}, /* ServiceSpecificCredential.ServiceCredentialAlias: serviceCredentialAlias */
        [783] = {MREF(783, strings[5900]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(783, scalars[113]), 0, offsetof(struct awsc_iam_service_specific_credential, service_credential_secret), AWSC_MF_SENSITIVE}, /* ServiceSpecificCredential.ServiceCredentialSecret: serviceCredentialSecret */
        [784] = {MREF(784, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(784, scalars[120]), 0, offsetof(struct awsc_iam_service_specific_credential, service_specific_credential_id), AWSC_MF_REQUIRED}, /* ServiceSpecificCredential.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [785] = {MREF(785, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(785, scalars[131]), 0, offsetof(struct awsc_iam_service_specific_credential, user_name), AWSC_MF_REQUIRED}, /* ServiceSpecificCredential.UserName: userNameType */
        [786] = {MREF(786, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(786, enums[26].shape), 0, offsetof(struct awsc_iam_service_specific_credential, status), AWSC_MF_REQUIRED}, /* ServiceSpecificCredential.Status: statusType */
        [787] = {MREF(787, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(787, scalars[131]), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, user_name), AWSC_MF_REQUIRED}, /* ServiceSpecificCredentialMetadata.UserName: userNameType */
        [788] = {MREF(788, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(788, enums[26].shape), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, status), AWSC_MF_REQUIRED}, /* ServiceSpecificCredentialMetadata.Status: statusType */
        [789] = {MREF(789, strings[5845]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(789, scalars[121]), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, service_user_name), 0}, /* ServiceSpecificCredentialMetadata.ServiceUserName: serviceUserName */
        [790] = {MREF(790, strings[5877]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(790, scalars[112]), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, service_credential_alias), 0}, /* ServiceSpecificCredentialMetadata.ServiceCredentialAlias: serviceCredentialAlias */
        [791] = {MREF(791, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(791, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_service_specific_credential_metadata, create_date, has_create_date), offsetof(struct awsc_iam_service_specific_credential_metadata, create_date), AWSC_MF_REQUIRED}, /* ServiceSpecificCredentialMetadata.CreateDate: dateType */
        [792] = {MREF(792, strings[5830]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(792, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_service_specific_credential_metadata, expiration_date, has_expiration_date), offsetof(struct awsc_iam_service_specific_credential_metadata, expiration_date), 0}, /* ServiceSpecificCredentialMetadata.ExpirationDate: dateType */
        [793] = {MREF(793, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(793, scalars[120]), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, service_specific_credential_id), AWSC_MF_REQUIRED}, /* ServiceSpecificCredentialMetadata.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [794] = {MREF(794, strings[47]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(794, scalars[115]), 0, offsetof(struct awsc_iam_service_specific_credential_metadata, service_name), AWSC_MF_REQUIRED}, /* ServiceSpecificCredentialMetadata.ServiceName: serviceName */
        [795] = {MREF(795, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(795, scalars[30]), 0, offsetof(struct awsc_iam_set_default_policy_version_input, policy_arn), AWSC_MF_REQUIRED}, /* SetDefaultPolicyVersionRequest.PolicyArn: arnType */
        [796] = {MREF(796, strings[1671]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(796, scalars[95]), 0, offsetof(struct awsc_iam_set_default_policy_version_input, version_id), AWSC_MF_REQUIRED}, /* SetDefaultPolicyVersionRequest.VersionId: policyVersionIdType */
        [797] = {MREF(797, strings[5924]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(797, enums[17].shape), 0, offsetof(struct awsc_iam_set_security_token_service_preferences_input, global_endpoint_token_version), AWSC_MF_REQUIRED}, /* SetSecurityTokenServicePreferencesRequest.GlobalEndpointTokenVersion: globalEndpointTokenVersion */
        [798] = {MREF(798, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(798, scalars[131]), 0, offsetof(struct awsc_iam_signing_certificate, user_name), AWSC_MF_REQUIRED}, /* SigningCertificate.UserName: userNameType */
        [799] = {MREF(799, strings[1761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(799, scalars[37]), 0, offsetof(struct awsc_iam_signing_certificate, certificate_id), AWSC_MF_REQUIRED}, /* SigningCertificate.CertificateId: certificateIdType */
        [800] = {MREF(800, strings[5570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(800, scalars[35]), 0, offsetof(struct awsc_iam_signing_certificate, certificate_body), AWSC_MF_REQUIRED}, /* SigningCertificate.CertificateBody: certificateBodyType */
        [801] = {MREF(801, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(801, enums[26].shape), 0, offsetof(struct awsc_iam_signing_certificate, status), AWSC_MF_REQUIRED}, /* SigningCertificate.Status: statusType */
        [802] = {MREF(802, strings[5533]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(802, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_signing_certificate, upload_date, has_upload_date), offsetof(struct awsc_iam_signing_certificate, upload_date), 0}, /* SigningCertificate.UploadDate: dateType */
        [803] = {MREF(803, strings[2736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(803, collections[24].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, policy_input_list), AWSC_MF_REQUIRED}, /* SimulateCustomPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [804] = {MREF(804, strings[5951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(804, collections[24].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, permissions_boundary_policy_input_list), 0}, /* SimulateCustomPolicyRequest.PermissionsBoundaryPolicyInputList: SimulationPolicyListType */
        [805] = {MREF(805, strings[5986]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(805, collections[12].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, ordered_organization_policy_input_list), 0}, /* SimulateCustomPolicyRequest.OrderedOrganizationPolicyInputList: OrganizationPolicyListType */
        [806] = {MREF(806, strings[6021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(806, collections[1].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, action_names), AWSC_MF_REQUIRED}, /* SimulateCustomPolicyRequest.ActionNames: ActionNameListType */
        [807] = {MREF(807, strings[6033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(807, collections[17].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_arns), 0}, /* SimulateCustomPolicyRequest.ResourceArns: ResourceNameListType */
        [808] = {MREF(808, strings[6046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(808, scalars[88]), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_policy), 0}, /* SimulateCustomPolicyRequest.ResourcePolicy: policyDocumentType */
        [809] = {MREF(809, strings[6061]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(809, scalars[22]), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_owner), 0}, /* SimulateCustomPolicyRequest.ResourceOwner: ResourceNameType */
        [810] = {MREF(810, strings[6075]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(810, scalars[22]), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, caller_arn), 0}, /* SimulateCustomPolicyRequest.CallerArn: ResourceNameType */
        [811] = {MREF(811, strings[6085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(811, collections[4].shape), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, context_entries), 0}, /* SimulateCustomPolicyRequest.ContextEntries: ContextEntryListType */
        [812] = {MREF(812, strings[6100]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(812, scalars[21]), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_handling_option), 0}, /* SimulateCustomPolicyRequest.ResourceHandlingOption: ResourceHandlingOptionType */
        [813] = {MREF(813, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(813, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_simulate_custom_policy_input, max_items, has_max_items), offsetof(struct awsc_iam_simulate_custom_policy_input, max_items), 0}, /* SimulateCustomPolicyRequest.MaxItems: maxItemsType */
        [814] = {MREF(814, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(814, scalars[70]), 0, offsetof(struct awsc_iam_simulate_custom_policy_input, marker), 0}, /* SimulateCustomPolicyRequest.Marker: markerType */
        [815] = {MREF(815, strings[6123]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(815, collections[8].shape), 0, offsetof(struct awsc_iam_simulate_policy_response, evaluation_results), 0}, /* SimulatePolicyResponse.EvaluationResults: EvaluationResultsListType */
        [816] = {MREF(816, strings[2698]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(816, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_simulate_policy_response, is_truncated, has_is_truncated), offsetof(struct awsc_iam_simulate_policy_response, is_truncated), 0}, /* SimulatePolicyResponse.IsTruncated: booleanType */
        [817] = {MREF(817, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(817, scalars[106]), 0, offsetof(struct awsc_iam_simulate_policy_response, marker), 0}, /* SimulatePolicyResponse.Marker: responseMarkerType */
        [818] = {MREF(818, strings[2768]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(818, scalars[30]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_source_arn), AWSC_MF_REQUIRED}, /* SimulatePrincipalPolicyRequest.PolicySourceArn: arnType */
        [819] = {MREF(819, strings[2736]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(819, collections[24].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_input_list), 0}, /* SimulatePrincipalPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [820] = {MREF(820, strings[5951]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(820, collections[24].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, permissions_boundary_policy_input_list), 0}, /* SimulatePrincipalPolicyRequest.PermissionsBoundaryPolicyInputList: SimulationPolicyListType */
        [821] = {MREF(821, strings[6141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(821, collections[13].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_exclusion_list), 0}, /* SimulatePrincipalPolicyRequest.PolicyExclusionList: PolicyExclusionsListType */
        [822] = {MREF(822, strings[6021]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(822, collections[1].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, action_names), AWSC_MF_REQUIRED}, /* SimulatePrincipalPolicyRequest.ActionNames: ActionNameListType */
        [823] = {MREF(823, strings[6033]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(823, collections[17].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_arns), 0}, /* SimulatePrincipalPolicyRequest.ResourceArns: ResourceNameListType */
        [824] = {MREF(824, strings[6046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(824, scalars[88]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_policy), 0}, /* SimulatePrincipalPolicyRequest.ResourcePolicy: policyDocumentType */
        [825] = {MREF(825, strings[6061]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(825, scalars[22]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_owner), 0}, /* SimulatePrincipalPolicyRequest.ResourceOwner: ResourceNameType */
        [826] = {MREF(826, strings[6075]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(826, scalars[22]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, caller_arn), 0}, /* SimulatePrincipalPolicyRequest.CallerArn: ResourceNameType */
        [827] = {MREF(827, strings[6085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(827, collections[4].shape), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, context_entries), 0}, /* SimulatePrincipalPolicyRequest.ContextEntries: ContextEntryListType */
        [828] = {MREF(828, strings[6100]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(828, scalars[21]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_handling_option), 0}, /* SimulatePrincipalPolicyRequest.ResourceHandlingOption: ResourceHandlingOptionType */
        [829] = {MREF(829, strings[2627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(829, scalars[71]), AWSC_MEMBER_HAS(struct awsc_iam_simulate_principal_policy_input, max_items, has_max_items), offsetof(struct awsc_iam_simulate_principal_policy_input, max_items), 0}, /* SimulatePrincipalPolicyRequest.MaxItems: maxItemsType */
        [830] = {MREF(830, strings[2636]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(830, scalars[70]), 0, offsetof(struct awsc_iam_simulate_principal_policy_input, marker), 0}, /* SimulatePrincipalPolicyRequest.Marker: markerType */
        [831] = {MREF(831, strings[6161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(831, scalars[16]), 0, offsetof(struct awsc_iam_statement, source_policy_id), 0}, /* Statement.SourcePolicyId: PolicyIdentifierType */
        [832] = {MREF(832, strings[6176]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(832, enums[10].shape), 0, offsetof(struct awsc_iam_statement, source_policy_type), 0}, /* Statement.SourcePolicyType: PolicySourceType */
        [833] = {MREF(833, strings[6193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(833, structures[270].shape), 0, offsetof(struct awsc_iam_statement, start_position), 0}, /* Statement.StartPosition: Position */
        [834] = {MREF(834, strings[6207]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(834, structures[270].shape), 0, offsetof(struct awsc_iam_statement, end_position), 0}, /* Statement.EndPosition: Position */
        [835] = {MREF(835, strings[6219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(835, scalars[126]), 0, offsetof(struct awsc_iam_tag, key), AWSC_MF_REQUIRED}, /* Tag.Key: tagKeyType */
        [836] = {MREF(836, strings[6223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(836, scalars[127]), 0, offsetof(struct awsc_iam_tag, value), AWSC_MF_REQUIRED}, /* Tag.Value: tagValueType */
        [837] = {MREF(837, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(837, scalars[57]), 0, offsetof(struct awsc_iam_tag_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* TagInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [838] = {MREF(838, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(838, collections[56].shape), 0, offsetof(struct awsc_iam_tag_instance_profile_input, tags), AWSC_MF_REQUIRED}, /* TagInstanceProfileRequest.Tags: tagListType */
        [839] = {MREF(839, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(839, scalars[110]), 0, offsetof(struct awsc_iam_tag_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* TagMFADeviceRequest.SerialNumber: serialNumberType */
        [840] = {MREF(840, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(840, collections[56].shape), 0, offsetof(struct awsc_iam_tag_mfa_device_input, tags), AWSC_MF_REQUIRED}, /* TagMFADeviceRequest.Tags: tagListType */
        [841] = {MREF(841, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(841, scalars[30]), 0, offsetof(struct awsc_iam_tag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* TagOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [842] = {MREF(842, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(842, collections[56].shape), 0, offsetof(struct awsc_iam_tag_open_id_connect_provider_input, tags), AWSC_MF_REQUIRED}, /* TagOpenIDConnectProviderRequest.Tags: tagListType */
        [843] = {MREF(843, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(843, scalars[30]), 0, offsetof(struct awsc_iam_tag_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* TagPolicyRequest.PolicyArn: arnType */
        [844] = {MREF(844, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(844, collections[56].shape), 0, offsetof(struct awsc_iam_tag_policy_input, tags), AWSC_MF_REQUIRED}, /* TagPolicyRequest.Tags: tagListType */
        [845] = {MREF(845, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(845, scalars[109]), 0, offsetof(struct awsc_iam_tag_role_input, role_name), AWSC_MF_REQUIRED}, /* TagRoleRequest.RoleName: roleNameType */
        [846] = {MREF(846, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(846, collections[56].shape), 0, offsetof(struct awsc_iam_tag_role_input, tags), AWSC_MF_REQUIRED}, /* TagRoleRequest.Tags: tagListType */
        [847] = {MREF(847, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(847, scalars[30]), 0, offsetof(struct awsc_iam_tag_saml_provider_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* TagSAMLProviderRequest.SAMLProviderArn: arnType */
        [848] = {MREF(848, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(848, collections[56].shape), 0, offsetof(struct awsc_iam_tag_saml_provider_input, tags), AWSC_MF_REQUIRED}, /* TagSAMLProviderRequest.Tags: tagListType */
        [849] = {MREF(849, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(849, scalars[111]), 0, offsetof(struct awsc_iam_tag_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* TagServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [850] = {MREF(850, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(850, collections[56].shape), 0, offsetof(struct awsc_iam_tag_server_certificate_input, tags), AWSC_MF_REQUIRED}, /* TagServerCertificateRequest.Tags: tagListType */
        [851] = {MREF(851, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(851, scalars[54]), 0, offsetof(struct awsc_iam_tag_user_input, user_name), AWSC_MF_REQUIRED}, /* TagUserRequest.UserName: existingUserNameType */
        [852] = {MREF(852, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(852, collections[56].shape), 0, offsetof(struct awsc_iam_tag_user_input, tags), AWSC_MF_REQUIRED}, /* TagUserRequest.Tags: tagListType */
        [853] = {MREF(853, strings[6229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(853, scalars[123]), 0, offsetof(struct awsc_iam_tracked_action_last_accessed, action_name), 0}, /* TrackedActionLastAccessed.ActionName: stringType */
        [854] = {MREF(854, strings[6240]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(854, scalars[30]), 0, offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_entity), 0}, /* TrackedActionLastAccessed.LastAccessedEntity: arnType */
        [855] = {MREF(855, strings[6259]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(855, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_tracked_action_last_accessed, last_accessed_time, has_last_accessed_time), offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_time), 0}, /* TrackedActionLastAccessed.LastAccessedTime: dateType */
        [856] = {MREF(856, strings[6276]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(856, scalars[123]), 0, offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_region), 0}, /* TrackedActionLastAccessed.LastAccessedRegion: stringType */
        [857] = {MREF(857, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(857, scalars[129]), 0, offsetof(struct awsc_iam_unmodifiable_entity_exception, message), 0}, /* UnmodifiableEntityException.message: unmodifiableEntityMessage */
        [858] = {MREF(858, strings[516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(858, scalars[130]), 0, offsetof(struct awsc_iam_unrecognized_public_key_encoding_exception, message), 0}, /* UnrecognizedPublicKeyEncodingException.message: unrecognizedPublicKeyEncodingMessage */
        [859] = {MREF(859, strings[299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(859, scalars[57]), 0, offsetof(struct awsc_iam_untag_instance_profile_input, instance_profile_name), AWSC_MF_REQUIRED}, /* UntagInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [860] = {MREF(860, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(860, collections[55].shape), 0, offsetof(struct awsc_iam_untag_instance_profile_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagInstanceProfileRequest.TagKeys: tagKeyListType */
        [861] = {MREF(861, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(861, scalars[110]), 0, offsetof(struct awsc_iam_untag_mfa_device_input, serial_number), AWSC_MF_REQUIRED}, /* UntagMFADeviceRequest.SerialNumber: serialNumberType */
        [862] = {MREF(862, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(862, collections[55].shape), 0, offsetof(struct awsc_iam_untag_mfa_device_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagMFADeviceRequest.TagKeys: tagKeyListType */
        [863] = {MREF(863, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(863, scalars[30]), 0, offsetof(struct awsc_iam_untag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* UntagOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [864] = {MREF(864, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(864, collections[55].shape), 0, offsetof(struct awsc_iam_untag_open_id_connect_provider_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagOpenIDConnectProviderRequest.TagKeys: tagKeyListType */
        [865] = {MREF(865, strings[338]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(865, scalars[30]), 0, offsetof(struct awsc_iam_untag_policy_input, policy_arn), AWSC_MF_REQUIRED}, /* UntagPolicyRequest.PolicyArn: arnType */
        [866] = {MREF(866, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(866, collections[55].shape), 0, offsetof(struct awsc_iam_untag_policy_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagPolicyRequest.TagKeys: tagKeyListType */
        [867] = {MREF(867, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(867, scalars[109]), 0, offsetof(struct awsc_iam_untag_role_input, role_name), AWSC_MF_REQUIRED}, /* UntagRoleRequest.RoleName: roleNameType */
        [868] = {MREF(868, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(868, collections[55].shape), 0, offsetof(struct awsc_iam_untag_role_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagRoleRequest.TagKeys: tagKeyListType */
        [869] = {MREF(869, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(869, scalars[30]), 0, offsetof(struct awsc_iam_untag_saml_provider_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* UntagSAMLProviderRequest.SAMLProviderArn: arnType */
        [870] = {MREF(870, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(870, collections[55].shape), 0, offsetof(struct awsc_iam_untag_saml_provider_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagSAMLProviderRequest.TagKeys: tagKeyListType */
        [871] = {MREF(871, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(871, scalars[111]), 0, offsetof(struct awsc_iam_untag_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* UntagServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [872] = {MREF(872, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(872, collections[55].shape), 0, offsetof(struct awsc_iam_untag_server_certificate_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagServerCertificateRequest.TagKeys: tagKeyListType */
        [873] = {MREF(873, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(873, scalars[54]), 0, offsetof(struct awsc_iam_untag_user_input, user_name), AWSC_MF_REQUIRED}, /* UntagUserRequest.UserName: existingUserNameType */
        [874] = {MREF(874, strings[6411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(874, collections[55].shape), 0, offsetof(struct awsc_iam_untag_user_input, tag_keys), AWSC_MF_REQUIRED}, /* UntagUserRequest.TagKeys: tagKeyListType */
        [875] = {MREF(875, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(875, scalars[54]), 0, offsetof(struct awsc_iam_update_access_key_input, user_name), 0}, /* UpdateAccessKeyRequest.UserName: existingUserNameType */
        [876] = {MREF(876, strings[152]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(876, scalars[25]), 0, offsetof(struct awsc_iam_update_access_key_input, access_key_id), AWSC_MF_REQUIRED}, /* UpdateAccessKeyRequest.AccessKeyId: accessKeyIdType */
        [877] = {MREF(877, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(877, enums[26].shape), 0, offsetof(struct awsc_iam_update_access_key_input, status), AWSC_MF_REQUIRED}, /* UpdateAccessKeyRequest.Status: statusType */
        [878] = {MREF(878, strings[4580]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(878, scalars[73]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, minimum_password_length, has_minimum_password_length), offsetof(struct awsc_iam_update_account_password_policy_input, minimum_password_length), 0}, /* UpdateAccountPasswordPolicyRequest.MinimumPasswordLength: minimumPasswordLengthType */
        [879] = {MREF(879, strings[4602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(879, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, require_symbols, has_require_symbols), offsetof(struct awsc_iam_update_account_password_policy_input, require_symbols), 0}, /* UpdateAccountPasswordPolicyRequest.RequireSymbols: booleanType */
        [880] = {MREF(880, strings[4617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(880, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, require_numbers, has_require_numbers), offsetof(struct awsc_iam_update_account_password_policy_input, require_numbers), 0}, /* UpdateAccountPasswordPolicyRequest.RequireNumbers: booleanType */
        [881] = {MREF(881, strings[4632]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(881, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, require_uppercase_characters, has_require_uppercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, require_uppercase_characters), 0}, /* UpdateAccountPasswordPolicyRequest.RequireUppercaseCharacters: booleanType */
        [882] = {MREF(882, strings[4659]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(882, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, require_lowercase_characters, has_require_lowercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, require_lowercase_characters), 0}, /* UpdateAccountPasswordPolicyRequest.RequireLowercaseCharacters: booleanType */
        [883] = {MREF(883, strings[4686]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(883, scalars[34]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, allow_users_to_change_password, has_allow_users_to_change_password), offsetof(struct awsc_iam_update_account_password_policy_input, allow_users_to_change_password), 0}, /* UpdateAccountPasswordPolicyRequest.AllowUsersToChangePassword: booleanType */
        [884] = {MREF(884, strings[4729]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(884, scalars[72]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, max_password_age, has_max_password_age), offsetof(struct awsc_iam_update_account_password_policy_input, max_password_age), 0}, /* UpdateAccountPasswordPolicyRequest.MaxPasswordAge: maxPasswordAgeType */
        [885] = {MREF(885, strings[4744]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(885, scalars[82]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, password_reuse_prevention, has_password_reuse_prevention), offsetof(struct awsc_iam_update_account_password_policy_input, password_reuse_prevention), 0}, /* UpdateAccountPasswordPolicyRequest.PasswordReusePrevention: passwordReusePreventionType */
        [886] = {MREF(886, strings[4768]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(886, scalars[33]), AWSC_MEMBER_HAS(struct awsc_iam_update_account_password_policy_input, hard_expiry, has_hard_expiry), offsetof(struct awsc_iam_update_account_password_policy_input, hard_expiry), 0}, /* UpdateAccountPasswordPolicyRequest.HardExpiry: booleanObjectType */
        [887] = {MREF(887, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(887, scalars[109]), 0, offsetof(struct awsc_iam_update_assume_role_policy_input, role_name), AWSC_MF_REQUIRED}, /* UpdateAssumeRolePolicyRequest.RoleName: roleNameType */
        [888] = {MREF(888, strings[979]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(888, scalars[88]), 0, offsetof(struct awsc_iam_update_assume_role_policy_input, policy_document), AWSC_MF_REQUIRED}, /* UpdateAssumeRolePolicyRequest.PolicyDocument: policyDocumentType */
        [889] = {MREF(889, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(889, scalars[47]), 0, offsetof(struct awsc_iam_update_delegation_request_input, delegation_request_id), AWSC_MF_REQUIRED}, /* UpdateDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [890] = {MREF(890, strings[1598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(890, scalars[75]), 0, offsetof(struct awsc_iam_update_delegation_request_input, notes), 0}, /* UpdateDelegationRequestRequest.Notes: notesType */
        [891] = {MREF(891, strings[328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(891, scalars[55]), 0, offsetof(struct awsc_iam_update_group_input, group_name), AWSC_MF_REQUIRED}, /* UpdateGroupRequest.GroupName: groupNameType */
        [892] = {MREF(892, strings[6419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(892, scalars[85]), 0, offsetof(struct awsc_iam_update_group_input, new_path), 0}, /* UpdateGroupRequest.NewPath: pathType */
        [893] = {MREF(893, strings[6427]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(893, scalars[55]), 0, offsetof(struct awsc_iam_update_group_input, new_group_name), 0}, /* UpdateGroupRequest.NewGroupName: groupNameType */
        [894] = {MREF(894, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(894, scalars[131]), 0, offsetof(struct awsc_iam_update_login_profile_input, user_name), AWSC_MF_REQUIRED}, /* UpdateLoginProfileRequest.UserName: userNameType */
        [895] = {MREF(895, strings[903]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(895, scalars[83]), 0, offsetof(struct awsc_iam_update_login_profile_input, password), AWSC_MF_SENSITIVE}, /* UpdateLoginProfileRequest.Password: passwordType */
        [896] = {MREF(896, strings[912]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(896, scalars[33]), AWSC_MEMBER_HAS(struct awsc_iam_update_login_profile_input, password_reset_required, has_password_reset_required), offsetof(struct awsc_iam_update_login_profile_input, password_reset_required), 0}, /* UpdateLoginProfileRequest.PasswordResetRequired: booleanObjectType */
        [897] = {MREF(897, strings[265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(897, scalars[30]), 0, offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, open_id_connect_provider_arn), AWSC_MF_REQUIRED}, /* UpdateOpenIDConnectProviderThumbprintRequest.OpenIDConnectProviderArn: arnType */
        [898] = {MREF(898, strings[964]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(898, collections[57].shape), 0, offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, thumbprint_list), AWSC_MF_REQUIRED}, /* UpdateOpenIDConnectProviderThumbprintRequest.ThumbprintList: thumbprintListType */
        [899] = {MREF(899, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(899, scalars[109]), 0, offsetof(struct awsc_iam_update_role_description_input, role_name), AWSC_MF_REQUIRED}, /* UpdateRoleDescriptionRequest.RoleName: roleNameType */
        [900] = {MREF(900, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(900, scalars[107]), 0, offsetof(struct awsc_iam_update_role_description_input, description), AWSC_MF_REQUIRED}, /* UpdateRoleDescriptionRequest.Description: roleDescriptionType */
        [901] = {MREF(901, strings[1092]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(901, structures[285].shape), 0, offsetof(struct awsc_iam_update_role_description_output, role), 0}, /* UpdateRoleDescriptionResponse.Role: Role */
        [902] = {MREF(902, strings[319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(902, scalars[109]), 0, offsetof(struct awsc_iam_update_role_input, role_name), AWSC_MF_REQUIRED}, /* UpdateRoleRequest.RoleName: roleNameType */
        [903] = {MREF(903, strings[732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(903, scalars[107]), 0, offsetof(struct awsc_iam_update_role_input, description), 0}, /* UpdateRoleRequest.Description: roleDescriptionType */
        [904] = {MREF(904, strings[1053]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(904, scalars[108]), AWSC_MEMBER_HAS(struct awsc_iam_update_role_input, max_session_duration, has_max_session_duration), offsetof(struct awsc_iam_update_role_input, max_session_duration), 0}, /* UpdateRoleRequest.MaxSessionDuration: roleMaxSessionDurationType */
        [905] = {MREF(905, strings[1097]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(905, scalars[23]), 0, offsetof(struct awsc_iam_update_saml_provider_input, saml_metadata_document), 0}, /* UpdateSAMLProviderRequest.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [906] = {MREF(906, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(906, scalars[30]), 0, offsetof(struct awsc_iam_update_saml_provider_input, saml_provider_arn), AWSC_MF_REQUIRED}, /* UpdateSAMLProviderRequest.SAMLProviderArn: arnType */
        [907] = {MREF(907, strings[1123]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(907, enums[14].shape), 0, offsetof(struct awsc_iam_update_saml_provider_input, assertion_encryption_mode), 0}, /* UpdateSAMLProviderRequest.AssertionEncryptionMode: assertionEncryptionModeType */
        [908] = {MREF(908, strings[1147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(908, scalars[97]), 0, offsetof(struct awsc_iam_update_saml_provider_input, add_private_key), AWSC_MF_SENSITIVE}, /* UpdateSAMLProviderRequest.AddPrivateKey: privateKeyType */
        [909] = {MREF(909, strings[6440]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(909, scalars[96]), 0, offsetof(struct awsc_iam_update_saml_provider_input, remove_private_key), 0}, /* UpdateSAMLProviderRequest.RemovePrivateKey: privateKeyIdType */
        [910] = {MREF(910, strings[1161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(910, scalars[30]), 0, offsetof(struct awsc_iam_update_saml_provider_output, saml_provider_arn), 0}, /* UpdateSAMLProviderResponse.SAMLProviderArn: arnType */
        [911] = {MREF(911, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(911, scalars[131]), 0, offsetof(struct awsc_iam_update_ssh_public_key_input, user_name), AWSC_MF_REQUIRED}, /* UpdateSSHPublicKeyRequest.UserName: userNameType */
        [912] = {MREF(912, strings[1681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(912, scalars[99]), 0, offsetof(struct awsc_iam_update_ssh_public_key_input, ssh_public_key_id), AWSC_MF_REQUIRED}, /* UpdateSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [913] = {MREF(913, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(913, enums[26].shape), 0, offsetof(struct awsc_iam_update_ssh_public_key_input, status), AWSC_MF_REQUIRED}, /* UpdateSSHPublicKeyRequest.Status: statusType */
        [914] = {MREF(914, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(914, scalars[111]), 0, offsetof(struct awsc_iam_update_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* UpdateServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [915] = {MREF(915, strings[6419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(915, scalars[85]), 0, offsetof(struct awsc_iam_update_server_certificate_input, new_path), 0}, /* UpdateServerCertificateRequest.NewPath: pathType */
        [916] = {MREF(916, strings[6457]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(916, scalars[111]), 0, offsetof(struct awsc_iam_update_server_certificate_input, new_server_certificate_name), 0}, /* UpdateServerCertificateRequest.NewServerCertificateName: serverCertificateNameType */
        [917] = {MREF(917, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(917, scalars[131]), 0, offsetof(struct awsc_iam_update_service_specific_credential_input, user_name), 0}, /* UpdateServiceSpecificCredentialRequest.UserName: userNameType */
        [918] = {MREF(918, strings[1733]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(918, scalars[120]), 0, offsetof(struct awsc_iam_update_service_specific_credential_input, service_specific_credential_id), AWSC_MF_REQUIRED}, /* UpdateServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [919] = {MREF(919, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(919, enums[26].shape), 0, offsetof(struct awsc_iam_update_service_specific_credential_input, status), AWSC_MF_REQUIRED}, /* UpdateServiceSpecificCredentialRequest.Status: statusType */
        [920] = {MREF(920, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(920, scalars[54]), 0, offsetof(struct awsc_iam_update_signing_certificate_input, user_name), 0}, /* UpdateSigningCertificateRequest.UserName: existingUserNameType */
        [921] = {MREF(921, strings[1761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(921, scalars[37]), 0, offsetof(struct awsc_iam_update_signing_certificate_input, certificate_id), AWSC_MF_REQUIRED}, /* UpdateSigningCertificateRequest.CertificateId: certificateIdType */
        [922] = {MREF(922, strings[164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(922, enums[26].shape), 0, offsetof(struct awsc_iam_update_signing_certificate_input, status), AWSC_MF_REQUIRED}, /* UpdateSigningCertificateRequest.Status: statusType */
        [923] = {MREF(923, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(923, scalars[54]), 0, offsetof(struct awsc_iam_update_user_input, user_name), AWSC_MF_REQUIRED}, /* UpdateUserRequest.UserName: existingUserNameType */
        [924] = {MREF(924, strings[6419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(924, scalars[85]), 0, offsetof(struct awsc_iam_update_user_input, new_path), 0}, /* UpdateUserRequest.NewPath: pathType */
        [925] = {MREF(925, strings[6482]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(925, scalars[131]), 0, offsetof(struct awsc_iam_update_user_input, new_user_name), 0}, /* UpdateUserRequest.NewUserName: userNameType */
        [926] = {MREF(926, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(926, scalars[131]), 0, offsetof(struct awsc_iam_upload_ssh_public_key_input, user_name), AWSC_MF_REQUIRED}, /* UploadSSHPublicKeyRequest.UserName: userNameType */
        [927] = {MREF(927, strings[5516]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(927, scalars[100]), 0, offsetof(struct awsc_iam_upload_ssh_public_key_input, ssh_public_key_body), AWSC_MF_REQUIRED}, /* UploadSSHPublicKeyRequest.SSHPublicKeyBody: publicKeyMaterialType */
        [928] = {MREF(928, strings[3188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(928, structures[291].shape), 0, offsetof(struct awsc_iam_upload_ssh_public_key_output, ssh_public_key), 0}, /* UploadSSHPublicKeyResponse.SSHPublicKey: SSHPublicKey */
        [929] = {MREF(929, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(929, scalars[85]), 0, offsetof(struct awsc_iam_upload_server_certificate_input, path), 0}, /* UploadServerCertificateRequest.Path: pathType */
        [930] = {MREF(930, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(930, scalars[111]), 0, offsetof(struct awsc_iam_upload_server_certificate_input, server_certificate_name), AWSC_MF_REQUIRED}, /* UploadServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [931] = {MREF(931, strings[5570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(931, scalars[35]), 0, offsetof(struct awsc_iam_upload_server_certificate_input, certificate_body), AWSC_MF_REQUIRED}, /* UploadServerCertificateRequest.CertificateBody: certificateBodyType */
        [932] = {MREF(932, strings[6494]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(932, scalars[97]), 0, offsetof(struct awsc_iam_upload_server_certificate_input, private_key), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* UploadServerCertificateRequest.PrivateKey: privateKeyType */
        [933] = {MREF(933, strings[5586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(933, scalars[36]), 0, offsetof(struct awsc_iam_upload_server_certificate_input, certificate_chain), 0}, /* UploadServerCertificateRequest.CertificateChain: certificateChainType */
        [934] = {MREF(934, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(934, collections[56].shape), 0, offsetof(struct awsc_iam_upload_server_certificate_input, tags), 0}, /* UploadServerCertificateRequest.Tags: tagListType */
        [935] = {MREF(935, strings[5544]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(935, structures[295].shape), 0, offsetof(struct awsc_iam_upload_server_certificate_output, server_certificate_metadata), 0}, /* UploadServerCertificateResponse.ServerCertificateMetadata: ServerCertificateMetadata */
        [936] = {MREF(936, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(936, collections[56].shape), 0, offsetof(struct awsc_iam_upload_server_certificate_output, tags), 0}, /* UploadServerCertificateResponse.Tags: tagListType */
        [937] = {MREF(937, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(937, scalars[54]), 0, offsetof(struct awsc_iam_upload_signing_certificate_input, user_name), 0}, /* UploadSigningCertificateRequest.UserName: existingUserNameType */
        [938] = {MREF(938, strings[5570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(938, scalars[35]), 0, offsetof(struct awsc_iam_upload_signing_certificate_input, certificate_body), AWSC_MF_REQUIRED}, /* UploadSigningCertificateRequest.CertificateBody: certificateBodyType */
        [939] = {MREF(939, strings[6505]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(939, structures[304].shape), 0, offsetof(struct awsc_iam_upload_signing_certificate_output, certificate), AWSC_MF_REQUIRED}, /* UploadSigningCertificateResponse.Certificate: SigningCertificate */
        [940] = {MREF(940, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(940, scalars[85]), 0, offsetof(struct awsc_iam_user, path), AWSC_MF_REQUIRED}, /* User.Path: pathType */
        [941] = {MREF(941, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(941, scalars[131]), 0, offsetof(struct awsc_iam_user, user_name), AWSC_MF_REQUIRED}, /* User.UserName: userNameType */
        [942] = {MREF(942, strings[5258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(942, scalars[56]), 0, offsetof(struct awsc_iam_user, user_id), AWSC_MF_REQUIRED}, /* User.UserId: idType */
        [943] = {MREF(943, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(943, scalars[30]), 0, offsetof(struct awsc_iam_user, arn), AWSC_MF_REQUIRED}, /* User.Arn: arnType */
        [944] = {MREF(944, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(944, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_user, create_date, has_create_date), offsetof(struct awsc_iam_user, create_date), AWSC_MF_REQUIRED}, /* User.CreateDate: dateType */
        [945] = {MREF(945, strings[6517]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(945, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_user, password_last_used, has_password_last_used), offsetof(struct awsc_iam_user, password_last_used), 0}, /* User.PasswordLastUsed: dateType */
        [946] = {MREF(946, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(946, structures[13].shape), 0, offsetof(struct awsc_iam_user, permissions_boundary), 0}, /* User.PermissionsBoundary: AttachedPermissionsBoundary */
        [947] = {MREF(947, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(947, collections[56].shape), 0, offsetof(struct awsc_iam_user, tags), 0}, /* User.Tags: tagListType */
        [948] = {MREF(948, strings[871]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(948, scalars[85]), 0, offsetof(struct awsc_iam_user_detail, path), 0}, /* UserDetail.Path: pathType */
        [949] = {MREF(949, strings[143]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(949, scalars[131]), 0, offsetof(struct awsc_iam_user_detail, user_name), 0}, /* UserDetail.UserName: userNameType */
        [950] = {MREF(950, strings[5258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(950, scalars[56]), 0, offsetof(struct awsc_iam_user_detail, user_id), 0}, /* UserDetail.UserId: idType */
        [951] = {MREF(951, strings[2107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(951, scalars[30]), 0, offsetof(struct awsc_iam_user_detail, arn), 0}, /* UserDetail.Arn: arnType */
        [952] = {MREF(952, strings[187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(952, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_user_detail, create_date, has_create_date), offsetof(struct awsc_iam_user_detail, create_date), 0}, /* UserDetail.CreateDate: dateType */
        [953] = {MREF(953, strings[6534]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(953, collections[41].shape), 0, offsetof(struct awsc_iam_user_detail, user_policy_list), 0}, /* UserDetail.UserPolicyList: policyDetailListType */
        [954] = {MREF(954, strings[6549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(954, collections[37].shape), 0, offsetof(struct awsc_iam_user_detail, group_list), 0}, /* UserDetail.GroupList: groupNameListType */
        [955] = {MREF(955, strings[3296]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(955, collections[29].shape), 0, offsetof(struct awsc_iam_user_detail, attached_managed_policies), 0}, /* UserDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [956] = {MREF(956, strings[1072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(956, structures[13].shape), 0, offsetof(struct awsc_iam_user_detail, permissions_boundary), 0}, /* UserDetail.PermissionsBoundary: AttachedPermissionsBoundary */
        [957] = {MREF(957, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(957, collections[56].shape), 0, offsetof(struct awsc_iam_user_detail, tags), 0}, /* UserDetail.Tags: tagListType */
        [958] = {MREF(958, strings[1443]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(958, scalars[110]), 0, offsetof(struct awsc_iam_virtual_mfa_device, serial_number), AWSC_MF_REQUIRED}, /* VirtualMFADevice.SerialNumber: serialNumberType */
        [959] = {MREF(959, strings[6559]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(959, scalars[2]), 0, offsetof(struct awsc_iam_virtual_mfa_device, base32_string_seed), AWSC_MF_SENSITIVE}, /* VirtualMFADevice.Base32StringSeed: BootstrapDatum */
        [960] = {MREF(960, strings[6576]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(960, scalars[2]), 0, offsetof(struct awsc_iam_virtual_mfa_device, qr_code_png), AWSC_MF_SENSITIVE}, /* VirtualMFADevice.QRCodePNG: BootstrapDatum */
        [961] = {MREF(961, strings[1249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(961, structures[353].shape), 0, offsetof(struct awsc_iam_virtual_mfa_device, user), 0}, /* VirtualMFADevice.User: User */
        [962] = {MREF(962, strings[2958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(962, scalars[45]), AWSC_MEMBER_HAS(struct awsc_iam_virtual_mfa_device, enable_date, has_enable_date), offsetof(struct awsc_iam_virtual_mfa_device, enable_date), 0}, /* VirtualMFADevice.EnableDate: dateType */
        [963] = {MREF(963, strings[882]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(963, collections[56].shape), 0, offsetof(struct awsc_iam_virtual_mfa_device, tags), 0}, /* VirtualMFADevice.Tags: tagListType */
    },
    .ranges = {
        {true, true, 3, 128}, /* ActionNameType */
        {true, true, 1, 128}, /* AttachmentName */
        {true, true, 1, 128}, /* CertificationKeyType */
        {true, true, 1, 32}, /* CertificationValueType */
        {true, true, 5, 256}, /* ContextKeyNameType */
        {true, true, 1, 1000}, /* DeletionTaskIdType */
        {true, true, 3, 256}, /* EvalDecisionSourceType */
        {true, true, 1, 255}, /* OpenIDConnectProviderUrlType */
        {false, true, 0, 34}, /* OrganizationIdType */
        {false, true, 0, 7}, /* OrganizationPolicyListType */
        {false, true, 0, 256}, /* PolicyExclusionsListType */
        {false, true, 0, 1000}, /* ReasonType */
        {true, true, 1, 100}, /* RegionNameType */
        {true, true, 1, 64}, /* ResourceHandlingOptionType */
        {true, true, 1, 2048}, /* ResourceNameType */
        {true, true, 1000, 10000000}, /* SAMLMetadataDocumentType */
        {true, true, 1, 128}, /* SAMLProviderNameType */
        {true, true, 16, 128}, /* accessKeyIdType */
        {true, true, 3, 63}, /* accountAliasType */
        {true, true, 20, 2048}, /* arnType */
        {true, true, 6, 6}, /* authenticationCodeType */
        {true, true, 1, 16384}, /* certificateBodyType */
        {true, true, 1, 2097152}, /* certificateChainType */
        {true, true, 24, 128}, /* certificateIdType */
        {true, true, 1, 255}, /* clientIDType */
        {true, true, 1, 255}, /* consoleDeepLinkType */
        {true, true, 1, 36600}, /* credentialAgeDays */
        {true, true, 1, 64}, /* customSuffixType */
        {false, true, 0, 1000}, /* delegationRequestDescriptionType */
        {true, true, 16, 128}, /* delegationRequestIdType */
        {true, true, 1, 128}, /* entityNameType */
        {true, true, 1, 128}, /* existingUserNameType */
        {true, true, 1, 128}, /* groupNameType */
        {true, true, 16, 128}, /* idType */
        {true, true, 1, 128}, /* instanceProfileNameType */
        {true, true, 36, 36}, /* jobIDType */
        {true, true, 2, 12}, /* localeType */
        {true, true, 1, 320}, /* markerType */
        {true, true, 1, 1000}, /* maxItemsType */
        {true, true, 1, 1095}, /* maxPasswordAgeType */
        {true, true, 6, 128}, /* minimumPasswordLengthType */
        {false, true, 0, 500}, /* notesType */
        {true, true, 2, 400}, /* notificationChannelType */
        {true, true, 19, 427}, /* organizationsEntityPathType */
        {true, true, 20, 2048}, /* ownerIdType */
        {true, true, 1, 24}, /* passwordReusePreventionType */
        {true, true, 1, 128}, /* passwordType */
        {true, true, 1, 512}, /* pathPrefixType */
        {true, true, 1, 512}, /* pathType */
        {false, true, 0, 1000}, /* policyDescriptionType */
        {true, true, 1, 131072}, /* policyDocumentType */
        {true, true, 1, 128}, /* policyNameType */
        {false, true, 0, 50}, /* policyParameterListType */
        {true, true, 5, 256}, /* policyParameterNameType */
        {true, true, 1, 512}, /* policyPathType */
        {true, true, 22, 64}, /* privateKeyIdType */
        {false, true, 0, 2}, /* privateKeyList */
        {true, true, 1, 16384}, /* privateKeyType */
        {true, true, 48, 48}, /* publicKeyFingerprintType */
        {true, true, 20, 128}, /* publicKeyIdType */
        {true, true, 1, 16384}, /* publicKeyMaterialType */
        {true, true, 1, 255}, /* redirectUrlType */
        {false, true, 0, 200}, /* requestMessageType */
        {false, true, 0, 30}, /* requestorNameType */
        {true, true, 5, 400}, /* requestorWorkflowIdType */
        {false, true, 0, 1000}, /* roleDescriptionType */
        {true, true, 3600, 43200}, /* roleMaxSessionDurationType */
        {true, true, 1, 64}, /* roleNameType */
        {true, true, 9, 256}, /* serialNumberType */
        {true, true, 1, 128}, /* serverCertificateNameType */
        {true, true, 0, 200}, /* serviceCredentialAlias */
        {true, true, 1, 200}, /* serviceNamespaceListType */
        {true, true, 1, 64}, /* serviceNamespaceType */
        {true, true, 20, 128}, /* serviceSpecificCredentialId */
        {true, true, 0, 200}, /* serviceUserName */
        {true, true, 300, 43200}, /* sessionDurationType */
        {true, true, 0, 10000}, /* summaryContentType */
        {false, true, 0, 50}, /* tagKeyListType */
        {true, true, 1, 128}, /* tagKeyType */
        {false, true, 0, 50}, /* tagListType */
        {true, true, 0, 256}, /* tagValueType */
        {true, true, 40, 40}, /* thumbprintType */
        {true, true, 1, 64}, /* userNameType */
        {true, false, 1, 0}, /* virtualMFADeviceName */
    },
    .strings =
        /*      0 */ "DelegationRequestId\0"
        /*     20 */ "SERVICE_LEVEL\0" "ACTION_LEVEL\0"
        /*     47 */ "ServiceName\0"
        /*     59 */ "ServiceNamespace\0"
        /*     76 */ "Region\0"
        /*     83 */ "EntityPath\0"
        /*     94 */ "LastAuthenticatedTime\0"
        /*    116 */ "TotalAuthenticatedEntities\0"
        /*    143 */ "UserName\0"
        /*    152 */ "AccessKeyId\0"
        /*    164 */ "Status\0"
        /*    171 */ "SecretAccessKey\0"
        /*    187 */ "CreateDate\0"
        /*    198 */ "LastUsedDate\0"
        /*    211 */ "AccountNotManagementOrDelegatedAdministratorException\0"
        /*    265 */ "OpenIDConnectProviderArn\0"
        /*    290 */ "ClientID\0"
        /*    299 */ "InstanceProfileName\0"
        /*    319 */ "RoleName\0"
        /*    328 */ "GroupName\0"
        /*    338 */ "PolicyArn\0"
        /*    348 */ "PermissionsBoundaryType\0"
        /*    372 */ "PermissionsBoundaryArn\0"
        /*    395 */ "PolicyName\0"
        /*    406 */ "user\0" "group\0" "role\0"
        /*    422 */ "CallerIsNotManagementAccountException\0"
        /*    460 */ "OldPassword\0"
        /*    472 */ "NewPassword\0"
        /*    484 */ "ConcurrentModificationException\0"
        /*    516 */ "message\0"
        /*    524 */ "ConcurrentModification\0"
        /*    547 */ "ContextKeyName\0"
        /*    562 */ "ContextKeyValues\0"
        /*    579 */ "ContextKeyType\0"
        /*    594 */ "string\0" "stringList\0" "numeric\0" "numericList\0" "boolean\0" "booleanList\0" "ip\0" "ipList\0" "binary\0" "binaryList\0" "date\0" "dateList\0"
        /*    694 */ "AccessKey\0"
        /*    704 */ "AccountAlias\0"
        /*    717 */ "OwnerAccountId\0"
        /*    732 */ "Description\0"
        /*    744 */ "Permissions\0"
        /*    756 */ "RequestMessage\0"
        /*    771 */ "RequestorWorkflowId\0"
        /*    791 */ "RedirectUrl\0"
        /*    803 */ "NotificationChannel\0"
        /*    823 */ "SessionDuration\0"
        /*    839 */ "OnlySendByOwner\0"
        /*    855 */ "ConsoleDeepLink\0"
        /*    871 */ "Path\0"
        /*    876 */ "Group\0"
        /*    882 */ "Tags\0"
        /*    887 */ "InstanceProfile\0"
        /*    903 */ "Password\0"
        /*    912 */ "PasswordResetRequired\0"
        /*    934 */ "LoginProfile\0"
        /*    947 */ "Url\0"
        /*    951 */ "ClientIDList\0"
        /*    964 */ "ThumbprintList\0"
        /*    979 */ "PolicyDocument\0"
        /*    994 */ "Policy\0"
        /*   1001 */ "SetAsDefault\0"
        /*   1014 */ "PolicyVersion\0"
        /*   1028 */ "AssumeRolePolicyDocument\0"
        /*   1053 */ "MaxSessionDuration\0"
        /*   1072 */ "PermissionsBoundary\0"
        /*   1092 */ "Role\0"
        /*   1097 */ "SAMLMetadataDocument\0"
        /*   1118 */ "Name\0"
        /*   1123 */ "AssertionEncryptionMode\0"
        /*   1147 */ "AddPrivateKey\0"
        /*   1161 */ "SAMLProviderArn\0"
        /*   1177 */ "AWSServiceName\0"
        /*   1192 */ "CustomSuffix\0"
        /*   1205 */ "CredentialAgeDays\0"
        /*   1223 */ "ServiceSpecificCredential\0"
        /*   1249 */ "User\0"
        /*   1254 */ "VirtualMFADeviceName\0"
        /*   1275 */ "VirtualMFADevice\0"
        /*   1292 */ "CredentialReportExpiredException\0"
        /*   1325 */ "ReportExpired\0"
        /*   1339 */ "CredentialReportNotPresentException\0"
        /*   1375 */ "ReportNotPresent\0"
        /*   1392 */ "CredentialReportNotReadyException\0"
        /*   1426 */ "ReportInProgress\0"
        /*   1443 */ "SerialNumber\0"
        /*   1456 */ "PolicyTemplateArn\0"
        /*   1474 */ "Parameters\0"
        /*   1485 */ "PermissionPolicy\0"
        /*   1502 */ "RolePermissionRestrictionArns\0"
        /*   1532 */ "OwnerId\0"
        /*   1540 */ "ApproverId\0"
        /*   1551 */ "State\0"
        /*   1557 */ "ExpirationTime\0"
        /*   1572 */ "RequestorId\0"
        /*   1584 */ "RequestorName\0"
        /*   1598 */ "Notes\0"
        /*   1604 */ "RejectionReason\0"
        /*   1620 */ "UpdatedTime\0"
        /*   1632 */ "DeleteConflictException\0"
        /*   1656 */ "DeleteConflict\0"
        /*   1671 */ "VersionId\0"
        /*   1681 */ "SSHPublicKeyId\0"
        /*   1696 */ "ServerCertificateName\0"
        /*   1718 */ "DeletionTaskId\0"
        /*   1733 */ "ServiceSpecificCredentialId\0"
        /*   1761 */ "CertificateId\0"
        /*   1775 */ "Reason\0"
        /*   1782 */ "RoleUsageList\0"
        /*   1796 */ "SUCCEEDED\0" "IN_PROGRESS\0" "FAILED\0" "NOT_STARTED\0"
        /*   1837 */ "OrganizationId\0"
        /*   1852 */ "EnabledFeatures\0"
        /*   1868 */ "DuplicateCertificateException\0"
        /*   1898 */ "DuplicateCertificate\0"
        /*   1919 */ "DuplicateSSHPublicKeyException\0"
        /*   1950 */ "DuplicateSSHPublicKey\0"
        /*   1972 */ "AuthenticationCode1\0"
        /*   1992 */ "AuthenticationCode2\0"
        /*   2012 */ "IssuerIdentifier\0"
        /*   2029 */ "EntityAlreadyExistsException\0"
        /*   2058 */ "EntityAlreadyExists\0"
        /*   2078 */ "EntityInfo\0"
        /*   2089 */ "LastAuthenticated\0"
        /*   2107 */ "Arn\0"
        /*   2111 */ "Type\0"
        /*   2116 */ "Id\0"
        /*   2119 */ "EntityTemporarilyUnmodifiableException\0"
        /*   2158 */ "EntityTemporarilyUnmodifiable\0"
        /*   2188 */ "User\0" "Role\0" "Group\0" "LocalManagedPolicy\0" "AWSManagedPolicy\0"
        /*   2240 */ "Message\0"
        /*   2248 */ "Code\0"
        /*   2253 */ "EvalActionName\0"
        /*   2268 */ "EvalResourceName\0"
        /*   2285 */ "EvalDecision\0"
        /*   2298 */ "MatchedStatements\0"
        /*   2316 */ "MissingContextValues\0"
        /*   2337 */ "OrganizationsDecisionDetail\0"
        /*   2365 */ "PermissionsBoundaryDecisionDetail\0"
        /*   2399 */ "EvalDecisionDetails\0"
        /*   2419 */ "ResourceSpecificResults\0"
        /*   2443 */ "FeatureDisabledException\0"
        /*   2468 */ "FeatureDisabled\0"
        /*   2484 */ "FeatureEnabledException\0"
        /*   2508 */ "FeatureEnabled\0"
        /*   2523 */ "RootCredentialsManagement\0" "RootSessions\0"
        /*   2562 */ "OrganizationsPolicyId\0"
        /*   2584 */ "JobId\0"
        /*   2590 */ "Granularity\0"
        /*   2602 */ "AccessKeyLastUsed\0"
        /*   2620 */ "Filter\0"
        /*   2627 */ "MaxItems\0"
        /*   2636 */ "Marker\0"
        /*   2643 */ "UserDetailList\0"
        /*   2658 */ "GroupDetailList\0"
        /*   2674 */ "RoleDetailList\0"
        /*   2689 */ "Policies\0"
        /*   2698 */ "IsTruncated\0"
        /*   2710 */ "PasswordPolicy\0"
        /*   2725 */ "SummaryMap\0"
        /*   2736 */ "PolicyInputList\0"
        /*   2752 */ "ContextKeyNames\0"
        /*   2768 */ "PolicySourceArn\0"
        /*   2784 */ "Content\0"
        /*   2792 */ "ReportFormat\0"
        /*   2805 */ "GeneratedTime\0"
        /*   2819 */ "DelegationPermissionCheck\0"
        /*   2845 */ "DelegationRequest\0"
        /*   2863 */ "PermissionCheckStatus\0"
        /*   2885 */ "PermissionCheckResult\0"
        /*   2907 */ "Users\0"
        /*   2913 */ "EntityArn\0"
        /*   2923 */ "Locale\0"
        /*   2930 */ "SummaryContent\0"
        /*   2945 */ "SummaryState\0"
        /*   2958 */ "EnableDate\0"
        /*   2969 */ "Certifications\0"
        /*   2984 */ "SortKey\0"
        /*   2992 */ "JobStatus\0"
        /*   3002 */ "JobCreationDate\0"
        /*   3018 */ "JobCompletionDate\0"
        /*   3036 */ "NumberOfServicesAccessible\0"
        /*   3063 */ "NumberOfServicesNotAccessed\0"
        /*   3091 */ "AccessDetails\0"
        /*   3105 */ "ErrorDetails\0"
        /*   3118 */ "JwtVendingEnabled\0"
        /*   3136 */ "SAMLProviderUUID\0"
        /*   3153 */ "ValidUntil\0"
        /*   3164 */ "PrivateKeyList\0"
        /*   3179 */ "Encoding\0"
        /*   3188 */ "SSHPublicKey\0"
        /*   3201 */ "ServerCertificate\0"
        /*   3219 */ "JobType\0"
        /*   3227 */ "ServicesLastAccessed\0"
        /*   3248 */ "Error\0"
        /*   3254 */ "EntityDetailsList\0"
        /*   3272 */ "GroupId\0"
        /*   3280 */ "GroupPolicyList\0"
        /*   3296 */ "AttachedManagedPolicies\0"
        /*   3320 */ "AttachmentType\0"
        /*   3335 */ "AttachmentName\0"
        /*   3350 */ "InstanceProfileId\0"
        /*   3368 */ "Roles\0"
        /*   3374 */ "InvalidAuthenticationCodeException\0"
        /*   3409 */ "InvalidAuthenticationCode\0"
        /*   3435 */ "InvalidCertificateException\0"
        /*   3463 */ "InvalidCertificate\0"
        /*   3482 */ "InvalidInputException\0"
        /*   3504 */ "InvalidInput\0"
        /*   3517 */ "InvalidPublicKeyException\0"
        /*   3543 */ "InvalidPublicKey\0"
        /*   3560 */ "InvalidUserTypeException\0"
        /*   3585 */ "InvalidUserType\0"
        /*   3601 */ "KeyPairMismatchException\0"
        /*   3626 */ "KeyPairMismatch\0"
        /*   3642 */ "LimitExceededException\0"
        /*   3665 */ "LimitExceeded\0"
        /*   3679 */ "AccessKeyMetadata\0"
        /*   3697 */ "AccountAliases\0"
        /*   3712 */ "PathPrefix\0"
        /*   3723 */ "AttachedPolicies\0"
        /*   3740 */ "DelegationRequests\0"
        /*   3759 */ "isTruncated\0"
        /*   3771 */ "EntityFilter\0"
        /*   3784 */ "PolicyUsageFilter\0"
        /*   3802 */ "PolicyGroups\0"
        /*   3815 */ "PolicyUsers\0"
        /*   3827 */ "PolicyRoles\0"
        /*   3839 */ "PolicyNames\0"
        /*   3851 */ "Groups\0"
        /*   3858 */ "InstanceProfiles\0"
        /*   3875 */ "MFADevices\0"
        /*   3886 */ "OpenIDConnectProviderList\0"
        /*   3912 */ "ServiceNamespaces\0"
        /*   3930 */ "PoliciesGrantingServiceAccess\0"
        /*   3960 */ "Scope\0"
        /*   3966 */ "OnlyAttached\0"
        /*   3979 */ "Versions\0"
        /*   3988 */ "SAMLProviderList\0"
        /*   4005 */ "SSHPublicKeys\0"
        /*   4019 */ "ServerCertificateMetadataList\0"
        /*   4049 */ "AllUsers\0"
        /*   4058 */ "ServiceSpecificCredentials\0"
        /*   4085 */ "Certificates\0"
        /*   4098 */ "AssignmentStatus\0"
        /*   4115 */ "VirtualMFADevices\0"
        /*   4133 */ "MalformedCertificateException\0"
        /*   4163 */ "MalformedCertificate\0"
        /*   4184 */ "MalformedPolicyDocumentException\0"
        /*   4217 */ "MalformedPolicyDocument\0"
        /*   4241 */ "PolicyId\0"
        /*   4250 */ "DefaultVersionId\0"
        /*   4267 */ "AttachmentCount\0"
        /*   4283 */ "PermissionsBoundaryUsageCount\0"
        /*   4313 */ "IsAttachable\0"
        /*   4326 */ "UpdateDate\0"
        /*   4337 */ "PolicyVersionList\0"
        /*   4355 */ "NoSuchEntityException\0"
        /*   4377 */ "NoSuchEntity\0"
        /*   4390 */ "OpenIdIdpCommunicationErrorException\0"
        /*   4427 */ "OpenIdIdpCommunicationError\0"
        /*   4455 */ "ServiceControlPolicyInputList\0"
        /*   4485 */ "OrganizationNotFoundException\0"
        /*   4515 */ "OrganizationNotInAllFeaturesModeException\0"
        /*   4557 */ "AllowedByOrganizations\0"
        /*   4580 */ "MinimumPasswordLength\0"
        /*   4602 */ "RequireSymbols\0"
        /*   4617 */ "RequireNumbers\0"
        /*   4632 */ "RequireUppercaseCharacters\0"
        /*   4659 */ "RequireLowercaseCharacters\0"
        /*   4686 */ "AllowUsersToChangePassword\0"
        /*   4713 */ "ExpirePasswords\0"
        /*   4729 */ "MaxPasswordAge\0"
        /*   4744 */ "PasswordReusePrevention\0"
        /*   4768 */ "HardExpiry\0"
        /*   4779 */ "PasswordPolicyViolationException\0"
        /*   4812 */ "PasswordPolicyViolation\0"
        /*   4836 */ "PermissionsBoundaryPolicy\0"
        /*   4862 */ "AllowedByPermissionsBoundary\0"
        /*   4891 */ "allowed\0" "explicitDeny\0" "implicitDeny\0"
        /*   4925 */ "PolicyEvaluationException\0"
        /*   4951 */ "PolicyEvaluation\0"
        /*   4968 */ "PolicyType\0"
        /*   4979 */ "EntityType\0"
        /*   4990 */ "EntityName\0"
        /*   5001 */ "InlinePolicyIdentifier\0"
        /*   5024 */ "inline\0" "aws-managed\0" "user-managed\0" "permission-boundary\0" "scp\0" "rcp\0"
        /*   5084 */ "PolicyNotAttachableException\0"
        /*   5113 */ "PolicyNotAttachable\0"
        /*   5133 */ "Values\0"
        /*   5140 */ "string\0" "stringList\0"
        /*   5158 */ "RoleId\0"
        /*   5165 */ "user\0" "group\0" "role\0" "aws-managed\0" "user-managed\0" "resource\0" "none\0"
        /*   5220 */ "PermissionsPolicy\0" "PermissionsBoundary\0"
        /*   5258 */ "UserId\0"
        /*   5265 */ "Document\0"
        /*   5274 */ "IsDefaultVersion\0"
        /*   5291 */ "Line\0"
        /*   5296 */ "Column\0"
        /*   5303 */ "text/csv\0"
        /*   5312 */ "ReportGenerationLimitExceededException\0"
        /*   5351 */ "ReportGenerationLimitExceeded\0"
        /*   5381 */ "STARTED\0" "INPROGRESS\0" "COMPLETE\0"
        /*   5409 */ "EvalResourceDecision\0"
        /*   5430 */ "RoleLastUsed\0"
        /*   5443 */ "InstanceProfileList\0"
        /*   5463 */ "RolePolicyList\0"
        /*   5478 */ "Resources\0"
        /*   5488 */ "KeyId\0"
        /*   5494 */ "Timestamp\0"
        /*   5504 */ "Fingerprint\0"
        /*   5516 */ "SSHPublicKeyBody\0"
        /*   5533 */ "UploadDate\0"
        /*   5544 */ "ServerCertificateMetadata\0"
        /*   5570 */ "CertificateBody\0"
        /*   5586 */ "CertificateChain\0"
        /*   5603 */ "ServerCertificateId\0"
        /*   5623 */ "Expiration\0"
        /*   5634 */ "ServiceAccessNotEnabledException\0"
        /*   5667 */ "ServiceFailureException\0"
        /*   5691 */ "ServiceFailure\0"
        /*   5706 */ "LastAuthenticatedEntity\0"
        /*   5730 */ "LastAuthenticatedRegion\0"
        /*   5754 */ "TrackedActionsLastAccessed\0"
        /*   5781 */ "ServiceNotSupportedException\0"
        /*   5810 */ "NotSupportedService\0"
        /*   5830 */ "ExpirationDate\0"
        /*   5845 */ "ServiceUserName\0"
        /*   5861 */ "ServicePassword\0"
        /*   5877 */ "ServiceCredentialAlias\0"
        /*   5900 */ "ServiceCredentialSecret\0"
        /*   5924 */ "GlobalEndpointTokenVersion\0"
        /*   5951 */ "PermissionsBoundaryPolicyInputList\0"
        /*   5986 */ "OrderedOrganizationPolicyInputList\0"
        /*   6021 */ "ActionNames\0"
        /*   6033 */ "ResourceArns\0"
        /*   6046 */ "ResourcePolicy\0"
        /*   6061 */ "ResourceOwner\0"
        /*   6075 */ "CallerArn\0"
        /*   6085 */ "ContextEntries\0"
        /*   6100 */ "ResourceHandlingOption\0"
        /*   6123 */ "EvaluationResults\0"
        /*   6141 */ "PolicyExclusionList\0"
        /*   6161 */ "SourcePolicyId\0"
        /*   6176 */ "SourcePolicyType\0"
        /*   6193 */ "StartPosition\0"
        /*   6207 */ "EndPosition\0"
        /*   6219 */ "Key\0"
        /*   6223 */ "Value\0"
        /*   6229 */ "ActionName\0"
        /*   6240 */ "LastAccessedEntity\0"
        /*   6259 */ "LastAccessedTime\0"
        /*   6276 */ "LastAccessedRegion\0"
        /*   6295 */ "UnmodifiableEntityException\0"
        /*   6323 */ "UnmodifiableEntity\0"
        /*   6342 */ "UnrecognizedPublicKeyEncodingException\0"
        /*   6381 */ "UnrecognizedPublicKeyEncoding\0"
        /*   6411 */ "TagKeys\0"
        /*   6419 */ "NewPath\0"
        /*   6427 */ "NewGroupName\0"
        /*   6440 */ "RemovePrivateKey\0"
        /*   6457 */ "NewServerCertificateName\0"
        /*   6482 */ "NewUserName\0"
        /*   6494 */ "PrivateKey\0"
        /*   6505 */ "Certificate\0"
        /*   6517 */ "PasswordLastUsed\0"
        /*   6534 */ "UserPolicyList\0"
        /*   6549 */ "GroupList\0"
        /*   6559 */ "Base32StringSeed\0"
        /*   6576 */ "QRCodePNG\0"
        /*   6586 */ "Required\0" "Allowed\0"
        /*   6603 */ "Assigned\0" "Unassigned\0" "Any\0"
        /*   6627 */ "SSH\0" "PEM\0"
        /*   6635 */ "v1Token\0" "v2Token\0"
        /*   6651 */ "IN_PROGRESS\0" "COMPLETED\0" "FAILED\0"
        /*   6680 */ "ALLOWED\0" "DENIED\0" "UNSURE\0"
        /*   6702 */ "COMPLETE\0" "IN_PROGRESS\0" "FAILED\0"
        /*   6730 */ "USER\0" "ROLE\0" "GROUP\0"
        /*   6746 */ "All\0" "AWS\0" "Local\0"
        /*   6760 */ "INLINE\0" "MANAGED\0"
        /*   6775 */ "SERVICE_NAMESPACE_ASCENDING\0" "SERVICE_NAMESPACE_DESCENDING\0" "LAST_AUTHENTICATED_TIME_ASCENDING\0" "LAST_AUTHENTICATED_TIME_DESCENDING\0"
        /*   6901 */ "UNASSIGNED\0" "ASSIGNED\0" "PENDING_APPROVAL\0" "FINALIZED\0" "ACCEPTED\0" "REJECTED\0" "EXPIRED\0"
        /*   6974 */ "Active\0" "Inactive\0" "Expired\0"
        /*   6998 */ "Users\0" "UsersQuota\0" "Groups\0" "GroupsQuota\0" "ServerCertificates\0" "ServerCertificatesQuota\0" "UserPolicySizeQuota\0" "GroupPolicySizeQuota\0" "GroupsPerUserQuota\0" "SigningCertificatesPerUserQuota\0" "AccessKeysPerUserQuota\0" "MFADevices\0" "MFADevicesInUse\0" "AccountMFAEnabled\0" "AccountAccessKeysPresent\0" "AccountPasswordPresent\0" "AccountSigningCertificatesPresent\0" "AttachedPoliciesPerGroupQuota\0" "AttachedPoliciesPerRoleQuota\0" "AttachedPoliciesPerUserQuota\0" "Policies\0" "PoliciesQuota\0" "PolicySizeQuota\0" "PolicyVersionsInUse\0" "PolicyVersionsInUseQuota\0" "VersionsPerPolicyQuota\0" "GlobalEndpointTokenVersion\0" "AssumeRolePolicySizeQuota\0" "InstanceProfiles\0" "InstanceProfilesQuota\0" "Providers\0" "RolePolicySizeQuota\0" "Roles\0" "RolesQuota\0"
        /*   7653 */ "AVAILABLE\0" "NOT_AVAILABLE\0" "NOT_SUPPORTED\0" "FAILED\0"
        /*   7698 */ "AcceptDelegationRequest\0"
        /*   7722 */ "POST\0"
        /*   7727 */ "/\0"
        /*   7729 */ "AddClientIDToOpenIDConnectProvider\0"
        /*   7764 */ "AddRoleToInstanceProfile\0"
        /*   7789 */ "AddUserToGroup\0"
        /*   7804 */ "AssociateDelegationRequest\0"
        /*   7831 */ "AttachGroupPolicy\0"
        /*   7849 */ "AttachRolePolicy\0"
        /*   7866 */ "AttachUserPolicy\0"
        /*   7883 */ "ChangePassword\0"
        /*   7898 */ "CreateAccessKey\0"
        /*   7914 */ "CreateAccessKeyResult\0"
        /*   7936 */ "CreateAccountAlias\0"
        /*   7955 */ "CreateDelegationRequest\0"
        /*   7979 */ "CreateDelegationRequestResult\0"
        /*   8009 */ "CreateGroup\0"
        /*   8021 */ "CreateGroupResult\0"
        /*   8039 */ "CreateInstanceProfile\0"
        /*   8061 */ "CreateInstanceProfileResult\0"
        /*   8089 */ "CreateLoginProfile\0"
        /*   8108 */ "CreateLoginProfileResult\0"
        /*   8133 */ "CreateOpenIDConnectProvider\0"
        /*   8161 */ "CreateOpenIDConnectProviderResult\0"
        /*   8195 */ "CreatePolicy\0"
        /*   8208 */ "CreatePolicyResult\0"
        /*   8227 */ "CreatePolicyVersion\0"
        /*   8247 */ "CreatePolicyVersionResult\0"
        /*   8273 */ "CreateRole\0"
        /*   8284 */ "CreateRoleResult\0"
        /*   8301 */ "CreateSAMLProvider\0"
        /*   8320 */ "CreateSAMLProviderResult\0"
        /*   8345 */ "CreateServiceLinkedRole\0"
        /*   8369 */ "CreateServiceLinkedRoleResult\0"
        /*   8399 */ "CreateServiceSpecificCredential\0"
        /*   8431 */ "CreateServiceSpecificCredentialResult\0"
        /*   8469 */ "CreateUser\0"
        /*   8480 */ "CreateUserResult\0"
        /*   8497 */ "CreateVirtualMFADevice\0"
        /*   8520 */ "CreateVirtualMFADeviceResult\0"
        /*   8549 */ "DeactivateMFADevice\0"
        /*   8569 */ "DeleteAccessKey\0"
        /*   8585 */ "DeleteAccountAlias\0"
        /*   8604 */ "DeleteAccountPasswordPolicy\0"
        /*   8632 */ "DeleteGroup\0"
        /*   8644 */ "DeleteGroupPolicy\0"
        /*   8662 */ "DeleteInstanceProfile\0"
        /*   8684 */ "DeleteLoginProfile\0"
        /*   8703 */ "DeleteOpenIDConnectProvider\0"
        /*   8731 */ "DeletePolicy\0"
        /*   8744 */ "DeletePolicyVersion\0"
        /*   8764 */ "DeleteRole\0"
        /*   8775 */ "DeleteRolePermissionsBoundary\0"
        /*   8805 */ "DeleteRolePolicy\0"
        /*   8822 */ "DeleteSAMLProvider\0"
        /*   8841 */ "DeleteSSHPublicKey\0"
        /*   8860 */ "DeleteServerCertificate\0"
        /*   8884 */ "DeleteServiceLinkedRole\0"
        /*   8908 */ "DeleteServiceLinkedRoleResult\0"
        /*   8938 */ "DeleteServiceSpecificCredential\0"
        /*   8970 */ "DeleteSigningCertificate\0"
        /*   8995 */ "DeleteUser\0"
        /*   9006 */ "DeleteUserPermissionsBoundary\0"
        /*   9036 */ "DeleteUserPolicy\0"
        /*   9053 */ "DeleteVirtualMFADevice\0"
        /*   9076 */ "DetachGroupPolicy\0"
        /*   9094 */ "DetachRolePolicy\0"
        /*   9111 */ "DetachUserPolicy\0"
        /*   9128 */ "DisableOrganizationsRootCredentialsManagement\0"
        /*   9174 */ "DisableOrganizationsRootCredentialsManagementResult\0"
        /*   9226 */ "DisableOrganizationsRootSessions\0"
        /*   9259 */ "DisableOrganizationsRootSessionsResult\0"
        /*   9298 */ "DisableOutboundWebIdentityFederation\0"
        /*   9335 */ "EnableMFADevice\0"
        /*   9351 */ "EnableOrganizationsRootCredentialsManagement\0"
        /*   9396 */ "EnableOrganizationsRootCredentialsManagementResult\0"
        /*   9447 */ "EnableOrganizationsRootSessions\0"
        /*   9479 */ "EnableOrganizationsRootSessionsResult\0"
        /*   9517 */ "EnableOutboundWebIdentityFederation\0"
        /*   9553 */ "EnableOutboundWebIdentityFederationResult\0"
        /*   9595 */ "GenerateCredentialReport\0"
        /*   9620 */ "GenerateCredentialReportResult\0"
        /*   9651 */ "GenerateOrganizationsAccessReport\0"
        /*   9685 */ "GenerateOrganizationsAccessReportResult\0"
        /*   9725 */ "GenerateServiceLastAccessedDetails\0"
        /*   9760 */ "GenerateServiceLastAccessedDetailsResult\0"
        /*   9801 */ "GetAccessKeyLastUsed\0"
        /*   9822 */ "GetAccessKeyLastUsedResult\0"
        /*   9849 */ "GetAccountAuthorizationDetails\0"
        /*   9880 */ "GetAccountAuthorizationDetailsResult\0"
        /*   9917 */ "GetAccountPasswordPolicy\0"
        /*   9942 */ "GetAccountPasswordPolicyResult\0"
        /*   9973 */ "GetAccountSummary\0"
        /*   9991 */ "GetAccountSummaryResult\0"
        /*  10015 */ "GetContextKeysForCustomPolicy\0"
        /*  10045 */ "GetContextKeysForCustomPolicyResult\0"
        /*  10081 */ "GetContextKeysForPrincipalPolicy\0"
        /*  10114 */ "GetContextKeysForPrincipalPolicyResult\0"
        /*  10153 */ "GetCredentialReport\0"
        /*  10173 */ "GetCredentialReportResult\0"
        /*  10199 */ "GetDelegationRequest\0"
        /*  10220 */ "GetDelegationRequestResult\0"
        /*  10247 */ "GetGroup\0"
        /*  10256 */ "GetGroupResult\0"
        /*  10271 */ "GetGroupPolicy\0"
        /*  10286 */ "GetGroupPolicyResult\0"
        /*  10307 */ "GetHumanReadableSummary\0"
        /*  10331 */ "GetHumanReadableSummaryResult\0"
        /*  10361 */ "GetInstanceProfile\0"
        /*  10380 */ "GetInstanceProfileResult\0"
        /*  10405 */ "GetLoginProfile\0"
        /*  10421 */ "GetLoginProfileResult\0"
        /*  10443 */ "GetMFADevice\0"
        /*  10456 */ "GetMFADeviceResult\0"
        /*  10475 */ "GetOpenIDConnectProvider\0"
        /*  10500 */ "GetOpenIDConnectProviderResult\0"
        /*  10531 */ "GetOrganizationsAccessReport\0"
        /*  10560 */ "GetOrganizationsAccessReportResult\0"
        /*  10595 */ "GetOutboundWebIdentityFederationInfo\0"
        /*  10632 */ "GetOutboundWebIdentityFederationInfoResult\0"
        /*  10675 */ "GetPolicy\0"
        /*  10685 */ "GetPolicyResult\0"
        /*  10701 */ "GetPolicyVersion\0"
        /*  10718 */ "GetPolicyVersionResult\0"
        /*  10741 */ "GetRole\0"
        /*  10749 */ "GetRoleResult\0"
        /*  10763 */ "GetRolePolicy\0"
        /*  10777 */ "GetRolePolicyResult\0"
        /*  10797 */ "GetSAMLProvider\0"
        /*  10813 */ "GetSAMLProviderResult\0"
        /*  10835 */ "GetSSHPublicKey\0"
        /*  10851 */ "GetSSHPublicKeyResult\0"
        /*  10873 */ "GetServerCertificate\0"
        /*  10894 */ "GetServerCertificateResult\0"
        /*  10921 */ "GetServiceLastAccessedDetails\0"
        /*  10951 */ "GetServiceLastAccessedDetailsResult\0"
        /*  10987 */ "GetServiceLastAccessedDetailsWithEntities\0"
        /*  11029 */ "GetServiceLastAccessedDetailsWithEntitiesResult\0"
        /*  11077 */ "GetServiceLinkedRoleDeletionStatus\0"
        /*  11112 */ "GetServiceLinkedRoleDeletionStatusResult\0"
        /*  11153 */ "GetUser\0"
        /*  11161 */ "GetUserResult\0"
        /*  11175 */ "GetUserPolicy\0"
        /*  11189 */ "GetUserPolicyResult\0"
        /*  11209 */ "ListAccessKeys\0"
        /*  11224 */ "ListAccessKeysResult\0"
        /*  11245 */ "ListAccountAliases\0"
        /*  11264 */ "ListAccountAliasesResult\0"
        /*  11289 */ "ListAttachedGroupPolicies\0"
        /*  11315 */ "ListAttachedGroupPoliciesResult\0"
        /*  11347 */ "ListAttachedRolePolicies\0"
        /*  11372 */ "ListAttachedRolePoliciesResult\0"
        /*  11403 */ "ListAttachedUserPolicies\0"
        /*  11428 */ "ListAttachedUserPoliciesResult\0"
        /*  11459 */ "ListDelegationRequests\0"
        /*  11482 */ "ListDelegationRequestsResult\0"
        /*  11511 */ "ListEntitiesForPolicy\0"
        /*  11533 */ "ListEntitiesForPolicyResult\0"
        /*  11561 */ "ListGroupPolicies\0"
        /*  11579 */ "ListGroupPoliciesResult\0"
        /*  11603 */ "ListGroups\0"
        /*  11614 */ "ListGroupsResult\0"
        /*  11631 */ "ListGroupsForUser\0"
        /*  11649 */ "ListGroupsForUserResult\0"
        /*  11673 */ "ListInstanceProfileTags\0"
        /*  11697 */ "ListInstanceProfileTagsResult\0"
        /*  11727 */ "ListInstanceProfiles\0"
        /*  11748 */ "ListInstanceProfilesResult\0"
        /*  11775 */ "ListInstanceProfilesForRole\0"
        /*  11803 */ "ListInstanceProfilesForRoleResult\0"
        /*  11837 */ "ListMFADeviceTags\0"
        /*  11855 */ "ListMFADeviceTagsResult\0"
        /*  11879 */ "ListMFADevices\0"
        /*  11894 */ "ListMFADevicesResult\0"
        /*  11915 */ "ListOpenIDConnectProviderTags\0"
        /*  11945 */ "ListOpenIDConnectProviderTagsResult\0"
        /*  11981 */ "ListOpenIDConnectProviders\0"
        /*  12008 */ "ListOpenIDConnectProvidersResult\0"
        /*  12041 */ "ListOrganizationsFeatures\0"
        /*  12067 */ "ListOrganizationsFeaturesResult\0"
        /*  12099 */ "ListPolicies\0"
        /*  12112 */ "ListPoliciesResult\0"
        /*  12131 */ "ListPoliciesGrantingServiceAccess\0"
        /*  12165 */ "ListPoliciesGrantingServiceAccessResult\0"
        /*  12205 */ "ListPolicyTags\0"
        /*  12220 */ "ListPolicyTagsResult\0"
        /*  12241 */ "ListPolicyVersions\0"
        /*  12260 */ "ListPolicyVersionsResult\0"
        /*  12285 */ "ListRolePolicies\0"
        /*  12302 */ "ListRolePoliciesResult\0"
        /*  12325 */ "ListRoleTags\0"
        /*  12338 */ "ListRoleTagsResult\0"
        /*  12357 */ "ListRoles\0"
        /*  12367 */ "ListRolesResult\0"
        /*  12383 */ "ListSAMLProviderTags\0"
        /*  12404 */ "ListSAMLProviderTagsResult\0"
        /*  12431 */ "ListSAMLProviders\0"
        /*  12449 */ "ListSAMLProvidersResult\0"
        /*  12473 */ "ListSSHPublicKeys\0"
        /*  12491 */ "ListSSHPublicKeysResult\0"
        /*  12515 */ "ListServerCertificateTags\0"
        /*  12541 */ "ListServerCertificateTagsResult\0"
        /*  12573 */ "ListServerCertificates\0"
        /*  12596 */ "ListServerCertificatesResult\0"
        /*  12625 */ "ListServiceSpecificCredentials\0"
        /*  12656 */ "ListServiceSpecificCredentialsResult\0"
        /*  12693 */ "ListSigningCertificates\0"
        /*  12717 */ "ListSigningCertificatesResult\0"
        /*  12747 */ "ListUserPolicies\0"
        /*  12764 */ "ListUserPoliciesResult\0"
        /*  12787 */ "ListUserTags\0"
        /*  12800 */ "ListUserTagsResult\0"
        /*  12819 */ "ListUsers\0"
        /*  12829 */ "ListUsersResult\0"
        /*  12845 */ "ListVirtualMFADevices\0"
        /*  12867 */ "ListVirtualMFADevicesResult\0"
        /*  12895 */ "PutGroupPolicy\0"
        /*  12910 */ "PutRolePermissionsBoundary\0"
        /*  12937 */ "PutRolePolicy\0"
        /*  12951 */ "PutUserPermissionsBoundary\0"
        /*  12978 */ "PutUserPolicy\0"
        /*  12992 */ "RejectDelegationRequest\0"
        /*  13016 */ "RemoveClientIDFromOpenIDConnectProvider\0"
        /*  13056 */ "RemoveRoleFromInstanceProfile\0"
        /*  13086 */ "RemoveUserFromGroup\0"
        /*  13106 */ "ResetServiceSpecificCredential\0"
        /*  13137 */ "ResetServiceSpecificCredentialResult\0"
        /*  13174 */ "ResyncMFADevice\0"
        /*  13190 */ "SendDelegationToken\0"
        /*  13210 */ "SetDefaultPolicyVersion\0"
        /*  13234 */ "SetSecurityTokenServicePreferences\0"
        /*  13269 */ "SimulateCustomPolicy\0"
        /*  13290 */ "SimulateCustomPolicyResult\0"
        /*  13317 */ "SimulatePrincipalPolicy\0"
        /*  13341 */ "SimulatePrincipalPolicyResult\0"
        /*  13371 */ "TagInstanceProfile\0"
        /*  13390 */ "TagMFADevice\0"
        /*  13403 */ "TagOpenIDConnectProvider\0"
        /*  13428 */ "TagPolicy\0"
        /*  13438 */ "TagRole\0"
        /*  13446 */ "TagSAMLProvider\0"
        /*  13462 */ "TagServerCertificate\0"
        /*  13483 */ "TagUser\0"
        /*  13491 */ "UntagInstanceProfile\0"
        /*  13512 */ "UntagMFADevice\0"
        /*  13527 */ "UntagOpenIDConnectProvider\0"
        /*  13554 */ "UntagPolicy\0"
        /*  13566 */ "UntagRole\0"
        /*  13576 */ "UntagSAMLProvider\0"
        /*  13594 */ "UntagServerCertificate\0"
        /*  13617 */ "UntagUser\0"
        /*  13627 */ "UpdateAccessKey\0"
        /*  13643 */ "UpdateAccountPasswordPolicy\0"
        /*  13671 */ "UpdateAssumeRolePolicy\0"
        /*  13694 */ "UpdateDelegationRequest\0"
        /*  13718 */ "UpdateGroup\0"
        /*  13730 */ "UpdateLoginProfile\0"
        /*  13749 */ "UpdateOpenIDConnectProviderThumbprint\0"
        /*  13787 */ "UpdateRole\0"
        /*  13798 */ "UpdateRoleResult\0"
        /*  13815 */ "UpdateRoleDescription\0"
        /*  13837 */ "UpdateRoleDescriptionResult\0"
        /*  13865 */ "UpdateSAMLProvider\0"
        /*  13884 */ "UpdateSAMLProviderResult\0"
        /*  13909 */ "UpdateSSHPublicKey\0"
        /*  13928 */ "UpdateServerCertificate\0"
        /*  13952 */ "UpdateServiceSpecificCredential\0"
        /*  13984 */ "UpdateSigningCertificate\0"
        /*  14009 */ "UpdateUser\0"
        /*  14020 */ "UploadSSHPublicKey\0"
        /*  14039 */ "UploadSSHPublicKeyResult\0"
        /*  14064 */ "UploadServerCertificate\0"
        /*  14088 */ "UploadServerCertificateResult\0"
        /*  14118 */ "UploadSigningCertificate\0"
        /*  14143 */ "UploadSigningCertificateResult\0"
        /*  14174 */ "iam\0"
        /*  14178 */ "IAM\0"
        /*  14182 */ "AWS Identity and Access Management\0"
        /*  14217 */ "2010-05-08\0"
        /*  14228 */ "https://iam.amazonaws.com/doc/2010-05-08/",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AcceptDelegationRequestRequest\0"
        /*     31 */ "AccessAdvisorUsageGranularityType\0"
        /*     65 */ "AccessDetail\0"
        /*     78 */ "AccessDetails\0"
        /*     92 */ "AccessKey\0"
        /*    102 */ "AccessKeyLastUsed\0"
        /*    120 */ "AccessKeyMetadata\0"
        /*    138 */ "ActionNameListType\0"
        /*    157 */ "ActionNameType\0"
        /*    172 */ "AddClientIDToOpenIDConnectProviderRequest\0"
        /*    214 */ "AddRoleToInstanceProfileRequest\0"
        /*    246 */ "AddUserToGroupRequest\0"
        /*    268 */ "ArnListType\0"
        /*    280 */ "AssociateDelegationRequestRequest\0"
        /*    314 */ "AttachGroupPolicyRequest\0"
        /*    339 */ "AttachRolePolicyRequest\0"
        /*    363 */ "AttachUserPolicyRequest\0"
        /*    387 */ "AttachedPermissionsBoundary\0"
        /*    415 */ "AttachedPolicy\0"
        /*    430 */ "AttachmentName\0"
        /*    445 */ "AttachmentType\0"
        /*    460 */ "BootstrapDatum\0"
        /*    475 */ "CertificationKeyType\0"
        /*    496 */ "CertificationMapType\0"
        /*    517 */ "CertificationValueType\0"
        /*    540 */ "ChangePasswordRequest\0"
        /*    562 */ "ColumnNumber\0"
        /*    575 */ "ConcurrentModificationMessage\0"
        /*    605 */ "ContextEntry\0"
        /*    618 */ "ContextEntryListType\0"
        /*    639 */ "ContextKeyNameType\0"
        /*    658 */ "ContextKeyNamesResultListType\0"
        /*    688 */ "ContextKeyTypeEnum\0"
        /*    707 */ "ContextKeyValueListType\0"
        /*    731 */ "ContextKeyValueType\0"
        /*    751 */ "CreateAccessKeyRequest\0"
        /*    774 */ "CreateAccessKeyResponse\0"
        /*    798 */ "CreateAccountAliasRequest\0"
        /*    824 */ "CreateDelegationRequestRequest\0"
        /*    855 */ "CreateDelegationRequestResponse\0"
        /*    887 */ "CreateGroupRequest\0"
        /*    906 */ "CreateGroupResponse\0"
        /*    926 */ "CreateInstanceProfileRequest\0"
        /*    955 */ "CreateInstanceProfileResponse\0"
        /*    985 */ "CreateLoginProfileRequest\0"
        /*   1011 */ "CreateLoginProfileResponse\0"
        /*   1038 */ "CreateOpenIDConnectProviderRequest\0"
        /*   1073 */ "CreateOpenIDConnectProviderResponse\0"
        /*   1109 */ "CreatePolicyRequest\0"
        /*   1129 */ "CreatePolicyResponse\0"
        /*   1150 */ "CreatePolicyVersionRequest\0"
        /*   1177 */ "CreatePolicyVersionResponse\0"
        /*   1205 */ "CreateRoleRequest\0"
        /*   1223 */ "CreateRoleResponse\0"
        /*   1242 */ "CreateSAMLProviderRequest\0"
        /*   1268 */ "CreateSAMLProviderResponse\0"
        /*   1295 */ "CreateServiceLinkedRoleRequest\0"
        /*   1326 */ "CreateServiceLinkedRoleResponse\0"
        /*   1358 */ "CreateServiceSpecificCredentialRequest\0"
        /*   1397 */ "CreateServiceSpecificCredentialResponse\0"
        /*   1437 */ "CreateUserRequest\0"
        /*   1455 */ "CreateUserResponse\0"
        /*   1474 */ "CreateVirtualMFADeviceRequest\0"
        /*   1504 */ "CreateVirtualMFADeviceResponse\0"
        /*   1535 */ "DeactivateMFADeviceRequest\0"
        /*   1562 */ "DelegationPermission\0"
        /*   1583 */ "DelegationRequest\0"
        /*   1601 */ "DeleteAccessKeyRequest\0"
        /*   1624 */ "DeleteAccountAliasRequest\0"
        /*   1650 */ "DeleteGroupPolicyRequest\0"
        /*   1675 */ "DeleteGroupRequest\0"
        /*   1694 */ "DeleteInstanceProfileRequest\0"
        /*   1723 */ "DeleteLoginProfileRequest\0"
        /*   1749 */ "DeleteOpenIDConnectProviderRequest\0"
        /*   1784 */ "DeletePolicyRequest\0"
        /*   1804 */ "DeletePolicyVersionRequest\0"
        /*   1831 */ "DeleteRolePermissionsBoundaryRequest\0"
        /*   1868 */ "DeleteRolePolicyRequest\0"
        /*   1892 */ "DeleteRoleRequest\0"
        /*   1910 */ "DeleteSAMLProviderRequest\0"
        /*   1936 */ "DeleteSSHPublicKeyRequest\0"
        /*   1962 */ "DeleteServerCertificateRequest\0"
        /*   1993 */ "DeleteServiceLinkedRoleRequest\0"
        /*   2024 */ "DeleteServiceLinkedRoleResponse\0"
        /*   2056 */ "DeleteServiceSpecificCredentialRequest\0"
        /*   2095 */ "DeleteSigningCertificateRequest\0"
        /*   2127 */ "DeleteUserPermissionsBoundaryRequest\0"
        /*   2164 */ "DeleteUserPolicyRequest\0"
        /*   2188 */ "DeleteUserRequest\0"
        /*   2206 */ "DeleteVirtualMFADeviceRequest\0"
        /*   2236 */ "DeletionTaskFailureReasonType\0"
        /*   2266 */ "DeletionTaskIdType\0"
        /*   2285 */ "DeletionTaskStatusType\0"
        /*   2308 */ "DetachGroupPolicyRequest\0"
        /*   2333 */ "DetachRolePolicyRequest\0"
        /*   2357 */ "DetachUserPolicyRequest\0"
        /*   2381 */ "DisableOrganizationsRootCredentialsManagementRequest\0"
        /*   2434 */ "DisableOrganizationsRootCredentialsManagementResponse\0"
        /*   2488 */ "DisableOrganizationsRootSessionsRequest\0"
        /*   2528 */ "DisableOrganizationsRootSessionsResponse\0"
        /*   2569 */ "EnableMFADeviceRequest\0"
        /*   2592 */ "EnableOrganizationsRootCredentialsManagementRequest\0"
        /*   2644 */ "EnableOrganizationsRootCredentialsManagementResponse\0"
        /*   2697 */ "EnableOrganizationsRootSessionsRequest\0"
        /*   2736 */ "EnableOrganizationsRootSessionsResponse\0"
        /*   2776 */ "EnableOutboundWebIdentityFederationResponse\0"
        /*   2820 */ "EntityDetails\0"
        /*   2834 */ "EntityInfo\0"
        /*   2845 */ "EntityType\0"
        /*   2856 */ "ErrorDetails\0"
        /*   2869 */ "EvalDecisionDetailsType\0"
        /*   2893 */ "EvalDecisionSourceType\0"
        /*   2916 */ "EvaluationResult\0"
        /*   2933 */ "EvaluationResultsListType\0"
        /*   2959 */ "FeatureDisabledMessage\0"
        /*   2982 */ "FeatureEnabledMessage\0"
        /*   3004 */ "FeatureType\0"
        /*   3016 */ "FeaturesListType\0"
        /*   3033 */ "GenerateCredentialReportResponse\0"
        /*   3066 */ "GenerateOrganizationsAccessReportRequest\0"
        /*   3107 */ "GenerateOrganizationsAccessReportResponse\0"
        /*   3149 */ "GenerateServiceLastAccessedDetailsRequest\0"
        /*   3191 */ "GenerateServiceLastAccessedDetailsResponse\0"
        /*   3234 */ "GetAccessKeyLastUsedRequest\0"
        /*   3262 */ "GetAccessKeyLastUsedResponse\0"
        /*   3291 */ "GetAccountAuthorizationDetailsRequest\0"
        /*   3329 */ "GetAccountAuthorizationDetailsResponse\0"
        /*   3368 */ "GetAccountPasswordPolicyResponse\0"
        /*   3401 */ "GetAccountSummaryResponse\0"
        /*   3427 */ "GetContextKeysForCustomPolicyRequest\0"
        /*   3464 */ "GetContextKeysForPolicyResponse\0"
        /*   3496 */ "GetContextKeysForPrincipalPolicyRequest\0"
        /*   3536 */ "GetCredentialReportResponse\0"
        /*   3564 */ "GetDelegationRequestRequest\0"
        /*   3592 */ "GetDelegationRequestResponse\0"
        /*   3621 */ "GetGroupPolicyRequest\0"
        /*   3643 */ "GetGroupPolicyResponse\0"
        /*   3666 */ "GetGroupRequest\0"
        /*   3682 */ "GetGroupResponse\0"
        /*   3699 */ "GetHumanReadableSummaryRequest\0"
        /*   3730 */ "GetHumanReadableSummaryResponse\0"
        /*   3762 */ "GetInstanceProfileRequest\0"
        /*   3788 */ "GetInstanceProfileResponse\0"
        /*   3815 */ "GetLoginProfileRequest\0"
        /*   3838 */ "GetLoginProfileResponse\0"
        /*   3862 */ "GetMFADeviceRequest\0"
        /*   3882 */ "GetMFADeviceResponse\0"
        /*   3903 */ "GetOpenIDConnectProviderRequest\0"
        /*   3935 */ "GetOpenIDConnectProviderResponse\0"
        /*   3968 */ "GetOrganizationsAccessReportRequest\0"
        /*   4004 */ "GetOrganizationsAccessReportResponse\0"
        /*   4041 */ "GetOutboundWebIdentityFederationInfoResponse\0"
        /*   4086 */ "GetPolicyRequest\0"
        /*   4103 */ "GetPolicyResponse\0"
        /*   4121 */ "GetPolicyVersionRequest\0"
        /*   4145 */ "GetPolicyVersionResponse\0"
        /*   4170 */ "GetRolePolicyRequest\0"
        /*   4191 */ "GetRolePolicyResponse\0"
        /*   4213 */ "GetRoleRequest\0"
        /*   4228 */ "GetRoleResponse\0"
        /*   4244 */ "GetSAMLProviderRequest\0"
        /*   4267 */ "GetSAMLProviderResponse\0"
        /*   4291 */ "GetSSHPublicKeyRequest\0"
        /*   4314 */ "GetSSHPublicKeyResponse\0"
        /*   4338 */ "GetServerCertificateRequest\0"
        /*   4366 */ "GetServerCertificateResponse\0"
        /*   4395 */ "GetServiceLastAccessedDetailsRequest\0"
        /*   4432 */ "GetServiceLastAccessedDetailsResponse\0"
        /*   4470 */ "GetServiceLastAccessedDetailsWithEntitiesRequest\0"
        /*   4519 */ "GetServiceLastAccessedDetailsWithEntitiesResponse\0"
        /*   4569 */ "GetServiceLinkedRoleDeletionStatusRequest\0"
        /*   4611 */ "GetServiceLinkedRoleDeletionStatusResponse\0"
        /*   4654 */ "GetUserPolicyRequest\0"
        /*   4675 */ "GetUserPolicyResponse\0"
        /*   4697 */ "GetUserRequest\0"
        /*   4712 */ "GetUserResponse\0"
        /*   4728 */ "Group\0"
        /*   4734 */ "GroupDetail\0"
        /*   4746 */ "InlinePolicyIdentifierType\0"
        /*   4773 */ "InstanceProfile\0"
        /*   4789 */ "LineNumber\0"
        /*   4800 */ "ListAccessKeysRequest\0"
        /*   4822 */ "ListAccessKeysResponse\0"
        /*   4845 */ "ListAccountAliasesRequest\0"
        /*   4871 */ "ListAccountAliasesResponse\0"
        /*   4898 */ "ListAttachedGroupPoliciesRequest\0"
        /*   4931 */ "ListAttachedGroupPoliciesResponse\0"
        /*   4965 */ "ListAttachedRolePoliciesRequest\0"
        /*   4997 */ "ListAttachedRolePoliciesResponse\0"
        /*   5030 */ "ListAttachedUserPoliciesRequest\0"
        /*   5062 */ "ListAttachedUserPoliciesResponse\0"
        /*   5095 */ "ListDelegationRequestsRequest\0"
        /*   5125 */ "ListDelegationRequestsResponse\0"
        /*   5156 */ "ListEntitiesForPolicyRequest\0"
        /*   5185 */ "ListEntitiesForPolicyResponse\0"
        /*   5215 */ "ListGroupPoliciesRequest\0"
        /*   5240 */ "ListGroupPoliciesResponse\0"
        /*   5266 */ "ListGroupsForUserRequest\0"
        /*   5291 */ "ListGroupsForUserResponse\0"
        /*   5317 */ "ListGroupsRequest\0"
        /*   5335 */ "ListGroupsResponse\0"
        /*   5354 */ "ListInstanceProfileTagsRequest\0"
        /*   5385 */ "ListInstanceProfileTagsResponse\0"
        /*   5417 */ "ListInstanceProfilesForRoleRequest\0"
        /*   5452 */ "ListInstanceProfilesForRoleResponse\0"
        /*   5488 */ "ListInstanceProfilesRequest\0"
        /*   5516 */ "ListInstanceProfilesResponse\0"
        /*   5545 */ "ListMFADeviceTagsRequest\0"
        /*   5570 */ "ListMFADeviceTagsResponse\0"
        /*   5596 */ "ListMFADevicesRequest\0"
        /*   5618 */ "ListMFADevicesResponse\0"
        /*   5641 */ "ListOpenIDConnectProviderTagsRequest\0"
        /*   5678 */ "ListOpenIDConnectProviderTagsResponse\0"
        /*   5716 */ "ListOpenIDConnectProvidersRequest\0"
        /*   5750 */ "ListOpenIDConnectProvidersResponse\0"
        /*   5785 */ "ListOrganizationsFeaturesRequest\0"
        /*   5818 */ "ListOrganizationsFeaturesResponse\0"
        /*   5852 */ "ListPoliciesGrantingServiceAccessEntry\0"
        /*   5891 */ "ListPoliciesGrantingServiceAccessRequest\0"
        /*   5932 */ "ListPoliciesGrantingServiceAccessResponse\0"
        /*   5974 */ "ListPoliciesRequest\0"
        /*   5994 */ "ListPoliciesResponse\0"
        /*   6015 */ "ListPolicyTagsRequest\0"
        /*   6037 */ "ListPolicyTagsResponse\0"
        /*   6060 */ "ListPolicyVersionsRequest\0"
        /*   6086 */ "ListPolicyVersionsResponse\0"
        /*   6113 */ "ListRolePoliciesRequest\0"
        /*   6137 */ "ListRolePoliciesResponse\0"
        /*   6162 */ "ListRoleTagsRequest\0"
        /*   6182 */ "ListRoleTagsResponse\0"
        /*   6203 */ "ListRolesRequest\0"
        /*   6220 */ "ListRolesResponse\0"
        /*   6238 */ "ListSAMLProviderTagsRequest\0"
        /*   6266 */ "ListSAMLProviderTagsResponse\0"
        /*   6295 */ "ListSAMLProvidersRequest\0"
        /*   6320 */ "ListSAMLProvidersResponse\0"
        /*   6346 */ "ListSSHPublicKeysRequest\0"
        /*   6371 */ "ListSSHPublicKeysResponse\0"
        /*   6397 */ "ListServerCertificateTagsRequest\0"
        /*   6430 */ "ListServerCertificateTagsResponse\0"
        /*   6464 */ "ListServerCertificatesRequest\0"
        /*   6494 */ "ListServerCertificatesResponse\0"
        /*   6525 */ "ListServiceSpecificCredentialsRequest\0"
        /*   6563 */ "ListServiceSpecificCredentialsResponse\0"
        /*   6602 */ "ListSigningCertificatesRequest\0"
        /*   6633 */ "ListSigningCertificatesResponse\0"
        /*   6665 */ "ListUserPoliciesRequest\0"
        /*   6689 */ "ListUserPoliciesResponse\0"
        /*   6714 */ "ListUserTagsRequest\0"
        /*   6734 */ "ListUserTagsResponse\0"
        /*   6755 */ "ListUsersRequest\0"
        /*   6772 */ "ListUsersResponse\0"
        /*   6790 */ "ListVirtualMFADevicesRequest\0"
        /*   6819 */ "ListVirtualMFADevicesResponse\0"
        /*   6849 */ "LoginProfile\0"
        /*   6862 */ "MFADevice\0"
        /*   6872 */ "ManagedPolicyDetail\0"
        /*   6892 */ "ManagedPolicyDetailListType\0"
        /*   6920 */ "OpenIDConnectProviderListEntry\0"
        /*   6951 */ "OpenIDConnectProviderListType\0"
        /*   6981 */ "OpenIDConnectProviderUrlType\0"
        /*   7010 */ "OrderedOrganizationPolicyType\0"
        /*   7040 */ "OrganizationIdType\0"
        /*   7059 */ "OrganizationPolicyListType\0"
        /*   7086 */ "OrganizationsDecisionDetail\0"
        /*   7114 */ "PasswordPolicy\0"
        /*   7129 */ "PermissionsBoundaryAttachmentType\0"
        /*   7163 */ "PermissionsBoundaryDecisionDetail\0"
        /*   7197 */ "Policy\0"
        /*   7204 */ "PolicyDetail\0"
        /*   7217 */ "PolicyEvaluationDecisionType\0"
        /*   7246 */ "PolicyExclusionsListType\0"
        /*   7271 */ "PolicyGrantingServiceAccess\0"
        /*   7299 */ "PolicyGroup\0"
        /*   7311 */ "PolicyGroupListType\0"
        /*   7331 */ "PolicyIdentifier\0"
        /*   7348 */ "PolicyIdentifierPolicyType\0"
        /*   7375 */ "PolicyIdentifierType\0"
        /*   7396 */ "PolicyParameter\0"
        /*   7412 */ "PolicyParameterTypeEnum\0"
        /*   7436 */ "PolicyRole\0"
        /*   7447 */ "PolicyRoleListType\0"
        /*   7466 */ "PolicySourceType\0"
        /*   7483 */ "PolicyUsageType\0"
        /*   7499 */ "PolicyUser\0"
        /*   7510 */ "PolicyUserListType\0"
        /*   7529 */ "PolicyVersion\0"
        /*   7543 */ "Position\0"
        /*   7552 */ "PutGroupPolicyRequest\0"
        /*   7574 */ "PutRolePermissionsBoundaryRequest\0"
        /*   7608 */ "PutRolePolicyRequest\0"
        /*   7629 */ "PutUserPermissionsBoundaryRequest\0"
        /*   7663 */ "PutUserPolicyRequest\0"
        /*   7684 */ "ReasonType\0"
        /*   7695 */ "RegionNameType\0"
        /*   7710 */ "RejectDelegationRequestRequest\0"
        /*   7741 */ "RemoveClientIDFromOpenIDConnectProviderRequest\0"
        /*   7788 */ "RemoveRoleFromInstanceProfileRequest\0"
        /*   7825 */ "RemoveUserFromGroupRequest\0"
        /*   7852 */ "ReportContentType\0"
        /*   7870 */ "ReportFormatType\0"
        /*   7887 */ "ReportStateDescriptionType\0"
        /*   7914 */ "ReportStateType\0"
        /*   7930 */ "ResetServiceSpecificCredentialRequest\0"
        /*   7968 */ "ResetServiceSpecificCredentialResponse\0"
        /*   8007 */ "ResourceHandlingOptionType\0"
        /*   8034 */ "ResourceNameListType\0"
        /*   8055 */ "ResourceNameType\0"
        /*   8072 */ "ResourceSpecificResult\0"
        /*   8095 */ "ResourceSpecificResultListType\0"
        /*   8126 */ "ResyncMFADeviceRequest\0"
        /*   8149 */ "Role\0"
        /*   8154 */ "RoleDetail\0"
        /*   8165 */ "RoleLastUsed\0"
        /*   8178 */ "RoleUsageListType\0"
        /*   8196 */ "RoleUsageType\0"
        /*   8210 */ "SAMLMetadataDocumentType\0"
        /*   8235 */ "SAMLPrivateKey\0"
        /*   8250 */ "SAMLProviderListEntry\0"
        /*   8272 */ "SAMLProviderListType\0"
        /*   8293 */ "SAMLProviderNameType\0"
        /*   8314 */ "SSHPublicKey\0"
        /*   8327 */ "SSHPublicKeyListType\0"
        /*   8348 */ "SSHPublicKeyMetadata\0"
        /*   8369 */ "SendDelegationTokenRequest\0"
        /*   8396 */ "ServerCertificate\0"
        /*   8414 */ "ServerCertificateMetadata\0"
        /*   8440 */ "ServiceLastAccessed\0"
        /*   8460 */ "ServiceSpecificCredential\0"
        /*   8486 */ "ServiceSpecificCredentialMetadata\0"
        /*   8520 */ "ServiceSpecificCredentialsListType\0"
        /*   8555 */ "ServicesLastAccessed\0"
        /*   8576 */ "SetDefaultPolicyVersionRequest\0"
        /*   8607 */ "SetSecurityTokenServicePreferencesRequest\0"
        /*   8649 */ "SigningCertificate\0"
        /*   8668 */ "SimulateCustomPolicyRequest\0"
        /*   8696 */ "SimulatePolicyResponse\0"
        /*   8719 */ "SimulatePrincipalPolicyRequest\0"
        /*   8750 */ "SimulationPolicyListType\0"
        /*   8775 */ "Statement\0"
        /*   8785 */ "StatementListType\0"
        /*   8803 */ "Tag\0"
        /*   8807 */ "TagInstanceProfileRequest\0"
        /*   8833 */ "TagMFADeviceRequest\0"
        /*   8853 */ "TagOpenIDConnectProviderRequest\0"
        /*   8885 */ "TagPolicyRequest\0"
        /*   8902 */ "TagRoleRequest\0"
        /*   8917 */ "TagSAMLProviderRequest\0"
        /*   8940 */ "TagServerCertificateRequest\0"
        /*   8968 */ "TagUserRequest\0"
        /*   8983 */ "TrackedActionLastAccessed\0"
        /*   9009 */ "TrackedActionsLastAccessed\0"
        /*   9036 */ "UntagInstanceProfileRequest\0"
        /*   9064 */ "UntagMFADeviceRequest\0"
        /*   9086 */ "UntagOpenIDConnectProviderRequest\0"
        /*   9120 */ "UntagPolicyRequest\0"
        /*   9139 */ "UntagRoleRequest\0"
        /*   9156 */ "UntagSAMLProviderRequest\0"
        /*   9181 */ "UntagServerCertificateRequest\0"
        /*   9211 */ "UntagUserRequest\0"
        /*   9228 */ "UpdateAccessKeyRequest\0"
        /*   9251 */ "UpdateAccountPasswordPolicyRequest\0"
        /*   9286 */ "UpdateAssumeRolePolicyRequest\0"
        /*   9316 */ "UpdateDelegationRequestRequest\0"
        /*   9347 */ "UpdateGroupRequest\0"
        /*   9366 */ "UpdateLoginProfileRequest\0"
        /*   9392 */ "UpdateOpenIDConnectProviderThumbprintRequest\0"
        /*   9437 */ "UpdateRoleDescriptionRequest\0"
        /*   9466 */ "UpdateRoleDescriptionResponse\0"
        /*   9496 */ "UpdateRoleRequest\0"
        /*   9514 */ "UpdateRoleResponse\0"
        /*   9533 */ "UpdateSAMLProviderRequest\0"
        /*   9559 */ "UpdateSAMLProviderResponse\0"
        /*   9586 */ "UpdateSSHPublicKeyRequest\0"
        /*   9612 */ "UpdateServerCertificateRequest\0"
        /*   9643 */ "UpdateServiceSpecificCredentialRequest\0"
        /*   9682 */ "UpdateSigningCertificateRequest\0"
        /*   9714 */ "UpdateUserRequest\0"
        /*   9732 */ "UploadSSHPublicKeyRequest\0"
        /*   9758 */ "UploadSSHPublicKeyResponse\0"
        /*   9785 */ "UploadServerCertificateRequest\0"
        /*   9816 */ "UploadServerCertificateResponse\0"
        /*   9848 */ "UploadSigningCertificateRequest\0"
        /*   9880 */ "UploadSigningCertificateResponse\0"
        /*   9913 */ "User\0"
        /*   9918 */ "UserDetail\0"
        /*   9929 */ "VirtualMFADevice\0"
        /*   9946 */ "accessKeyIdType\0"
        /*   9962 */ "accessKeyMetadataListType\0"
        /*   9988 */ "accessKeySecretType\0"
        /*  10008 */ "accountAliasListType\0"
        /*  10029 */ "accountAliasType\0"
        /*  10046 */ "accountIdType\0"
        /*  10060 */ "allUsers\0"
        /*  10069 */ "arnType\0"
        /*  10077 */ "assertionEncryptionModeType\0"
        /*  10105 */ "assignmentStatusType\0"
        /*  10126 */ "attachedPoliciesListType\0"
        /*  10151 */ "attachmentCountType\0"
        /*  10171 */ "authenticationCodeType\0"
        /*  10194 */ "booleanObjectType\0"
        /*  10212 */ "booleanType\0"
        /*  10224 */ "certificateBodyType\0"
        /*  10244 */ "certificateChainType\0"
        /*  10265 */ "certificateIdType\0"
        /*  10283 */ "certificateListType\0"
        /*  10303 */ "clientIDListType\0"
        /*  10320 */ "clientIDType\0"
        /*  10333 */ "consoleDeepLinkType\0"
        /*  10353 */ "credentialAgeDays\0"
        /*  10371 */ "credentialReportExpiredExceptionMessage\0"
        /*  10411 */ "credentialReportNotPresentExceptionMessage\0"
        /*  10454 */ "credentialReportNotReadyExceptionMessage\0"
        /*  10495 */ "customSuffixType\0"
        /*  10512 */ "dateType\0"
        /*  10521 */ "delegationRequestDescriptionType\0"
        /*  10554 */ "delegationRequestIdType\0"
        /*  10578 */ "delegationRequestsListType\0"
        /*  10605 */ "deleteConflictMessage\0"
        /*  10627 */ "duplicateCertificateMessage\0"
        /*  10655 */ "duplicateSSHPublicKeyMessage\0"
        /*  10684 */ "encodingType\0"
        /*  10697 */ "entityAlreadyExistsMessage\0"
        /*  10724 */ "entityDetailsListType\0"
        /*  10746 */ "entityListType\0"
        /*  10761 */ "entityNameType\0"
        /*  10776 */ "entityTemporarilyUnmodifiableMessage\0"
        /*  10813 */ "existingUserNameType\0"
        /*  10834 */ "globalEndpointTokenVersion\0"
        /*  10861 */ "groupDetailListType\0"
        /*  10881 */ "groupListType\0"
        /*  10895 */ "groupNameListType\0"
        /*  10913 */ "groupNameType\0"
        /*  10927 */ "idType\0"
        /*  10934 */ "instanceProfileListType\0"
        /*  10958 */ "instanceProfileNameType\0"
        /*  10982 */ "integerType\0"
        /*  10994 */ "invalidAuthenticationCodeMessage\0"
        /*  11027 */ "invalidCertificateMessage\0"
        /*  11053 */ "invalidInputMessage\0"
        /*  11073 */ "invalidPublicKeyMessage\0"
        /*  11097 */ "invalidUserTypeMessage\0"
        /*  11120 */ "jobIDType\0"
        /*  11130 */ "jobStatusType\0"
        /*  11144 */ "keyPairMismatchMessage\0"
        /*  11167 */ "limitExceededMessage\0"
        /*  11188 */ "listPolicyGrantingServiceAccessResponseListType\0"
        /*  11236 */ "localeType\0"
        /*  11247 */ "malformedCertificateMessage\0"
        /*  11275 */ "malformedPolicyDocumentMessage\0"
        /*  11306 */ "markerType\0"
        /*  11317 */ "maxItemsType\0"
        /*  11330 */ "maxPasswordAgeType\0"
        /*  11349 */ "mfaDeviceListType\0"
        /*  11367 */ "minimumPasswordLengthType\0"
        /*  11393 */ "noSuchEntityMessage\0"
        /*  11413 */ "notesType\0"
        /*  11423 */ "notificationChannelType\0"
        /*  11447 */ "openIdIdpCommunicationErrorExceptionMessage\0"
        /*  11491 */ "organizationsEntityPathType\0"
        /*  11519 */ "organizationsPolicyIdType\0"
        /*  11545 */ "ownerIdType\0"
        /*  11557 */ "passwordPolicyViolationMessage\0"
        /*  11588 */ "passwordReusePreventionType\0"
        /*  11616 */ "passwordType\0"
        /*  11629 */ "pathPrefixType\0"
        /*  11644 */ "pathType\0"
        /*  11653 */ "permissionCheckResultType\0"
        /*  11679 */ "permissionCheckStatusType\0"
        /*  11705 */ "permissionType\0"
        /*  11720 */ "policyDescriptionType\0"
        /*  11742 */ "policyDetailListType\0"
        /*  11763 */ "policyDocumentType\0"
        /*  11782 */ "policyDocumentVersionListType\0"
        /*  11812 */ "policyEvaluationErrorMessage\0"
        /*  11841 */ "policyGrantingServiceAccessListType\0"
        /*  11877 */ "policyListType\0"
        /*  11892 */ "policyNameListType\0"
        /*  11911 */ "policyNameType\0"
        /*  11926 */ "policyNotAttachableMessage\0"
        /*  11953 */ "policyOwnerEntityType\0"
        /*  11975 */ "policyParameterListType\0"
        /*  11999 */ "policyParameterNameType\0"
        /*  12023 */ "policyParameterValueType\0"
        /*  12048 */ "policyParameterValuesListType\0"
        /*  12078 */ "policyPathType\0"
        /*  12093 */ "policyScopeType\0"
        /*  12109 */ "policyType\0"
        /*  12120 */ "policyVersionIdType\0"
        /*  12140 */ "privateKeyIdType\0"
        /*  12157 */ "privateKeyList\0"
        /*  12172 */ "privateKeyType\0"
        /*  12187 */ "publicKeyFingerprintType\0"
        /*  12212 */ "publicKeyIdType\0"
        /*  12228 */ "publicKeyMaterialType\0"
        /*  12250 */ "redirectUrlType\0"
        /*  12266 */ "reportGenerationLimitExceededMessage\0"
        /*  12303 */ "requestMessageType\0"
        /*  12322 */ "requestorNameType\0"
        /*  12340 */ "requestorWorkflowIdType\0"
        /*  12364 */ "responseMarkerType\0"
        /*  12383 */ "roleDescriptionType\0"
        /*  12403 */ "roleDetailListType\0"
        /*  12422 */ "roleListType\0"
        /*  12435 */ "roleMaxSessionDurationType\0"
        /*  12462 */ "roleNameType\0"
        /*  12475 */ "rolePermissionRestrictionArnListType\0"
        /*  12512 */ "serialNumberType\0"
        /*  12529 */ "serverCertificateMetadataListType\0"
        /*  12563 */ "serverCertificateNameType\0"
        /*  12589 */ "serviceCredentialAlias\0"
        /*  12612 */ "serviceCredentialSecret\0"
        /*  12636 */ "serviceFailureExceptionMessage\0"
        /*  12667 */ "serviceName\0"
        /*  12679 */ "serviceNameType\0"
        /*  12695 */ "serviceNamespaceListType\0"
        /*  12720 */ "serviceNamespaceType\0"
        /*  12741 */ "serviceNotSupportedMessage\0"
        /*  12768 */ "servicePassword\0"
        /*  12784 */ "serviceSpecificCredentialId\0"
        /*  12812 */ "serviceUserName\0"
        /*  12828 */ "sessionDurationType\0"
        /*  12848 */ "sortKeyType\0"
        /*  12860 */ "stateType\0"
        /*  12870 */ "statusType\0"
        /*  12881 */ "stringType\0"
        /*  12892 */ "summaryContentType\0"
        /*  12911 */ "summaryKeyType\0"
        /*  12926 */ "summaryMapType\0"
        /*  12941 */ "summaryStateType\0"
        /*  12958 */ "summaryValueType\0"
        /*  12975 */ "tagKeyListType\0"
        /*  12990 */ "tagKeyType\0"
        /*  13001 */ "tagListType\0"
        /*  13013 */ "tagValueType\0"
        /*  13026 */ "thumbprintListType\0"
        /*  13045 */ "thumbprintType\0"
        /*  13060 */ "unmodifiableEntityMessage\0"
        /*  13086 */ "unrecognizedPublicKeyEncodingMessage\0"
        /*  13123 */ "userDetailListType\0"
        /*  13142 */ "userListType\0"
        /*  13155 */ "userNameType\0"
        /*  13168 */ "virtualMFADeviceListType\0"
        /*  13193 */ "virtualMFADeviceName",
#endif
};

/* The descriptor programs use (<awsc/iam.h>): the one in the tables. */
const struct awsc_service *awsc_iam_service(void)
{
    return &T.service;
}

enum awsc_iam_access_advisor_usage_granularity_type awsc_iam_access_advisor_usage_granularity_type_parse(const char *value)
{
    return (enum awsc_iam_access_advisor_usage_granularity_type)awsc_enum_parse(&T.strings[20], 2, value);
}

const char *awsc_iam_access_advisor_usage_granularity_type_str(enum awsc_iam_access_advisor_usage_granularity_type value)
{
    return awsc_enum_str(&T.strings[20], 2, (int)value);
}

enum awsc_iam_attachment_type awsc_iam_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_attachment_type)awsc_enum_parse(&T.strings[406], 3, value);
}

const char *awsc_iam_attachment_type_str(enum awsc_iam_attachment_type value)
{
    return awsc_enum_str(&T.strings[406], 3, (int)value);
}

enum awsc_iam_context_key_type_enum awsc_iam_context_key_type_enum_parse(const char *value)
{
    return (enum awsc_iam_context_key_type_enum)awsc_enum_parse(&T.strings[594], 12, value);
}

const char *awsc_iam_context_key_type_enum_str(enum awsc_iam_context_key_type_enum value)
{
    return awsc_enum_str(&T.strings[594], 12, (int)value);
}

enum awsc_iam_deletion_task_status_type awsc_iam_deletion_task_status_type_parse(const char *value)
{
    return (enum awsc_iam_deletion_task_status_type)awsc_enum_parse(&T.strings[1796], 4, value);
}

const char *awsc_iam_deletion_task_status_type_str(enum awsc_iam_deletion_task_status_type value)
{
    return awsc_enum_str(&T.strings[1796], 4, (int)value);
}

enum awsc_iam_entity_type awsc_iam_entity_type_parse(const char *value)
{
    return (enum awsc_iam_entity_type)awsc_enum_parse(&T.strings[2188], 5, value);
}

const char *awsc_iam_entity_type_str(enum awsc_iam_entity_type value)
{
    return awsc_enum_str(&T.strings[2188], 5, (int)value);
}

enum awsc_iam_feature_type awsc_iam_feature_type_parse(const char *value)
{
    return (enum awsc_iam_feature_type)awsc_enum_parse(&T.strings[2523], 2, value);
}

const char *awsc_iam_feature_type_str(enum awsc_iam_feature_type value)
{
    return awsc_enum_str(&T.strings[2523], 2, (int)value);
}

enum awsc_iam_permissions_boundary_attachment_type awsc_iam_permissions_boundary_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_permissions_boundary_attachment_type)awsc_enum_parse(&T.strings[4836], 1, value);
}

const char *awsc_iam_permissions_boundary_attachment_type_str(enum awsc_iam_permissions_boundary_attachment_type value)
{
    return awsc_enum_str(&T.strings[4836], 1, (int)value);
}

enum awsc_iam_policy_evaluation_decision_type awsc_iam_policy_evaluation_decision_type_parse(const char *value)
{
    return (enum awsc_iam_policy_evaluation_decision_type)awsc_enum_parse(&T.strings[4891], 3, value);
}

const char *awsc_iam_policy_evaluation_decision_type_str(enum awsc_iam_policy_evaluation_decision_type value)
{
    return awsc_enum_str(&T.strings[4891], 3, (int)value);
}

enum awsc_iam_policy_identifier_policy_type awsc_iam_policy_identifier_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_identifier_policy_type)awsc_enum_parse(&T.strings[5024], 6, value);
}

const char *awsc_iam_policy_identifier_policy_type_str(enum awsc_iam_policy_identifier_policy_type value)
{
    return awsc_enum_str(&T.strings[5024], 6, (int)value);
}

enum awsc_iam_policy_parameter_type_enum awsc_iam_policy_parameter_type_enum_parse(const char *value)
{
    return (enum awsc_iam_policy_parameter_type_enum)awsc_enum_parse(&T.strings[5140], 2, value);
}

const char *awsc_iam_policy_parameter_type_enum_str(enum awsc_iam_policy_parameter_type_enum value)
{
    return awsc_enum_str(&T.strings[5140], 2, (int)value);
}

enum awsc_iam_policy_source_type awsc_iam_policy_source_type_parse(const char *value)
{
    return (enum awsc_iam_policy_source_type)awsc_enum_parse(&T.strings[5165], 7, value);
}

const char *awsc_iam_policy_source_type_str(enum awsc_iam_policy_source_type value)
{
    return awsc_enum_str(&T.strings[5165], 7, (int)value);
}

enum awsc_iam_policy_usage_type awsc_iam_policy_usage_type_parse(const char *value)
{
    return (enum awsc_iam_policy_usage_type)awsc_enum_parse(&T.strings[5220], 2, value);
}

const char *awsc_iam_policy_usage_type_str(enum awsc_iam_policy_usage_type value)
{
    return awsc_enum_str(&T.strings[5220], 2, (int)value);
}

enum awsc_iam_report_format_type awsc_iam_report_format_type_parse(const char *value)
{
    return (enum awsc_iam_report_format_type)awsc_enum_parse(&T.strings[5303], 1, value);
}

const char *awsc_iam_report_format_type_str(enum awsc_iam_report_format_type value)
{
    return awsc_enum_str(&T.strings[5303], 1, (int)value);
}

enum awsc_iam_report_state_type awsc_iam_report_state_type_parse(const char *value)
{
    return (enum awsc_iam_report_state_type)awsc_enum_parse(&T.strings[5381], 3, value);
}

const char *awsc_iam_report_state_type_str(enum awsc_iam_report_state_type value)
{
    return awsc_enum_str(&T.strings[5381], 3, (int)value);
}

enum awsc_iam_assertion_encryption_mode_type awsc_iam_assertion_encryption_mode_type_parse(const char *value)
{
    return (enum awsc_iam_assertion_encryption_mode_type)awsc_enum_parse(&T.strings[6586], 2, value);
}

const char *awsc_iam_assertion_encryption_mode_type_str(enum awsc_iam_assertion_encryption_mode_type value)
{
    return awsc_enum_str(&T.strings[6586], 2, (int)value);
}

enum awsc_iam_assignment_status_type awsc_iam_assignment_status_type_parse(const char *value)
{
    return (enum awsc_iam_assignment_status_type)awsc_enum_parse(&T.strings[6603], 3, value);
}

const char *awsc_iam_assignment_status_type_str(enum awsc_iam_assignment_status_type value)
{
    return awsc_enum_str(&T.strings[6603], 3, (int)value);
}

enum awsc_iam_encoding_type awsc_iam_encoding_type_parse(const char *value)
{
    return (enum awsc_iam_encoding_type)awsc_enum_parse(&T.strings[6627], 2, value);
}

const char *awsc_iam_encoding_type_str(enum awsc_iam_encoding_type value)
{
    return awsc_enum_str(&T.strings[6627], 2, (int)value);
}

enum awsc_iam_global_endpoint_token_version awsc_iam_global_endpoint_token_version_parse(const char *value)
{
    return (enum awsc_iam_global_endpoint_token_version)awsc_enum_parse(&T.strings[6635], 2, value);
}

const char *awsc_iam_global_endpoint_token_version_str(enum awsc_iam_global_endpoint_token_version value)
{
    return awsc_enum_str(&T.strings[6635], 2, (int)value);
}

enum awsc_iam_job_status_type awsc_iam_job_status_type_parse(const char *value)
{
    return (enum awsc_iam_job_status_type)awsc_enum_parse(&T.strings[6651], 3, value);
}

const char *awsc_iam_job_status_type_str(enum awsc_iam_job_status_type value)
{
    return awsc_enum_str(&T.strings[6651], 3, (int)value);
}

enum awsc_iam_permission_check_result_type awsc_iam_permission_check_result_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_result_type)awsc_enum_parse(&T.strings[6680], 3, value);
}

const char *awsc_iam_permission_check_result_type_str(enum awsc_iam_permission_check_result_type value)
{
    return awsc_enum_str(&T.strings[6680], 3, (int)value);
}

enum awsc_iam_permission_check_status_type awsc_iam_permission_check_status_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_status_type)awsc_enum_parse(&T.strings[6702], 3, value);
}

const char *awsc_iam_permission_check_status_type_str(enum awsc_iam_permission_check_status_type value)
{
    return awsc_enum_str(&T.strings[6702], 3, (int)value);
}

enum awsc_iam_policy_owner_entity_type awsc_iam_policy_owner_entity_type_parse(const char *value)
{
    return (enum awsc_iam_policy_owner_entity_type)awsc_enum_parse(&T.strings[6730], 3, value);
}

const char *awsc_iam_policy_owner_entity_type_str(enum awsc_iam_policy_owner_entity_type value)
{
    return awsc_enum_str(&T.strings[6730], 3, (int)value);
}

enum awsc_iam_policy_scope_type awsc_iam_policy_scope_type_parse(const char *value)
{
    return (enum awsc_iam_policy_scope_type)awsc_enum_parse(&T.strings[6746], 3, value);
}

const char *awsc_iam_policy_scope_type_str(enum awsc_iam_policy_scope_type value)
{
    return awsc_enum_str(&T.strings[6746], 3, (int)value);
}

enum awsc_iam_policy_type awsc_iam_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_type)awsc_enum_parse(&T.strings[6760], 2, value);
}

const char *awsc_iam_policy_type_str(enum awsc_iam_policy_type value)
{
    return awsc_enum_str(&T.strings[6760], 2, (int)value);
}

enum awsc_iam_sort_key_type awsc_iam_sort_key_type_parse(const char *value)
{
    return (enum awsc_iam_sort_key_type)awsc_enum_parse(&T.strings[6775], 4, value);
}

const char *awsc_iam_sort_key_type_str(enum awsc_iam_sort_key_type value)
{
    return awsc_enum_str(&T.strings[6775], 4, (int)value);
}

enum awsc_iam_state_type awsc_iam_state_type_parse(const char *value)
{
    return (enum awsc_iam_state_type)awsc_enum_parse(&T.strings[6901], 7, value);
}

const char *awsc_iam_state_type_str(enum awsc_iam_state_type value)
{
    return awsc_enum_str(&T.strings[6901], 7, (int)value);
}

enum awsc_iam_status_type awsc_iam_status_type_parse(const char *value)
{
    return (enum awsc_iam_status_type)awsc_enum_parse(&T.strings[6974], 3, value);
}

const char *awsc_iam_status_type_str(enum awsc_iam_status_type value)
{
    return awsc_enum_str(&T.strings[6974], 3, (int)value);
}

enum awsc_iam_summary_key_type awsc_iam_summary_key_type_parse(const char *value)
{
    return (enum awsc_iam_summary_key_type)awsc_enum_parse(&T.strings[6998], 34, value);
}

const char *awsc_iam_summary_key_type_str(enum awsc_iam_summary_key_type value)
{
    return awsc_enum_str(&T.strings[6998], 34, (int)value);
}

enum awsc_iam_summary_state_type awsc_iam_summary_state_type_parse(const char *value)
{
    return (enum awsc_iam_summary_state_type)awsc_enum_parse(&T.strings[7653], 4, value);
}

const char *awsc_iam_summary_state_type_str(enum awsc_iam_summary_state_type value)
{
    return awsc_enum_str(&T.strings[7653], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
