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
    struct awsc_shape shapes[579];
    struct awsc_member members[964];
    uint16_t by_wire_name[964];
    struct awsc_range ranges[84];
    char strings[27037];
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
        .name_ref = REF(service.name_ref, strings[26941]),
        .service_id_ref = REF(service.service_id_ref, strings[26945]),
        .full_name_ref = REF(service.full_name_ref, strings[26949]),
        .api_version_ref = REF(service.api_version_ref, strings[26984]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[26941]),
        .signing_name_ref = REF(service.signing_name_ref, strings[26941]),
        .xml_namespace_ref = REF(service.xml_namespace_ref, strings[26995]),
        .env_name_ref = REF(service.env_name_ref, strings[26945]),
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
            .name_ref = REF(operations[0].name_ref, strings[20465]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[0].input_ref, shapes[0]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AddClientIDToOpenIDConnectProvider */
            .name_ref = REF(operations[1].name_ref, strings[20496]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[1].input_ref, shapes[10]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[3]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* AddRoleToInstanceProfile */
            .name_ref = REF(operations[2].name_ref, strings[20531]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[2].input_ref, shapes[11]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[8]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* AddUserToGroup */
            .name_ref = REF(operations[3].name_ref, strings[20556]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[3].input_ref, shapes[12]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[13]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* AssociateDelegationRequest */
            .name_ref = REF(operations[4].name_ref, strings[20571]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[4].input_ref, shapes[14]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[16]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* AttachGroupPolicy */
            .name_ref = REF(operations[5].name_ref, strings[20598]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[5].input_ref, shapes[15]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[20]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* AttachRolePolicy */
            .name_ref = REF(operations[6].name_ref, strings[20616]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[6].input_ref, shapes[16]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[25]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* AttachUserPolicy */
            .name_ref = REF(operations[7].name_ref, strings[20633]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[7].input_ref, shapes[17]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[31]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* ChangePassword */
            .name_ref = REF(operations[8].name_ref, strings[20650]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[8].input_ref, shapes[27]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[36]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* CreateAccessKey */
            .name_ref = REF(operations[9].name_ref, strings[20665]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[9].input_ref, shapes[38]),
            .output_ref = REF(operations[9].output_ref, shapes[39]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[42]),
            .service_ref = REF(operations[9].service_ref, service),
            .result_wrapper_ref = REF(operations[9].result_wrapper_ref, strings[20681]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* CreateAccountAlias */
            .name_ref = REF(operations[10].name_ref, strings[20703]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[10].input_ref, shapes[40]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[45]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* CreateDelegationRequest */
            .name_ref = REF(operations[11].name_ref, strings[20722]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[11].input_ref, shapes[41]),
            .output_ref = REF(operations[11].output_ref, shapes[42]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[49]),
            .service_ref = REF(operations[11].service_ref, service),
            .result_wrapper_ref = REF(operations[11].result_wrapper_ref, strings[20746]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* CreateGroup */
            .name_ref = REF(operations[12].name_ref, strings[20776]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[12].input_ref, shapes[43]),
            .output_ref = REF(operations[12].output_ref, shapes[44]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[54]),
            .service_ref = REF(operations[12].service_ref, service),
            .result_wrapper_ref = REF(operations[12].result_wrapper_ref, strings[20788]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* CreateInstanceProfile */
            .name_ref = REF(operations[13].name_ref, strings[20806]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[13].input_ref, shapes[45]),
            .output_ref = REF(operations[13].output_ref, shapes[46]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[58]),
            .service_ref = REF(operations[13].service_ref, service),
            .result_wrapper_ref = REF(operations[13].result_wrapper_ref, strings[20828]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* CreateLoginProfile */
            .name_ref = REF(operations[14].name_ref, strings[20856]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[14].input_ref, shapes[47]),
            .output_ref = REF(operations[14].output_ref, shapes[48]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[63]),
            .service_ref = REF(operations[14].service_ref, service),
            .result_wrapper_ref = REF(operations[14].result_wrapper_ref, strings[20875]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* CreateOpenIDConnectProvider */
            .name_ref = REF(operations[15].name_ref, strings[20900]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[15].input_ref, shapes[49]),
            .output_ref = REF(operations[15].output_ref, shapes[50]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[68]),
            .service_ref = REF(operations[15].service_ref, service),
            .result_wrapper_ref = REF(operations[15].result_wrapper_ref, strings[20928]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* CreatePolicy */
            .name_ref = REF(operations[16].name_ref, strings[20962]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[16].input_ref, shapes[51]),
            .output_ref = REF(operations[16].output_ref, shapes[52]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[74]),
            .service_ref = REF(operations[16].service_ref, service),
            .result_wrapper_ref = REF(operations[16].result_wrapper_ref, strings[20975]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* CreatePolicyVersion */
            .name_ref = REF(operations[17].name_ref, strings[20994]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[17].input_ref, shapes[53]),
            .output_ref = REF(operations[17].output_ref, shapes[54]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[80]),
            .service_ref = REF(operations[17].service_ref, service),
            .result_wrapper_ref = REF(operations[17].result_wrapper_ref, strings[21014]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* CreateRole */
            .name_ref = REF(operations[18].name_ref, strings[21040]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[18].input_ref, shapes[55]),
            .output_ref = REF(operations[18].output_ref, shapes[56]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[85]),
            .service_ref = REF(operations[18].service_ref, service),
            .result_wrapper_ref = REF(operations[18].result_wrapper_ref, strings[21051]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* CreateSAMLProvider */
            .name_ref = REF(operations[19].name_ref, strings[21068]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[19].input_ref, shapes[57]),
            .output_ref = REF(operations[19].output_ref, shapes[58]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[91]),
            .service_ref = REF(operations[19].service_ref, service),
            .result_wrapper_ref = REF(operations[19].result_wrapper_ref, strings[21087]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* CreateServiceLinkedRole */
            .name_ref = REF(operations[20].name_ref, strings[21112]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[20].input_ref, shapes[59]),
            .output_ref = REF(operations[20].output_ref, shapes[60]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[96]),
            .service_ref = REF(operations[20].service_ref, service),
            .result_wrapper_ref = REF(operations[20].result_wrapper_ref, strings[21136]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* CreateServiceSpecificCredential */
            .name_ref = REF(operations[21].name_ref, strings[21166]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[21].input_ref, shapes[61]),
            .output_ref = REF(operations[21].output_ref, shapes[62]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[100]),
            .service_ref = REF(operations[21].service_ref, service),
            .result_wrapper_ref = REF(operations[21].result_wrapper_ref, strings[21198]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* CreateUser */
            .name_ref = REF(operations[22].name_ref, strings[21236]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[22].input_ref, shapes[63]),
            .output_ref = REF(operations[22].output_ref, shapes[64]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[103]),
            .service_ref = REF(operations[22].service_ref, service),
            .result_wrapper_ref = REF(operations[22].result_wrapper_ref, strings[21247]),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* CreateVirtualMFADevice */
            .name_ref = REF(operations[23].name_ref, strings[21264]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[23].input_ref, shapes[65]),
            .output_ref = REF(operations[23].output_ref, shapes[66]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[109]),
            .service_ref = REF(operations[23].service_ref, service),
            .result_wrapper_ref = REF(operations[23].result_wrapper_ref, strings[21287]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* DeactivateMFADevice */
            .name_ref = REF(operations[24].name_ref, strings[21316]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[24].input_ref, shapes[70]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[114]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* DeleteAccessKey */
            .name_ref = REF(operations[25].name_ref, strings[21336]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[25].input_ref, shapes[73]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[119]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* DeleteAccountAlias */
            .name_ref = REF(operations[26].name_ref, strings[21352]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[26].input_ref, shapes[74]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[122]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* DeleteAccountPasswordPolicy */
            .name_ref = REF(operations[27].name_ref, strings[21371]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[20494]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[126]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* DeleteGroup */
            .name_ref = REF(operations[28].name_ref, strings[21399]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[28].input_ref, shapes[77]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[129]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* DeleteGroupPolicy */
            .name_ref = REF(operations[29].name_ref, strings[21411]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[29].input_ref, shapes[76]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[133]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* DeleteInstanceProfile */
            .name_ref = REF(operations[30].name_ref, strings[21429]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[30].input_ref, shapes[78]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[136]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* DeleteLoginProfile */
            .name_ref = REF(operations[31].name_ref, strings[21451]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[31].input_ref, shapes[79]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[140]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* DeleteOpenIDConnectProvider */
            .name_ref = REF(operations[32].name_ref, strings[21470]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[32].input_ref, shapes[80]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[144]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* DeletePolicy */
            .name_ref = REF(operations[33].name_ref, strings[21498]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[33].input_ref, shapes[81]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[147]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* DeletePolicyVersion */
            .name_ref = REF(operations[34].name_ref, strings[21511]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[34].input_ref, shapes[82]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[152]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* DeleteRole */
            .name_ref = REF(operations[35].name_ref, strings[21531]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[35].input_ref, shapes[85]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[157]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* DeleteRolePermissionsBoundary */
            .name_ref = REF(operations[36].name_ref, strings[21542]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[36].input_ref, shapes[83]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[163]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* DeleteRolePolicy */
            .name_ref = REF(operations[37].name_ref, strings[21572]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[37].input_ref, shapes[84]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[166]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* DeleteSAMLProvider */
            .name_ref = REF(operations[38].name_ref, strings[21589]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[38].input_ref, shapes[86]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[170]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* DeleteSSHPublicKey */
            .name_ref = REF(operations[39].name_ref, strings[21608]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[39].input_ref, shapes[87]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[174]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* DeleteServerCertificate */
            .name_ref = REF(operations[40].name_ref, strings[21627]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[40].input_ref, shapes[88]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[175]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* DeleteServiceLinkedRole */
            .name_ref = REF(operations[41].name_ref, strings[21651]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[41].input_ref, shapes[89]),
            .output_ref = REF(operations[41].output_ref, shapes[90]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[179]),
            .service_ref = REF(operations[41].service_ref, service),
            .result_wrapper_ref = REF(operations[41].result_wrapper_ref, strings[21675]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* DeleteServiceSpecificCredential */
            .name_ref = REF(operations[42].name_ref, strings[21705]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[42].input_ref, shapes[91]),
            .errors_ref = REF(operations[42].errors_ref, op_errors[182]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* DeleteSigningCertificate */
            .name_ref = REF(operations[43].name_ref, strings[21737]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[43].input_ref, shapes[92]),
            .errors_ref = REF(operations[43].errors_ref, op_errors[183]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* DeleteUser */
            .name_ref = REF(operations[44].name_ref, strings[21762]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[44].input_ref, shapes[95]),
            .errors_ref = REF(operations[44].errors_ref, op_errors[187]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* DeleteUserPermissionsBoundary */
            .name_ref = REF(operations[45].name_ref, strings[21773]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[45].input_ref, shapes[93]),
            .errors_ref = REF(operations[45].errors_ref, op_errors[192]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* DeleteUserPolicy */
            .name_ref = REF(operations[46].name_ref, strings[21803]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[46].input_ref, shapes[94]),
            .errors_ref = REF(operations[46].errors_ref, op_errors[194]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* DeleteVirtualMFADevice */
            .name_ref = REF(operations[47].name_ref, strings[21820]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[47].input_ref, shapes[96]),
            .errors_ref = REF(operations[47].errors_ref, op_errors[197]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* DetachGroupPolicy */
            .name_ref = REF(operations[48].name_ref, strings[21843]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[48].input_ref, shapes[100]),
            .errors_ref = REF(operations[48].errors_ref, op_errors[202]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* DetachRolePolicy */
            .name_ref = REF(operations[49].name_ref, strings[21861]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[49].input_ref, shapes[101]),
            .errors_ref = REF(operations[49].errors_ref, op_errors[206]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* DetachUserPolicy */
            .name_ref = REF(operations[50].name_ref, strings[21878]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[50].input_ref, shapes[102]),
            .errors_ref = REF(operations[50].errors_ref, op_errors[211]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* DisableOrganizationsRootCredentialsManagement */
            .name_ref = REF(operations[51].name_ref, strings[21895]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[51].input_ref, shapes[103]),
            .output_ref = REF(operations[51].output_ref, shapes[104]),
            .errors_ref = REF(operations[51].errors_ref, op_errors[215]),
            .service_ref = REF(operations[51].service_ref, service),
            .result_wrapper_ref = REF(operations[51].result_wrapper_ref, strings[21941]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* DisableOrganizationsRootSessions */
            .name_ref = REF(operations[52].name_ref, strings[21993]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[52].input_ref, shapes[105]),
            .output_ref = REF(operations[52].output_ref, shapes[106]),
            .errors_ref = REF(operations[52].errors_ref, op_errors[219]),
            .service_ref = REF(operations[52].service_ref, service),
            .result_wrapper_ref = REF(operations[52].result_wrapper_ref, strings[22026]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* DisableOutboundWebIdentityFederation */
            .name_ref = REF(operations[53].name_ref, strings[22065]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[20494]),
            .errors_ref = REF(operations[53].errors_ref, op_errors[223]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* EnableMFADevice */
            .name_ref = REF(operations[54].name_ref, strings[22102]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[54].input_ref, shapes[109]),
            .errors_ref = REF(operations[54].errors_ref, op_errors[224]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* EnableOrganizationsRootCredentialsManagement */
            .name_ref = REF(operations[55].name_ref, strings[22118]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[55].input_ref, shapes[110]),
            .output_ref = REF(operations[55].output_ref, shapes[111]),
            .errors_ref = REF(operations[55].errors_ref, op_errors[231]),
            .service_ref = REF(operations[55].service_ref, service),
            .result_wrapper_ref = REF(operations[55].result_wrapper_ref, strings[22163]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* EnableOrganizationsRootSessions */
            .name_ref = REF(operations[56].name_ref, strings[22214]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[56].input_ref, shapes[112]),
            .output_ref = REF(operations[56].output_ref, shapes[113]),
            .errors_ref = REF(operations[56].errors_ref, op_errors[236]),
            .service_ref = REF(operations[56].service_ref, service),
            .result_wrapper_ref = REF(operations[56].result_wrapper_ref, strings[22246]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* EnableOutboundWebIdentityFederation */
            .name_ref = REF(operations[57].name_ref, strings[22284]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[57].output_ref, shapes[114]),
            .errors_ref = REF(operations[57].errors_ref, op_errors[241]),
            .service_ref = REF(operations[57].service_ref, service),
            .result_wrapper_ref = REF(operations[57].result_wrapper_ref, strings[22320]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* GenerateCredentialReport */
            .name_ref = REF(operations[58].name_ref, strings[22362]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[58].output_ref, shapes[131]),
            .errors_ref = REF(operations[58].errors_ref, op_errors[242]),
            .service_ref = REF(operations[58].service_ref, service),
            .result_wrapper_ref = REF(operations[58].result_wrapper_ref, strings[22387]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* GenerateOrganizationsAccessReport */
            .name_ref = REF(operations[59].name_ref, strings[22418]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[59].input_ref, shapes[132]),
            .output_ref = REF(operations[59].output_ref, shapes[133]),
            .errors_ref = REF(operations[59].errors_ref, op_errors[244]),
            .service_ref = REF(operations[59].service_ref, service),
            .result_wrapper_ref = REF(operations[59].result_wrapper_ref, strings[22452]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* GenerateServiceLastAccessedDetails */
            .name_ref = REF(operations[60].name_ref, strings[22492]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[60].input_ref, shapes[134]),
            .output_ref = REF(operations[60].output_ref, shapes[135]),
            .errors_ref = REF(operations[60].errors_ref, op_errors[245]),
            .service_ref = REF(operations[60].service_ref, service),
            .result_wrapper_ref = REF(operations[60].result_wrapper_ref, strings[22527]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* GetAccessKeyLastUsed */
            .name_ref = REF(operations[61].name_ref, strings[22568]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[61].input_ref, shapes[136]),
            .output_ref = REF(operations[61].output_ref, shapes[137]),
            .service_ref = REF(operations[61].service_ref, service),
            .result_wrapper_ref = REF(operations[61].result_wrapper_ref, strings[22589]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* GetAccountAuthorizationDetails */
            .name_ref = REF(operations[62].name_ref, strings[22616]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[62].input_ref, shapes[138]),
            .output_ref = REF(operations[62].output_ref, shapes[139]),
            .errors_ref = REF(operations[62].errors_ref, op_errors[247]),
            .service_ref = REF(operations[62].service_ref, service),
            .result_wrapper_ref = REF(operations[62].result_wrapper_ref, strings[22647]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* GetAccountPasswordPolicy */
            .name_ref = REF(operations[63].name_ref, strings[22684]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[63].output_ref, shapes[140]),
            .errors_ref = REF(operations[63].errors_ref, op_errors[248]),
            .service_ref = REF(operations[63].service_ref, service),
            .result_wrapper_ref = REF(operations[63].result_wrapper_ref, strings[22709]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* GetAccountSummary */
            .name_ref = REF(operations[64].name_ref, strings[22740]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[64].output_ref, shapes[141]),
            .errors_ref = REF(operations[64].errors_ref, op_errors[250]),
            .service_ref = REF(operations[64].service_ref, service),
            .result_wrapper_ref = REF(operations[64].result_wrapper_ref, strings[22758]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* GetContextKeysForCustomPolicy */
            .name_ref = REF(operations[65].name_ref, strings[22782]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[65].input_ref, shapes[142]),
            .output_ref = REF(operations[65].output_ref, shapes[143]),
            .errors_ref = REF(operations[65].errors_ref, op_errors[251]),
            .service_ref = REF(operations[65].service_ref, service),
            .result_wrapper_ref = REF(operations[65].result_wrapper_ref, strings[22812]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* GetContextKeysForPrincipalPolicy */
            .name_ref = REF(operations[66].name_ref, strings[22848]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[66].input_ref, shapes[144]),
            .output_ref = REF(operations[66].output_ref, shapes[143]),
            .errors_ref = REF(operations[66].errors_ref, op_errors[252]),
            .service_ref = REF(operations[66].service_ref, service),
            .result_wrapper_ref = REF(operations[66].result_wrapper_ref, strings[22881]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* GetCredentialReport */
            .name_ref = REF(operations[67].name_ref, strings[22920]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[67].output_ref, shapes[145]),
            .errors_ref = REF(operations[67].errors_ref, op_errors[254]),
            .service_ref = REF(operations[67].service_ref, service),
            .result_wrapper_ref = REF(operations[67].result_wrapper_ref, strings[22940]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* GetDelegationRequest */
            .name_ref = REF(operations[68].name_ref, strings[22966]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[68].input_ref, shapes[146]),
            .output_ref = REF(operations[68].output_ref, shapes[147]),
            .errors_ref = REF(operations[68].errors_ref, op_errors[258]),
            .service_ref = REF(operations[68].service_ref, service),
            .result_wrapper_ref = REF(operations[68].result_wrapper_ref, strings[22987]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* GetGroup */
            .name_ref = REF(operations[69].name_ref, strings[23014]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[69].input_ref, shapes[150]),
            .output_ref = REF(operations[69].output_ref, shapes[151]),
            .errors_ref = REF(operations[69].errors_ref, op_errors[260]),
            .service_ref = REF(operations[69].service_ref, service),
            .result_wrapper_ref = REF(operations[69].result_wrapper_ref, strings[23023]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* GetGroupPolicy */
            .name_ref = REF(operations[70].name_ref, strings[23038]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[70].input_ref, shapes[148]),
            .output_ref = REF(operations[70].output_ref, shapes[149]),
            .errors_ref = REF(operations[70].errors_ref, op_errors[262]),
            .service_ref = REF(operations[70].service_ref, service),
            .result_wrapper_ref = REF(operations[70].result_wrapper_ref, strings[23053]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* GetHumanReadableSummary */
            .name_ref = REF(operations[71].name_ref, strings[23074]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[71].input_ref, shapes[152]),
            .output_ref = REF(operations[71].output_ref, shapes[153]),
            .errors_ref = REF(operations[71].errors_ref, op_errors[264]),
            .service_ref = REF(operations[71].service_ref, service),
            .result_wrapper_ref = REF(operations[71].result_wrapper_ref, strings[23098]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* GetInstanceProfile */
            .name_ref = REF(operations[72].name_ref, strings[23128]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[72].input_ref, shapes[154]),
            .output_ref = REF(operations[72].output_ref, shapes[155]),
            .errors_ref = REF(operations[72].errors_ref, op_errors[267]),
            .service_ref = REF(operations[72].service_ref, service),
            .result_wrapper_ref = REF(operations[72].result_wrapper_ref, strings[23147]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* GetLoginProfile */
            .name_ref = REF(operations[73].name_ref, strings[23172]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[73].input_ref, shapes[156]),
            .output_ref = REF(operations[73].output_ref, shapes[157]),
            .errors_ref = REF(operations[73].errors_ref, op_errors[269]),
            .service_ref = REF(operations[73].service_ref, service),
            .result_wrapper_ref = REF(operations[73].result_wrapper_ref, strings[23188]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* GetMFADevice */
            .name_ref = REF(operations[74].name_ref, strings[23210]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[74].input_ref, shapes[158]),
            .output_ref = REF(operations[74].output_ref, shapes[159]),
            .errors_ref = REF(operations[74].errors_ref, op_errors[271]),
            .service_ref = REF(operations[74].service_ref, service),
            .result_wrapper_ref = REF(operations[74].result_wrapper_ref, strings[23223]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* GetOpenIDConnectProvider */
            .name_ref = REF(operations[75].name_ref, strings[23242]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[75].input_ref, shapes[160]),
            .output_ref = REF(operations[75].output_ref, shapes[161]),
            .errors_ref = REF(operations[75].errors_ref, op_errors[273]),
            .service_ref = REF(operations[75].service_ref, service),
            .result_wrapper_ref = REF(operations[75].result_wrapper_ref, strings[23267]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* GetOrganizationsAccessReport */
            .name_ref = REF(operations[76].name_ref, strings[23298]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[76].input_ref, shapes[162]),
            .output_ref = REF(operations[76].output_ref, shapes[163]),
            .errors_ref = REF(operations[76].errors_ref, op_errors[276]),
            .service_ref = REF(operations[76].service_ref, service),
            .result_wrapper_ref = REF(operations[76].result_wrapper_ref, strings[23327]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* GetOutboundWebIdentityFederationInfo */
            .name_ref = REF(operations[77].name_ref, strings[23362]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[20494]),
            .output_ref = REF(operations[77].output_ref, shapes[164]),
            .errors_ref = REF(operations[77].errors_ref, op_errors[277]),
            .service_ref = REF(operations[77].service_ref, service),
            .result_wrapper_ref = REF(operations[77].result_wrapper_ref, strings[23399]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* GetPolicy */
            .name_ref = REF(operations[78].name_ref, strings[23442]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[78].input_ref, shapes[165]),
            .output_ref = REF(operations[78].output_ref, shapes[166]),
            .errors_ref = REF(operations[78].errors_ref, op_errors[278]),
            .service_ref = REF(operations[78].service_ref, service),
            .result_wrapper_ref = REF(operations[78].result_wrapper_ref, strings[23452]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* GetPolicyVersion */
            .name_ref = REF(operations[79].name_ref, strings[23468]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[79].input_ref, shapes[167]),
            .output_ref = REF(operations[79].output_ref, shapes[168]),
            .errors_ref = REF(operations[79].errors_ref, op_errors[281]),
            .service_ref = REF(operations[79].service_ref, service),
            .result_wrapper_ref = REF(operations[79].result_wrapper_ref, strings[23485]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* GetRole */
            .name_ref = REF(operations[80].name_ref, strings[23508]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[80].input_ref, shapes[171]),
            .output_ref = REF(operations[80].output_ref, shapes[172]),
            .errors_ref = REF(operations[80].errors_ref, op_errors[284]),
            .service_ref = REF(operations[80].service_ref, service),
            .result_wrapper_ref = REF(operations[80].result_wrapper_ref, strings[23516]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* GetRolePolicy */
            .name_ref = REF(operations[81].name_ref, strings[23530]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[81].input_ref, shapes[169]),
            .output_ref = REF(operations[81].output_ref, shapes[170]),
            .errors_ref = REF(operations[81].errors_ref, op_errors[286]),
            .service_ref = REF(operations[81].service_ref, service),
            .result_wrapper_ref = REF(operations[81].result_wrapper_ref, strings[23544]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* GetSAMLProvider */
            .name_ref = REF(operations[82].name_ref, strings[23564]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[82].input_ref, shapes[173]),
            .output_ref = REF(operations[82].output_ref, shapes[174]),
            .errors_ref = REF(operations[82].errors_ref, op_errors[288]),
            .service_ref = REF(operations[82].service_ref, service),
            .result_wrapper_ref = REF(operations[82].result_wrapper_ref, strings[23580]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* GetSSHPublicKey */
            .name_ref = REF(operations[83].name_ref, strings[23602]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[83].input_ref, shapes[175]),
            .output_ref = REF(operations[83].output_ref, shapes[176]),
            .errors_ref = REF(operations[83].errors_ref, op_errors[291]),
            .service_ref = REF(operations[83].service_ref, service),
            .result_wrapper_ref = REF(operations[83].result_wrapper_ref, strings[23618]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* GetServerCertificate */
            .name_ref = REF(operations[84].name_ref, strings[23640]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[84].input_ref, shapes[177]),
            .output_ref = REF(operations[84].output_ref, shapes[178]),
            .errors_ref = REF(operations[84].errors_ref, op_errors[293]),
            .service_ref = REF(operations[84].service_ref, service),
            .result_wrapper_ref = REF(operations[84].result_wrapper_ref, strings[23661]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [85] = { /* GetServiceLastAccessedDetails */
            .name_ref = REF(operations[85].name_ref, strings[23688]),
            .http_method_ref = REF(operations[85].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[85].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[85].input_ref, shapes[179]),
            .output_ref = REF(operations[85].output_ref, shapes[180]),
            .errors_ref = REF(operations[85].errors_ref, op_errors[295]),
            .service_ref = REF(operations[85].service_ref, service),
            .result_wrapper_ref = REF(operations[85].result_wrapper_ref, strings[23718]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [86] = { /* GetServiceLastAccessedDetailsWithEntities */
            .name_ref = REF(operations[86].name_ref, strings[23754]),
            .http_method_ref = REF(operations[86].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[86].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[86].input_ref, shapes[181]),
            .output_ref = REF(operations[86].output_ref, shapes[182]),
            .errors_ref = REF(operations[86].errors_ref, op_errors[297]),
            .service_ref = REF(operations[86].service_ref, service),
            .result_wrapper_ref = REF(operations[86].result_wrapper_ref, strings[23796]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [87] = { /* GetServiceLinkedRoleDeletionStatus */
            .name_ref = REF(operations[87].name_ref, strings[23844]),
            .http_method_ref = REF(operations[87].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[87].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[87].input_ref, shapes[183]),
            .output_ref = REF(operations[87].output_ref, shapes[184]),
            .errors_ref = REF(operations[87].errors_ref, op_errors[299]),
            .service_ref = REF(operations[87].service_ref, service),
            .result_wrapper_ref = REF(operations[87].result_wrapper_ref, strings[23879]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [88] = { /* GetUser */
            .name_ref = REF(operations[88].name_ref, strings[23920]),
            .http_method_ref = REF(operations[88].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[88].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[88].input_ref, shapes[187]),
            .output_ref = REF(operations[88].output_ref, shapes[188]),
            .errors_ref = REF(operations[88].errors_ref, op_errors[302]),
            .service_ref = REF(operations[88].service_ref, service),
            .result_wrapper_ref = REF(operations[88].result_wrapper_ref, strings[23928]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [89] = { /* GetUserPolicy */
            .name_ref = REF(operations[89].name_ref, strings[23942]),
            .http_method_ref = REF(operations[89].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[89].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[89].input_ref, shapes[185]),
            .output_ref = REF(operations[89].output_ref, shapes[186]),
            .errors_ref = REF(operations[89].errors_ref, op_errors[304]),
            .service_ref = REF(operations[89].service_ref, service),
            .result_wrapper_ref = REF(operations[89].result_wrapper_ref, strings[23956]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [90] = { /* ListAccessKeys */
            .name_ref = REF(operations[90].name_ref, strings[23976]),
            .http_method_ref = REF(operations[90].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[90].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[90].input_ref, shapes[201]),
            .output_ref = REF(operations[90].output_ref, shapes[202]),
            .errors_ref = REF(operations[90].errors_ref, op_errors[306]),
            .service_ref = REF(operations[90].service_ref, service),
            .result_wrapper_ref = REF(operations[90].result_wrapper_ref, strings[23991]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [91] = { /* ListAccountAliases */
            .name_ref = REF(operations[91].name_ref, strings[24012]),
            .http_method_ref = REF(operations[91].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[91].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[91].input_ref, shapes[203]),
            .output_ref = REF(operations[91].output_ref, shapes[204]),
            .errors_ref = REF(operations[91].errors_ref, op_errors[308]),
            .service_ref = REF(operations[91].service_ref, service),
            .result_wrapper_ref = REF(operations[91].result_wrapper_ref, strings[24031]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [92] = { /* ListAttachedGroupPolicies */
            .name_ref = REF(operations[92].name_ref, strings[24056]),
            .http_method_ref = REF(operations[92].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[92].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[92].input_ref, shapes[205]),
            .output_ref = REF(operations[92].output_ref, shapes[206]),
            .errors_ref = REF(operations[92].errors_ref, op_errors[309]),
            .service_ref = REF(operations[92].service_ref, service),
            .result_wrapper_ref = REF(operations[92].result_wrapper_ref, strings[24082]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [93] = { /* ListAttachedRolePolicies */
            .name_ref = REF(operations[93].name_ref, strings[24114]),
            .http_method_ref = REF(operations[93].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[93].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[93].input_ref, shapes[207]),
            .output_ref = REF(operations[93].output_ref, shapes[208]),
            .errors_ref = REF(operations[93].errors_ref, op_errors[312]),
            .service_ref = REF(operations[93].service_ref, service),
            .result_wrapper_ref = REF(operations[93].result_wrapper_ref, strings[24139]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [94] = { /* ListAttachedUserPolicies */
            .name_ref = REF(operations[94].name_ref, strings[24170]),
            .http_method_ref = REF(operations[94].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[94].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[94].input_ref, shapes[209]),
            .output_ref = REF(operations[94].output_ref, shapes[210]),
            .errors_ref = REF(operations[94].errors_ref, op_errors[315]),
            .service_ref = REF(operations[94].service_ref, service),
            .result_wrapper_ref = REF(operations[94].result_wrapper_ref, strings[24195]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [95] = { /* ListDelegationRequests */
            .name_ref = REF(operations[95].name_ref, strings[24226]),
            .http_method_ref = REF(operations[95].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[95].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[95].input_ref, shapes[211]),
            .output_ref = REF(operations[95].output_ref, shapes[212]),
            .errors_ref = REF(operations[95].errors_ref, op_errors[318]),
            .service_ref = REF(operations[95].service_ref, service),
            .result_wrapper_ref = REF(operations[95].result_wrapper_ref, strings[24249]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [96] = { /* ListEntitiesForPolicy */
            .name_ref = REF(operations[96].name_ref, strings[24278]),
            .http_method_ref = REF(operations[96].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[96].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[96].input_ref, shapes[213]),
            .output_ref = REF(operations[96].output_ref, shapes[214]),
            .errors_ref = REF(operations[96].errors_ref, op_errors[321]),
            .service_ref = REF(operations[96].service_ref, service),
            .result_wrapper_ref = REF(operations[96].result_wrapper_ref, strings[24300]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [97] = { /* ListGroupPolicies */
            .name_ref = REF(operations[97].name_ref, strings[24328]),
            .http_method_ref = REF(operations[97].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[97].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[97].input_ref, shapes[215]),
            .output_ref = REF(operations[97].output_ref, shapes[216]),
            .errors_ref = REF(operations[97].errors_ref, op_errors[324]),
            .service_ref = REF(operations[97].service_ref, service),
            .result_wrapper_ref = REF(operations[97].result_wrapper_ref, strings[24346]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [98] = { /* ListGroups */
            .name_ref = REF(operations[98].name_ref, strings[24370]),
            .http_method_ref = REF(operations[98].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[98].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[98].input_ref, shapes[219]),
            .output_ref = REF(operations[98].output_ref, shapes[220]),
            .errors_ref = REF(operations[98].errors_ref, op_errors[326]),
            .service_ref = REF(operations[98].service_ref, service),
            .result_wrapper_ref = REF(operations[98].result_wrapper_ref, strings[24381]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [99] = { /* ListGroupsForUser */
            .name_ref = REF(operations[99].name_ref, strings[24398]),
            .http_method_ref = REF(operations[99].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[99].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[99].input_ref, shapes[217]),
            .output_ref = REF(operations[99].output_ref, shapes[218]),
            .errors_ref = REF(operations[99].errors_ref, op_errors[327]),
            .service_ref = REF(operations[99].service_ref, service),
            .result_wrapper_ref = REF(operations[99].result_wrapper_ref, strings[24416]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [100] = { /* ListInstanceProfileTags */
            .name_ref = REF(operations[100].name_ref, strings[24440]),
            .http_method_ref = REF(operations[100].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[100].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[100].input_ref, shapes[221]),
            .output_ref = REF(operations[100].output_ref, shapes[222]),
            .errors_ref = REF(operations[100].errors_ref, op_errors[329]),
            .service_ref = REF(operations[100].service_ref, service),
            .result_wrapper_ref = REF(operations[100].result_wrapper_ref, strings[24464]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [101] = { /* ListInstanceProfiles */
            .name_ref = REF(operations[101].name_ref, strings[24494]),
            .http_method_ref = REF(operations[101].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[101].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[101].input_ref, shapes[225]),
            .output_ref = REF(operations[101].output_ref, shapes[226]),
            .errors_ref = REF(operations[101].errors_ref, op_errors[331]),
            .service_ref = REF(operations[101].service_ref, service),
            .result_wrapper_ref = REF(operations[101].result_wrapper_ref, strings[24515]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [102] = { /* ListInstanceProfilesForRole */
            .name_ref = REF(operations[102].name_ref, strings[24542]),
            .http_method_ref = REF(operations[102].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[102].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[102].input_ref, shapes[223]),
            .output_ref = REF(operations[102].output_ref, shapes[224]),
            .errors_ref = REF(operations[102].errors_ref, op_errors[332]),
            .service_ref = REF(operations[102].service_ref, service),
            .result_wrapper_ref = REF(operations[102].result_wrapper_ref, strings[24570]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [103] = { /* ListMFADeviceTags */
            .name_ref = REF(operations[103].name_ref, strings[24604]),
            .http_method_ref = REF(operations[103].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[103].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[103].input_ref, shapes[227]),
            .output_ref = REF(operations[103].output_ref, shapes[228]),
            .errors_ref = REF(operations[103].errors_ref, op_errors[334]),
            .service_ref = REF(operations[103].service_ref, service),
            .result_wrapper_ref = REF(operations[103].result_wrapper_ref, strings[24622]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [104] = { /* ListMFADevices */
            .name_ref = REF(operations[104].name_ref, strings[24646]),
            .http_method_ref = REF(operations[104].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[104].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[104].input_ref, shapes[229]),
            .output_ref = REF(operations[104].output_ref, shapes[230]),
            .errors_ref = REF(operations[104].errors_ref, op_errors[337]),
            .service_ref = REF(operations[104].service_ref, service),
            .result_wrapper_ref = REF(operations[104].result_wrapper_ref, strings[24661]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [105] = { /* ListOpenIDConnectProviderTags */
            .name_ref = REF(operations[105].name_ref, strings[24682]),
            .http_method_ref = REF(operations[105].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[105].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[105].input_ref, shapes[231]),
            .output_ref = REF(operations[105].output_ref, shapes[232]),
            .errors_ref = REF(operations[105].errors_ref, op_errors[339]),
            .service_ref = REF(operations[105].service_ref, service),
            .result_wrapper_ref = REF(operations[105].result_wrapper_ref, strings[24712]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [106] = { /* ListOpenIDConnectProviders */
            .name_ref = REF(operations[106].name_ref, strings[24748]),
            .http_method_ref = REF(operations[106].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[106].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[106].input_ref, shapes[233]),
            .output_ref = REF(operations[106].output_ref, shapes[234]),
            .errors_ref = REF(operations[106].errors_ref, op_errors[342]),
            .service_ref = REF(operations[106].service_ref, service),
            .result_wrapper_ref = REF(operations[106].result_wrapper_ref, strings[24775]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [107] = { /* ListOrganizationsFeatures */
            .name_ref = REF(operations[107].name_ref, strings[24808]),
            .http_method_ref = REF(operations[107].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[107].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[107].input_ref, shapes[235]),
            .output_ref = REF(operations[107].output_ref, shapes[236]),
            .errors_ref = REF(operations[107].errors_ref, op_errors[343]),
            .service_ref = REF(operations[107].service_ref, service),
            .result_wrapper_ref = REF(operations[107].result_wrapper_ref, strings[24834]),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [108] = { /* ListPolicies */
            .name_ref = REF(operations[108].name_ref, strings[24866]),
            .http_method_ref = REF(operations[108].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[108].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[108].input_ref, shapes[240]),
            .output_ref = REF(operations[108].output_ref, shapes[241]),
            .errors_ref = REF(operations[108].errors_ref, op_errors[347]),
            .service_ref = REF(operations[108].service_ref, service),
            .result_wrapper_ref = REF(operations[108].result_wrapper_ref, strings[24879]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [109] = { /* ListPoliciesGrantingServiceAccess */
            .name_ref = REF(operations[109].name_ref, strings[24898]),
            .http_method_ref = REF(operations[109].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[109].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[109].input_ref, shapes[238]),
            .output_ref = REF(operations[109].output_ref, shapes[239]),
            .errors_ref = REF(operations[109].errors_ref, op_errors[348]),
            .service_ref = REF(operations[109].service_ref, service),
            .result_wrapper_ref = REF(operations[109].result_wrapper_ref, strings[24932]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [110] = { /* ListPolicyTags */
            .name_ref = REF(operations[110].name_ref, strings[24972]),
            .http_method_ref = REF(operations[110].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[110].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[110].input_ref, shapes[242]),
            .output_ref = REF(operations[110].output_ref, shapes[243]),
            .errors_ref = REF(operations[110].errors_ref, op_errors[350]),
            .service_ref = REF(operations[110].service_ref, service),
            .result_wrapper_ref = REF(operations[110].result_wrapper_ref, strings[24987]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [111] = { /* ListPolicyVersions */
            .name_ref = REF(operations[111].name_ref, strings[25008]),
            .http_method_ref = REF(operations[111].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[111].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[111].input_ref, shapes[244]),
            .output_ref = REF(operations[111].output_ref, shapes[245]),
            .errors_ref = REF(operations[111].errors_ref, op_errors[353]),
            .service_ref = REF(operations[111].service_ref, service),
            .result_wrapper_ref = REF(operations[111].result_wrapper_ref, strings[25027]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [112] = { /* ListRolePolicies */
            .name_ref = REF(operations[112].name_ref, strings[25052]),
            .http_method_ref = REF(operations[112].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[112].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[112].input_ref, shapes[246]),
            .output_ref = REF(operations[112].output_ref, shapes[247]),
            .errors_ref = REF(operations[112].errors_ref, op_errors[356]),
            .service_ref = REF(operations[112].service_ref, service),
            .result_wrapper_ref = REF(operations[112].result_wrapper_ref, strings[25069]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [113] = { /* ListRoleTags */
            .name_ref = REF(operations[113].name_ref, strings[25092]),
            .http_method_ref = REF(operations[113].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[113].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[113].input_ref, shapes[248]),
            .output_ref = REF(operations[113].output_ref, shapes[249]),
            .errors_ref = REF(operations[113].errors_ref, op_errors[358]),
            .service_ref = REF(operations[113].service_ref, service),
            .result_wrapper_ref = REF(operations[113].result_wrapper_ref, strings[25105]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [114] = { /* ListRoles */
            .name_ref = REF(operations[114].name_ref, strings[25124]),
            .http_method_ref = REF(operations[114].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[114].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[114].input_ref, shapes[250]),
            .output_ref = REF(operations[114].output_ref, shapes[251]),
            .errors_ref = REF(operations[114].errors_ref, op_errors[360]),
            .service_ref = REF(operations[114].service_ref, service),
            .result_wrapper_ref = REF(operations[114].result_wrapper_ref, strings[25134]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [115] = { /* ListSAMLProviderTags */
            .name_ref = REF(operations[115].name_ref, strings[25150]),
            .http_method_ref = REF(operations[115].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[115].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[115].input_ref, shapes[252]),
            .output_ref = REF(operations[115].output_ref, shapes[253]),
            .errors_ref = REF(operations[115].errors_ref, op_errors[361]),
            .service_ref = REF(operations[115].service_ref, service),
            .result_wrapper_ref = REF(operations[115].result_wrapper_ref, strings[25171]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [116] = { /* ListSAMLProviders */
            .name_ref = REF(operations[116].name_ref, strings[25198]),
            .http_method_ref = REF(operations[116].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[116].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[116].input_ref, shapes[254]),
            .output_ref = REF(operations[116].output_ref, shapes[255]),
            .errors_ref = REF(operations[116].errors_ref, op_errors[364]),
            .service_ref = REF(operations[116].service_ref, service),
            .result_wrapper_ref = REF(operations[116].result_wrapper_ref, strings[25216]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [117] = { /* ListSSHPublicKeys */
            .name_ref = REF(operations[117].name_ref, strings[25240]),
            .http_method_ref = REF(operations[117].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[117].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[117].input_ref, shapes[256]),
            .output_ref = REF(operations[117].output_ref, shapes[257]),
            .errors_ref = REF(operations[117].errors_ref, op_errors[365]),
            .service_ref = REF(operations[117].service_ref, service),
            .result_wrapper_ref = REF(operations[117].result_wrapper_ref, strings[25258]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [118] = { /* ListServerCertificateTags */
            .name_ref = REF(operations[118].name_ref, strings[25282]),
            .http_method_ref = REF(operations[118].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[118].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[118].input_ref, shapes[258]),
            .output_ref = REF(operations[118].output_ref, shapes[259]),
            .errors_ref = REF(operations[118].errors_ref, op_errors[366]),
            .service_ref = REF(operations[118].service_ref, service),
            .result_wrapper_ref = REF(operations[118].result_wrapper_ref, strings[25308]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [119] = { /* ListServerCertificates */
            .name_ref = REF(operations[119].name_ref, strings[25340]),
            .http_method_ref = REF(operations[119].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[119].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[119].input_ref, shapes[260]),
            .output_ref = REF(operations[119].output_ref, shapes[261]),
            .errors_ref = REF(operations[119].errors_ref, op_errors[368]),
            .service_ref = REF(operations[119].service_ref, service),
            .result_wrapper_ref = REF(operations[119].result_wrapper_ref, strings[25363]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [120] = { /* ListServiceSpecificCredentials */
            .name_ref = REF(operations[120].name_ref, strings[25392]),
            .http_method_ref = REF(operations[120].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[120].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[120].input_ref, shapes[262]),
            .output_ref = REF(operations[120].output_ref, shapes[263]),
            .errors_ref = REF(operations[120].errors_ref, op_errors[369]),
            .service_ref = REF(operations[120].service_ref, service),
            .result_wrapper_ref = REF(operations[120].result_wrapper_ref, strings[25423]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [121] = { /* ListSigningCertificates */
            .name_ref = REF(operations[121].name_ref, strings[25460]),
            .http_method_ref = REF(operations[121].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[121].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[121].input_ref, shapes[264]),
            .output_ref = REF(operations[121].output_ref, shapes[265]),
            .errors_ref = REF(operations[121].errors_ref, op_errors[371]),
            .service_ref = REF(operations[121].service_ref, service),
            .result_wrapper_ref = REF(operations[121].result_wrapper_ref, strings[25484]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [122] = { /* ListUserPolicies */
            .name_ref = REF(operations[122].name_ref, strings[25514]),
            .http_method_ref = REF(operations[122].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[122].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[122].input_ref, shapes[266]),
            .output_ref = REF(operations[122].output_ref, shapes[267]),
            .errors_ref = REF(operations[122].errors_ref, op_errors[373]),
            .service_ref = REF(operations[122].service_ref, service),
            .result_wrapper_ref = REF(operations[122].result_wrapper_ref, strings[25531]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [123] = { /* ListUserTags */
            .name_ref = REF(operations[123].name_ref, strings[25554]),
            .http_method_ref = REF(operations[123].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[123].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[123].input_ref, shapes[268]),
            .output_ref = REF(operations[123].output_ref, shapes[269]),
            .errors_ref = REF(operations[123].errors_ref, op_errors[375]),
            .service_ref = REF(operations[123].service_ref, service),
            .result_wrapper_ref = REF(operations[123].result_wrapper_ref, strings[25567]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [124] = { /* ListUsers */
            .name_ref = REF(operations[124].name_ref, strings[25586]),
            .http_method_ref = REF(operations[124].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[124].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[124].input_ref, shapes[270]),
            .output_ref = REF(operations[124].output_ref, shapes[271]),
            .errors_ref = REF(operations[124].errors_ref, op_errors[377]),
            .service_ref = REF(operations[124].service_ref, service),
            .result_wrapper_ref = REF(operations[124].result_wrapper_ref, strings[25596]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [125] = { /* ListVirtualMFADevices */
            .name_ref = REF(operations[125].name_ref, strings[25612]),
            .http_method_ref = REF(operations[125].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[125].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[125].input_ref, shapes[272]),
            .output_ref = REF(operations[125].output_ref, shapes[273]),
            .service_ref = REF(operations[125].service_ref, service),
            .result_wrapper_ref = REF(operations[125].result_wrapper_ref, strings[25634]),
            .auth = AWSC_AUTH_SIGV4,
        },
        [126] = { /* PutGroupPolicy */
            .name_ref = REF(operations[126].name_ref, strings[25662]),
            .http_method_ref = REF(operations[126].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[126].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[126].input_ref, shapes[317]),
            .errors_ref = REF(operations[126].errors_ref, op_errors[378]),
            .service_ref = REF(operations[126].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [127] = { /* PutRolePermissionsBoundary */
            .name_ref = REF(operations[127].name_ref, strings[25677]),
            .http_method_ref = REF(operations[127].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[127].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[127].input_ref, shapes[318]),
            .errors_ref = REF(operations[127].errors_ref, op_errors[382]),
            .service_ref = REF(operations[127].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [128] = { /* PutRolePolicy */
            .name_ref = REF(operations[128].name_ref, strings[25704]),
            .http_method_ref = REF(operations[128].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[128].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[128].input_ref, shapes[319]),
            .errors_ref = REF(operations[128].errors_ref, op_errors[387]),
            .service_ref = REF(operations[128].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [129] = { /* PutUserPermissionsBoundary */
            .name_ref = REF(operations[129].name_ref, strings[25718]),
            .http_method_ref = REF(operations[129].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[129].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[129].input_ref, shapes[320]),
            .errors_ref = REF(operations[129].errors_ref, op_errors[392]),
            .service_ref = REF(operations[129].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [130] = { /* PutUserPolicy */
            .name_ref = REF(operations[130].name_ref, strings[25745]),
            .http_method_ref = REF(operations[130].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[130].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[130].input_ref, shapes[321]),
            .errors_ref = REF(operations[130].errors_ref, op_errors[396]),
            .service_ref = REF(operations[130].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [131] = { /* RejectDelegationRequest */
            .name_ref = REF(operations[131].name_ref, strings[25759]),
            .http_method_ref = REF(operations[131].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[131].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[131].input_ref, shapes[324]),
            .errors_ref = REF(operations[131].errors_ref, op_errors[400]),
            .service_ref = REF(operations[131].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [132] = { /* RemoveClientIDFromOpenIDConnectProvider */
            .name_ref = REF(operations[132].name_ref, strings[25783]),
            .http_method_ref = REF(operations[132].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[132].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[132].input_ref, shapes[325]),
            .errors_ref = REF(operations[132].errors_ref, op_errors[404]),
            .service_ref = REF(operations[132].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [133] = { /* RemoveRoleFromInstanceProfile */
            .name_ref = REF(operations[133].name_ref, strings[25823]),
            .http_method_ref = REF(operations[133].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[133].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[133].input_ref, shapes[326]),
            .errors_ref = REF(operations[133].errors_ref, op_errors[408]),
            .service_ref = REF(operations[133].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [134] = { /* RemoveUserFromGroup */
            .name_ref = REF(operations[134].name_ref, strings[25853]),
            .http_method_ref = REF(operations[134].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[134].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[134].input_ref, shapes[327]),
            .errors_ref = REF(operations[134].errors_ref, op_errors[412]),
            .service_ref = REF(operations[134].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [135] = { /* ResetServiceSpecificCredential */
            .name_ref = REF(operations[135].name_ref, strings[25873]),
            .http_method_ref = REF(operations[135].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[135].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[135].input_ref, shapes[333]),
            .output_ref = REF(operations[135].output_ref, shapes[334]),
            .errors_ref = REF(operations[135].errors_ref, op_errors[415]),
            .service_ref = REF(operations[135].service_ref, service),
            .result_wrapper_ref = REF(operations[135].result_wrapper_ref, strings[25904]),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [136] = { /* ResyncMFADevice */
            .name_ref = REF(operations[136].name_ref, strings[25941]),
            .http_method_ref = REF(operations[136].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[136].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[136].input_ref, shapes[340]),
            .errors_ref = REF(operations[136].errors_ref, op_errors[416]),
            .service_ref = REF(operations[136].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [137] = { /* SendDelegationToken */
            .name_ref = REF(operations[137].name_ref, strings[25957]),
            .http_method_ref = REF(operations[137].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[137].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[137].input_ref, shapes[354]),
            .errors_ref = REF(operations[137].errors_ref, op_errors[421]),
            .service_ref = REF(operations[137].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [138] = { /* SetDefaultPolicyVersion */
            .name_ref = REF(operations[138].name_ref, strings[25977]),
            .http_method_ref = REF(operations[138].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[138].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[138].input_ref, shapes[365]),
            .errors_ref = REF(operations[138].errors_ref, op_errors[425]),
            .service_ref = REF(operations[138].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [139] = { /* SetSecurityTokenServicePreferences */
            .name_ref = REF(operations[139].name_ref, strings[26001]),
            .http_method_ref = REF(operations[139].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[139].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[139].input_ref, shapes[366]),
            .errors_ref = REF(operations[139].errors_ref, op_errors[429]),
            .service_ref = REF(operations[139].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [140] = { /* SimulateCustomPolicy */
            .name_ref = REF(operations[140].name_ref, strings[26036]),
            .http_method_ref = REF(operations[140].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[140].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[140].input_ref, shapes[368]),
            .output_ref = REF(operations[140].output_ref, shapes[369]),
            .errors_ref = REF(operations[140].errors_ref, op_errors[430]),
            .service_ref = REF(operations[140].service_ref, service),
            .result_wrapper_ref = REF(operations[140].result_wrapper_ref, strings[26057]),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [141] = { /* SimulatePrincipalPolicy */
            .name_ref = REF(operations[141].name_ref, strings[26084]),
            .http_method_ref = REF(operations[141].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[141].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[141].input_ref, shapes[370]),
            .output_ref = REF(operations[141].output_ref, shapes[369]),
            .errors_ref = REF(operations[141].errors_ref, op_errors[432]),
            .service_ref = REF(operations[141].service_ref, service),
            .result_wrapper_ref = REF(operations[141].result_wrapper_ref, strings[26108]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [142] = { /* TagInstanceProfile */
            .name_ref = REF(operations[142].name_ref, strings[26138]),
            .http_method_ref = REF(operations[142].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[142].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[142].input_ref, shapes[375]),
            .errors_ref = REF(operations[142].errors_ref, op_errors[435]),
            .service_ref = REF(operations[142].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [143] = { /* TagMFADevice */
            .name_ref = REF(operations[143].name_ref, strings[26157]),
            .http_method_ref = REF(operations[143].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[143].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[143].input_ref, shapes[376]),
            .errors_ref = REF(operations[143].errors_ref, op_errors[440]),
            .service_ref = REF(operations[143].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [144] = { /* TagOpenIDConnectProvider */
            .name_ref = REF(operations[144].name_ref, strings[26170]),
            .http_method_ref = REF(operations[144].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[144].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[144].input_ref, shapes[377]),
            .errors_ref = REF(operations[144].errors_ref, op_errors[445]),
            .service_ref = REF(operations[144].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [145] = { /* TagPolicy */
            .name_ref = REF(operations[145].name_ref, strings[26195]),
            .http_method_ref = REF(operations[145].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[145].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[145].input_ref, shapes[378]),
            .errors_ref = REF(operations[145].errors_ref, op_errors[450]),
            .service_ref = REF(operations[145].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [146] = { /* TagRole */
            .name_ref = REF(operations[146].name_ref, strings[26205]),
            .http_method_ref = REF(operations[146].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[146].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[146].input_ref, shapes[379]),
            .errors_ref = REF(operations[146].errors_ref, op_errors[455]),
            .service_ref = REF(operations[146].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [147] = { /* TagSAMLProvider */
            .name_ref = REF(operations[147].name_ref, strings[26213]),
            .http_method_ref = REF(operations[147].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[147].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[147].input_ref, shapes[380]),
            .errors_ref = REF(operations[147].errors_ref, op_errors[460]),
            .service_ref = REF(operations[147].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [148] = { /* TagServerCertificate */
            .name_ref = REF(operations[148].name_ref, strings[26229]),
            .http_method_ref = REF(operations[148].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[148].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[148].input_ref, shapes[381]),
            .errors_ref = REF(operations[148].errors_ref, op_errors[465]),
            .service_ref = REF(operations[148].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [149] = { /* TagUser */
            .name_ref = REF(operations[149].name_ref, strings[26250]),
            .http_method_ref = REF(operations[149].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[149].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[149].input_ref, shapes[382]),
            .errors_ref = REF(operations[149].errors_ref, op_errors[470]),
            .service_ref = REF(operations[149].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [150] = { /* UntagInstanceProfile */
            .name_ref = REF(operations[150].name_ref, strings[26258]),
            .http_method_ref = REF(operations[150].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[150].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[150].input_ref, shapes[387]),
            .errors_ref = REF(operations[150].errors_ref, op_errors[475]),
            .service_ref = REF(operations[150].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [151] = { /* UntagMFADevice */
            .name_ref = REF(operations[151].name_ref, strings[26279]),
            .http_method_ref = REF(operations[151].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[151].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[151].input_ref, shapes[388]),
            .errors_ref = REF(operations[151].errors_ref, op_errors[479]),
            .service_ref = REF(operations[151].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [152] = { /* UntagOpenIDConnectProvider */
            .name_ref = REF(operations[152].name_ref, strings[26294]),
            .http_method_ref = REF(operations[152].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[152].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[152].input_ref, shapes[389]),
            .errors_ref = REF(operations[152].errors_ref, op_errors[483]),
            .service_ref = REF(operations[152].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [153] = { /* UntagPolicy */
            .name_ref = REF(operations[153].name_ref, strings[26321]),
            .http_method_ref = REF(operations[153].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[153].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[153].input_ref, shapes[390]),
            .errors_ref = REF(operations[153].errors_ref, op_errors[487]),
            .service_ref = REF(operations[153].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [154] = { /* UntagRole */
            .name_ref = REF(operations[154].name_ref, strings[26333]),
            .http_method_ref = REF(operations[154].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[154].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[154].input_ref, shapes[391]),
            .errors_ref = REF(operations[154].errors_ref, op_errors[491]),
            .service_ref = REF(operations[154].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [155] = { /* UntagSAMLProvider */
            .name_ref = REF(operations[155].name_ref, strings[26343]),
            .http_method_ref = REF(operations[155].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[155].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[155].input_ref, shapes[392]),
            .errors_ref = REF(operations[155].errors_ref, op_errors[494]),
            .service_ref = REF(operations[155].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [156] = { /* UntagServerCertificate */
            .name_ref = REF(operations[156].name_ref, strings[26361]),
            .http_method_ref = REF(operations[156].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[156].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[156].input_ref, shapes[393]),
            .errors_ref = REF(operations[156].errors_ref, op_errors[498]),
            .service_ref = REF(operations[156].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [157] = { /* UntagUser */
            .name_ref = REF(operations[157].name_ref, strings[26384]),
            .http_method_ref = REF(operations[157].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[157].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[157].input_ref, shapes[394]),
            .errors_ref = REF(operations[157].errors_ref, op_errors[502]),
            .service_ref = REF(operations[157].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [158] = { /* UpdateAccessKey */
            .name_ref = REF(operations[158].name_ref, strings[26394]),
            .http_method_ref = REF(operations[158].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[158].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[158].input_ref, shapes[395]),
            .errors_ref = REF(operations[158].errors_ref, op_errors[505]),
            .service_ref = REF(operations[158].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [159] = { /* UpdateAccountPasswordPolicy */
            .name_ref = REF(operations[159].name_ref, strings[26410]),
            .http_method_ref = REF(operations[159].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[159].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[159].input_ref, shapes[396]),
            .errors_ref = REF(operations[159].errors_ref, op_errors[509]),
            .service_ref = REF(operations[159].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [160] = { /* UpdateAssumeRolePolicy */
            .name_ref = REF(operations[160].name_ref, strings[26438]),
            .http_method_ref = REF(operations[160].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[160].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[160].input_ref, shapes[397]),
            .errors_ref = REF(operations[160].errors_ref, op_errors[513]),
            .service_ref = REF(operations[160].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [161] = { /* UpdateDelegationRequest */
            .name_ref = REF(operations[161].name_ref, strings[26461]),
            .http_method_ref = REF(operations[161].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[161].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[161].input_ref, shapes[398]),
            .errors_ref = REF(operations[161].errors_ref, op_errors[518]),
            .service_ref = REF(operations[161].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [162] = { /* UpdateGroup */
            .name_ref = REF(operations[162].name_ref, strings[26485]),
            .http_method_ref = REF(operations[162].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[162].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[162].input_ref, shapes[399]),
            .errors_ref = REF(operations[162].errors_ref, op_errors[522]),
            .service_ref = REF(operations[162].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [163] = { /* UpdateLoginProfile */
            .name_ref = REF(operations[163].name_ref, strings[26497]),
            .http_method_ref = REF(operations[163].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[163].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[163].input_ref, shapes[400]),
            .errors_ref = REF(operations[163].errors_ref, op_errors[526]),
            .service_ref = REF(operations[163].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [164] = { /* UpdateOpenIDConnectProviderThumbprint */
            .name_ref = REF(operations[164].name_ref, strings[26516]),
            .http_method_ref = REF(operations[164].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[164].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[164].input_ref, shapes[401]),
            .errors_ref = REF(operations[164].errors_ref, op_errors[531]),
            .service_ref = REF(operations[164].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [165] = { /* UpdateRole */
            .name_ref = REF(operations[165].name_ref, strings[26554]),
            .http_method_ref = REF(operations[165].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[165].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[165].input_ref, shapes[404]),
            .output_ref = REF(operations[165].output_ref, shapes[405]),
            .errors_ref = REF(operations[165].errors_ref, op_errors[535]),
            .service_ref = REF(operations[165].service_ref, service),
            .result_wrapper_ref = REF(operations[165].result_wrapper_ref, strings[26565]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [166] = { /* UpdateRoleDescription */
            .name_ref = REF(operations[166].name_ref, strings[26582]),
            .http_method_ref = REF(operations[166].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[166].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[166].input_ref, shapes[402]),
            .output_ref = REF(operations[166].output_ref, shapes[403]),
            .errors_ref = REF(operations[166].errors_ref, op_errors[538]),
            .service_ref = REF(operations[166].service_ref, service),
            .result_wrapper_ref = REF(operations[166].result_wrapper_ref, strings[26604]),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [167] = { /* UpdateSAMLProvider */
            .name_ref = REF(operations[167].name_ref, strings[26632]),
            .http_method_ref = REF(operations[167].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[167].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[167].input_ref, shapes[406]),
            .output_ref = REF(operations[167].output_ref, shapes[407]),
            .errors_ref = REF(operations[167].errors_ref, op_errors[541]),
            .service_ref = REF(operations[167].service_ref, service),
            .result_wrapper_ref = REF(operations[167].result_wrapper_ref, strings[26651]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [168] = { /* UpdateSSHPublicKey */
            .name_ref = REF(operations[168].name_ref, strings[26676]),
            .http_method_ref = REF(operations[168].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[168].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[168].input_ref, shapes[408]),
            .errors_ref = REF(operations[168].errors_ref, op_errors[546]),
            .service_ref = REF(operations[168].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [169] = { /* UpdateServerCertificate */
            .name_ref = REF(operations[169].name_ref, strings[26695]),
            .http_method_ref = REF(operations[169].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[169].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[169].input_ref, shapes[409]),
            .errors_ref = REF(operations[169].errors_ref, op_errors[548]),
            .service_ref = REF(operations[169].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [170] = { /* UpdateServiceSpecificCredential */
            .name_ref = REF(operations[170].name_ref, strings[26719]),
            .http_method_ref = REF(operations[170].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[170].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[170].input_ref, shapes[410]),
            .errors_ref = REF(operations[170].errors_ref, op_errors[552]),
            .service_ref = REF(operations[170].service_ref, service),
            .error_count = 1,
            .auth = AWSC_AUTH_SIGV4,
        },
        [171] = { /* UpdateSigningCertificate */
            .name_ref = REF(operations[171].name_ref, strings[26751]),
            .http_method_ref = REF(operations[171].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[171].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[171].input_ref, shapes[411]),
            .errors_ref = REF(operations[171].errors_ref, op_errors[553]),
            .service_ref = REF(operations[171].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [172] = { /* UpdateUser */
            .name_ref = REF(operations[172].name_ref, strings[26776]),
            .http_method_ref = REF(operations[172].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[172].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[172].input_ref, shapes[412]),
            .errors_ref = REF(operations[172].errors_ref, op_errors[557]),
            .service_ref = REF(operations[172].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [173] = { /* UploadSSHPublicKey */
            .name_ref = REF(operations[173].name_ref, strings[26787]),
            .http_method_ref = REF(operations[173].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[173].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[173].input_ref, shapes[413]),
            .output_ref = REF(operations[173].output_ref, shapes[414]),
            .errors_ref = REF(operations[173].errors_ref, op_errors[563]),
            .service_ref = REF(operations[173].service_ref, service),
            .result_wrapper_ref = REF(operations[173].result_wrapper_ref, strings[26806]),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [174] = { /* UploadServerCertificate */
            .name_ref = REF(operations[174].name_ref, strings[26831]),
            .http_method_ref = REF(operations[174].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[174].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[174].input_ref, shapes[415]),
            .output_ref = REF(operations[174].output_ref, shapes[416]),
            .errors_ref = REF(operations[174].errors_ref, op_errors[568]),
            .service_ref = REF(operations[174].service_ref, service),
            .result_wrapper_ref = REF(operations[174].result_wrapper_ref, strings[26855]),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [175] = { /* UploadSigningCertificate */
            .name_ref = REF(operations[175].name_ref, strings[26885]),
            .http_method_ref = REF(operations[175].http_method_ref, strings[20489]),
            .request_uri_ref = REF(operations[175].request_uri_ref, strings[20494]),
            .input_ref = REF(operations[175].input_ref, shapes[417]),
            .output_ref = REF(operations[175].output_ref, shapes[418]),
            .errors_ref = REF(operations[175].errors_ref, op_errors[575]),
            .service_ref = REF(operations[175].service_ref, service),
            .result_wrapper_ref = REF(operations[175].result_wrapper_ref, strings[26910]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[29]),
        REF(op_errors[1], shapes[280]),
        REF(op_errors[2], shapes[358]),
        REF(op_errors[3], shapes[29]),
        REF(op_errors[4], shapes[195]),
        REF(op_errors[5], shapes[199]),
        REF(op_errors[6], shapes[280]),
        REF(op_errors[7], shapes[358]),
        REF(op_errors[8], shapes[115]),
        REF(op_errors[9], shapes[199]),
        REF(op_errors[10], shapes[280]),
        REF(op_errors[11], shapes[358]),
        REF(op_errors[12], shapes[385]),
        REF(op_errors[13], shapes[199]),
        REF(op_errors[14], shapes[280]),
        REF(op_errors[15], shapes[358]),
        REF(op_errors[16], shapes[29]),
        REF(op_errors[17], shapes[195]),
        REF(op_errors[18], shapes[280]),
        REF(op_errors[19], shapes[358]),
        REF(op_errors[20], shapes[195]),
        REF(op_errors[21], shapes[199]),
        REF(op_errors[22], shapes[280]),
        REF(op_errors[23], shapes[306]),
        REF(op_errors[24], shapes[358]),
        REF(op_errors[25], shapes[195]),
        REF(op_errors[26], shapes[199]),
        REF(op_errors[27], shapes[280]),
        REF(op_errors[28], shapes[306]),
        REF(op_errors[29], shapes[358]),
        REF(op_errors[30], shapes[385]),
        REF(op_errors[31], shapes[195]),
        REF(op_errors[32], shapes[199]),
        REF(op_errors[33], shapes[280]),
        REF(op_errors[34], shapes[306]),
        REF(op_errors[35], shapes[358]),
        REF(op_errors[36], shapes[118]),
        REF(op_errors[37], shapes[197]),
        REF(op_errors[38], shapes[199]),
        REF(op_errors[39], shapes[280]),
        REF(op_errors[40], shapes[292]),
        REF(op_errors[41], shapes[358]),
        REF(op_errors[42], shapes[199]),
        REF(op_errors[43], shapes[280]),
        REF(op_errors[44], shapes[358]),
        REF(op_errors[45], shapes[29]),
        REF(op_errors[46], shapes[115]),
        REF(op_errors[47], shapes[199]),
        REF(op_errors[48], shapes[358]),
        REF(op_errors[49], shapes[29]),
        REF(op_errors[50], shapes[115]),
        REF(op_errors[51], shapes[195]),
        REF(op_errors[52], shapes[199]),
        REF(op_errors[53], shapes[358]),
        REF(op_errors[54], shapes[115]),
        REF(op_errors[55], shapes[199]),
        REF(op_errors[56], shapes[280]),
        REF(op_errors[57], shapes[358]),
        REF(op_errors[58], shapes[29]),
        REF(op_errors[59], shapes[115]),
        REF(op_errors[60], shapes[195]),
        REF(op_errors[61], shapes[199]),
        REF(op_errors[62], shapes[358]),
        REF(op_errors[63], shapes[115]),
        REF(op_errors[64], shapes[199]),
        REF(op_errors[65], shapes[280]),
        REF(op_errors[66], shapes[292]),
        REF(op_errors[67], shapes[358]),
        REF(op_errors[68], shapes[29]),
        REF(op_errors[69], shapes[115]),
        REF(op_errors[70], shapes[195]),
        REF(op_errors[71], shapes[199]),
        REF(op_errors[72], shapes[284]),
        REF(op_errors[73], shapes[358]),
        REF(op_errors[74], shapes[29]),
        REF(op_errors[75], shapes[115]),
        REF(op_errors[76], shapes[195]),
        REF(op_errors[77], shapes[199]),
        REF(op_errors[78], shapes[277]),
        REF(op_errors[79], shapes[358]),
        REF(op_errors[80], shapes[195]),
        REF(op_errors[81], shapes[199]),
        REF(op_errors[82], shapes[277]),
        REF(op_errors[83], shapes[280]),
        REF(op_errors[84], shapes[358]),
        REF(op_errors[85], shapes[29]),
        REF(op_errors[86], shapes[115]),
        REF(op_errors[87], shapes[195]),
        REF(op_errors[88], shapes[199]),
        REF(op_errors[89], shapes[277]),
        REF(op_errors[90], shapes[358]),
        REF(op_errors[91], shapes[29]),
        REF(op_errors[92], shapes[115]),
        REF(op_errors[93], shapes[195]),
        REF(op_errors[94], shapes[199]),
        REF(op_errors[95], shapes[358]),
        REF(op_errors[96], shapes[195]),
        REF(op_errors[97], shapes[199]),
        REF(op_errors[98], shapes[280]),
        REF(op_errors[99], shapes[358]),
        REF(op_errors[100], shapes[199]),
        REF(op_errors[101], shapes[280]),
        REF(op_errors[102], shapes[360]),
        REF(op_errors[103], shapes[29]),
        REF(op_errors[104], shapes[115]),
        REF(op_errors[105], shapes[195]),
        REF(op_errors[106], shapes[199]),
        REF(op_errors[107], shapes[280]),
        REF(op_errors[108], shapes[358]),
        REF(op_errors[109], shapes[29]),
        REF(op_errors[110], shapes[115]),
        REF(op_errors[111], shapes[195]),
        REF(op_errors[112], shapes[199]),
        REF(op_errors[113], shapes[358]),
        REF(op_errors[114], shapes[29]),
        REF(op_errors[115], shapes[118]),
        REF(op_errors[116], shapes[199]),
        REF(op_errors[117], shapes[280]),
        REF(op_errors[118], shapes[358]),
        REF(op_errors[119], shapes[199]),
        REF(op_errors[120], shapes[280]),
        REF(op_errors[121], shapes[358]),
        REF(op_errors[122], shapes[29]),
        REF(op_errors[123], shapes[199]),
        REF(op_errors[124], shapes[280]),
        REF(op_errors[125], shapes[358]),
        REF(op_errors[126], shapes[199]),
        REF(op_errors[127], shapes[280]),
        REF(op_errors[128], shapes[358]),
        REF(op_errors[129], shapes[75]),
        REF(op_errors[130], shapes[199]),
        REF(op_errors[131], shapes[280]),
        REF(op_errors[132], shapes[358]),
        REF(op_errors[133], shapes[199]),
        REF(op_errors[134], shapes[280]),
        REF(op_errors[135], shapes[358]),
        REF(op_errors[136], shapes[75]),
        REF(op_errors[137], shapes[199]),
        REF(op_errors[138], shapes[280]),
        REF(op_errors[139], shapes[358]),
        REF(op_errors[140], shapes[118]),
        REF(op_errors[141], shapes[199]),
        REF(op_errors[142], shapes[280]),
        REF(op_errors[143], shapes[358]),
        REF(op_errors[144], shapes[195]),
        REF(op_errors[145], shapes[280]),
        REF(op_errors[146], shapes[358]),
        REF(op_errors[147], shapes[75]),
        REF(op_errors[148], shapes[195]),
        REF(op_errors[149], shapes[199]),
        REF(op_errors[150], shapes[280]),
        REF(op_errors[151], shapes[358]),
        REF(op_errors[152], shapes[75]),
        REF(op_errors[153], shapes[195]),
        REF(op_errors[154], shapes[199]),
        REF(op_errors[155], shapes[280]),
        REF(op_errors[156], shapes[358]),
        REF(op_errors[157], shapes[29]),
        REF(op_errors[158], shapes[75]),
        REF(op_errors[159], shapes[199]),
        REF(op_errors[160], shapes[280]),
        REF(op_errors[161], shapes[358]),
        REF(op_errors[162], shapes[385]),
        REF(op_errors[163], shapes[280]),
        REF(op_errors[164], shapes[358]),
        REF(op_errors[165], shapes[385]),
        REF(op_errors[166], shapes[199]),
        REF(op_errors[167], shapes[280]),
        REF(op_errors[168], shapes[358]),
        REF(op_errors[169], shapes[385]),
        REF(op_errors[170], shapes[195]),
        REF(op_errors[171], shapes[199]),
        REF(op_errors[172], shapes[280]),
        REF(op_errors[173], shapes[358]),
        REF(op_errors[174], shapes[280]),
        REF(op_errors[175], shapes[75]),
        REF(op_errors[176], shapes[199]),
        REF(op_errors[177], shapes[280]),
        REF(op_errors[178], shapes[358]),
        REF(op_errors[179], shapes[199]),
        REF(op_errors[180], shapes[280]),
        REF(op_errors[181], shapes[358]),
        REF(op_errors[182], shapes[280]),
        REF(op_errors[183], shapes[29]),
        REF(op_errors[184], shapes[199]),
        REF(op_errors[185], shapes[280]),
        REF(op_errors[186], shapes[358]),
        REF(op_errors[187], shapes[29]),
        REF(op_errors[188], shapes[75]),
        REF(op_errors[189], shapes[199]),
        REF(op_errors[190], shapes[280]),
        REF(op_errors[191], shapes[358]),
        REF(op_errors[192], shapes[280]),
        REF(op_errors[193], shapes[358]),
        REF(op_errors[194], shapes[199]),
        REF(op_errors[195], shapes[280]),
        REF(op_errors[196], shapes[358]),
        REF(op_errors[197], shapes[29]),
        REF(op_errors[198], shapes[75]),
        REF(op_errors[199], shapes[199]),
        REF(op_errors[200], shapes[280]),
        REF(op_errors[201], shapes[358]),
        REF(op_errors[202], shapes[195]),
        REF(op_errors[203], shapes[199]),
        REF(op_errors[204], shapes[280]),
        REF(op_errors[205], shapes[358]),
        REF(op_errors[206], shapes[195]),
        REF(op_errors[207], shapes[199]),
        REF(op_errors[208], shapes[280]),
        REF(op_errors[209], shapes[358]),
        REF(op_errors[210], shapes[385]),
        REF(op_errors[211], shapes[195]),
        REF(op_errors[212], shapes[199]),
        REF(op_errors[213], shapes[280]),
        REF(op_errors[214], shapes[358]),
        REF(op_errors[215], shapes[7]),
        REF(op_errors[216], shapes[287]),
        REF(op_errors[217], shapes[288]),
        REF(op_errors[218], shapes[357]),
        REF(op_errors[219], shapes[7]),
        REF(op_errors[220], shapes[287]),
        REF(op_errors[221], shapes[288]),
        REF(op_errors[222], shapes[357]),
        REF(op_errors[223], shapes[125]),
        REF(op_errors[224], shapes[29]),
        REF(op_errors[225], shapes[115]),
        REF(op_errors[226], shapes[118]),
        REF(op_errors[227], shapes[193]),
        REF(op_errors[228], shapes[199]),
        REF(op_errors[229], shapes[280]),
        REF(op_errors[230], shapes[358]),
        REF(op_errors[231], shapes[7]),
        REF(op_errors[232], shapes[23]),
        REF(op_errors[233], shapes[287]),
        REF(op_errors[234], shapes[288]),
        REF(op_errors[235], shapes[357]),
        REF(op_errors[236], shapes[7]),
        REF(op_errors[237], shapes[23]),
        REF(op_errors[238], shapes[287]),
        REF(op_errors[239], shapes[288]),
        REF(op_errors[240], shapes[357]),
        REF(op_errors[241], shapes[127]),
        REF(op_errors[242], shapes[199]),
        REF(op_errors[243], shapes[358]),
        REF(op_errors[244], shapes[330]),
        REF(op_errors[245], shapes[195]),
        REF(op_errors[246], shapes[280]),
        REF(op_errors[247], shapes[358]),
        REF(op_errors[248], shapes[280]),
        REF(op_errors[249], shapes[358]),
        REF(op_errors[250], shapes[358]),
        REF(op_errors[251], shapes[195]),
        REF(op_errors[252], shapes[195]),
        REF(op_errors[253], shapes[280]),
        REF(op_errors[254], shapes[67]),
        REF(op_errors[255], shapes[68]),
        REF(op_errors[256], shapes[69]),
        REF(op_errors[257], shapes[358]),
        REF(op_errors[258], shapes[280]),
        REF(op_errors[259], shapes[358]),
        REF(op_errors[260], shapes[280]),
        REF(op_errors[261], shapes[358]),
        REF(op_errors[262], shapes[280]),
        REF(op_errors[263], shapes[358]),
        REF(op_errors[264], shapes[195]),
        REF(op_errors[265], shapes[280]),
        REF(op_errors[266], shapes[358]),
        REF(op_errors[267], shapes[280]),
        REF(op_errors[268], shapes[358]),
        REF(op_errors[269], shapes[280]),
        REF(op_errors[270], shapes[358]),
        REF(op_errors[271], shapes[280]),
        REF(op_errors[272], shapes[358]),
        REF(op_errors[273], shapes[195]),
        REF(op_errors[274], shapes[280]),
        REF(op_errors[275], shapes[358]),
        REF(op_errors[276], shapes[280]),
        REF(op_errors[277], shapes[125]),
        REF(op_errors[278], shapes[195]),
        REF(op_errors[279], shapes[280]),
        REF(op_errors[280], shapes[358]),
        REF(op_errors[281], shapes[195]),
        REF(op_errors[282], shapes[280]),
        REF(op_errors[283], shapes[358]),
        REF(op_errors[284], shapes[280]),
        REF(op_errors[285], shapes[358]),
        REF(op_errors[286], shapes[280]),
        REF(op_errors[287], shapes[358]),
        REF(op_errors[288], shapes[195]),
        REF(op_errors[289], shapes[280]),
        REF(op_errors[290], shapes[358]),
        REF(op_errors[291], shapes[280]),
        REF(op_errors[292], shapes[386]),
        REF(op_errors[293], shapes[280]),
        REF(op_errors[294], shapes[358]),
        REF(op_errors[295], shapes[195]),
        REF(op_errors[296], shapes[280]),
        REF(op_errors[297], shapes[195]),
        REF(op_errors[298], shapes[280]),
        REF(op_errors[299], shapes[195]),
        REF(op_errors[300], shapes[280]),
        REF(op_errors[301], shapes[358]),
        REF(op_errors[302], shapes[280]),
        REF(op_errors[303], shapes[358]),
        REF(op_errors[304], shapes[280]),
        REF(op_errors[305], shapes[358]),
        REF(op_errors[306], shapes[280]),
        REF(op_errors[307], shapes[358]),
        REF(op_errors[308], shapes[358]),
        REF(op_errors[309], shapes[195]),
        REF(op_errors[310], shapes[280]),
        REF(op_errors[311], shapes[358]),
        REF(op_errors[312], shapes[195]),
        REF(op_errors[313], shapes[280]),
        REF(op_errors[314], shapes[358]),
        REF(op_errors[315], shapes[195]),
        REF(op_errors[316], shapes[280]),
        REF(op_errors[317], shapes[358]),
        REF(op_errors[318], shapes[195]),
        REF(op_errors[319], shapes[280]),
        REF(op_errors[320], shapes[358]),
        REF(op_errors[321], shapes[195]),
        REF(op_errors[322], shapes[280]),
        REF(op_errors[323], shapes[358]),
        REF(op_errors[324], shapes[280]),
        REF(op_errors[325], shapes[358]),
        REF(op_errors[326], shapes[358]),
        REF(op_errors[327], shapes[280]),
        REF(op_errors[328], shapes[358]),
        REF(op_errors[329], shapes[280]),
        REF(op_errors[330], shapes[358]),
        REF(op_errors[331], shapes[358]),
        REF(op_errors[332], shapes[280]),
        REF(op_errors[333], shapes[358]),
        REF(op_errors[334], shapes[195]),
        REF(op_errors[335], shapes[280]),
        REF(op_errors[336], shapes[358]),
        REF(op_errors[337], shapes[280]),
        REF(op_errors[338], shapes[358]),
        REF(op_errors[339], shapes[195]),
        REF(op_errors[340], shapes[280]),
        REF(op_errors[341], shapes[358]),
        REF(op_errors[342], shapes[358]),
        REF(op_errors[343], shapes[7]),
        REF(op_errors[344], shapes[287]),
        REF(op_errors[345], shapes[288]),
        REF(op_errors[346], shapes[357]),
        REF(op_errors[347], shapes[358]),
        REF(op_errors[348], shapes[195]),
        REF(op_errors[349], shapes[280]),
        REF(op_errors[350], shapes[195]),
        REF(op_errors[351], shapes[280]),
        REF(op_errors[352], shapes[358]),
        REF(op_errors[353], shapes[195]),
        REF(op_errors[354], shapes[280]),
        REF(op_errors[355], shapes[358]),
        REF(op_errors[356], shapes[280]),
        REF(op_errors[357], shapes[358]),
        REF(op_errors[358], shapes[280]),
        REF(op_errors[359], shapes[358]),
        REF(op_errors[360], shapes[358]),
        REF(op_errors[361], shapes[195]),
        REF(op_errors[362], shapes[280]),
        REF(op_errors[363], shapes[358]),
        REF(op_errors[364], shapes[358]),
        REF(op_errors[365], shapes[280]),
        REF(op_errors[366], shapes[280]),
        REF(op_errors[367], shapes[358]),
        REF(op_errors[368], shapes[358]),
        REF(op_errors[369], shapes[280]),
        REF(op_errors[370], shapes[360]),
        REF(op_errors[371], shapes[280]),
        REF(op_errors[372], shapes[358]),
        REF(op_errors[373], shapes[280]),
        REF(op_errors[374], shapes[358]),
        REF(op_errors[375], shapes[280]),
        REF(op_errors[376], shapes[358]),
        REF(op_errors[377], shapes[358]),
        REF(op_errors[378], shapes[199]),
        REF(op_errors[379], shapes[277]),
        REF(op_errors[380], shapes[280]),
        REF(op_errors[381], shapes[358]),
        REF(op_errors[382], shapes[195]),
        REF(op_errors[383], shapes[280]),
        REF(op_errors[384], shapes[306]),
        REF(op_errors[385], shapes[358]),
        REF(op_errors[386], shapes[385]),
        REF(op_errors[387], shapes[199]),
        REF(op_errors[388], shapes[277]),
        REF(op_errors[389], shapes[280]),
        REF(op_errors[390], shapes[358]),
        REF(op_errors[391], shapes[385]),
        REF(op_errors[392], shapes[195]),
        REF(op_errors[393], shapes[280]),
        REF(op_errors[394], shapes[306]),
        REF(op_errors[395], shapes[358]),
        REF(op_errors[396], shapes[199]),
        REF(op_errors[397], shapes[277]),
        REF(op_errors[398], shapes[280]),
        REF(op_errors[399], shapes[358]),
        REF(op_errors[400], shapes[29]),
        REF(op_errors[401], shapes[195]),
        REF(op_errors[402], shapes[280]),
        REF(op_errors[403], shapes[358]),
        REF(op_errors[404], shapes[29]),
        REF(op_errors[405], shapes[195]),
        REF(op_errors[406], shapes[280]),
        REF(op_errors[407], shapes[358]),
        REF(op_errors[408], shapes[199]),
        REF(op_errors[409], shapes[280]),
        REF(op_errors[410], shapes[358]),
        REF(op_errors[411], shapes[385]),
        REF(op_errors[412], shapes[199]),
        REF(op_errors[413], shapes[280]),
        REF(op_errors[414], shapes[358]),
        REF(op_errors[415], shapes[280]),
        REF(op_errors[416], shapes[29]),
        REF(op_errors[417], shapes[193]),
        REF(op_errors[418], shapes[199]),
        REF(op_errors[419], shapes[280]),
        REF(op_errors[420], shapes[358]),
        REF(op_errors[421], shapes[29]),
        REF(op_errors[422], shapes[195]),
        REF(op_errors[423], shapes[280]),
        REF(op_errors[424], shapes[358]),
        REF(op_errors[425], shapes[195]),
        REF(op_errors[426], shapes[199]),
        REF(op_errors[427], shapes[280]),
        REF(op_errors[428], shapes[358]),
        REF(op_errors[429], shapes[358]),
        REF(op_errors[430], shapes[195]),
        REF(op_errors[431], shapes[298]),
        REF(op_errors[432], shapes[195]),
        REF(op_errors[433], shapes[280]),
        REF(op_errors[434], shapes[298]),
        REF(op_errors[435], shapes[29]),
        REF(op_errors[436], shapes[195]),
        REF(op_errors[437], shapes[199]),
        REF(op_errors[438], shapes[280]),
        REF(op_errors[439], shapes[358]),
        REF(op_errors[440], shapes[29]),
        REF(op_errors[441], shapes[195]),
        REF(op_errors[442], shapes[199]),
        REF(op_errors[443], shapes[280]),
        REF(op_errors[444], shapes[358]),
        REF(op_errors[445], shapes[29]),
        REF(op_errors[446], shapes[195]),
        REF(op_errors[447], shapes[199]),
        REF(op_errors[448], shapes[280]),
        REF(op_errors[449], shapes[358]),
        REF(op_errors[450], shapes[29]),
        REF(op_errors[451], shapes[195]),
        REF(op_errors[452], shapes[199]),
        REF(op_errors[453], shapes[280]),
        REF(op_errors[454], shapes[358]),
        REF(op_errors[455], shapes[29]),
        REF(op_errors[456], shapes[195]),
        REF(op_errors[457], shapes[199]),
        REF(op_errors[458], shapes[280]),
        REF(op_errors[459], shapes[358]),
        REF(op_errors[460], shapes[29]),
        REF(op_errors[461], shapes[195]),
        REF(op_errors[462], shapes[199]),
        REF(op_errors[463], shapes[280]),
        REF(op_errors[464], shapes[358]),
        REF(op_errors[465], shapes[29]),
        REF(op_errors[466], shapes[195]),
        REF(op_errors[467], shapes[199]),
        REF(op_errors[468], shapes[280]),
        REF(op_errors[469], shapes[358]),
        REF(op_errors[470], shapes[29]),
        REF(op_errors[471], shapes[195]),
        REF(op_errors[472], shapes[199]),
        REF(op_errors[473], shapes[280]),
        REF(op_errors[474], shapes[358]),
        REF(op_errors[475], shapes[29]),
        REF(op_errors[476], shapes[195]),
        REF(op_errors[477], shapes[280]),
        REF(op_errors[478], shapes[358]),
        REF(op_errors[479], shapes[29]),
        REF(op_errors[480], shapes[195]),
        REF(op_errors[481], shapes[280]),
        REF(op_errors[482], shapes[358]),
        REF(op_errors[483], shapes[29]),
        REF(op_errors[484], shapes[195]),
        REF(op_errors[485], shapes[280]),
        REF(op_errors[486], shapes[358]),
        REF(op_errors[487], shapes[29]),
        REF(op_errors[488], shapes[195]),
        REF(op_errors[489], shapes[280]),
        REF(op_errors[490], shapes[358]),
        REF(op_errors[491], shapes[29]),
        REF(op_errors[492], shapes[280]),
        REF(op_errors[493], shapes[358]),
        REF(op_errors[494], shapes[29]),
        REF(op_errors[495], shapes[195]),
        REF(op_errors[496], shapes[280]),
        REF(op_errors[497], shapes[358]),
        REF(op_errors[498], shapes[29]),
        REF(op_errors[499], shapes[195]),
        REF(op_errors[500], shapes[280]),
        REF(op_errors[501], shapes[358]),
        REF(op_errors[502], shapes[29]),
        REF(op_errors[503], shapes[280]),
        REF(op_errors[504], shapes[358]),
        REF(op_errors[505], shapes[195]),
        REF(op_errors[506], shapes[199]),
        REF(op_errors[507], shapes[280]),
        REF(op_errors[508], shapes[358]),
        REF(op_errors[509], shapes[199]),
        REF(op_errors[510], shapes[277]),
        REF(op_errors[511], shapes[280]),
        REF(op_errors[512], shapes[358]),
        REF(op_errors[513], shapes[199]),
        REF(op_errors[514], shapes[277]),
        REF(op_errors[515], shapes[280]),
        REF(op_errors[516], shapes[358]),
        REF(op_errors[517], shapes[385]),
        REF(op_errors[518], shapes[29]),
        REF(op_errors[519], shapes[195]),
        REF(op_errors[520], shapes[280]),
        REF(op_errors[521], shapes[358]),
        REF(op_errors[522], shapes[115]),
        REF(op_errors[523], shapes[199]),
        REF(op_errors[524], shapes[280]),
        REF(op_errors[525], shapes[358]),
        REF(op_errors[526], shapes[118]),
        REF(op_errors[527], shapes[199]),
        REF(op_errors[528], shapes[280]),
        REF(op_errors[529], shapes[292]),
        REF(op_errors[530], shapes[358]),
        REF(op_errors[531], shapes[29]),
        REF(op_errors[532], shapes[195]),
        REF(op_errors[533], shapes[280]),
        REF(op_errors[534], shapes[358]),
        REF(op_errors[535], shapes[280]),
        REF(op_errors[536], shapes[358]),
        REF(op_errors[537], shapes[385]),
        REF(op_errors[538], shapes[280]),
        REF(op_errors[539], shapes[358]),
        REF(op_errors[540], shapes[385]),
        REF(op_errors[541], shapes[29]),
        REF(op_errors[542], shapes[195]),
        REF(op_errors[543], shapes[199]),
        REF(op_errors[544], shapes[280]),
        REF(op_errors[545], shapes[358]),
        REF(op_errors[546], shapes[195]),
        REF(op_errors[547], shapes[280]),
        REF(op_errors[548], shapes[115]),
        REF(op_errors[549], shapes[199]),
        REF(op_errors[550], shapes[280]),
        REF(op_errors[551], shapes[358]),
        REF(op_errors[552], shapes[280]),
        REF(op_errors[553], shapes[195]),
        REF(op_errors[554], shapes[199]),
        REF(op_errors[555], shapes[280]),
        REF(op_errors[556], shapes[358]),
        REF(op_errors[557], shapes[29]),
        REF(op_errors[558], shapes[115]),
        REF(op_errors[559], shapes[118]),
        REF(op_errors[560], shapes[199]),
        REF(op_errors[561], shapes[280]),
        REF(op_errors[562], shapes[358]),
        REF(op_errors[563], shapes[108]),
        REF(op_errors[564], shapes[196]),
        REF(op_errors[565], shapes[199]),
        REF(op_errors[566], shapes[280]),
        REF(op_errors[567], shapes[386]),
        REF(op_errors[568], shapes[29]),
        REF(op_errors[569], shapes[115]),
        REF(op_errors[570], shapes[195]),
        REF(op_errors[571], shapes[198]),
        REF(op_errors[572], shapes[199]),
        REF(op_errors[573], shapes[276]),
        REF(op_errors[574], shapes[358]),
        REF(op_errors[575], shapes[29]),
        REF(op_errors[576], shapes[107]),
        REF(op_errors[577], shapes[115]),
        REF(op_errors[578], shapes[194]),
        REF(op_errors[579], shapes[199]),
        REF(op_errors[580], shapes[276]),
        REF(op_errors[581], shapes[280]),
        REF(op_errors[582], shapes[358]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[7]),
        REF(service_errors[1], shapes[23]),
        REF(service_errors[2], shapes[29]),
        REF(service_errors[3], shapes[75]),
        REF(service_errors[4], shapes[107]),
        REF(service_errors[5], shapes[108]),
        REF(service_errors[6], shapes[115]),
        REF(service_errors[7], shapes[118]),
        REF(service_errors[8], shapes[125]),
        REF(service_errors[9], shapes[127]),
        REF(service_errors[10], shapes[193]),
        REF(service_errors[11], shapes[194]),
        REF(service_errors[12], shapes[195]),
        REF(service_errors[13], shapes[196]),
        REF(service_errors[14], shapes[197]),
        REF(service_errors[15], shapes[198]),
        REF(service_errors[16], shapes[199]),
        REF(service_errors[17], shapes[276]),
        REF(service_errors[18], shapes[277]),
        REF(service_errors[19], shapes[280]),
        REF(service_errors[20], shapes[360]),
        REF(service_errors[21], shapes[284]),
        REF(service_errors[22], shapes[287]),
        REF(service_errors[23], shapes[288]),
        REF(service_errors[24], shapes[292]),
        REF(service_errors[25], shapes[298]),
        REF(service_errors[26], shapes[306]),
        REF(service_errors[27], shapes[67]),
        REF(service_errors[28], shapes[330]),
        REF(service_errors[29], shapes[69]),
        REF(service_errors[30], shapes[68]),
        REF(service_errors[31], shapes[357]),
        REF(service_errors[32], shapes[358]),
        REF(service_errors[33], shapes[385]),
        REF(service_errors[34], shapes[386]),
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
    .shapes = {
        [0] = { /* AcceptDelegationRequestRequest */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_accept_delegation_request_input),
            .u.structure.member_count = 1,
        },
        [1] = { /* AccessAdvisorUsageGranularityType */
            .name_ref = REF(shapes[1].name_ref, strings[51]),
            .u.string.enum_values_ref = REF(shapes[1].u.string.enum_values_ref, strings[85]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [2] = { /* AccessDetail */
            .name_ref = REF(shapes[2].name_ref, strings[112]),
            .u.structure.members_ref = REF(shapes[2].u.structure.members_ref, members[1]),
            .u.structure.by_wire_name_ref = REF(shapes[2].u.structure.by_wire_name_ref, by_wire_name[1]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_access_detail),
            .u.structure.member_count = 6,
        },
        [3] = { /* AccessDetails */
            .name_ref = REF(shapes[3].name_ref, strings[221]),
            .u.collection.item_ref = REF(shapes[3].u.collection.item_ref, shapes[2]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_access_details),
        },
        [4] = { /* AccessKey */
            .name_ref = REF(shapes[4].name_ref, strings[235]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[7]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[7]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_access_key),
            .u.structure.member_count = 5,
        },
        [5] = { /* AccessKeyLastUsed */
            .name_ref = REF(shapes[5].name_ref, strings[300]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[12]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[12]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_access_key_last_used),
            .u.structure.member_count = 3,
        },
        [6] = { /* AccessKeyMetadata */
            .name_ref = REF(shapes[6].name_ref, strings[331]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[15]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[15]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_access_key_metadata),
            .u.structure.member_count = 4,
        },
        [7] = { /* AccountNotManagementOrDelegatedAdministratorException */
            .name_ref = REF(shapes[7].name_ref, strings[349]),
            .u.structure.error_code_ref = REF(shapes[7].u.structure.error_code_ref, strings[349]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_account_not_management_or_delegated_administrator_exception),
            .u.structure.http_status = 0,
        },
        [8] = { /* ActionNameListType */
            .name_ref = REF(shapes[8].name_ref, strings[403]),
            .u.collection.item_ref = REF(shapes[8].u.collection.item_ref, shapes[9]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [9] = { /* ActionNameType */
            .name_ref = REF(shapes[9].name_ref, strings[422]),
            .range_ref = REF(shapes[9].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* AddClientIDToOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[10].name_ref, strings[437]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[19]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[19]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input),
            .u.structure.member_count = 2,
        },
        [11] = { /* AddRoleToInstanceProfileRequest */
            .name_ref = REF(shapes[11].name_ref, strings[513]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[21]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[21]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_add_role_to_instance_profile_input),
            .u.structure.member_count = 2,
        },
        [12] = { /* AddUserToGroupRequest */
            .name_ref = REF(shapes[12].name_ref, strings[574]),
            .u.structure.members_ref = REF(shapes[12].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[12].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_add_user_to_group_input),
            .u.structure.member_count = 2,
        },
        [13] = { /* ArnListType */
            .name_ref = REF(shapes[13].name_ref, strings[606]),
            .u.collection.item_ref = REF(shapes[13].u.collection.item_ref, shapes[429]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [14] = { /* AssociateDelegationRequestRequest */
            .name_ref = REF(shapes[14].name_ref, strings[618]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[25]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[25]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_associate_delegation_request_input),
            .u.structure.member_count = 1,
        },
        [15] = { /* AttachGroupPolicyRequest */
            .name_ref = REF(shapes[15].name_ref, strings[652]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[26]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[26]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_attach_group_policy_input),
            .u.structure.member_count = 2,
        },
        [16] = { /* AttachRolePolicyRequest */
            .name_ref = REF(shapes[16].name_ref, strings[687]),
            .u.structure.members_ref = REF(shapes[16].u.structure.members_ref, members[28]),
            .u.structure.by_wire_name_ref = REF(shapes[16].u.structure.by_wire_name_ref, by_wire_name[28]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_attach_role_policy_input),
            .u.structure.member_count = 2,
        },
        [17] = { /* AttachUserPolicyRequest */
            .name_ref = REF(shapes[17].name_ref, strings[711]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[30]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[30]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_attach_user_policy_input),
            .u.structure.member_count = 2,
        },
        [18] = { /* AttachedPermissionsBoundary */
            .name_ref = REF(shapes[18].name_ref, strings[735]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[32]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[32]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_attached_permissions_boundary),
            .u.structure.member_count = 2,
        },
        [19] = { /* AttachedPolicy */
            .name_ref = REF(shapes[19].name_ref, strings[810]),
            .u.structure.members_ref = REF(shapes[19].u.structure.members_ref, members[34]),
            .u.structure.by_wire_name_ref = REF(shapes[19].u.structure.by_wire_name_ref, by_wire_name[34]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_attached_policy),
            .u.structure.member_count = 2,
        },
        [20] = { /* AttachmentName */
            .name_ref = REF(shapes[20].name_ref, strings[836]),
            .range_ref = REF(shapes[20].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* AttachmentType */
            .name_ref = REF(shapes[21].name_ref, strings[851]),
            .u.string.enum_values_ref = REF(shapes[21].u.string.enum_values_ref, strings[866]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [22] = { /* BootstrapDatum */
            .name_ref = REF(shapes[22].name_ref, strings[882]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [23] = { /* CallerIsNotManagementAccountException */
            .name_ref = REF(shapes[23].name_ref, strings[897]),
            .u.structure.error_code_ref = REF(shapes[23].u.structure.error_code_ref, strings[897]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_caller_is_not_management_account_exception),
            .u.structure.http_status = 0,
        },
        [24] = { /* CertificationKeyType */
            .name_ref = REF(shapes[24].name_ref, strings[935]),
            .range_ref = REF(shapes[24].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [25] = { /* CertificationMapType */
            .name_ref = REF(shapes[25].name_ref, strings[956]),
            .u.collection.item_ref = REF(shapes[25].u.collection.item_ref, shapes[26]),
            .u.collection.key_ref = REF(shapes[25].u.collection.key_ref, shapes[24]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_iam_eval_decision_details_type),
            .u.collection.value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
        },
        [26] = { /* CertificationValueType */
            .name_ref = REF(shapes[26].name_ref, strings[977]),
            .range_ref = REF(shapes[26].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* ChangePasswordRequest */
            .name_ref = REF(shapes[27].name_ref, strings[1000]),
            .u.structure.members_ref = REF(shapes[27].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[27].u.structure.by_wire_name_ref, by_wire_name[36]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_change_password_input),
            .u.structure.member_count = 2,
        },
        [28] = { /* ColumnNumber */
            .name_ref = REF(shapes[28].name_ref, strings[1046]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [29] = { /* ConcurrentModificationException */
            .name_ref = REF(shapes[29].name_ref, strings[1059]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[38]),
            .u.structure.error_code_ref = REF(shapes[29].u.structure.error_code_ref, strings[1099]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_concurrent_modification_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [30] = { /* ConcurrentModificationMessage */
            .name_ref = REF(shapes[30].name_ref, strings[1122]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* ContextEntry */
            .name_ref = REF(shapes[31].name_ref, strings[1152]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_context_entry),
            .u.structure.member_count = 3,
        },
        [32] = { /* ContextEntryListType */
            .name_ref = REF(shapes[32].name_ref, strings[1212]),
            .u.collection.item_ref = REF(shapes[32].u.collection.item_ref, shapes[31]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_context_entry_list_type),
        },
        [33] = { /* ContextKeyNameType */
            .name_ref = REF(shapes[33].name_ref, strings[1233]),
            .range_ref = REF(shapes[33].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [34] = { /* ContextKeyNamesResultListType */
            .name_ref = REF(shapes[34].name_ref, strings[1252]),
            .u.collection.item_ref = REF(shapes[34].u.collection.item_ref, shapes[33]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [35] = { /* ContextKeyTypeEnum */
            .name_ref = REF(shapes[35].name_ref, strings[1282]),
            .u.string.enum_values_ref = REF(shapes[35].u.string.enum_values_ref, strings[1301]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 12,
        },
        [36] = { /* ContextKeyValueListType */
            .name_ref = REF(shapes[36].name_ref, strings[1401]),
            .u.collection.item_ref = REF(shapes[36].u.collection.item_ref, shapes[37]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [37] = { /* ContextKeyValueType */
            .name_ref = REF(shapes[37].name_ref, strings[1425]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [38] = { /* CreateAccessKeyRequest */
            .name_ref = REF(shapes[38].name_ref, strings[1445]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[42]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[42]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_access_key_input),
            .u.structure.member_count = 1,
        },
        [39] = { /* CreateAccessKeyResponse */
            .name_ref = REF(shapes[39].name_ref, strings[1468]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[43]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[43]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_access_key_output),
            .u.structure.member_count = 1,
        },
        [40] = { /* CreateAccountAliasRequest */
            .name_ref = REF(shapes[40].name_ref, strings[1492]),
            .u.structure.members_ref = REF(shapes[40].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[40].u.structure.by_wire_name_ref, by_wire_name[44]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_account_alias_input),
            .u.structure.member_count = 1,
        },
        [41] = { /* CreateDelegationRequestRequest */
            .name_ref = REF(shapes[41].name_ref, strings[1531]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_delegation_request_input),
            .u.structure.member_count = 9,
        },
        [42] = { /* CreateDelegationRequestResponse */
            .name_ref = REF(shapes[42].name_ref, strings[1700]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_delegation_request_output),
            .u.structure.member_count = 2,
        },
        [43] = { /* CreateGroupRequest */
            .name_ref = REF(shapes[43].name_ref, strings[1748]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[56]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_group_input),
            .u.structure.member_count = 2,
        },
        [44] = { /* CreateGroupResponse */
            .name_ref = REF(shapes[44].name_ref, strings[1772]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[58]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[58]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_group_output),
            .u.structure.member_count = 1,
        },
        [45] = { /* CreateInstanceProfileRequest */
            .name_ref = REF(shapes[45].name_ref, strings[1798]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[59]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[59]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_instance_profile_input),
            .u.structure.member_count = 3,
        },
        [46] = { /* CreateInstanceProfileResponse */
            .name_ref = REF(shapes[46].name_ref, strings[1832]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[62]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[62]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_instance_profile_output),
            .u.structure.member_count = 1,
        },
        [47] = { /* CreateLoginProfileRequest */
            .name_ref = REF(shapes[47].name_ref, strings[1878]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[63]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[63]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_login_profile_input),
            .u.structure.member_count = 3,
        },
        [48] = { /* CreateLoginProfileResponse */
            .name_ref = REF(shapes[48].name_ref, strings[1935]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[66]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[66]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_login_profile_output),
            .u.structure.member_count = 1,
        },
        [49] = { /* CreateOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[49].name_ref, strings[1975]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[67]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_open_id_connect_provider_input),
            .u.structure.member_count = 4,
        },
        [50] = { /* CreateOpenIDConnectProviderResponse */
            .name_ref = REF(shapes[50].name_ref, strings[2042]),
            .u.structure.members_ref = REF(shapes[50].u.structure.members_ref, members[71]),
            .u.structure.by_wire_name_ref = REF(shapes[50].u.structure.by_wire_name_ref, by_wire_name[71]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_open_id_connect_provider_output),
            .u.structure.member_count = 2,
        },
        [51] = { /* CreatePolicyRequest */
            .name_ref = REF(shapes[51].name_ref, strings[2078]),
            .u.structure.members_ref = REF(shapes[51].u.structure.members_ref, members[73]),
            .u.structure.by_wire_name_ref = REF(shapes[51].u.structure.by_wire_name_ref, by_wire_name[73]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_policy_input),
            .u.structure.member_count = 5,
        },
        [52] = { /* CreatePolicyResponse */
            .name_ref = REF(shapes[52].name_ref, strings[2113]),
            .u.structure.members_ref = REF(shapes[52].u.structure.members_ref, members[78]),
            .u.structure.by_wire_name_ref = REF(shapes[52].u.structure.by_wire_name_ref, by_wire_name[78]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_policy_output),
            .u.structure.member_count = 1,
        },
        [53] = { /* CreatePolicyVersionRequest */
            .name_ref = REF(shapes[53].name_ref, strings[2141]),
            .u.structure.members_ref = REF(shapes[53].u.structure.members_ref, members[79]),
            .u.structure.by_wire_name_ref = REF(shapes[53].u.structure.by_wire_name_ref, by_wire_name[79]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_policy_version_input),
            .u.structure.member_count = 3,
        },
        [54] = { /* CreatePolicyVersionResponse */
            .name_ref = REF(shapes[54].name_ref, strings[2181]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[82]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[82]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_policy_version_output),
            .u.structure.member_count = 1,
        },
        [55] = { /* CreateRoleRequest */
            .name_ref = REF(shapes[55].name_ref, strings[2223]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_role_input),
            .u.structure.member_count = 7,
        },
        [56] = { /* CreateRoleResponse */
            .name_ref = REF(shapes[56].name_ref, strings[2305]),
            .u.structure.members_ref = REF(shapes[56].u.structure.members_ref, members[90]),
            .u.structure.by_wire_name_ref = REF(shapes[56].u.structure.by_wire_name_ref, by_wire_name[90]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_role_output),
            .u.structure.member_count = 1,
        },
        [57] = { /* CreateSAMLProviderRequest */
            .name_ref = REF(shapes[57].name_ref, strings[2329]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[91]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_saml_provider_input),
            .u.structure.member_count = 5,
        },
        [58] = { /* CreateSAMLProviderResponse */
            .name_ref = REF(shapes[58].name_ref, strings[2419]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[96]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[96]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_saml_provider_output),
            .u.structure.member_count = 2,
        },
        [59] = { /* CreateServiceLinkedRoleRequest */
            .name_ref = REF(shapes[59].name_ref, strings[2462]),
            .u.structure.members_ref = REF(shapes[59].u.structure.members_ref, members[98]),
            .u.structure.by_wire_name_ref = REF(shapes[59].u.structure.by_wire_name_ref, by_wire_name[98]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_service_linked_role_input),
            .u.structure.member_count = 3,
        },
        [60] = { /* CreateServiceLinkedRoleResponse */
            .name_ref = REF(shapes[60].name_ref, strings[2521]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[101]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_service_linked_role_output),
            .u.structure.member_count = 1,
        },
        [61] = { /* CreateServiceSpecificCredentialRequest */
            .name_ref = REF(shapes[61].name_ref, strings[2553]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[102]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[102]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_service_specific_credential_input),
            .u.structure.member_count = 3,
        },
        [62] = { /* CreateServiceSpecificCredentialResponse */
            .name_ref = REF(shapes[62].name_ref, strings[2610]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[105]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[105]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_service_specific_credential_output),
            .u.structure.member_count = 1,
        },
        [63] = { /* CreateUserRequest */
            .name_ref = REF(shapes[63].name_ref, strings[2676]),
            .u.structure.members_ref = REF(shapes[63].u.structure.members_ref, members[106]),
            .u.structure.by_wire_name_ref = REF(shapes[63].u.structure.by_wire_name_ref, by_wire_name[106]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_user_input),
            .u.structure.member_count = 4,
        },
        [64] = { /* CreateUserResponse */
            .name_ref = REF(shapes[64].name_ref, strings[2694]),
            .u.structure.members_ref = REF(shapes[64].u.structure.members_ref, members[110]),
            .u.structure.by_wire_name_ref = REF(shapes[64].u.structure.by_wire_name_ref, by_wire_name[110]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_user_output),
            .u.structure.member_count = 1,
        },
        [65] = { /* CreateVirtualMFADeviceRequest */
            .name_ref = REF(shapes[65].name_ref, strings[2718]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[111]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[111]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_virtual_mfa_device_input),
            .u.structure.member_count = 3,
        },
        [66] = { /* CreateVirtualMFADeviceResponse */
            .name_ref = REF(shapes[66].name_ref, strings[2769]),
            .u.structure.members_ref = REF(shapes[66].u.structure.members_ref, members[114]),
            .u.structure.by_wire_name_ref = REF(shapes[66].u.structure.by_wire_name_ref, by_wire_name[114]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_create_virtual_mfa_device_output),
            .u.structure.member_count = 1,
        },
        [67] = { /* CredentialReportExpiredException */
            .name_ref = REF(shapes[67].name_ref, strings[2817]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[115]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[115]),
            .u.structure.error_code_ref = REF(shapes[67].u.structure.error_code_ref, strings[2850]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_credential_report_expired_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 410,
        },
        [68] = { /* CredentialReportNotPresentException */
            .name_ref = REF(shapes[68].name_ref, strings[2864]),
            .u.structure.members_ref = REF(shapes[68].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[68].u.structure.by_wire_name_ref, by_wire_name[116]),
            .u.structure.error_code_ref = REF(shapes[68].u.structure.error_code_ref, strings[2900]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_credential_report_not_present_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 410,
        },
        [69] = { /* CredentialReportNotReadyException */
            .name_ref = REF(shapes[69].name_ref, strings[2917]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[117]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[117]),
            .u.structure.error_code_ref = REF(shapes[69].u.structure.error_code_ref, strings[2951]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_credential_report_not_ready_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [70] = { /* DeactivateMFADeviceRequest */
            .name_ref = REF(shapes[70].name_ref, strings[2968]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[118]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[118]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_deactivate_mfa_device_input),
            .u.structure.member_count = 2,
        },
        [71] = { /* DelegationPermission */
            .name_ref = REF(shapes[71].name_ref, strings[3008]),
            .u.structure.members_ref = REF(shapes[71].u.structure.members_ref, members[120]),
            .u.structure.by_wire_name_ref = REF(shapes[71].u.structure.by_wire_name_ref, by_wire_name[120]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delegation_permission),
            .u.structure.member_count = 2,
        },
        [72] = { /* DelegationRequest */
            .name_ref = REF(shapes[72].name_ref, strings[3058]),
            .u.structure.members_ref = REF(shapes[72].u.structure.members_ref, members[122]),
            .u.structure.by_wire_name_ref = REF(shapes[72].u.structure.by_wire_name_ref, by_wire_name[122]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delegation_request),
            .u.structure.member_count = 20,
        },
        [73] = { /* DeleteAccessKeyRequest */
            .name_ref = REF(shapes[73].name_ref, strings[3223]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[142]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[142]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_access_key_input),
            .u.structure.member_count = 2,
        },
        [74] = { /* DeleteAccountAliasRequest */
            .name_ref = REF(shapes[74].name_ref, strings[3246]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[144]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[144]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_account_alias_input),
            .u.structure.member_count = 1,
        },
        [75] = { /* DeleteConflictException */
            .name_ref = REF(shapes[75].name_ref, strings[3272]),
            .u.structure.members_ref = REF(shapes[75].u.structure.members_ref, members[145]),
            .u.structure.by_wire_name_ref = REF(shapes[75].u.structure.by_wire_name_ref, by_wire_name[145]),
            .u.structure.error_code_ref = REF(shapes[75].u.structure.error_code_ref, strings[3296]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_delete_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [76] = { /* DeleteGroupPolicyRequest */
            .name_ref = REF(shapes[76].name_ref, strings[3311]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_group_policy_input),
            .u.structure.member_count = 2,
        },
        [77] = { /* DeleteGroupRequest */
            .name_ref = REF(shapes[77].name_ref, strings[3336]),
            .u.structure.members_ref = REF(shapes[77].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[77].u.structure.by_wire_name_ref, by_wire_name[148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_group_input),
            .u.structure.member_count = 1,
        },
        [78] = { /* DeleteInstanceProfileRequest */
            .name_ref = REF(shapes[78].name_ref, strings[3355]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_instance_profile_input),
            .u.structure.member_count = 1,
        },
        [79] = { /* DeleteLoginProfileRequest */
            .name_ref = REF(shapes[79].name_ref, strings[3384]),
            .u.structure.members_ref = REF(shapes[79].u.structure.members_ref, members[150]),
            .u.structure.by_wire_name_ref = REF(shapes[79].u.structure.by_wire_name_ref, by_wire_name[150]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_login_profile_input),
            .u.structure.member_count = 1,
        },
        [80] = { /* DeleteOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[80].name_ref, strings[3410]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[151]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[151]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_open_id_connect_provider_input),
            .u.structure.member_count = 1,
        },
        [81] = { /* DeletePolicyRequest */
            .name_ref = REF(shapes[81].name_ref, strings[3445]),
            .u.structure.members_ref = REF(shapes[81].u.structure.members_ref, members[152]),
            .u.structure.by_wire_name_ref = REF(shapes[81].u.structure.by_wire_name_ref, by_wire_name[152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_policy_input),
            .u.structure.member_count = 1,
        },
        [82] = { /* DeletePolicyVersionRequest */
            .name_ref = REF(shapes[82].name_ref, strings[3465]),
            .u.structure.members_ref = REF(shapes[82].u.structure.members_ref, members[153]),
            .u.structure.by_wire_name_ref = REF(shapes[82].u.structure.by_wire_name_ref, by_wire_name[153]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_policy_version_input),
            .u.structure.member_count = 2,
        },
        [83] = { /* DeleteRolePermissionsBoundaryRequest */
            .name_ref = REF(shapes[83].name_ref, strings[3502]),
            .u.structure.members_ref = REF(shapes[83].u.structure.members_ref, members[155]),
            .u.structure.by_wire_name_ref = REF(shapes[83].u.structure.by_wire_name_ref, by_wire_name[155]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_role_permissions_boundary_input),
            .u.structure.member_count = 1,
        },
        [84] = { /* DeleteRolePolicyRequest */
            .name_ref = REF(shapes[84].name_ref, strings[3539]),
            .u.structure.members_ref = REF(shapes[84].u.structure.members_ref, members[156]),
            .u.structure.by_wire_name_ref = REF(shapes[84].u.structure.by_wire_name_ref, by_wire_name[156]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_role_policy_input),
            .u.structure.member_count = 2,
        },
        [85] = { /* DeleteRoleRequest */
            .name_ref = REF(shapes[85].name_ref, strings[3563]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[158]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[158]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_role_input),
            .u.structure.member_count = 1,
        },
        [86] = { /* DeleteSAMLProviderRequest */
            .name_ref = REF(shapes[86].name_ref, strings[3581]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[159]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[159]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_saml_provider_input),
            .u.structure.member_count = 1,
        },
        [87] = { /* DeleteSSHPublicKeyRequest */
            .name_ref = REF(shapes[87].name_ref, strings[3607]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[160]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[160]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_ssh_public_key_input),
            .u.structure.member_count = 2,
        },
        [88] = { /* DeleteServerCertificateRequest */
            .name_ref = REF(shapes[88].name_ref, strings[3648]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[162]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[162]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_server_certificate_input),
            .u.structure.member_count = 1,
        },
        [89] = { /* DeleteServiceLinkedRoleRequest */
            .name_ref = REF(shapes[89].name_ref, strings[3701]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[163]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[163]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_service_linked_role_input),
            .u.structure.member_count = 1,
        },
        [90] = { /* DeleteServiceLinkedRoleResponse */
            .name_ref = REF(shapes[90].name_ref, strings[3732]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[164]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[164]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_service_linked_role_output),
            .u.structure.member_count = 1,
        },
        [91] = { /* DeleteServiceSpecificCredentialRequest */
            .name_ref = REF(shapes[91].name_ref, strings[3779]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[165]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[165]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_service_specific_credential_input),
            .u.structure.member_count = 2,
        },
        [92] = { /* DeleteSigningCertificateRequest */
            .name_ref = REF(shapes[92].name_ref, strings[3846]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[167]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[167]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_signing_certificate_input),
            .u.structure.member_count = 2,
        },
        [93] = { /* DeleteUserPermissionsBoundaryRequest */
            .name_ref = REF(shapes[93].name_ref, strings[3892]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[169]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[169]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_user_permissions_boundary_input),
            .u.structure.member_count = 1,
        },
        [94] = { /* DeleteUserPolicyRequest */
            .name_ref = REF(shapes[94].name_ref, strings[3929]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[170]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[170]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_user_policy_input),
            .u.structure.member_count = 2,
        },
        [95] = { /* DeleteUserRequest */
            .name_ref = REF(shapes[95].name_ref, strings[3953]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[172]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[172]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_user_input),
            .u.structure.member_count = 1,
        },
        [96] = { /* DeleteVirtualMFADeviceRequest */
            .name_ref = REF(shapes[96].name_ref, strings[3971]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[173]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[173]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_delete_virtual_mfa_device_input),
            .u.structure.member_count = 1,
        },
        [97] = { /* DeletionTaskFailureReasonType */
            .name_ref = REF(shapes[97].name_ref, strings[4001]),
            .u.structure.members_ref = REF(shapes[97].u.structure.members_ref, members[174]),
            .u.structure.by_wire_name_ref = REF(shapes[97].u.structure.by_wire_name_ref, by_wire_name[174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_deletion_task_failure_reason_type),
            .u.structure.member_count = 2,
        },
        [98] = { /* DeletionTaskIdType */
            .name_ref = REF(shapes[98].name_ref, strings[4052]),
            .range_ref = REF(shapes[98].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* DeletionTaskStatusType */
            .name_ref = REF(shapes[99].name_ref, strings[4071]),
            .u.string.enum_values_ref = REF(shapes[99].u.string.enum_values_ref, strings[4094]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [100] = { /* DetachGroupPolicyRequest */
            .name_ref = REF(shapes[100].name_ref, strings[4135]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[176]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[176]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_detach_group_policy_input),
            .u.structure.member_count = 2,
        },
        [101] = { /* DetachRolePolicyRequest */
            .name_ref = REF(shapes[101].name_ref, strings[4160]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[178]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[178]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_detach_role_policy_input),
            .u.structure.member_count = 2,
        },
        [102] = { /* DetachUserPolicyRequest */
            .name_ref = REF(shapes[102].name_ref, strings[4184]),
            .u.structure.members_ref = REF(shapes[102].u.structure.members_ref, members[180]),
            .u.structure.by_wire_name_ref = REF(shapes[102].u.structure.by_wire_name_ref, by_wire_name[180]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_detach_user_policy_input),
            .u.structure.member_count = 2,
        },
        [103] = { /* DisableOrganizationsRootCredentialsManagementRequest */
            .name_ref = REF(shapes[103].name_ref, strings[4208]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_input),
        },
        [104] = { /* DisableOrganizationsRootCredentialsManagementResponse */
            .name_ref = REF(shapes[104].name_ref, strings[4261]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[182]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[182]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_output),
            .u.structure.member_count = 2,
        },
        [105] = { /* DisableOrganizationsRootSessionsRequest */
            .name_ref = REF(shapes[105].name_ref, strings[4346]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_input),
        },
        [106] = { /* DisableOrganizationsRootSessionsResponse */
            .name_ref = REF(shapes[106].name_ref, strings[4386]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[184]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[184]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_output),
            .u.structure.member_count = 2,
        },
        [107] = { /* DuplicateCertificateException */
            .name_ref = REF(shapes[107].name_ref, strings[4427]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[186]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[186]),
            .u.structure.error_code_ref = REF(shapes[107].u.structure.error_code_ref, strings[4457]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_duplicate_certificate_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [108] = { /* DuplicateSSHPublicKeyException */
            .name_ref = REF(shapes[108].name_ref, strings[4478]),
            .u.structure.members_ref = REF(shapes[108].u.structure.members_ref, members[187]),
            .u.structure.by_wire_name_ref = REF(shapes[108].u.structure.by_wire_name_ref, by_wire_name[187]),
            .u.structure.error_code_ref = REF(shapes[108].u.structure.error_code_ref, strings[4509]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_duplicate_ssh_public_key_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [109] = { /* EnableMFADeviceRequest */
            .name_ref = REF(shapes[109].name_ref, strings[4531]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[188]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[188]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_mfa_device_input),
            .u.structure.member_count = 4,
        },
        [110] = { /* EnableOrganizationsRootCredentialsManagementRequest */
            .name_ref = REF(shapes[110].name_ref, strings[4594]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_input),
        },
        [111] = { /* EnableOrganizationsRootCredentialsManagementResponse */
            .name_ref = REF(shapes[111].name_ref, strings[4646]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[192]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[192]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_output),
            .u.structure.member_count = 2,
        },
        [112] = { /* EnableOrganizationsRootSessionsRequest */
            .name_ref = REF(shapes[112].name_ref, strings[4699]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_input),
        },
        [113] = { /* EnableOrganizationsRootSessionsResponse */
            .name_ref = REF(shapes[113].name_ref, strings[4738]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[194]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[194]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_output),
            .u.structure.member_count = 2,
        },
        [114] = { /* EnableOutboundWebIdentityFederationResponse */
            .name_ref = REF(shapes[114].name_ref, strings[4778]),
            .u.structure.members_ref = REF(shapes[114].u.structure.members_ref, members[196]),
            .u.structure.by_wire_name_ref = REF(shapes[114].u.structure.by_wire_name_ref, by_wire_name[196]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_enable_outbound_web_identity_federation_output),
            .u.structure.member_count = 1,
        },
        [115] = { /* EntityAlreadyExistsException */
            .name_ref = REF(shapes[115].name_ref, strings[4839]),
            .u.structure.members_ref = REF(shapes[115].u.structure.members_ref, members[197]),
            .u.structure.by_wire_name_ref = REF(shapes[115].u.structure.by_wire_name_ref, by_wire_name[197]),
            .u.structure.error_code_ref = REF(shapes[115].u.structure.error_code_ref, strings[4868]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_entity_already_exists_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [116] = { /* EntityDetails */
            .name_ref = REF(shapes[116].name_ref, strings[4888]),
            .u.structure.members_ref = REF(shapes[116].u.structure.members_ref, members[198]),
            .u.structure.by_wire_name_ref = REF(shapes[116].u.structure.by_wire_name_ref, by_wire_name[198]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_entity_details),
            .u.structure.member_count = 2,
        },
        [117] = { /* EntityInfo */
            .name_ref = REF(shapes[117].name_ref, strings[4902]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[200]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[200]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_entity_info),
            .u.structure.member_count = 5,
        },
        [118] = { /* EntityTemporarilyUnmodifiableException */
            .name_ref = REF(shapes[118].name_ref, strings[4943]),
            .u.structure.members_ref = REF(shapes[118].u.structure.members_ref, members[205]),
            .u.structure.by_wire_name_ref = REF(shapes[118].u.structure.by_wire_name_ref, by_wire_name[205]),
            .u.structure.error_code_ref = REF(shapes[118].u.structure.error_code_ref, strings[4982]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_entity_temporarily_unmodifiable_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [119] = { /* EntityType */
            .name_ref = REF(shapes[119].name_ref, strings[5012]),
            .u.string.enum_values_ref = REF(shapes[119].u.string.enum_values_ref, strings[5023]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [120] = { /* ErrorDetails */
            .name_ref = REF(shapes[120].name_ref, strings[5075]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[206]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[206]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_error_details),
            .u.structure.member_count = 2,
        },
        [121] = { /* EvalDecisionDetailsType */
            .name_ref = REF(shapes[121].name_ref, strings[5101]),
            .u.collection.item_ref = REF(shapes[121].u.collection.item_ref, shapes[297]),
            .u.collection.key_ref = REF(shapes[121].u.collection.key_ref, shapes[122]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_iam_eval_decision_details_type),
            .u.collection.value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
        },
        [122] = { /* EvalDecisionSourceType */
            .name_ref = REF(shapes[122].name_ref, strings[5125]),
            .range_ref = REF(shapes[122].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [123] = { /* EvaluationResult */
            .name_ref = REF(shapes[123].name_ref, strings[5148]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[208]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[208]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_evaluation_result),
            .u.structure.member_count = 9,
        },
        [124] = { /* EvaluationResultsListType */
            .name_ref = REF(shapes[124].name_ref, strings[5355]),
            .u.collection.item_ref = REF(shapes[124].u.collection.item_ref, shapes[123]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_evaluation_results_list_type),
        },
        [125] = { /* FeatureDisabledException */
            .name_ref = REF(shapes[125].name_ref, strings[5381]),
            .u.structure.members_ref = REF(shapes[125].u.structure.members_ref, members[217]),
            .u.structure.by_wire_name_ref = REF(shapes[125].u.structure.by_wire_name_ref, by_wire_name[217]),
            .u.structure.error_code_ref = REF(shapes[125].u.structure.error_code_ref, strings[5406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_feature_disabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [126] = { /* FeatureDisabledMessage */
            .name_ref = REF(shapes[126].name_ref, strings[5422]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [127] = { /* FeatureEnabledException */
            .name_ref = REF(shapes[127].name_ref, strings[5445]),
            .u.structure.members_ref = REF(shapes[127].u.structure.members_ref, members[218]),
            .u.structure.by_wire_name_ref = REF(shapes[127].u.structure.by_wire_name_ref, by_wire_name[218]),
            .u.structure.error_code_ref = REF(shapes[127].u.structure.error_code_ref, strings[5469]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_feature_enabled_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [128] = { /* FeatureEnabledMessage */
            .name_ref = REF(shapes[128].name_ref, strings[5484]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [129] = { /* FeatureType */
            .name_ref = REF(shapes[129].name_ref, strings[5506]),
            .u.string.enum_values_ref = REF(shapes[129].u.string.enum_values_ref, strings[5518]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [130] = { /* FeaturesListType */
            .name_ref = REF(shapes[130].name_ref, strings[5557]),
            .u.collection.item_ref = REF(shapes[130].u.collection.item_ref, shapes[129]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [131] = { /* GenerateCredentialReportResponse */
            .name_ref = REF(shapes[131].name_ref, strings[5574]),
            .u.structure.members_ref = REF(shapes[131].u.structure.members_ref, members[219]),
            .u.structure.by_wire_name_ref = REF(shapes[131].u.structure.by_wire_name_ref, by_wire_name[219]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_generate_credential_report_output),
            .u.structure.member_count = 2,
        },
        [132] = { /* GenerateOrganizationsAccessReportRequest */
            .name_ref = REF(shapes[132].name_ref, strings[5607]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[221]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[221]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_generate_organizations_access_report_input),
            .u.structure.member_count = 2,
        },
        [133] = { /* GenerateOrganizationsAccessReportResponse */
            .name_ref = REF(shapes[133].name_ref, strings[5670]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[223]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[223]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_generate_organizations_access_report_output),
            .u.structure.member_count = 1,
        },
        [134] = { /* GenerateServiceLastAccessedDetailsRequest */
            .name_ref = REF(shapes[134].name_ref, strings[5718]),
            .u.structure.members_ref = REF(shapes[134].u.structure.members_ref, members[224]),
            .u.structure.by_wire_name_ref = REF(shapes[134].u.structure.by_wire_name_ref, by_wire_name[224]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_input),
            .u.structure.member_count = 2,
        },
        [135] = { /* GenerateServiceLastAccessedDetailsResponse */
            .name_ref = REF(shapes[135].name_ref, strings[5772]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[226]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[226]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_output),
            .u.structure.member_count = 1,
        },
        [136] = { /* GetAccessKeyLastUsedRequest */
            .name_ref = REF(shapes[136].name_ref, strings[5815]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[227]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[227]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_access_key_last_used_input),
            .u.structure.member_count = 1,
        },
        [137] = { /* GetAccessKeyLastUsedResponse */
            .name_ref = REF(shapes[137].name_ref, strings[5843]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[228]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[228]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_access_key_last_used_output),
            .u.structure.member_count = 2,
        },
        [138] = { /* GetAccountAuthorizationDetailsRequest */
            .name_ref = REF(shapes[138].name_ref, strings[5872]),
            .u.structure.members_ref = REF(shapes[138].u.structure.members_ref, members[230]),
            .u.structure.by_wire_name_ref = REF(shapes[138].u.structure.by_wire_name_ref, by_wire_name[230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_account_authorization_details_input),
            .u.structure.member_count = 3,
        },
        [139] = { /* GetAccountAuthorizationDetailsResponse */
            .name_ref = REF(shapes[139].name_ref, strings[5933]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[233]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_account_authorization_details_output),
            .u.structure.member_count = 6,
        },
        [140] = { /* GetAccountPasswordPolicyResponse */
            .name_ref = REF(shapes[140].name_ref, strings[6039]),
            .u.structure.members_ref = REF(shapes[140].u.structure.members_ref, members[239]),
            .u.structure.by_wire_name_ref = REF(shapes[140].u.structure.by_wire_name_ref, by_wire_name[239]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_account_password_policy_output),
            .u.structure.member_count = 1,
        },
        [141] = { /* GetAccountSummaryResponse */
            .name_ref = REF(shapes[141].name_ref, strings[6087]),
            .u.structure.members_ref = REF(shapes[141].u.structure.members_ref, members[240]),
            .u.structure.by_wire_name_ref = REF(shapes[141].u.structure.by_wire_name_ref, by_wire_name[240]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_account_summary_output),
            .u.structure.member_count = 1,
        },
        [142] = { /* GetContextKeysForCustomPolicyRequest */
            .name_ref = REF(shapes[142].name_ref, strings[6124]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[241]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[241]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_context_keys_for_custom_policy_input),
            .u.structure.member_count = 1,
        },
        [143] = { /* GetContextKeysForPolicyResponse */
            .name_ref = REF(shapes[143].name_ref, strings[6177]),
            .u.structure.members_ref = REF(shapes[143].u.structure.members_ref, members[242]),
            .u.structure.by_wire_name_ref = REF(shapes[143].u.structure.by_wire_name_ref, by_wire_name[242]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_context_keys_for_policy_response),
            .u.structure.member_count = 1,
        },
        [144] = { /* GetContextKeysForPrincipalPolicyRequest */
            .name_ref = REF(shapes[144].name_ref, strings[6225]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[243]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[243]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_context_keys_for_principal_policy_input),
            .u.structure.member_count = 2,
        },
        [145] = { /* GetCredentialReportResponse */
            .name_ref = REF(shapes[145].name_ref, strings[6281]),
            .u.structure.members_ref = REF(shapes[145].u.structure.members_ref, members[245]),
            .u.structure.by_wire_name_ref = REF(shapes[145].u.structure.by_wire_name_ref, by_wire_name[245]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_credential_report_output),
            .u.structure.member_count = 3,
        },
        [146] = { /* GetDelegationRequestRequest */
            .name_ref = REF(shapes[146].name_ref, strings[6344]),
            .u.structure.members_ref = REF(shapes[146].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[146].u.structure.by_wire_name_ref, by_wire_name[248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_delegation_request_input),
            .u.structure.member_count = 2,
        },
        [147] = { /* GetDelegationRequestResponse */
            .name_ref = REF(shapes[147].name_ref, strings[6398]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[250]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_delegation_request_output),
            .u.structure.member_count = 3,
        },
        [148] = { /* GetGroupPolicyRequest */
            .name_ref = REF(shapes[148].name_ref, strings[6471]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[253]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[253]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_group_policy_input),
            .u.structure.member_count = 2,
        },
        [149] = { /* GetGroupPolicyResponse */
            .name_ref = REF(shapes[149].name_ref, strings[6493]),
            .u.structure.members_ref = REF(shapes[149].u.structure.members_ref, members[255]),
            .u.structure.by_wire_name_ref = REF(shapes[149].u.structure.by_wire_name_ref, by_wire_name[255]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_group_policy_output),
            .u.structure.member_count = 3,
        },
        [150] = { /* GetGroupRequest */
            .name_ref = REF(shapes[150].name_ref, strings[6516]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[258]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[258]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_group_input),
            .u.structure.member_count = 3,
        },
        [151] = { /* GetGroupResponse */
            .name_ref = REF(shapes[151].name_ref, strings[6532]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[261]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[261]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_group_output),
            .u.structure.member_count = 4,
        },
        [152] = { /* GetHumanReadableSummaryRequest */
            .name_ref = REF(shapes[152].name_ref, strings[6555]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[265]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[265]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_human_readable_summary_input),
            .u.structure.member_count = 2,
        },
        [153] = { /* GetHumanReadableSummaryResponse */
            .name_ref = REF(shapes[153].name_ref, strings[6603]),
            .u.structure.members_ref = REF(shapes[153].u.structure.members_ref, members[267]),
            .u.structure.by_wire_name_ref = REF(shapes[153].u.structure.by_wire_name_ref, by_wire_name[267]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_human_readable_summary_output),
            .u.structure.member_count = 3,
        },
        [154] = { /* GetInstanceProfileRequest */
            .name_ref = REF(shapes[154].name_ref, strings[6663]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[270]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[270]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_instance_profile_input),
            .u.structure.member_count = 1,
        },
        [155] = { /* GetInstanceProfileResponse */
            .name_ref = REF(shapes[155].name_ref, strings[6689]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[271]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[271]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_instance_profile_output),
            .u.structure.member_count = 1,
        },
        [156] = { /* GetLoginProfileRequest */
            .name_ref = REF(shapes[156].name_ref, strings[6716]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[272]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[272]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_login_profile_input),
            .u.structure.member_count = 1,
        },
        [157] = { /* GetLoginProfileResponse */
            .name_ref = REF(shapes[157].name_ref, strings[6739]),
            .u.structure.members_ref = REF(shapes[157].u.structure.members_ref, members[273]),
            .u.structure.by_wire_name_ref = REF(shapes[157].u.structure.by_wire_name_ref, by_wire_name[273]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_login_profile_output),
            .u.structure.member_count = 1,
        },
        [158] = { /* GetMFADeviceRequest */
            .name_ref = REF(shapes[158].name_ref, strings[6763]),
            .u.structure.members_ref = REF(shapes[158].u.structure.members_ref, members[274]),
            .u.structure.by_wire_name_ref = REF(shapes[158].u.structure.by_wire_name_ref, by_wire_name[274]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_mfa_device_input),
            .u.structure.member_count = 2,
        },
        [159] = { /* GetMFADeviceResponse */
            .name_ref = REF(shapes[159].name_ref, strings[6783]),
            .u.structure.members_ref = REF(shapes[159].u.structure.members_ref, members[276]),
            .u.structure.by_wire_name_ref = REF(shapes[159].u.structure.by_wire_name_ref, by_wire_name[276]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_mfa_device_output),
            .u.structure.member_count = 4,
        },
        [160] = { /* GetOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[160].name_ref, strings[6830]),
            .u.structure.members_ref = REF(shapes[160].u.structure.members_ref, members[280]),
            .u.structure.by_wire_name_ref = REF(shapes[160].u.structure.by_wire_name_ref, by_wire_name[280]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_open_id_connect_provider_input),
            .u.structure.member_count = 1,
        },
        [161] = { /* GetOpenIDConnectProviderResponse */
            .name_ref = REF(shapes[161].name_ref, strings[6862]),
            .u.structure.members_ref = REF(shapes[161].u.structure.members_ref, members[281]),
            .u.structure.by_wire_name_ref = REF(shapes[161].u.structure.by_wire_name_ref, by_wire_name[281]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_open_id_connect_provider_output),
            .u.structure.member_count = 5,
        },
        [162] = { /* GetOrganizationsAccessReportRequest */
            .name_ref = REF(shapes[162].name_ref, strings[6895]),
            .u.structure.members_ref = REF(shapes[162].u.structure.members_ref, members[286]),
            .u.structure.by_wire_name_ref = REF(shapes[162].u.structure.by_wire_name_ref, by_wire_name[286]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_organizations_access_report_input),
            .u.structure.member_count = 4,
        },
        [163] = { /* GetOrganizationsAccessReportResponse */
            .name_ref = REF(shapes[163].name_ref, strings[6939]),
            .u.structure.members_ref = REF(shapes[163].u.structure.members_ref, members[290]),
            .u.structure.by_wire_name_ref = REF(shapes[163].u.structure.by_wire_name_ref, by_wire_name[290]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_organizations_access_report_output),
            .u.structure.member_count = 9,
        },
        [164] = { /* GetOutboundWebIdentityFederationInfoResponse */
            .name_ref = REF(shapes[164].name_ref, strings[7075]),
            .u.structure.members_ref = REF(shapes[164].u.structure.members_ref, members[299]),
            .u.structure.by_wire_name_ref = REF(shapes[164].u.structure.by_wire_name_ref, by_wire_name[299]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_outbound_web_identity_federation_info_output),
            .u.structure.member_count = 2,
        },
        [165] = { /* GetPolicyRequest */
            .name_ref = REF(shapes[165].name_ref, strings[7138]),
            .u.structure.members_ref = REF(shapes[165].u.structure.members_ref, members[301]),
            .u.structure.by_wire_name_ref = REF(shapes[165].u.structure.by_wire_name_ref, by_wire_name[301]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_policy_input),
            .u.structure.member_count = 1,
        },
        [166] = { /* GetPolicyResponse */
            .name_ref = REF(shapes[166].name_ref, strings[7155]),
            .u.structure.members_ref = REF(shapes[166].u.structure.members_ref, members[302]),
            .u.structure.by_wire_name_ref = REF(shapes[166].u.structure.by_wire_name_ref, by_wire_name[302]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_policy_output),
            .u.structure.member_count = 1,
        },
        [167] = { /* GetPolicyVersionRequest */
            .name_ref = REF(shapes[167].name_ref, strings[7173]),
            .u.structure.members_ref = REF(shapes[167].u.structure.members_ref, members[303]),
            .u.structure.by_wire_name_ref = REF(shapes[167].u.structure.by_wire_name_ref, by_wire_name[303]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_policy_version_input),
            .u.structure.member_count = 2,
        },
        [168] = { /* GetPolicyVersionResponse */
            .name_ref = REF(shapes[168].name_ref, strings[7197]),
            .u.structure.members_ref = REF(shapes[168].u.structure.members_ref, members[305]),
            .u.structure.by_wire_name_ref = REF(shapes[168].u.structure.by_wire_name_ref, by_wire_name[305]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_policy_version_output),
            .u.structure.member_count = 1,
        },
        [169] = { /* GetRolePolicyRequest */
            .name_ref = REF(shapes[169].name_ref, strings[7222]),
            .u.structure.members_ref = REF(shapes[169].u.structure.members_ref, members[306]),
            .u.structure.by_wire_name_ref = REF(shapes[169].u.structure.by_wire_name_ref, by_wire_name[306]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_role_policy_input),
            .u.structure.member_count = 2,
        },
        [170] = { /* GetRolePolicyResponse */
            .name_ref = REF(shapes[170].name_ref, strings[7243]),
            .u.structure.members_ref = REF(shapes[170].u.structure.members_ref, members[308]),
            .u.structure.by_wire_name_ref = REF(shapes[170].u.structure.by_wire_name_ref, by_wire_name[308]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_role_policy_output),
            .u.structure.member_count = 3,
        },
        [171] = { /* GetRoleRequest */
            .name_ref = REF(shapes[171].name_ref, strings[7265]),
            .u.structure.members_ref = REF(shapes[171].u.structure.members_ref, members[311]),
            .u.structure.by_wire_name_ref = REF(shapes[171].u.structure.by_wire_name_ref, by_wire_name[311]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_role_input),
            .u.structure.member_count = 1,
        },
        [172] = { /* GetRoleResponse */
            .name_ref = REF(shapes[172].name_ref, strings[7280]),
            .u.structure.members_ref = REF(shapes[172].u.structure.members_ref, members[312]),
            .u.structure.by_wire_name_ref = REF(shapes[172].u.structure.by_wire_name_ref, by_wire_name[312]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_role_output),
            .u.structure.member_count = 1,
        },
        [173] = { /* GetSAMLProviderRequest */
            .name_ref = REF(shapes[173].name_ref, strings[7296]),
            .u.structure.members_ref = REF(shapes[173].u.structure.members_ref, members[313]),
            .u.structure.by_wire_name_ref = REF(shapes[173].u.structure.by_wire_name_ref, by_wire_name[313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_saml_provider_input),
            .u.structure.member_count = 1,
        },
        [174] = { /* GetSAMLProviderResponse */
            .name_ref = REF(shapes[174].name_ref, strings[7319]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[314]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[314]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_saml_provider_output),
            .u.structure.member_count = 7,
        },
        [175] = { /* GetSSHPublicKeyRequest */
            .name_ref = REF(shapes[175].name_ref, strings[7386]),
            .u.structure.members_ref = REF(shapes[175].u.structure.members_ref, members[321]),
            .u.structure.by_wire_name_ref = REF(shapes[175].u.structure.by_wire_name_ref, by_wire_name[321]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_ssh_public_key_input),
            .u.structure.member_count = 3,
        },
        [176] = { /* GetSSHPublicKeyResponse */
            .name_ref = REF(shapes[176].name_ref, strings[7418]),
            .u.structure.members_ref = REF(shapes[176].u.structure.members_ref, members[324]),
            .u.structure.by_wire_name_ref = REF(shapes[176].u.structure.by_wire_name_ref, by_wire_name[324]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_ssh_public_key_output),
            .u.structure.member_count = 1,
        },
        [177] = { /* GetServerCertificateRequest */
            .name_ref = REF(shapes[177].name_ref, strings[7455]),
            .u.structure.members_ref = REF(shapes[177].u.structure.members_ref, members[325]),
            .u.structure.by_wire_name_ref = REF(shapes[177].u.structure.by_wire_name_ref, by_wire_name[325]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_server_certificate_input),
            .u.structure.member_count = 1,
        },
        [178] = { /* GetServerCertificateResponse */
            .name_ref = REF(shapes[178].name_ref, strings[7483]),
            .u.structure.members_ref = REF(shapes[178].u.structure.members_ref, members[326]),
            .u.structure.by_wire_name_ref = REF(shapes[178].u.structure.by_wire_name_ref, by_wire_name[326]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_server_certificate_output),
            .u.structure.member_count = 1,
        },
        [179] = { /* GetServiceLastAccessedDetailsRequest */
            .name_ref = REF(shapes[179].name_ref, strings[7530]),
            .u.structure.members_ref = REF(shapes[179].u.structure.members_ref, members[327]),
            .u.structure.by_wire_name_ref = REF(shapes[179].u.structure.by_wire_name_ref, by_wire_name[327]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_last_accessed_details_input),
            .u.structure.member_count = 3,
        },
        [180] = { /* GetServiceLastAccessedDetailsResponse */
            .name_ref = REF(shapes[180].name_ref, strings[7567]),
            .u.structure.members_ref = REF(shapes[180].u.structure.members_ref, members[330]),
            .u.structure.by_wire_name_ref = REF(shapes[180].u.structure.by_wire_name_ref, by_wire_name[330]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_last_accessed_details_output),
            .u.structure.member_count = 8,
        },
        [181] = { /* GetServiceLastAccessedDetailsWithEntitiesRequest */
            .name_ref = REF(shapes[181].name_ref, strings[7640]),
            .u.structure.members_ref = REF(shapes[181].u.structure.members_ref, members[338]),
            .u.structure.by_wire_name_ref = REF(shapes[181].u.structure.by_wire_name_ref, by_wire_name[338]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_input),
            .u.structure.member_count = 4,
        },
        [182] = { /* GetServiceLastAccessedDetailsWithEntitiesResponse */
            .name_ref = REF(shapes[182].name_ref, strings[7689]),
            .u.structure.members_ref = REF(shapes[182].u.structure.members_ref, members[342]),
            .u.structure.by_wire_name_ref = REF(shapes[182].u.structure.by_wire_name_ref, by_wire_name[342]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_output),
            .u.structure.member_count = 7,
        },
        [183] = { /* GetServiceLinkedRoleDeletionStatusRequest */
            .name_ref = REF(shapes[183].name_ref, strings[7757]),
            .u.structure.members_ref = REF(shapes[183].u.structure.members_ref, members[349]),
            .u.structure.by_wire_name_ref = REF(shapes[183].u.structure.by_wire_name_ref, by_wire_name[349]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_input),
            .u.structure.member_count = 1,
        },
        [184] = { /* GetServiceLinkedRoleDeletionStatusResponse */
            .name_ref = REF(shapes[184].name_ref, strings[7799]),
            .u.structure.members_ref = REF(shapes[184].u.structure.members_ref, members[350]),
            .u.structure.by_wire_name_ref = REF(shapes[184].u.structure.by_wire_name_ref, by_wire_name[350]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_output),
            .u.structure.member_count = 2,
        },
        [185] = { /* GetUserPolicyRequest */
            .name_ref = REF(shapes[185].name_ref, strings[7842]),
            .u.structure.members_ref = REF(shapes[185].u.structure.members_ref, members[352]),
            .u.structure.by_wire_name_ref = REF(shapes[185].u.structure.by_wire_name_ref, by_wire_name[352]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_user_policy_input),
            .u.structure.member_count = 2,
        },
        [186] = { /* GetUserPolicyResponse */
            .name_ref = REF(shapes[186].name_ref, strings[7863]),
            .u.structure.members_ref = REF(shapes[186].u.structure.members_ref, members[354]),
            .u.structure.by_wire_name_ref = REF(shapes[186].u.structure.by_wire_name_ref, by_wire_name[354]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_user_policy_output),
            .u.structure.member_count = 3,
        },
        [187] = { /* GetUserRequest */
            .name_ref = REF(shapes[187].name_ref, strings[7885]),
            .u.structure.members_ref = REF(shapes[187].u.structure.members_ref, members[357]),
            .u.structure.by_wire_name_ref = REF(shapes[187].u.structure.by_wire_name_ref, by_wire_name[357]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_user_input),
            .u.structure.member_count = 1,
        },
        [188] = { /* GetUserResponse */
            .name_ref = REF(shapes[188].name_ref, strings[7900]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[358]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[358]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_get_user_output),
            .u.structure.member_count = 1,
        },
        [189] = { /* Group */
            .name_ref = REF(shapes[189].name_ref, strings[1792]),
            .u.structure.members_ref = REF(shapes[189].u.structure.members_ref, members[359]),
            .u.structure.by_wire_name_ref = REF(shapes[189].u.structure.by_wire_name_ref, by_wire_name[359]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_group),
            .u.structure.member_count = 5,
        },
        [190] = { /* GroupDetail */
            .name_ref = REF(shapes[190].name_ref, strings[7924]),
            .u.structure.members_ref = REF(shapes[190].u.structure.members_ref, members[364]),
            .u.structure.by_wire_name_ref = REF(shapes[190].u.structure.by_wire_name_ref, by_wire_name[364]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_group_detail),
            .u.structure.member_count = 7,
        },
        [191] = { /* InlinePolicyIdentifierType */
            .name_ref = REF(shapes[191].name_ref, strings[7976]),
            .u.structure.members_ref = REF(shapes[191].u.structure.members_ref, members[371]),
            .u.structure.by_wire_name_ref = REF(shapes[191].u.structure.by_wire_name_ref, by_wire_name[371]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_inline_policy_identifier_type),
            .u.structure.member_count = 3,
        },
        [192] = { /* InstanceProfile */
            .name_ref = REF(shapes[192].name_ref, strings[1862]),
            .u.structure.members_ref = REF(shapes[192].u.structure.members_ref, members[374]),
            .u.structure.by_wire_name_ref = REF(shapes[192].u.structure.by_wire_name_ref, by_wire_name[374]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_instance_profile),
            .u.structure.member_count = 7,
        },
        [193] = { /* InvalidAuthenticationCodeException */
            .name_ref = REF(shapes[193].name_ref, strings[8027]),
            .u.structure.members_ref = REF(shapes[193].u.structure.members_ref, members[381]),
            .u.structure.by_wire_name_ref = REF(shapes[193].u.structure.by_wire_name_ref, by_wire_name[381]),
            .u.structure.error_code_ref = REF(shapes[193].u.structure.error_code_ref, strings[8062]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_invalid_authentication_code_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [194] = { /* InvalidCertificateException */
            .name_ref = REF(shapes[194].name_ref, strings[8088]),
            .u.structure.members_ref = REF(shapes[194].u.structure.members_ref, members[382]),
            .u.structure.by_wire_name_ref = REF(shapes[194].u.structure.by_wire_name_ref, by_wire_name[382]),
            .u.structure.error_code_ref = REF(shapes[194].u.structure.error_code_ref, strings[8116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_invalid_certificate_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [195] = { /* InvalidInputException */
            .name_ref = REF(shapes[195].name_ref, strings[8135]),
            .u.structure.members_ref = REF(shapes[195].u.structure.members_ref, members[383]),
            .u.structure.by_wire_name_ref = REF(shapes[195].u.structure.by_wire_name_ref, by_wire_name[383]),
            .u.structure.error_code_ref = REF(shapes[195].u.structure.error_code_ref, strings[8157]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_invalid_input_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [196] = { /* InvalidPublicKeyException */
            .name_ref = REF(shapes[196].name_ref, strings[8170]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[384]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[384]),
            .u.structure.error_code_ref = REF(shapes[196].u.structure.error_code_ref, strings[8196]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_invalid_public_key_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [197] = { /* InvalidUserTypeException */
            .name_ref = REF(shapes[197].name_ref, strings[8213]),
            .u.structure.members_ref = REF(shapes[197].u.structure.members_ref, members[385]),
            .u.structure.by_wire_name_ref = REF(shapes[197].u.structure.by_wire_name_ref, by_wire_name[385]),
            .u.structure.error_code_ref = REF(shapes[197].u.structure.error_code_ref, strings[8238]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_invalid_user_type_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [198] = { /* KeyPairMismatchException */
            .name_ref = REF(shapes[198].name_ref, strings[8254]),
            .u.structure.members_ref = REF(shapes[198].u.structure.members_ref, members[386]),
            .u.structure.by_wire_name_ref = REF(shapes[198].u.structure.by_wire_name_ref, by_wire_name[386]),
            .u.structure.error_code_ref = REF(shapes[198].u.structure.error_code_ref, strings[8279]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_key_pair_mismatch_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [199] = { /* LimitExceededException */
            .name_ref = REF(shapes[199].name_ref, strings[8295]),
            .u.structure.members_ref = REF(shapes[199].u.structure.members_ref, members[387]),
            .u.structure.by_wire_name_ref = REF(shapes[199].u.structure.by_wire_name_ref, by_wire_name[387]),
            .u.structure.error_code_ref = REF(shapes[199].u.structure.error_code_ref, strings[8318]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [200] = { /* LineNumber */
            .name_ref = REF(shapes[200].name_ref, strings[8332]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [201] = { /* ListAccessKeysRequest */
            .name_ref = REF(shapes[201].name_ref, strings[8343]),
            .u.structure.members_ref = REF(shapes[201].u.structure.members_ref, members[388]),
            .u.structure.by_wire_name_ref = REF(shapes[201].u.structure.by_wire_name_ref, by_wire_name[388]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_access_keys_input),
            .u.structure.member_count = 3,
        },
        [202] = { /* ListAccessKeysResponse */
            .name_ref = REF(shapes[202].name_ref, strings[8365]),
            .u.structure.members_ref = REF(shapes[202].u.structure.members_ref, members[391]),
            .u.structure.by_wire_name_ref = REF(shapes[202].u.structure.by_wire_name_ref, by_wire_name[391]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_access_keys_output),
            .u.structure.member_count = 3,
        },
        [203] = { /* ListAccountAliasesRequest */
            .name_ref = REF(shapes[203].name_ref, strings[8388]),
            .u.structure.members_ref = REF(shapes[203].u.structure.members_ref, members[394]),
            .u.structure.by_wire_name_ref = REF(shapes[203].u.structure.by_wire_name_ref, by_wire_name[394]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_account_aliases_input),
            .u.structure.member_count = 2,
        },
        [204] = { /* ListAccountAliasesResponse */
            .name_ref = REF(shapes[204].name_ref, strings[8414]),
            .u.structure.members_ref = REF(shapes[204].u.structure.members_ref, members[396]),
            .u.structure.by_wire_name_ref = REF(shapes[204].u.structure.by_wire_name_ref, by_wire_name[396]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_account_aliases_output),
            .u.structure.member_count = 3,
        },
        [205] = { /* ListAttachedGroupPoliciesRequest */
            .name_ref = REF(shapes[205].name_ref, strings[8456]),
            .u.structure.members_ref = REF(shapes[205].u.structure.members_ref, members[399]),
            .u.structure.by_wire_name_ref = REF(shapes[205].u.structure.by_wire_name_ref, by_wire_name[399]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_group_policies_input),
            .u.structure.member_count = 4,
        },
        [206] = { /* ListAttachedGroupPoliciesResponse */
            .name_ref = REF(shapes[206].name_ref, strings[8500]),
            .u.structure.members_ref = REF(shapes[206].u.structure.members_ref, members[403]),
            .u.structure.by_wire_name_ref = REF(shapes[206].u.structure.by_wire_name_ref, by_wire_name[403]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_group_policies_output),
            .u.structure.member_count = 3,
        },
        [207] = { /* ListAttachedRolePoliciesRequest */
            .name_ref = REF(shapes[207].name_ref, strings[8551]),
            .u.structure.members_ref = REF(shapes[207].u.structure.members_ref, members[406]),
            .u.structure.by_wire_name_ref = REF(shapes[207].u.structure.by_wire_name_ref, by_wire_name[406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_role_policies_input),
            .u.structure.member_count = 4,
        },
        [208] = { /* ListAttachedRolePoliciesResponse */
            .name_ref = REF(shapes[208].name_ref, strings[8583]),
            .u.structure.members_ref = REF(shapes[208].u.structure.members_ref, members[410]),
            .u.structure.by_wire_name_ref = REF(shapes[208].u.structure.by_wire_name_ref, by_wire_name[410]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_role_policies_output),
            .u.structure.member_count = 3,
        },
        [209] = { /* ListAttachedUserPoliciesRequest */
            .name_ref = REF(shapes[209].name_ref, strings[8616]),
            .u.structure.members_ref = REF(shapes[209].u.structure.members_ref, members[413]),
            .u.structure.by_wire_name_ref = REF(shapes[209].u.structure.by_wire_name_ref, by_wire_name[413]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_user_policies_input),
            .u.structure.member_count = 4,
        },
        [210] = { /* ListAttachedUserPoliciesResponse */
            .name_ref = REF(shapes[210].name_ref, strings[8648]),
            .u.structure.members_ref = REF(shapes[210].u.structure.members_ref, members[417]),
            .u.structure.by_wire_name_ref = REF(shapes[210].u.structure.by_wire_name_ref, by_wire_name[417]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_attached_user_policies_output),
            .u.structure.member_count = 3,
        },
        [211] = { /* ListDelegationRequestsRequest */
            .name_ref = REF(shapes[211].name_ref, strings[8681]),
            .u.structure.members_ref = REF(shapes[211].u.structure.members_ref, members[420]),
            .u.structure.by_wire_name_ref = REF(shapes[211].u.structure.by_wire_name_ref, by_wire_name[420]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_delegation_requests_input),
            .u.structure.member_count = 3,
        },
        [212] = { /* ListDelegationRequestsResponse */
            .name_ref = REF(shapes[212].name_ref, strings[8711]),
            .u.structure.members_ref = REF(shapes[212].u.structure.members_ref, members[423]),
            .u.structure.by_wire_name_ref = REF(shapes[212].u.structure.by_wire_name_ref, by_wire_name[423]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_delegation_requests_output),
            .u.structure.member_count = 3,
        },
        [213] = { /* ListEntitiesForPolicyRequest */
            .name_ref = REF(shapes[213].name_ref, strings[8773]),
            .u.structure.members_ref = REF(shapes[213].u.structure.members_ref, members[426]),
            .u.structure.by_wire_name_ref = REF(shapes[213].u.structure.by_wire_name_ref, by_wire_name[426]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_entities_for_policy_input),
            .u.structure.member_count = 6,
        },
        [214] = { /* ListEntitiesForPolicyResponse */
            .name_ref = REF(shapes[214].name_ref, strings[8833]),
            .u.structure.members_ref = REF(shapes[214].u.structure.members_ref, members[432]),
            .u.structure.by_wire_name_ref = REF(shapes[214].u.structure.by_wire_name_ref, by_wire_name[432]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_entities_for_policy_output),
            .u.structure.member_count = 5,
        },
        [215] = { /* ListGroupPoliciesRequest */
            .name_ref = REF(shapes[215].name_ref, strings[8900]),
            .u.structure.members_ref = REF(shapes[215].u.structure.members_ref, members[437]),
            .u.structure.by_wire_name_ref = REF(shapes[215].u.structure.by_wire_name_ref, by_wire_name[437]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_group_policies_input),
            .u.structure.member_count = 3,
        },
        [216] = { /* ListGroupPoliciesResponse */
            .name_ref = REF(shapes[216].name_ref, strings[8925]),
            .u.structure.members_ref = REF(shapes[216].u.structure.members_ref, members[440]),
            .u.structure.by_wire_name_ref = REF(shapes[216].u.structure.by_wire_name_ref, by_wire_name[440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_group_policies_output),
            .u.structure.member_count = 3,
        },
        [217] = { /* ListGroupsForUserRequest */
            .name_ref = REF(shapes[217].name_ref, strings[8963]),
            .u.structure.members_ref = REF(shapes[217].u.structure.members_ref, members[443]),
            .u.structure.by_wire_name_ref = REF(shapes[217].u.structure.by_wire_name_ref, by_wire_name[443]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_groups_for_user_input),
            .u.structure.member_count = 3,
        },
        [218] = { /* ListGroupsForUserResponse */
            .name_ref = REF(shapes[218].name_ref, strings[8988]),
            .u.structure.members_ref = REF(shapes[218].u.structure.members_ref, members[446]),
            .u.structure.by_wire_name_ref = REF(shapes[218].u.structure.by_wire_name_ref, by_wire_name[446]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_groups_for_user_output),
            .u.structure.member_count = 3,
        },
        [219] = { /* ListGroupsRequest */
            .name_ref = REF(shapes[219].name_ref, strings[9021]),
            .u.structure.members_ref = REF(shapes[219].u.structure.members_ref, members[449]),
            .u.structure.by_wire_name_ref = REF(shapes[219].u.structure.by_wire_name_ref, by_wire_name[449]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_groups_input),
            .u.structure.member_count = 3,
        },
        [220] = { /* ListGroupsResponse */
            .name_ref = REF(shapes[220].name_ref, strings[9039]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[452]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[452]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_groups_output),
            .u.structure.member_count = 3,
        },
        [221] = { /* ListInstanceProfileTagsRequest */
            .name_ref = REF(shapes[221].name_ref, strings[9058]),
            .u.structure.members_ref = REF(shapes[221].u.structure.members_ref, members[455]),
            .u.structure.by_wire_name_ref = REF(shapes[221].u.structure.by_wire_name_ref, by_wire_name[455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profile_tags_input),
            .u.structure.member_count = 3,
        },
        [222] = { /* ListInstanceProfileTagsResponse */
            .name_ref = REF(shapes[222].name_ref, strings[9089]),
            .u.structure.members_ref = REF(shapes[222].u.structure.members_ref, members[458]),
            .u.structure.by_wire_name_ref = REF(shapes[222].u.structure.by_wire_name_ref, by_wire_name[458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profile_tags_output),
            .u.structure.member_count = 3,
        },
        [223] = { /* ListInstanceProfilesForRoleRequest */
            .name_ref = REF(shapes[223].name_ref, strings[9121]),
            .u.structure.members_ref = REF(shapes[223].u.structure.members_ref, members[461]),
            .u.structure.by_wire_name_ref = REF(shapes[223].u.structure.by_wire_name_ref, by_wire_name[461]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_input),
            .u.structure.member_count = 3,
        },
        [224] = { /* ListInstanceProfilesForRoleResponse */
            .name_ref = REF(shapes[224].name_ref, strings[9156]),
            .u.structure.members_ref = REF(shapes[224].u.structure.members_ref, members[464]),
            .u.structure.by_wire_name_ref = REF(shapes[224].u.structure.by_wire_name_ref, by_wire_name[464]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_output),
            .u.structure.member_count = 3,
        },
        [225] = { /* ListInstanceProfilesRequest */
            .name_ref = REF(shapes[225].name_ref, strings[9209]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[467]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[467]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profiles_input),
            .u.structure.member_count = 3,
        },
        [226] = { /* ListInstanceProfilesResponse */
            .name_ref = REF(shapes[226].name_ref, strings[9237]),
            .u.structure.members_ref = REF(shapes[226].u.structure.members_ref, members[470]),
            .u.structure.by_wire_name_ref = REF(shapes[226].u.structure.by_wire_name_ref, by_wire_name[470]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_instance_profiles_output),
            .u.structure.member_count = 3,
        },
        [227] = { /* ListMFADeviceTagsRequest */
            .name_ref = REF(shapes[227].name_ref, strings[9266]),
            .u.structure.members_ref = REF(shapes[227].u.structure.members_ref, members[473]),
            .u.structure.by_wire_name_ref = REF(shapes[227].u.structure.by_wire_name_ref, by_wire_name[473]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_mfa_device_tags_input),
            .u.structure.member_count = 3,
        },
        [228] = { /* ListMFADeviceTagsResponse */
            .name_ref = REF(shapes[228].name_ref, strings[9291]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[476]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[476]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_mfa_device_tags_output),
            .u.structure.member_count = 3,
        },
        [229] = { /* ListMFADevicesRequest */
            .name_ref = REF(shapes[229].name_ref, strings[9317]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[479]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[479]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_mfa_devices_input),
            .u.structure.member_count = 3,
        },
        [230] = { /* ListMFADevicesResponse */
            .name_ref = REF(shapes[230].name_ref, strings[9339]),
            .u.structure.members_ref = REF(shapes[230].u.structure.members_ref, members[482]),
            .u.structure.by_wire_name_ref = REF(shapes[230].u.structure.by_wire_name_ref, by_wire_name[482]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_mfa_devices_output),
            .u.structure.member_count = 3,
        },
        [231] = { /* ListOpenIDConnectProviderTagsRequest */
            .name_ref = REF(shapes[231].name_ref, strings[9373]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[485]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[485]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_input),
            .u.structure.member_count = 3,
        },
        [232] = { /* ListOpenIDConnectProviderTagsResponse */
            .name_ref = REF(shapes[232].name_ref, strings[9410]),
            .u.structure.members_ref = REF(shapes[232].u.structure.members_ref, members[488]),
            .u.structure.by_wire_name_ref = REF(shapes[232].u.structure.by_wire_name_ref, by_wire_name[488]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_output),
            .u.structure.member_count = 3,
        },
        [233] = { /* ListOpenIDConnectProvidersRequest */
            .name_ref = REF(shapes[233].name_ref, strings[9448]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_open_id_connect_providers_input),
        },
        [234] = { /* ListOpenIDConnectProvidersResponse */
            .name_ref = REF(shapes[234].name_ref, strings[9482]),
            .u.structure.members_ref = REF(shapes[234].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[234].u.structure.by_wire_name_ref, by_wire_name[491]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_open_id_connect_providers_output),
            .u.structure.member_count = 1,
        },
        [235] = { /* ListOrganizationsFeaturesRequest */
            .name_ref = REF(shapes[235].name_ref, strings[9543]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_organizations_features_input),
        },
        [236] = { /* ListOrganizationsFeaturesResponse */
            .name_ref = REF(shapes[236].name_ref, strings[9576]),
            .u.structure.members_ref = REF(shapes[236].u.structure.members_ref, members[492]),
            .u.structure.by_wire_name_ref = REF(shapes[236].u.structure.by_wire_name_ref, by_wire_name[492]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_organizations_features_output),
            .u.structure.member_count = 2,
        },
        [237] = { /* ListPoliciesGrantingServiceAccessEntry */
            .name_ref = REF(shapes[237].name_ref, strings[9610]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[494]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[494]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policies_granting_service_access_entry),
            .u.structure.member_count = 2,
        },
        [238] = { /* ListPoliciesGrantingServiceAccessRequest */
            .name_ref = REF(shapes[238].name_ref, strings[9649]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[496]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[496]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policies_granting_service_access_input),
            .u.structure.member_count = 3,
        },
        [239] = { /* ListPoliciesGrantingServiceAccessResponse */
            .name_ref = REF(shapes[239].name_ref, strings[9708]),
            .u.structure.members_ref = REF(shapes[239].u.structure.members_ref, members[499]),
            .u.structure.by_wire_name_ref = REF(shapes[239].u.structure.by_wire_name_ref, by_wire_name[499]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policies_granting_service_access_output),
            .u.structure.member_count = 3,
        },
        [240] = { /* ListPoliciesRequest */
            .name_ref = REF(shapes[240].name_ref, strings[9780]),
            .u.structure.members_ref = REF(shapes[240].u.structure.members_ref, members[502]),
            .u.structure.by_wire_name_ref = REF(shapes[240].u.structure.by_wire_name_ref, by_wire_name[502]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policies_input),
            .u.structure.member_count = 6,
        },
        [241] = { /* ListPoliciesResponse */
            .name_ref = REF(shapes[241].name_ref, strings[9819]),
            .u.structure.members_ref = REF(shapes[241].u.structure.members_ref, members[508]),
            .u.structure.by_wire_name_ref = REF(shapes[241].u.structure.by_wire_name_ref, by_wire_name[508]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policies_output),
            .u.structure.member_count = 3,
        },
        [242] = { /* ListPolicyTagsRequest */
            .name_ref = REF(shapes[242].name_ref, strings[9840]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[511]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[511]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policy_tags_input),
            .u.structure.member_count = 3,
        },
        [243] = { /* ListPolicyTagsResponse */
            .name_ref = REF(shapes[243].name_ref, strings[9862]),
            .u.structure.members_ref = REF(shapes[243].u.structure.members_ref, members[514]),
            .u.structure.by_wire_name_ref = REF(shapes[243].u.structure.by_wire_name_ref, by_wire_name[514]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policy_tags_output),
            .u.structure.member_count = 3,
        },
        [244] = { /* ListPolicyVersionsRequest */
            .name_ref = REF(shapes[244].name_ref, strings[9885]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[517]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policy_versions_input),
            .u.structure.member_count = 3,
        },
        [245] = { /* ListPolicyVersionsResponse */
            .name_ref = REF(shapes[245].name_ref, strings[9911]),
            .u.structure.members_ref = REF(shapes[245].u.structure.members_ref, members[520]),
            .u.structure.by_wire_name_ref = REF(shapes[245].u.structure.by_wire_name_ref, by_wire_name[520]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_policy_versions_output),
            .u.structure.member_count = 3,
        },
        [246] = { /* ListRolePoliciesRequest */
            .name_ref = REF(shapes[246].name_ref, strings[9947]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[523]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[523]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_role_policies_input),
            .u.structure.member_count = 3,
        },
        [247] = { /* ListRolePoliciesResponse */
            .name_ref = REF(shapes[247].name_ref, strings[9971]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[526]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_role_policies_output),
            .u.structure.member_count = 3,
        },
        [248] = { /* ListRoleTagsRequest */
            .name_ref = REF(shapes[248].name_ref, strings[9996]),
            .u.structure.members_ref = REF(shapes[248].u.structure.members_ref, members[529]),
            .u.structure.by_wire_name_ref = REF(shapes[248].u.structure.by_wire_name_ref, by_wire_name[529]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_role_tags_input),
            .u.structure.member_count = 3,
        },
        [249] = { /* ListRoleTagsResponse */
            .name_ref = REF(shapes[249].name_ref, strings[10016]),
            .u.structure.members_ref = REF(shapes[249].u.structure.members_ref, members[532]),
            .u.structure.by_wire_name_ref = REF(shapes[249].u.structure.by_wire_name_ref, by_wire_name[532]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_role_tags_output),
            .u.structure.member_count = 3,
        },
        [250] = { /* ListRolesRequest */
            .name_ref = REF(shapes[250].name_ref, strings[10037]),
            .u.structure.members_ref = REF(shapes[250].u.structure.members_ref, members[535]),
            .u.structure.by_wire_name_ref = REF(shapes[250].u.structure.by_wire_name_ref, by_wire_name[535]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_roles_input),
            .u.structure.member_count = 3,
        },
        [251] = { /* ListRolesResponse */
            .name_ref = REF(shapes[251].name_ref, strings[10054]),
            .u.structure.members_ref = REF(shapes[251].u.structure.members_ref, members[538]),
            .u.structure.by_wire_name_ref = REF(shapes[251].u.structure.by_wire_name_ref, by_wire_name[538]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_roles_output),
            .u.structure.member_count = 3,
        },
        [252] = { /* ListSAMLProviderTagsRequest */
            .name_ref = REF(shapes[252].name_ref, strings[10072]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[541]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[541]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_saml_provider_tags_input),
            .u.structure.member_count = 3,
        },
        [253] = { /* ListSAMLProviderTagsResponse */
            .name_ref = REF(shapes[253].name_ref, strings[10100]),
            .u.structure.members_ref = REF(shapes[253].u.structure.members_ref, members[544]),
            .u.structure.by_wire_name_ref = REF(shapes[253].u.structure.by_wire_name_ref, by_wire_name[544]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_saml_provider_tags_output),
            .u.structure.member_count = 3,
        },
        [254] = { /* ListSAMLProvidersRequest */
            .name_ref = REF(shapes[254].name_ref, strings[10129]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_saml_providers_input),
        },
        [255] = { /* ListSAMLProvidersResponse */
            .name_ref = REF(shapes[255].name_ref, strings[10154]),
            .u.structure.members_ref = REF(shapes[255].u.structure.members_ref, members[547]),
            .u.structure.by_wire_name_ref = REF(shapes[255].u.structure.by_wire_name_ref, by_wire_name[547]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_saml_providers_output),
            .u.structure.member_count = 1,
        },
        [256] = { /* ListSSHPublicKeysRequest */
            .name_ref = REF(shapes[256].name_ref, strings[10197]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[548]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[548]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_ssh_public_keys_input),
            .u.structure.member_count = 3,
        },
        [257] = { /* ListSSHPublicKeysResponse */
            .name_ref = REF(shapes[257].name_ref, strings[10222]),
            .u.structure.members_ref = REF(shapes[257].u.structure.members_ref, members[551]),
            .u.structure.by_wire_name_ref = REF(shapes[257].u.structure.by_wire_name_ref, by_wire_name[551]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_ssh_public_keys_output),
            .u.structure.member_count = 3,
        },
        [258] = { /* ListServerCertificateTagsRequest */
            .name_ref = REF(shapes[258].name_ref, strings[10262]),
            .u.structure.members_ref = REF(shapes[258].u.structure.members_ref, members[554]),
            .u.structure.by_wire_name_ref = REF(shapes[258].u.structure.by_wire_name_ref, by_wire_name[554]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_server_certificate_tags_input),
            .u.structure.member_count = 3,
        },
        [259] = { /* ListServerCertificateTagsResponse */
            .name_ref = REF(shapes[259].name_ref, strings[10295]),
            .u.structure.members_ref = REF(shapes[259].u.structure.members_ref, members[557]),
            .u.structure.by_wire_name_ref = REF(shapes[259].u.structure.by_wire_name_ref, by_wire_name[557]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_server_certificate_tags_output),
            .u.structure.member_count = 3,
        },
        [260] = { /* ListServerCertificatesRequest */
            .name_ref = REF(shapes[260].name_ref, strings[10329]),
            .u.structure.members_ref = REF(shapes[260].u.structure.members_ref, members[560]),
            .u.structure.by_wire_name_ref = REF(shapes[260].u.structure.by_wire_name_ref, by_wire_name[560]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_server_certificates_input),
            .u.structure.member_count = 3,
        },
        [261] = { /* ListServerCertificatesResponse */
            .name_ref = REF(shapes[261].name_ref, strings[10359]),
            .u.structure.members_ref = REF(shapes[261].u.structure.members_ref, members[563]),
            .u.structure.by_wire_name_ref = REF(shapes[261].u.structure.by_wire_name_ref, by_wire_name[563]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_server_certificates_output),
            .u.structure.member_count = 3,
        },
        [262] = { /* ListServiceSpecificCredentialsRequest */
            .name_ref = REF(shapes[262].name_ref, strings[10420]),
            .u.structure.members_ref = REF(shapes[262].u.structure.members_ref, members[566]),
            .u.structure.by_wire_name_ref = REF(shapes[262].u.structure.by_wire_name_ref, by_wire_name[566]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_service_specific_credentials_input),
            .u.structure.member_count = 5,
        },
        [263] = { /* ListServiceSpecificCredentialsResponse */
            .name_ref = REF(shapes[263].name_ref, strings[10467]),
            .u.structure.members_ref = REF(shapes[263].u.structure.members_ref, members[571]),
            .u.structure.by_wire_name_ref = REF(shapes[263].u.structure.by_wire_name_ref, by_wire_name[571]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_service_specific_credentials_output),
            .u.structure.member_count = 3,
        },
        [264] = { /* ListSigningCertificatesRequest */
            .name_ref = REF(shapes[264].name_ref, strings[10533]),
            .u.structure.members_ref = REF(shapes[264].u.structure.members_ref, members[574]),
            .u.structure.by_wire_name_ref = REF(shapes[264].u.structure.by_wire_name_ref, by_wire_name[574]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_signing_certificates_input),
            .u.structure.member_count = 3,
        },
        [265] = { /* ListSigningCertificatesResponse */
            .name_ref = REF(shapes[265].name_ref, strings[10564]),
            .u.structure.members_ref = REF(shapes[265].u.structure.members_ref, members[577]),
            .u.structure.by_wire_name_ref = REF(shapes[265].u.structure.by_wire_name_ref, by_wire_name[577]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_signing_certificates_output),
            .u.structure.member_count = 3,
        },
        [266] = { /* ListUserPoliciesRequest */
            .name_ref = REF(shapes[266].name_ref, strings[10609]),
            .u.structure.members_ref = REF(shapes[266].u.structure.members_ref, members[580]),
            .u.structure.by_wire_name_ref = REF(shapes[266].u.structure.by_wire_name_ref, by_wire_name[580]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_user_policies_input),
            .u.structure.member_count = 3,
        },
        [267] = { /* ListUserPoliciesResponse */
            .name_ref = REF(shapes[267].name_ref, strings[10633]),
            .u.structure.members_ref = REF(shapes[267].u.structure.members_ref, members[583]),
            .u.structure.by_wire_name_ref = REF(shapes[267].u.structure.by_wire_name_ref, by_wire_name[583]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_user_policies_output),
            .u.structure.member_count = 3,
        },
        [268] = { /* ListUserTagsRequest */
            .name_ref = REF(shapes[268].name_ref, strings[10658]),
            .u.structure.members_ref = REF(shapes[268].u.structure.members_ref, members[586]),
            .u.structure.by_wire_name_ref = REF(shapes[268].u.structure.by_wire_name_ref, by_wire_name[586]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_user_tags_input),
            .u.structure.member_count = 3,
        },
        [269] = { /* ListUserTagsResponse */
            .name_ref = REF(shapes[269].name_ref, strings[10678]),
            .u.structure.members_ref = REF(shapes[269].u.structure.members_ref, members[589]),
            .u.structure.by_wire_name_ref = REF(shapes[269].u.structure.by_wire_name_ref, by_wire_name[589]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_user_tags_output),
            .u.structure.member_count = 3,
        },
        [270] = { /* ListUsersRequest */
            .name_ref = REF(shapes[270].name_ref, strings[10699]),
            .u.structure.members_ref = REF(shapes[270].u.structure.members_ref, members[592]),
            .u.structure.by_wire_name_ref = REF(shapes[270].u.structure.by_wire_name_ref, by_wire_name[592]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_users_input),
            .u.structure.member_count = 3,
        },
        [271] = { /* ListUsersResponse */
            .name_ref = REF(shapes[271].name_ref, strings[10716]),
            .u.structure.members_ref = REF(shapes[271].u.structure.members_ref, members[595]),
            .u.structure.by_wire_name_ref = REF(shapes[271].u.structure.by_wire_name_ref, by_wire_name[595]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_users_output),
            .u.structure.member_count = 3,
        },
        [272] = { /* ListVirtualMFADevicesRequest */
            .name_ref = REF(shapes[272].name_ref, strings[10734]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[598]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[598]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_input),
            .u.structure.member_count = 3,
        },
        [273] = { /* ListVirtualMFADevicesResponse */
            .name_ref = REF(shapes[273].name_ref, strings[10780]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[601]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[601]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_output),
            .u.structure.member_count = 3,
        },
        [274] = { /* LoginProfile */
            .name_ref = REF(shapes[274].name_ref, strings[1962]),
            .u.structure.members_ref = REF(shapes[274].u.structure.members_ref, members[604]),
            .u.structure.by_wire_name_ref = REF(shapes[274].u.structure.by_wire_name_ref, by_wire_name[604]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_login_profile),
            .u.structure.member_count = 3,
        },
        [275] = { /* MFADevice */
            .name_ref = REF(shapes[275].name_ref, strings[10828]),
            .u.structure.members_ref = REF(shapes[275].u.structure.members_ref, members[607]),
            .u.structure.by_wire_name_ref = REF(shapes[275].u.structure.by_wire_name_ref, by_wire_name[607]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_mfa_device),
            .u.structure.member_count = 3,
        },
        [276] = { /* MalformedCertificateException */
            .name_ref = REF(shapes[276].name_ref, strings[10838]),
            .u.structure.members_ref = REF(shapes[276].u.structure.members_ref, members[610]),
            .u.structure.by_wire_name_ref = REF(shapes[276].u.structure.by_wire_name_ref, by_wire_name[610]),
            .u.structure.error_code_ref = REF(shapes[276].u.structure.error_code_ref, strings[10868]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_malformed_certificate_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [277] = { /* MalformedPolicyDocumentException */
            .name_ref = REF(shapes[277].name_ref, strings[10889]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[611]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[611]),
            .u.structure.error_code_ref = REF(shapes[277].u.structure.error_code_ref, strings[10922]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_malformed_policy_document_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [278] = { /* ManagedPolicyDetail */
            .name_ref = REF(shapes[278].name_ref, strings[10946]),
            .u.structure.members_ref = REF(shapes[278].u.structure.members_ref, members[612]),
            .u.structure.by_wire_name_ref = REF(shapes[278].u.structure.by_wire_name_ref, by_wire_name[612]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_managed_policy_detail),
            .u.structure.member_count = 12,
        },
        [279] = { /* ManagedPolicyDetailListType */
            .name_ref = REF(shapes[279].name_ref, strings[11080]),
            .u.collection.item_ref = REF(shapes[279].u.collection.item_ref, shapes[278]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_managed_policy_detail_list_type),
        },
        [280] = { /* NoSuchEntityException */
            .name_ref = REF(shapes[280].name_ref, strings[11108]),
            .u.structure.members_ref = REF(shapes[280].u.structure.members_ref, members[624]),
            .u.structure.by_wire_name_ref = REF(shapes[280].u.structure.by_wire_name_ref, by_wire_name[624]),
            .u.structure.error_code_ref = REF(shapes[280].u.structure.error_code_ref, strings[11130]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_no_such_entity_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [281] = { /* OpenIDConnectProviderListEntry */
            .name_ref = REF(shapes[281].name_ref, strings[11143]),
            .u.structure.members_ref = REF(shapes[281].u.structure.members_ref, members[625]),
            .u.structure.by_wire_name_ref = REF(shapes[281].u.structure.by_wire_name_ref, by_wire_name[625]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_open_id_connect_provider_list_entry),
            .u.structure.member_count = 1,
        },
        [282] = { /* OpenIDConnectProviderListType */
            .name_ref = REF(shapes[282].name_ref, strings[11174]),
            .u.collection.item_ref = REF(shapes[282].u.collection.item_ref, shapes[281]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_open_id_connect_provider_list_type),
        },
        [283] = { /* OpenIDConnectProviderUrlType */
            .name_ref = REF(shapes[283].name_ref, strings[11204]),
            .range_ref = REF(shapes[283].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [284] = { /* OpenIdIdpCommunicationErrorException */
            .name_ref = REF(shapes[284].name_ref, strings[11233]),
            .u.structure.members_ref = REF(shapes[284].u.structure.members_ref, members[626]),
            .u.structure.by_wire_name_ref = REF(shapes[284].u.structure.by_wire_name_ref, by_wire_name[626]),
            .u.structure.error_code_ref = REF(shapes[284].u.structure.error_code_ref, strings[11270]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_open_id_idp_communication_error_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [285] = { /* OrderedOrganizationPolicyType */
            .name_ref = REF(shapes[285].name_ref, strings[11298]),
            .u.structure.members_ref = REF(shapes[285].u.structure.members_ref, members[627]),
            .u.structure.by_wire_name_ref = REF(shapes[285].u.structure.by_wire_name_ref, by_wire_name[627]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_ordered_organization_policy_type),
            .u.structure.member_count = 1,
        },
        [286] = { /* OrganizationIdType */
            .name_ref = REF(shapes[286].name_ref, strings[11358]),
            .range_ref = REF(shapes[286].range_ref, ranges[8]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [287] = { /* OrganizationNotFoundException */
            .name_ref = REF(shapes[287].name_ref, strings[11377]),
            .u.structure.error_code_ref = REF(shapes[287].u.structure.error_code_ref, strings[11377]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_organization_not_found_exception),
            .u.structure.http_status = 0,
        },
        [288] = { /* OrganizationNotInAllFeaturesModeException */
            .name_ref = REF(shapes[288].name_ref, strings[11407]),
            .u.structure.error_code_ref = REF(shapes[288].u.structure.error_code_ref, strings[11407]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_organization_not_in_all_features_mode_exception),
            .u.structure.http_status = 0,
        },
        [289] = { /* OrganizationPolicyListType */
            .name_ref = REF(shapes[289].name_ref, strings[11449]),
            .range_ref = REF(shapes[289].range_ref, ranges[9]),
            .u.collection.item_ref = REF(shapes[289].u.collection.item_ref, shapes[285]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_organization_policy_list_type),
        },
        [290] = { /* OrganizationsDecisionDetail */
            .name_ref = REF(shapes[290].name_ref, strings[5249]),
            .u.structure.members_ref = REF(shapes[290].u.structure.members_ref, members[628]),
            .u.structure.by_wire_name_ref = REF(shapes[290].u.structure.by_wire_name_ref, by_wire_name[628]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_organizations_decision_detail),
            .u.structure.member_count = 1,
        },
        [291] = { /* PasswordPolicy */
            .name_ref = REF(shapes[291].name_ref, strings[6072]),
            .u.structure.members_ref = REF(shapes[291].u.structure.members_ref, members[629]),
            .u.structure.by_wire_name_ref = REF(shapes[291].u.structure.by_wire_name_ref, by_wire_name[629]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_password_policy),
            .u.structure.member_count = 10,
        },
        [292] = { /* PasswordPolicyViolationException */
            .name_ref = REF(shapes[292].name_ref, strings[11698]),
            .u.structure.members_ref = REF(shapes[292].u.structure.members_ref, members[639]),
            .u.structure.by_wire_name_ref = REF(shapes[292].u.structure.by_wire_name_ref, by_wire_name[639]),
            .u.structure.error_code_ref = REF(shapes[292].u.structure.error_code_ref, strings[11731]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_password_policy_violation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [293] = { /* PermissionsBoundaryAttachmentType */
            .name_ref = REF(shapes[293].name_ref, strings[11755]),
            .u.string.enum_values_ref = REF(shapes[293].u.string.enum_values_ref, strings[11789]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [294] = { /* PermissionsBoundaryDecisionDetail */
            .name_ref = REF(shapes[294].name_ref, strings[5277]),
            .u.structure.members_ref = REF(shapes[294].u.structure.members_ref, members[640]),
            .u.structure.by_wire_name_ref = REF(shapes[294].u.structure.by_wire_name_ref, by_wire_name[640]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_permissions_boundary_decision_detail),
            .u.structure.member_count = 1,
        },
        [295] = { /* Policy */
            .name_ref = REF(shapes[295].name_ref, strings[2134]),
            .u.structure.members_ref = REF(shapes[295].u.structure.members_ref, members[641]),
            .u.structure.by_wire_name_ref = REF(shapes[295].u.structure.by_wire_name_ref, by_wire_name[641]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy),
            .u.structure.member_count = 12,
        },
        [296] = { /* PolicyDetail */
            .name_ref = REF(shapes[296].name_ref, strings[11844]),
            .u.structure.members_ref = REF(shapes[296].u.structure.members_ref, members[653]),
            .u.structure.by_wire_name_ref = REF(shapes[296].u.structure.by_wire_name_ref, by_wire_name[653]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_detail),
            .u.structure.member_count = 2,
        },
        [297] = { /* PolicyEvaluationDecisionType */
            .name_ref = REF(shapes[297].name_ref, strings[11857]),
            .u.string.enum_values_ref = REF(shapes[297].u.string.enum_values_ref, strings[11886]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [298] = { /* PolicyEvaluationException */
            .name_ref = REF(shapes[298].name_ref, strings[11920]),
            .u.structure.members_ref = REF(shapes[298].u.structure.members_ref, members[655]),
            .u.structure.by_wire_name_ref = REF(shapes[298].u.structure.by_wire_name_ref, by_wire_name[655]),
            .u.structure.error_code_ref = REF(shapes[298].u.structure.error_code_ref, strings[11946]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_policy_evaluation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 500,
        },
        [299] = { /* PolicyExclusionsListType */
            .name_ref = REF(shapes[299].name_ref, strings[11963]),
            .range_ref = REF(shapes[299].range_ref, ranges[10]),
            .u.collection.item_ref = REF(shapes[299].u.collection.item_ref, shapes[303]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_exclusions_list_type),
        },
        [300] = { /* PolicyGrantingServiceAccess */
            .name_ref = REF(shapes[300].name_ref, strings[11988]),
            .u.structure.members_ref = REF(shapes[300].u.structure.members_ref, members[656]),
            .u.structure.by_wire_name_ref = REF(shapes[300].u.structure.by_wire_name_ref, by_wire_name[656]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_granting_service_access),
            .u.structure.member_count = 5,
        },
        [301] = { /* PolicyGroup */
            .name_ref = REF(shapes[301].name_ref, strings[12038]),
            .u.structure.members_ref = REF(shapes[301].u.structure.members_ref, members[661]),
            .u.structure.by_wire_name_ref = REF(shapes[301].u.structure.by_wire_name_ref, by_wire_name[661]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_group),
            .u.structure.member_count = 2,
        },
        [302] = { /* PolicyGroupListType */
            .name_ref = REF(shapes[302].name_ref, strings[12050]),
            .u.collection.item_ref = REF(shapes[302].u.collection.item_ref, shapes[301]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_group_list_type),
        },
        [303] = { /* PolicyIdentifier */
            .name_ref = REF(shapes[303].name_ref, strings[12070]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[663]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[663]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_iam_policy_identifier),
            .u.structure.member_count = 3,
        },
        [304] = { /* PolicyIdentifierPolicyType */
            .name_ref = REF(shapes[304].name_ref, strings[12110]),
            .u.string.enum_values_ref = REF(shapes[304].u.string.enum_values_ref, strings[12137]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [305] = { /* PolicyIdentifierType */
            .name_ref = REF(shapes[305].name_ref, strings[12197]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [306] = { /* PolicyNotAttachableException */
            .name_ref = REF(shapes[306].name_ref, strings[12218]),
            .u.structure.members_ref = REF(shapes[306].u.structure.members_ref, members[666]),
            .u.structure.by_wire_name_ref = REF(shapes[306].u.structure.by_wire_name_ref, by_wire_name[666]),
            .u.structure.error_code_ref = REF(shapes[306].u.structure.error_code_ref, strings[12247]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_policy_not_attachable_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [307] = { /* PolicyParameter */
            .name_ref = REF(shapes[307].name_ref, strings[12267]),
            .u.structure.members_ref = REF(shapes[307].u.structure.members_ref, members[667]),
            .u.structure.by_wire_name_ref = REF(shapes[307].u.structure.by_wire_name_ref, by_wire_name[667]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_parameter),
            .u.structure.member_count = 3,
        },
        [308] = { /* PolicyParameterTypeEnum */
            .name_ref = REF(shapes[308].name_ref, strings[12290]),
            .u.string.enum_values_ref = REF(shapes[308].u.string.enum_values_ref, strings[12314]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [309] = { /* PolicyRole */
            .name_ref = REF(shapes[309].name_ref, strings[12332]),
            .u.structure.members_ref = REF(shapes[309].u.structure.members_ref, members[670]),
            .u.structure.by_wire_name_ref = REF(shapes[309].u.structure.by_wire_name_ref, by_wire_name[670]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_role),
            .u.structure.member_count = 2,
        },
        [310] = { /* PolicyRoleListType */
            .name_ref = REF(shapes[310].name_ref, strings[12350]),
            .u.collection.item_ref = REF(shapes[310].u.collection.item_ref, shapes[309]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_role_list_type),
        },
        [311] = { /* PolicySourceType */
            .name_ref = REF(shapes[311].name_ref, strings[12369]),
            .u.string.enum_values_ref = REF(shapes[311].u.string.enum_values_ref, strings[12386]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 7,
        },
        [312] = { /* PolicyUsageType */
            .name_ref = REF(shapes[312].name_ref, strings[12441]),
            .u.string.enum_values_ref = REF(shapes[312].u.string.enum_values_ref, strings[12457]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [313] = { /* PolicyUser */
            .name_ref = REF(shapes[313].name_ref, strings[12495]),
            .u.structure.members_ref = REF(shapes[313].u.structure.members_ref, members[672]),
            .u.structure.by_wire_name_ref = REF(shapes[313].u.structure.by_wire_name_ref, by_wire_name[672]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_user),
            .u.structure.member_count = 2,
        },
        [314] = { /* PolicyUserListType */
            .name_ref = REF(shapes[314].name_ref, strings[12513]),
            .u.collection.item_ref = REF(shapes[314].u.collection.item_ref, shapes[313]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_user_list_type),
        },
        [315] = { /* PolicyVersion */
            .name_ref = REF(shapes[315].name_ref, strings[2209]),
            .u.structure.members_ref = REF(shapes[315].u.structure.members_ref, members[674]),
            .u.structure.by_wire_name_ref = REF(shapes[315].u.structure.by_wire_name_ref, by_wire_name[674]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_policy_version),
            .u.structure.member_count = 4,
        },
        [316] = { /* Position */
            .name_ref = REF(shapes[316].name_ref, strings[12558]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[678]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[678]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_position),
            .u.structure.member_count = 2,
        },
        [317] = { /* PutGroupPolicyRequest */
            .name_ref = REF(shapes[317].name_ref, strings[12579]),
            .u.structure.members_ref = REF(shapes[317].u.structure.members_ref, members[680]),
            .u.structure.by_wire_name_ref = REF(shapes[317].u.structure.by_wire_name_ref, by_wire_name[680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_put_group_policy_input),
            .u.structure.member_count = 3,
        },
        [318] = { /* PutRolePermissionsBoundaryRequest */
            .name_ref = REF(shapes[318].name_ref, strings[12601]),
            .u.structure.members_ref = REF(shapes[318].u.structure.members_ref, members[683]),
            .u.structure.by_wire_name_ref = REF(shapes[318].u.structure.by_wire_name_ref, by_wire_name[683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_put_role_permissions_boundary_input),
            .u.structure.member_count = 2,
        },
        [319] = { /* PutRolePolicyRequest */
            .name_ref = REF(shapes[319].name_ref, strings[12635]),
            .u.structure.members_ref = REF(shapes[319].u.structure.members_ref, members[685]),
            .u.structure.by_wire_name_ref = REF(shapes[319].u.structure.by_wire_name_ref, by_wire_name[685]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_put_role_policy_input),
            .u.structure.member_count = 3,
        },
        [320] = { /* PutUserPermissionsBoundaryRequest */
            .name_ref = REF(shapes[320].name_ref, strings[12656]),
            .u.structure.members_ref = REF(shapes[320].u.structure.members_ref, members[688]),
            .u.structure.by_wire_name_ref = REF(shapes[320].u.structure.by_wire_name_ref, by_wire_name[688]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_put_user_permissions_boundary_input),
            .u.structure.member_count = 2,
        },
        [321] = { /* PutUserPolicyRequest */
            .name_ref = REF(shapes[321].name_ref, strings[12690]),
            .u.structure.members_ref = REF(shapes[321].u.structure.members_ref, members[690]),
            .u.structure.by_wire_name_ref = REF(shapes[321].u.structure.by_wire_name_ref, by_wire_name[690]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_put_user_policy_input),
            .u.structure.member_count = 3,
        },
        [322] = { /* ReasonType */
            .name_ref = REF(shapes[322].name_ref, strings[12711]),
            .range_ref = REF(shapes[322].range_ref, ranges[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [323] = { /* RegionNameType */
            .name_ref = REF(shapes[323].name_ref, strings[12722]),
            .range_ref = REF(shapes[323].range_ref, ranges[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [324] = { /* RejectDelegationRequestRequest */
            .name_ref = REF(shapes[324].name_ref, strings[12737]),
            .u.structure.members_ref = REF(shapes[324].u.structure.members_ref, members[693]),
            .u.structure.by_wire_name_ref = REF(shapes[324].u.structure.by_wire_name_ref, by_wire_name[693]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_reject_delegation_request_input),
            .u.structure.member_count = 2,
        },
        [325] = { /* RemoveClientIDFromOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[325].name_ref, strings[12768]),
            .u.structure.members_ref = REF(shapes[325].u.structure.members_ref, members[695]),
            .u.structure.by_wire_name_ref = REF(shapes[325].u.structure.by_wire_name_ref, by_wire_name[695]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input),
            .u.structure.member_count = 2,
        },
        [326] = { /* RemoveRoleFromInstanceProfileRequest */
            .name_ref = REF(shapes[326].name_ref, strings[12815]),
            .u.structure.members_ref = REF(shapes[326].u.structure.members_ref, members[697]),
            .u.structure.by_wire_name_ref = REF(shapes[326].u.structure.by_wire_name_ref, by_wire_name[697]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_remove_role_from_instance_profile_input),
            .u.structure.member_count = 2,
        },
        [327] = { /* RemoveUserFromGroupRequest */
            .name_ref = REF(shapes[327].name_ref, strings[12852]),
            .u.structure.members_ref = REF(shapes[327].u.structure.members_ref, members[699]),
            .u.structure.by_wire_name_ref = REF(shapes[327].u.structure.by_wire_name_ref, by_wire_name[699]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_remove_user_from_group_input),
            .u.structure.member_count = 2,
        },
        [328] = { /* ReportContentType */
            .name_ref = REF(shapes[328].name_ref, strings[12879]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [329] = { /* ReportFormatType */
            .name_ref = REF(shapes[329].name_ref, strings[12897]),
            .u.string.enum_values_ref = REF(shapes[329].u.string.enum_values_ref, strings[12914]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [330] = { /* ReportGenerationLimitExceededException */
            .name_ref = REF(shapes[330].name_ref, strings[12923]),
            .u.structure.members_ref = REF(shapes[330].u.structure.members_ref, members[701]),
            .u.structure.by_wire_name_ref = REF(shapes[330].u.structure.by_wire_name_ref, by_wire_name[701]),
            .u.structure.error_code_ref = REF(shapes[330].u.structure.error_code_ref, strings[12962]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_report_generation_limit_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 409,
        },
        [331] = { /* ReportStateDescriptionType */
            .name_ref = REF(shapes[331].name_ref, strings[12992]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [332] = { /* ReportStateType */
            .name_ref = REF(shapes[332].name_ref, strings[13019]),
            .u.string.enum_values_ref = REF(shapes[332].u.string.enum_values_ref, strings[13035]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [333] = { /* ResetServiceSpecificCredentialRequest */
            .name_ref = REF(shapes[333].name_ref, strings[13063]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[702]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[702]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_reset_service_specific_credential_input),
            .u.structure.member_count = 2,
        },
        [334] = { /* ResetServiceSpecificCredentialResponse */
            .name_ref = REF(shapes[334].name_ref, strings[13101]),
            .u.structure.members_ref = REF(shapes[334].u.structure.members_ref, members[704]),
            .u.structure.by_wire_name_ref = REF(shapes[334].u.structure.by_wire_name_ref, by_wire_name[704]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_reset_service_specific_credential_output),
            .u.structure.member_count = 1,
        },
        [335] = { /* ResourceHandlingOptionType */
            .name_ref = REF(shapes[335].name_ref, strings[13140]),
            .range_ref = REF(shapes[335].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [336] = { /* ResourceNameListType */
            .name_ref = REF(shapes[336].name_ref, strings[13167]),
            .u.collection.item_ref = REF(shapes[336].u.collection.item_ref, shapes[337]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [337] = { /* ResourceNameType */
            .name_ref = REF(shapes[337].name_ref, strings[13188]),
            .range_ref = REF(shapes[337].range_ref, ranges[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [338] = { /* ResourceSpecificResult */
            .name_ref = REF(shapes[338].name_ref, strings[13205]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[705]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[705]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_resource_specific_result),
            .u.structure.member_count = 6,
        },
        [339] = { /* ResourceSpecificResultListType */
            .name_ref = REF(shapes[339].name_ref, strings[13249]),
            .u.collection.item_ref = REF(shapes[339].u.collection.item_ref, shapes[338]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_resource_specific_result_list_type),
        },
        [340] = { /* ResyncMFADeviceRequest */
            .name_ref = REF(shapes[340].name_ref, strings[13280]),
            .u.structure.members_ref = REF(shapes[340].u.structure.members_ref, members[711]),
            .u.structure.by_wire_name_ref = REF(shapes[340].u.structure.by_wire_name_ref, by_wire_name[711]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_resync_mfa_device_input),
            .u.structure.member_count = 4,
        },
        [341] = { /* Role */
            .name_ref = REF(shapes[341].name_ref, strings[2324]),
            .u.structure.members_ref = REF(shapes[341].u.structure.members_ref, members[715]),
            .u.structure.by_wire_name_ref = REF(shapes[341].u.structure.by_wire_name_ref, by_wire_name[715]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_role),
            .u.structure.member_count = 11,
        },
        [342] = { /* RoleDetail */
            .name_ref = REF(shapes[342].name_ref, strings[13316]),
            .u.structure.members_ref = REF(shapes[342].u.structure.members_ref, members[726]),
            .u.structure.by_wire_name_ref = REF(shapes[342].u.structure.by_wire_name_ref, by_wire_name[726]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_role_detail),
            .u.structure.member_count = 12,
        },
        [343] = { /* RoleLastUsed */
            .name_ref = REF(shapes[343].name_ref, strings[13303]),
            .u.structure.members_ref = REF(shapes[343].u.structure.members_ref, members[738]),
            .u.structure.by_wire_name_ref = REF(shapes[343].u.structure.by_wire_name_ref, by_wire_name[738]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_role_last_used),
            .u.structure.member_count = 2,
        },
        [344] = { /* RoleUsageListType */
            .name_ref = REF(shapes[344].name_ref, strings[13362]),
            .u.collection.item_ref = REF(shapes[344].u.collection.item_ref, shapes[345]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_role_usage_list_type),
        },
        [345] = { /* RoleUsageType */
            .name_ref = REF(shapes[345].name_ref, strings[13380]),
            .u.structure.members_ref = REF(shapes[345].u.structure.members_ref, members[740]),
            .u.structure.by_wire_name_ref = REF(shapes[345].u.structure.by_wire_name_ref, by_wire_name[740]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_role_usage_type),
            .u.structure.member_count = 2,
        },
        [346] = { /* SAMLMetadataDocumentType */
            .name_ref = REF(shapes[346].name_ref, strings[13404]),
            .range_ref = REF(shapes[346].range_ref, ranges[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [347] = { /* SAMLPrivateKey */
            .name_ref = REF(shapes[347].name_ref, strings[13429]),
            .u.structure.members_ref = REF(shapes[347].u.structure.members_ref, members[742]),
            .u.structure.by_wire_name_ref = REF(shapes[347].u.structure.by_wire_name_ref, by_wire_name[742]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_saml_private_key),
            .u.structure.member_count = 2,
        },
        [348] = { /* SAMLProviderListEntry */
            .name_ref = REF(shapes[348].name_ref, strings[13460]),
            .u.structure.members_ref = REF(shapes[348].u.structure.members_ref, members[744]),
            .u.structure.by_wire_name_ref = REF(shapes[348].u.structure.by_wire_name_ref, by_wire_name[744]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_saml_provider_list_entry),
            .u.structure.member_count = 3,
        },
        [349] = { /* SAMLProviderListType */
            .name_ref = REF(shapes[349].name_ref, strings[13482]),
            .u.collection.item_ref = REF(shapes[349].u.collection.item_ref, shapes[348]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_saml_provider_list_type),
        },
        [350] = { /* SAMLProviderNameType */
            .name_ref = REF(shapes[350].name_ref, strings[13503]),
            .range_ref = REF(shapes[350].range_ref, ranges[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [351] = { /* SSHPublicKey */
            .name_ref = REF(shapes[351].name_ref, strings[7442]),
            .u.structure.members_ref = REF(shapes[351].u.structure.members_ref, members[747]),
            .u.structure.by_wire_name_ref = REF(shapes[351].u.structure.by_wire_name_ref, by_wire_name[747]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_ssh_public_key),
            .u.structure.member_count = 6,
        },
        [352] = { /* SSHPublicKeyListType */
            .name_ref = REF(shapes[352].name_ref, strings[13564]),
            .u.collection.item_ref = REF(shapes[352].u.collection.item_ref, shapes[353]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_ssh_public_key_list_type),
        },
        [353] = { /* SSHPublicKeyMetadata */
            .name_ref = REF(shapes[353].name_ref, strings[13585]),
            .u.structure.members_ref = REF(shapes[353].u.structure.members_ref, members[753]),
            .u.structure.by_wire_name_ref = REF(shapes[353].u.structure.by_wire_name_ref, by_wire_name[753]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_ssh_public_key_metadata),
            .u.structure.member_count = 4,
        },
        [354] = { /* SendDelegationTokenRequest */
            .name_ref = REF(shapes[354].name_ref, strings[13606]),
            .u.structure.members_ref = REF(shapes[354].u.structure.members_ref, members[757]),
            .u.structure.by_wire_name_ref = REF(shapes[354].u.structure.by_wire_name_ref, by_wire_name[757]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_send_delegation_token_input),
            .u.structure.member_count = 1,
        },
        [355] = { /* ServerCertificate */
            .name_ref = REF(shapes[355].name_ref, strings[7512]),
            .u.structure.members_ref = REF(shapes[355].u.structure.members_ref, members[758]),
            .u.structure.by_wire_name_ref = REF(shapes[355].u.structure.by_wire_name_ref, by_wire_name[758]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_server_certificate),
            .u.structure.member_count = 4,
        },
        [356] = { /* ServerCertificateMetadata */
            .name_ref = REF(shapes[356].name_ref, strings[13633]),
            .u.structure.members_ref = REF(shapes[356].u.structure.members_ref, members[762]),
            .u.structure.by_wire_name_ref = REF(shapes[356].u.structure.by_wire_name_ref, by_wire_name[762]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_server_certificate_metadata),
            .u.structure.member_count = 6,
        },
        [357] = { /* ServiceAccessNotEnabledException */
            .name_ref = REF(shapes[357].name_ref, strings[13723]),
            .u.structure.error_code_ref = REF(shapes[357].u.structure.error_code_ref, strings[13723]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_service_access_not_enabled_exception),
            .u.structure.http_status = 0,
        },
        [358] = { /* ServiceFailureException */
            .name_ref = REF(shapes[358].name_ref, strings[13756]),
            .u.structure.members_ref = REF(shapes[358].u.structure.members_ref, members[768]),
            .u.structure.by_wire_name_ref = REF(shapes[358].u.structure.by_wire_name_ref, by_wire_name[768]),
            .u.structure.error_code_ref = REF(shapes[358].u.structure.error_code_ref, strings[13780]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_iam_service_failure_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 500,
        },
        [359] = { /* ServiceLastAccessed */
            .name_ref = REF(shapes[359].name_ref, strings[13795]),
            .u.structure.members_ref = REF(shapes[359].u.structure.members_ref, members[769]),
            .u.structure.by_wire_name_ref = REF(shapes[359].u.structure.by_wire_name_ref, by_wire_name[769]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_service_last_accessed),
            .u.structure.member_count = 7,
        },
        [360] = { /* ServiceNotSupportedException */
            .name_ref = REF(shapes[360].name_ref, strings[13890]),
            .u.structure.members_ref = REF(shapes[360].u.structure.members_ref, members[776]),
            .u.structure.by_wire_name_ref = REF(shapes[360].u.structure.by_wire_name_ref, by_wire_name[776]),
            .u.structure.error_code_ref = REF(shapes[360].u.structure.error_code_ref, strings[13919]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_service_not_supported_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [361] = { /* ServiceSpecificCredential */
            .name_ref = REF(shapes[361].name_ref, strings[2650]),
            .u.structure.members_ref = REF(shapes[361].u.structure.members_ref, members[777]),
            .u.structure.by_wire_name_ref = REF(shapes[361].u.structure.by_wire_name_ref, by_wire_name[777]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_service_specific_credential),
            .u.structure.member_count = 10,
        },
        [362] = { /* ServiceSpecificCredentialMetadata */
            .name_ref = REF(shapes[362].name_ref, strings[14033]),
            .u.structure.members_ref = REF(shapes[362].u.structure.members_ref, members[787]),
            .u.structure.by_wire_name_ref = REF(shapes[362].u.structure.by_wire_name_ref, by_wire_name[787]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_service_specific_credential_metadata),
            .u.structure.member_count = 8,
        },
        [363] = { /* ServiceSpecificCredentialsListType */
            .name_ref = REF(shapes[363].name_ref, strings[14067]),
            .u.collection.item_ref = REF(shapes[363].u.collection.item_ref, shapes[362]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_service_specific_credentials_list_type),
        },
        [364] = { /* ServicesLastAccessed */
            .name_ref = REF(shapes[364].name_ref, strings[7613]),
            .u.collection.item_ref = REF(shapes[364].u.collection.item_ref, shapes[359]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_services_last_accessed),
        },
        [365] = { /* SetDefaultPolicyVersionRequest */
            .name_ref = REF(shapes[365].name_ref, strings[14102]),
            .u.structure.members_ref = REF(shapes[365].u.structure.members_ref, members[795]),
            .u.structure.by_wire_name_ref = REF(shapes[365].u.structure.by_wire_name_ref, by_wire_name[795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_set_default_policy_version_input),
            .u.structure.member_count = 2,
        },
        [366] = { /* SetSecurityTokenServicePreferencesRequest */
            .name_ref = REF(shapes[366].name_ref, strings[14133]),
            .u.structure.members_ref = REF(shapes[366].u.structure.members_ref, members[797]),
            .u.structure.by_wire_name_ref = REF(shapes[366].u.structure.by_wire_name_ref, by_wire_name[797]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_set_security_token_service_preferences_input),
            .u.structure.member_count = 1,
        },
        [367] = { /* SigningCertificate */
            .name_ref = REF(shapes[367].name_ref, strings[14202]),
            .u.structure.members_ref = REF(shapes[367].u.structure.members_ref, members[798]),
            .u.structure.by_wire_name_ref = REF(shapes[367].u.structure.by_wire_name_ref, by_wire_name[798]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_signing_certificate),
            .u.structure.member_count = 5,
        },
        [368] = { /* SimulateCustomPolicyRequest */
            .name_ref = REF(shapes[368].name_ref, strings[14221]),
            .u.structure.members_ref = REF(shapes[368].u.structure.members_ref, members[803]),
            .u.structure.by_wire_name_ref = REF(shapes[368].u.structure.by_wire_name_ref, by_wire_name[803]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_simulate_custom_policy_input),
            .u.structure.member_count = 12,
        },
        [369] = { /* SimulatePolicyResponse */
            .name_ref = REF(shapes[369].name_ref, strings[14421]),
            .u.structure.members_ref = REF(shapes[369].u.structure.members_ref, members[815]),
            .u.structure.by_wire_name_ref = REF(shapes[369].u.structure.by_wire_name_ref, by_wire_name[815]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_simulate_policy_response),
            .u.structure.member_count = 3,
        },
        [370] = { /* SimulatePrincipalPolicyRequest */
            .name_ref = REF(shapes[370].name_ref, strings[14462]),
            .u.structure.members_ref = REF(shapes[370].u.structure.members_ref, members[818]),
            .u.structure.by_wire_name_ref = REF(shapes[370].u.structure.by_wire_name_ref, by_wire_name[818]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_simulate_principal_policy_input),
            .u.structure.member_count = 13,
        },
        [371] = { /* SimulationPolicyListType */
            .name_ref = REF(shapes[371].name_ref, strings[14513]),
            .u.collection.item_ref = REF(shapes[371].u.collection.item_ref, shapes[507]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [372] = { /* Statement */
            .name_ref = REF(shapes[372].name_ref, strings[14538]),
            .u.structure.members_ref = REF(shapes[372].u.structure.members_ref, members[831]),
            .u.structure.by_wire_name_ref = REF(shapes[372].u.structure.by_wire_name_ref, by_wire_name[831]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_statement),
            .u.structure.member_count = 4,
        },
        [373] = { /* StatementListType */
            .name_ref = REF(shapes[373].name_ref, strings[14606]),
            .u.collection.item_ref = REF(shapes[373].u.collection.item_ref, shapes[372]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_statement_list_type),
        },
        [374] = { /* Tag */
            .name_ref = REF(shapes[374].name_ref, strings[14624]),
            .u.structure.members_ref = REF(shapes[374].u.structure.members_ref, members[835]),
            .u.structure.by_wire_name_ref = REF(shapes[374].u.structure.by_wire_name_ref, by_wire_name[835]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag),
            .u.structure.member_count = 2,
        },
        [375] = { /* TagInstanceProfileRequest */
            .name_ref = REF(shapes[375].name_ref, strings[14638]),
            .u.structure.members_ref = REF(shapes[375].u.structure.members_ref, members[837]),
            .u.structure.by_wire_name_ref = REF(shapes[375].u.structure.by_wire_name_ref, by_wire_name[837]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_instance_profile_input),
            .u.structure.member_count = 2,
        },
        [376] = { /* TagMFADeviceRequest */
            .name_ref = REF(shapes[376].name_ref, strings[14664]),
            .u.structure.members_ref = REF(shapes[376].u.structure.members_ref, members[839]),
            .u.structure.by_wire_name_ref = REF(shapes[376].u.structure.by_wire_name_ref, by_wire_name[839]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_mfa_device_input),
            .u.structure.member_count = 2,
        },
        [377] = { /* TagOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[377].name_ref, strings[14684]),
            .u.structure.members_ref = REF(shapes[377].u.structure.members_ref, members[841]),
            .u.structure.by_wire_name_ref = REF(shapes[377].u.structure.by_wire_name_ref, by_wire_name[841]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_open_id_connect_provider_input),
            .u.structure.member_count = 2,
        },
        [378] = { /* TagPolicyRequest */
            .name_ref = REF(shapes[378].name_ref, strings[14716]),
            .u.structure.members_ref = REF(shapes[378].u.structure.members_ref, members[843]),
            .u.structure.by_wire_name_ref = REF(shapes[378].u.structure.by_wire_name_ref, by_wire_name[843]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_policy_input),
            .u.structure.member_count = 2,
        },
        [379] = { /* TagRoleRequest */
            .name_ref = REF(shapes[379].name_ref, strings[14733]),
            .u.structure.members_ref = REF(shapes[379].u.structure.members_ref, members[845]),
            .u.structure.by_wire_name_ref = REF(shapes[379].u.structure.by_wire_name_ref, by_wire_name[845]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_role_input),
            .u.structure.member_count = 2,
        },
        [380] = { /* TagSAMLProviderRequest */
            .name_ref = REF(shapes[380].name_ref, strings[14748]),
            .u.structure.members_ref = REF(shapes[380].u.structure.members_ref, members[847]),
            .u.structure.by_wire_name_ref = REF(shapes[380].u.structure.by_wire_name_ref, by_wire_name[847]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_saml_provider_input),
            .u.structure.member_count = 2,
        },
        [381] = { /* TagServerCertificateRequest */
            .name_ref = REF(shapes[381].name_ref, strings[14771]),
            .u.structure.members_ref = REF(shapes[381].u.structure.members_ref, members[849]),
            .u.structure.by_wire_name_ref = REF(shapes[381].u.structure.by_wire_name_ref, by_wire_name[849]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_server_certificate_input),
            .u.structure.member_count = 2,
        },
        [382] = { /* TagUserRequest */
            .name_ref = REF(shapes[382].name_ref, strings[14799]),
            .u.structure.members_ref = REF(shapes[382].u.structure.members_ref, members[851]),
            .u.structure.by_wire_name_ref = REF(shapes[382].u.structure.by_wire_name_ref, by_wire_name[851]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tag_user_input),
            .u.structure.member_count = 2,
        },
        [383] = { /* TrackedActionLastAccessed */
            .name_ref = REF(shapes[383].name_ref, strings[14814]),
            .u.structure.members_ref = REF(shapes[383].u.structure.members_ref, members[853]),
            .u.structure.by_wire_name_ref = REF(shapes[383].u.structure.by_wire_name_ref, by_wire_name[853]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_tracked_action_last_accessed),
            .u.structure.member_count = 4,
        },
        [384] = { /* TrackedActionsLastAccessed */
            .name_ref = REF(shapes[384].name_ref, strings[13863]),
            .u.collection.item_ref = REF(shapes[384].u.collection.item_ref, shapes[383]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tracked_actions_last_accessed),
        },
        [385] = { /* UnmodifiableEntityException */
            .name_ref = REF(shapes[385].name_ref, strings[14906]),
            .u.structure.members_ref = REF(shapes[385].u.structure.members_ref, members[857]),
            .u.structure.by_wire_name_ref = REF(shapes[385].u.structure.by_wire_name_ref, by_wire_name[857]),
            .u.structure.error_code_ref = REF(shapes[385].u.structure.error_code_ref, strings[14934]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_unmodifiable_entity_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [386] = { /* UnrecognizedPublicKeyEncodingException */
            .name_ref = REF(shapes[386].name_ref, strings[14953]),
            .u.structure.members_ref = REF(shapes[386].u.structure.members_ref, members[858]),
            .u.structure.by_wire_name_ref = REF(shapes[386].u.structure.by_wire_name_ref, by_wire_name[858]),
            .u.structure.error_code_ref = REF(shapes[386].u.structure.error_code_ref, strings[14992]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_iam_unrecognized_public_key_encoding_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [387] = { /* UntagInstanceProfileRequest */
            .name_ref = REF(shapes[387].name_ref, strings[15022]),
            .u.structure.members_ref = REF(shapes[387].u.structure.members_ref, members[859]),
            .u.structure.by_wire_name_ref = REF(shapes[387].u.structure.by_wire_name_ref, by_wire_name[859]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_instance_profile_input),
            .u.structure.member_count = 2,
        },
        [388] = { /* UntagMFADeviceRequest */
            .name_ref = REF(shapes[388].name_ref, strings[15058]),
            .u.structure.members_ref = REF(shapes[388].u.structure.members_ref, members[861]),
            .u.structure.by_wire_name_ref = REF(shapes[388].u.structure.by_wire_name_ref, by_wire_name[861]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_mfa_device_input),
            .u.structure.member_count = 2,
        },
        [389] = { /* UntagOpenIDConnectProviderRequest */
            .name_ref = REF(shapes[389].name_ref, strings[15080]),
            .u.structure.members_ref = REF(shapes[389].u.structure.members_ref, members[863]),
            .u.structure.by_wire_name_ref = REF(shapes[389].u.structure.by_wire_name_ref, by_wire_name[863]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_open_id_connect_provider_input),
            .u.structure.member_count = 2,
        },
        [390] = { /* UntagPolicyRequest */
            .name_ref = REF(shapes[390].name_ref, strings[15114]),
            .u.structure.members_ref = REF(shapes[390].u.structure.members_ref, members[865]),
            .u.structure.by_wire_name_ref = REF(shapes[390].u.structure.by_wire_name_ref, by_wire_name[865]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_policy_input),
            .u.structure.member_count = 2,
        },
        [391] = { /* UntagRoleRequest */
            .name_ref = REF(shapes[391].name_ref, strings[15133]),
            .u.structure.members_ref = REF(shapes[391].u.structure.members_ref, members[867]),
            .u.structure.by_wire_name_ref = REF(shapes[391].u.structure.by_wire_name_ref, by_wire_name[867]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_role_input),
            .u.structure.member_count = 2,
        },
        [392] = { /* UntagSAMLProviderRequest */
            .name_ref = REF(shapes[392].name_ref, strings[15150]),
            .u.structure.members_ref = REF(shapes[392].u.structure.members_ref, members[869]),
            .u.structure.by_wire_name_ref = REF(shapes[392].u.structure.by_wire_name_ref, by_wire_name[869]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_saml_provider_input),
            .u.structure.member_count = 2,
        },
        [393] = { /* UntagServerCertificateRequest */
            .name_ref = REF(shapes[393].name_ref, strings[15175]),
            .u.structure.members_ref = REF(shapes[393].u.structure.members_ref, members[871]),
            .u.structure.by_wire_name_ref = REF(shapes[393].u.structure.by_wire_name_ref, by_wire_name[871]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_server_certificate_input),
            .u.structure.member_count = 2,
        },
        [394] = { /* UntagUserRequest */
            .name_ref = REF(shapes[394].name_ref, strings[15205]),
            .u.structure.members_ref = REF(shapes[394].u.structure.members_ref, members[873]),
            .u.structure.by_wire_name_ref = REF(shapes[394].u.structure.by_wire_name_ref, by_wire_name[873]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_untag_user_input),
            .u.structure.member_count = 2,
        },
        [395] = { /* UpdateAccessKeyRequest */
            .name_ref = REF(shapes[395].name_ref, strings[15222]),
            .u.structure.members_ref = REF(shapes[395].u.structure.members_ref, members[875]),
            .u.structure.by_wire_name_ref = REF(shapes[395].u.structure.by_wire_name_ref, by_wire_name[875]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_access_key_input),
            .u.structure.member_count = 3,
        },
        [396] = { /* UpdateAccountPasswordPolicyRequest */
            .name_ref = REF(shapes[396].name_ref, strings[15245]),
            .u.structure.members_ref = REF(shapes[396].u.structure.members_ref, members[878]),
            .u.structure.by_wire_name_ref = REF(shapes[396].u.structure.by_wire_name_ref, by_wire_name[878]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_account_password_policy_input),
            .u.structure.member_count = 9,
        },
        [397] = { /* UpdateAssumeRolePolicyRequest */
            .name_ref = REF(shapes[397].name_ref, strings[15280]),
            .u.structure.members_ref = REF(shapes[397].u.structure.members_ref, members[887]),
            .u.structure.by_wire_name_ref = REF(shapes[397].u.structure.by_wire_name_ref, by_wire_name[887]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_assume_role_policy_input),
            .u.structure.member_count = 2,
        },
        [398] = { /* UpdateDelegationRequestRequest */
            .name_ref = REF(shapes[398].name_ref, strings[15310]),
            .u.structure.members_ref = REF(shapes[398].u.structure.members_ref, members[889]),
            .u.structure.by_wire_name_ref = REF(shapes[398].u.structure.by_wire_name_ref, by_wire_name[889]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_delegation_request_input),
            .u.structure.member_count = 2,
        },
        [399] = { /* UpdateGroupRequest */
            .name_ref = REF(shapes[399].name_ref, strings[15341]),
            .u.structure.members_ref = REF(shapes[399].u.structure.members_ref, members[891]),
            .u.structure.by_wire_name_ref = REF(shapes[399].u.structure.by_wire_name_ref, by_wire_name[891]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_group_input),
            .u.structure.member_count = 3,
        },
        [400] = { /* UpdateLoginProfileRequest */
            .name_ref = REF(shapes[400].name_ref, strings[15381]),
            .u.structure.members_ref = REF(shapes[400].u.structure.members_ref, members[894]),
            .u.structure.by_wire_name_ref = REF(shapes[400].u.structure.by_wire_name_ref, by_wire_name[894]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_login_profile_input),
            .u.structure.member_count = 3,
        },
        [401] = { /* UpdateOpenIDConnectProviderThumbprintRequest */
            .name_ref = REF(shapes[401].name_ref, strings[15407]),
            .u.structure.members_ref = REF(shapes[401].u.structure.members_ref, members[897]),
            .u.structure.by_wire_name_ref = REF(shapes[401].u.structure.by_wire_name_ref, by_wire_name[897]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input),
            .u.structure.member_count = 2,
        },
        [402] = { /* UpdateRoleDescriptionRequest */
            .name_ref = REF(shapes[402].name_ref, strings[15452]),
            .u.structure.members_ref = REF(shapes[402].u.structure.members_ref, members[899]),
            .u.structure.by_wire_name_ref = REF(shapes[402].u.structure.by_wire_name_ref, by_wire_name[899]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_role_description_input),
            .u.structure.member_count = 2,
        },
        [403] = { /* UpdateRoleDescriptionResponse */
            .name_ref = REF(shapes[403].name_ref, strings[15481]),
            .u.structure.members_ref = REF(shapes[403].u.structure.members_ref, members[901]),
            .u.structure.by_wire_name_ref = REF(shapes[403].u.structure.by_wire_name_ref, by_wire_name[901]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_role_description_output),
            .u.structure.member_count = 1,
        },
        [404] = { /* UpdateRoleRequest */
            .name_ref = REF(shapes[404].name_ref, strings[15511]),
            .u.structure.members_ref = REF(shapes[404].u.structure.members_ref, members[902]),
            .u.structure.by_wire_name_ref = REF(shapes[404].u.structure.by_wire_name_ref, by_wire_name[902]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_role_input),
            .u.structure.member_count = 3,
        },
        [405] = { /* UpdateRoleResponse */
            .name_ref = REF(shapes[405].name_ref, strings[15529]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_role_output),
        },
        [406] = { /* UpdateSAMLProviderRequest */
            .name_ref = REF(shapes[406].name_ref, strings[15548]),
            .u.structure.members_ref = REF(shapes[406].u.structure.members_ref, members[905]),
            .u.structure.by_wire_name_ref = REF(shapes[406].u.structure.by_wire_name_ref, by_wire_name[905]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_saml_provider_input),
            .u.structure.member_count = 5,
        },
        [407] = { /* UpdateSAMLProviderResponse */
            .name_ref = REF(shapes[407].name_ref, strings[15591]),
            .u.structure.members_ref = REF(shapes[407].u.structure.members_ref, members[910]),
            .u.structure.by_wire_name_ref = REF(shapes[407].u.structure.by_wire_name_ref, by_wire_name[910]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_saml_provider_output),
            .u.structure.member_count = 1,
        },
        [408] = { /* UpdateSSHPublicKeyRequest */
            .name_ref = REF(shapes[408].name_ref, strings[15618]),
            .u.structure.members_ref = REF(shapes[408].u.structure.members_ref, members[911]),
            .u.structure.by_wire_name_ref = REF(shapes[408].u.structure.by_wire_name_ref, by_wire_name[911]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_ssh_public_key_input),
            .u.structure.member_count = 3,
        },
        [409] = { /* UpdateServerCertificateRequest */
            .name_ref = REF(shapes[409].name_ref, strings[15644]),
            .u.structure.members_ref = REF(shapes[409].u.structure.members_ref, members[914]),
            .u.structure.by_wire_name_ref = REF(shapes[409].u.structure.by_wire_name_ref, by_wire_name[914]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_server_certificate_input),
            .u.structure.member_count = 3,
        },
        [410] = { /* UpdateServiceSpecificCredentialRequest */
            .name_ref = REF(shapes[410].name_ref, strings[15700]),
            .u.structure.members_ref = REF(shapes[410].u.structure.members_ref, members[917]),
            .u.structure.by_wire_name_ref = REF(shapes[410].u.structure.by_wire_name_ref, by_wire_name[917]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_service_specific_credential_input),
            .u.structure.member_count = 3,
        },
        [411] = { /* UpdateSigningCertificateRequest */
            .name_ref = REF(shapes[411].name_ref, strings[15739]),
            .u.structure.members_ref = REF(shapes[411].u.structure.members_ref, members[920]),
            .u.structure.by_wire_name_ref = REF(shapes[411].u.structure.by_wire_name_ref, by_wire_name[920]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_signing_certificate_input),
            .u.structure.member_count = 3,
        },
        [412] = { /* UpdateUserRequest */
            .name_ref = REF(shapes[412].name_ref, strings[15771]),
            .u.structure.members_ref = REF(shapes[412].u.structure.members_ref, members[923]),
            .u.structure.by_wire_name_ref = REF(shapes[412].u.structure.by_wire_name_ref, by_wire_name[923]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_update_user_input),
            .u.structure.member_count = 3,
        },
        [413] = { /* UploadSSHPublicKeyRequest */
            .name_ref = REF(shapes[413].name_ref, strings[15801]),
            .u.structure.members_ref = REF(shapes[413].u.structure.members_ref, members[926]),
            .u.structure.by_wire_name_ref = REF(shapes[413].u.structure.by_wire_name_ref, by_wire_name[926]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_ssh_public_key_input),
            .u.structure.member_count = 2,
        },
        [414] = { /* UploadSSHPublicKeyResponse */
            .name_ref = REF(shapes[414].name_ref, strings[15827]),
            .u.structure.members_ref = REF(shapes[414].u.structure.members_ref, members[928]),
            .u.structure.by_wire_name_ref = REF(shapes[414].u.structure.by_wire_name_ref, by_wire_name[928]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_ssh_public_key_output),
            .u.structure.member_count = 1,
        },
        [415] = { /* UploadServerCertificateRequest */
            .name_ref = REF(shapes[415].name_ref, strings[15854]),
            .u.structure.members_ref = REF(shapes[415].u.structure.members_ref, members[929]),
            .u.structure.by_wire_name_ref = REF(shapes[415].u.structure.by_wire_name_ref, by_wire_name[929]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_server_certificate_input),
            .u.structure.member_count = 6,
        },
        [416] = { /* UploadServerCertificateResponse */
            .name_ref = REF(shapes[416].name_ref, strings[15896]),
            .u.structure.members_ref = REF(shapes[416].u.structure.members_ref, members[935]),
            .u.structure.by_wire_name_ref = REF(shapes[416].u.structure.by_wire_name_ref, by_wire_name[935]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_server_certificate_output),
            .u.structure.member_count = 2,
        },
        [417] = { /* UploadSigningCertificateRequest */
            .name_ref = REF(shapes[417].name_ref, strings[15928]),
            .u.structure.members_ref = REF(shapes[417].u.structure.members_ref, members[937]),
            .u.structure.by_wire_name_ref = REF(shapes[417].u.structure.by_wire_name_ref, by_wire_name[937]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_signing_certificate_input),
            .u.structure.member_count = 2,
        },
        [418] = { /* UploadSigningCertificateResponse */
            .name_ref = REF(shapes[418].name_ref, strings[15960]),
            .u.structure.members_ref = REF(shapes[418].u.structure.members_ref, members[939]),
            .u.structure.by_wire_name_ref = REF(shapes[418].u.structure.by_wire_name_ref, by_wire_name[939]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_upload_signing_certificate_output),
            .u.structure.member_count = 1,
        },
        [419] = { /* User */
            .name_ref = REF(shapes[419].name_ref, strings[2713]),
            .u.structure.members_ref = REF(shapes[419].u.structure.members_ref, members[940]),
            .u.structure.by_wire_name_ref = REF(shapes[419].u.structure.by_wire_name_ref, by_wire_name[940]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_user),
            .u.structure.member_count = 8,
        },
        [420] = { /* UserDetail */
            .name_ref = REF(shapes[420].name_ref, strings[16022]),
            .u.structure.members_ref = REF(shapes[420].u.structure.members_ref, members[948]),
            .u.structure.by_wire_name_ref = REF(shapes[420].u.structure.by_wire_name_ref, by_wire_name[948]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_user_detail),
            .u.structure.member_count = 10,
        },
        [421] = { /* VirtualMFADevice */
            .name_ref = REF(shapes[421].name_ref, strings[2800]),
            .u.structure.members_ref = REF(shapes[421].u.structure.members_ref, members[958]),
            .u.structure.by_wire_name_ref = REF(shapes[421].u.structure.by_wire_name_ref, by_wire_name[958]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_iam_virtual_mfa_device),
            .u.structure.member_count = 6,
        },
        [422] = { /* accessKeyIdType */
            .name_ref = REF(shapes[422].name_ref, strings[16085]),
            .range_ref = REF(shapes[422].range_ref, ranges[17]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [423] = { /* accessKeyMetadataListType */
            .name_ref = REF(shapes[423].name_ref, strings[16101]),
            .u.collection.item_ref = REF(shapes[423].u.collection.item_ref, shapes[6]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_access_key_metadata_list_type),
        },
        [424] = { /* accessKeySecretType */
            .name_ref = REF(shapes[424].name_ref, strings[16127]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [425] = { /* accountAliasListType */
            .name_ref = REF(shapes[425].name_ref, strings[16147]),
            .u.collection.item_ref = REF(shapes[425].u.collection.item_ref, shapes[426]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [426] = { /* accountAliasType */
            .name_ref = REF(shapes[426].name_ref, strings[16168]),
            .range_ref = REF(shapes[426].range_ref, ranges[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [427] = { /* accountIdType */
            .name_ref = REF(shapes[427].name_ref, strings[16185]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [428] = { /* allUsers */
            .name_ref = REF(shapes[428].name_ref, strings[16199]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [429] = { /* arnType */
            .name_ref = REF(shapes[429].name_ref, strings[16208]),
            .range_ref = REF(shapes[429].range_ref, ranges[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [430] = { /* assertionEncryptionModeType */
            .name_ref = REF(shapes[430].name_ref, strings[16216]),
            .u.string.enum_values_ref = REF(shapes[430].u.string.enum_values_ref, strings[16244]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [431] = { /* assignmentStatusType */
            .name_ref = REF(shapes[431].name_ref, strings[16261]),
            .u.string.enum_values_ref = REF(shapes[431].u.string.enum_values_ref, strings[16282]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [432] = { /* attachedPoliciesListType */
            .name_ref = REF(shapes[432].name_ref, strings[16306]),
            .u.collection.item_ref = REF(shapes[432].u.collection.item_ref, shapes[19]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_attached_policies_list_type),
        },
        [433] = { /* attachmentCountType */
            .name_ref = REF(shapes[433].name_ref, strings[16331]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [434] = { /* authenticationCodeType */
            .name_ref = REF(shapes[434].name_ref, strings[16351]),
            .range_ref = REF(shapes[434].range_ref, ranges[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [435] = { /* booleanObjectType */
            .name_ref = REF(shapes[435].name_ref, strings[16374]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [436] = { /* booleanType */
            .name_ref = REF(shapes[436].name_ref, strings[16392]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [437] = { /* certificateBodyType */
            .name_ref = REF(shapes[437].name_ref, strings[16404]),
            .range_ref = REF(shapes[437].range_ref, ranges[21]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [438] = { /* certificateChainType */
            .name_ref = REF(shapes[438].name_ref, strings[16424]),
            .range_ref = REF(shapes[438].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [439] = { /* certificateIdType */
            .name_ref = REF(shapes[439].name_ref, strings[16445]),
            .range_ref = REF(shapes[439].range_ref, ranges[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [440] = { /* certificateListType */
            .name_ref = REF(shapes[440].name_ref, strings[16463]),
            .u.collection.item_ref = REF(shapes[440].u.collection.item_ref, shapes[367]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_certificate_list_type),
        },
        [441] = { /* clientIDListType */
            .name_ref = REF(shapes[441].name_ref, strings[16483]),
            .u.collection.item_ref = REF(shapes[441].u.collection.item_ref, shapes[442]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [442] = { /* clientIDType */
            .name_ref = REF(shapes[442].name_ref, strings[16500]),
            .range_ref = REF(shapes[442].range_ref, ranges[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [443] = { /* consoleDeepLinkType */
            .name_ref = REF(shapes[443].name_ref, strings[16513]),
            .range_ref = REF(shapes[443].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [444] = { /* credentialAgeDays */
            .name_ref = REF(shapes[444].name_ref, strings[16533]),
            .range_ref = REF(shapes[444].range_ref, ranges[26]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [445] = { /* credentialReportExpiredExceptionMessage */
            .name_ref = REF(shapes[445].name_ref, strings[16551]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [446] = { /* credentialReportNotPresentExceptionMessage */
            .name_ref = REF(shapes[446].name_ref, strings[16591]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [447] = { /* credentialReportNotReadyExceptionMessage */
            .name_ref = REF(shapes[447].name_ref, strings[16634]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [448] = { /* customSuffixType */
            .name_ref = REF(shapes[448].name_ref, strings[16675]),
            .range_ref = REF(shapes[448].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [449] = { /* dateType */
            .name_ref = REF(shapes[449].name_ref, strings[16692]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [450] = { /* delegationRequestDescriptionType */
            .name_ref = REF(shapes[450].name_ref, strings[16701]),
            .range_ref = REF(shapes[450].range_ref, ranges[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [451] = { /* delegationRequestIdType */
            .name_ref = REF(shapes[451].name_ref, strings[16734]),
            .range_ref = REF(shapes[451].range_ref, ranges[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [452] = { /* delegationRequestsListType */
            .name_ref = REF(shapes[452].name_ref, strings[16758]),
            .u.collection.item_ref = REF(shapes[452].u.collection.item_ref, shapes[72]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_delegation_requests_list_type),
        },
        [453] = { /* deleteConflictMessage */
            .name_ref = REF(shapes[453].name_ref, strings[16785]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [454] = { /* duplicateCertificateMessage */
            .name_ref = REF(shapes[454].name_ref, strings[16807]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [455] = { /* duplicateSSHPublicKeyMessage */
            .name_ref = REF(shapes[455].name_ref, strings[16835]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [456] = { /* encodingType */
            .name_ref = REF(shapes[456].name_ref, strings[16864]),
            .u.string.enum_values_ref = REF(shapes[456].u.string.enum_values_ref, strings[16877]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [457] = { /* entityAlreadyExistsMessage */
            .name_ref = REF(shapes[457].name_ref, strings[16885]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [458] = { /* entityDetailsListType */
            .name_ref = REF(shapes[458].name_ref, strings[16912]),
            .u.collection.item_ref = REF(shapes[458].u.collection.item_ref, shapes[116]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_entity_details_list_type),
        },
        [459] = { /* entityListType */
            .name_ref = REF(shapes[459].name_ref, strings[16934]),
            .u.collection.item_ref = REF(shapes[459].u.collection.item_ref, shapes[119]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [460] = { /* entityNameType */
            .name_ref = REF(shapes[460].name_ref, strings[16949]),
            .range_ref = REF(shapes[460].range_ref, ranges[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [461] = { /* entityTemporarilyUnmodifiableMessage */
            .name_ref = REF(shapes[461].name_ref, strings[16964]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [462] = { /* existingUserNameType */
            .name_ref = REF(shapes[462].name_ref, strings[17001]),
            .range_ref = REF(shapes[462].range_ref, ranges[31]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [463] = { /* globalEndpointTokenVersion */
            .name_ref = REF(shapes[463].name_ref, strings[17022]),
            .u.string.enum_values_ref = REF(shapes[463].u.string.enum_values_ref, strings[17049]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [464] = { /* groupDetailListType */
            .name_ref = REF(shapes[464].name_ref, strings[17065]),
            .u.collection.item_ref = REF(shapes[464].u.collection.item_ref, shapes[190]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_group_detail_list_type),
        },
        [465] = { /* groupListType */
            .name_ref = REF(shapes[465].name_ref, strings[17085]),
            .u.collection.item_ref = REF(shapes[465].u.collection.item_ref, shapes[189]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_group_list_type),
        },
        [466] = { /* groupNameListType */
            .name_ref = REF(shapes[466].name_ref, strings[17099]),
            .u.collection.item_ref = REF(shapes[466].u.collection.item_ref, shapes[467]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [467] = { /* groupNameType */
            .name_ref = REF(shapes[467].name_ref, strings[17117]),
            .range_ref = REF(shapes[467].range_ref, ranges[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [468] = { /* idType */
            .name_ref = REF(shapes[468].name_ref, strings[17131]),
            .range_ref = REF(shapes[468].range_ref, ranges[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [469] = { /* instanceProfileListType */
            .name_ref = REF(shapes[469].name_ref, strings[17138]),
            .u.collection.item_ref = REF(shapes[469].u.collection.item_ref, shapes[192]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_instance_profile_list_type),
        },
        [470] = { /* instanceProfileNameType */
            .name_ref = REF(shapes[470].name_ref, strings[17162]),
            .range_ref = REF(shapes[470].range_ref, ranges[34]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [471] = { /* integerType */
            .name_ref = REF(shapes[471].name_ref, strings[17186]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [472] = { /* invalidAuthenticationCodeMessage */
            .name_ref = REF(shapes[472].name_ref, strings[17198]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [473] = { /* invalidCertificateMessage */
            .name_ref = REF(shapes[473].name_ref, strings[17231]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [474] = { /* invalidInputMessage */
            .name_ref = REF(shapes[474].name_ref, strings[17257]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [475] = { /* invalidPublicKeyMessage */
            .name_ref = REF(shapes[475].name_ref, strings[17277]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [476] = { /* invalidUserTypeMessage */
            .name_ref = REF(shapes[476].name_ref, strings[17301]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [477] = { /* jobIDType */
            .name_ref = REF(shapes[477].name_ref, strings[17324]),
            .range_ref = REF(shapes[477].range_ref, ranges[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [478] = { /* jobStatusType */
            .name_ref = REF(shapes[478].name_ref, strings[17334]),
            .u.string.enum_values_ref = REF(shapes[478].u.string.enum_values_ref, strings[17348]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [479] = { /* keyPairMismatchMessage */
            .name_ref = REF(shapes[479].name_ref, strings[17377]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [480] = { /* limitExceededMessage */
            .name_ref = REF(shapes[480].name_ref, strings[17400]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [481] = { /* listPolicyGrantingServiceAccessResponseListType */
            .name_ref = REF(shapes[481].name_ref, strings[17421]),
            .u.collection.item_ref = REF(shapes[481].u.collection.item_ref, shapes[237]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_list_policy_granting_service_access_response_list_type),
        },
        [482] = { /* localeType */
            .name_ref = REF(shapes[482].name_ref, strings[17469]),
            .range_ref = REF(shapes[482].range_ref, ranges[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [483] = { /* malformedCertificateMessage */
            .name_ref = REF(shapes[483].name_ref, strings[17480]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [484] = { /* malformedPolicyDocumentMessage */
            .name_ref = REF(shapes[484].name_ref, strings[17508]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [485] = { /* markerType */
            .name_ref = REF(shapes[485].name_ref, strings[17539]),
            .range_ref = REF(shapes[485].range_ref, ranges[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [486] = { /* maxItemsType */
            .name_ref = REF(shapes[486].name_ref, strings[17550]),
            .range_ref = REF(shapes[486].range_ref, ranges[38]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [487] = { /* maxPasswordAgeType */
            .name_ref = REF(shapes[487].name_ref, strings[17563]),
            .range_ref = REF(shapes[487].range_ref, ranges[39]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [488] = { /* mfaDeviceListType */
            .name_ref = REF(shapes[488].name_ref, strings[17582]),
            .u.collection.item_ref = REF(shapes[488].u.collection.item_ref, shapes[275]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_mfa_device_list_type),
        },
        [489] = { /* minimumPasswordLengthType */
            .name_ref = REF(shapes[489].name_ref, strings[17600]),
            .range_ref = REF(shapes[489].range_ref, ranges[40]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [490] = { /* noSuchEntityMessage */
            .name_ref = REF(shapes[490].name_ref, strings[17626]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [491] = { /* notesType */
            .name_ref = REF(shapes[491].name_ref, strings[17646]),
            .range_ref = REF(shapes[491].range_ref, ranges[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [492] = { /* notificationChannelType */
            .name_ref = REF(shapes[492].name_ref, strings[17656]),
            .range_ref = REF(shapes[492].range_ref, ranges[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [493] = { /* openIdIdpCommunicationErrorExceptionMessage */
            .name_ref = REF(shapes[493].name_ref, strings[17680]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [494] = { /* organizationsEntityPathType */
            .name_ref = REF(shapes[494].name_ref, strings[17724]),
            .range_ref = REF(shapes[494].range_ref, ranges[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [495] = { /* organizationsPolicyIdType */
            .name_ref = REF(shapes[495].name_ref, strings[17752]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [496] = { /* ownerIdType */
            .name_ref = REF(shapes[496].name_ref, strings[17778]),
            .range_ref = REF(shapes[496].range_ref, ranges[44]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [497] = { /* passwordPolicyViolationMessage */
            .name_ref = REF(shapes[497].name_ref, strings[17790]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [498] = { /* passwordReusePreventionType */
            .name_ref = REF(shapes[498].name_ref, strings[17821]),
            .range_ref = REF(shapes[498].range_ref, ranges[45]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [499] = { /* passwordType */
            .name_ref = REF(shapes[499].name_ref, strings[17849]),
            .range_ref = REF(shapes[499].range_ref, ranges[46]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [500] = { /* pathPrefixType */
            .name_ref = REF(shapes[500].name_ref, strings[17862]),
            .range_ref = REF(shapes[500].range_ref, ranges[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [501] = { /* pathType */
            .name_ref = REF(shapes[501].name_ref, strings[17877]),
            .range_ref = REF(shapes[501].range_ref, ranges[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [502] = { /* permissionCheckResultType */
            .name_ref = REF(shapes[502].name_ref, strings[17886]),
            .u.string.enum_values_ref = REF(shapes[502].u.string.enum_values_ref, strings[17912]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [503] = { /* permissionCheckStatusType */
            .name_ref = REF(shapes[503].name_ref, strings[17934]),
            .u.string.enum_values_ref = REF(shapes[503].u.string.enum_values_ref, strings[17960]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [504] = { /* permissionType */
            .name_ref = REF(shapes[504].name_ref, strings[17988]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [505] = { /* policyDescriptionType */
            .name_ref = REF(shapes[505].name_ref, strings[18003]),
            .range_ref = REF(shapes[505].range_ref, ranges[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [506] = { /* policyDetailListType */
            .name_ref = REF(shapes[506].name_ref, strings[18025]),
            .u.collection.item_ref = REF(shapes[506].u.collection.item_ref, shapes[296]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_detail_list_type),
        },
        [507] = { /* policyDocumentType */
            .name_ref = REF(shapes[507].name_ref, strings[18046]),
            .range_ref = REF(shapes[507].range_ref, ranges[50]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [508] = { /* policyDocumentVersionListType */
            .name_ref = REF(shapes[508].name_ref, strings[18065]),
            .u.collection.item_ref = REF(shapes[508].u.collection.item_ref, shapes[315]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_document_version_list_type),
        },
        [509] = { /* policyEvaluationErrorMessage */
            .name_ref = REF(shapes[509].name_ref, strings[18095]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [510] = { /* policyGrantingServiceAccessListType */
            .name_ref = REF(shapes[510].name_ref, strings[18124]),
            .u.collection.item_ref = REF(shapes[510].u.collection.item_ref, shapes[300]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_granting_service_access_list_type),
        },
        [511] = { /* policyListType */
            .name_ref = REF(shapes[511].name_ref, strings[18160]),
            .u.collection.item_ref = REF(shapes[511].u.collection.item_ref, shapes[295]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_list_type),
        },
        [512] = { /* policyNameListType */
            .name_ref = REF(shapes[512].name_ref, strings[18175]),
            .u.collection.item_ref = REF(shapes[512].u.collection.item_ref, shapes[513]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [513] = { /* policyNameType */
            .name_ref = REF(shapes[513].name_ref, strings[18194]),
            .range_ref = REF(shapes[513].range_ref, ranges[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [514] = { /* policyNotAttachableMessage */
            .name_ref = REF(shapes[514].name_ref, strings[18209]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [515] = { /* policyOwnerEntityType */
            .name_ref = REF(shapes[515].name_ref, strings[18236]),
            .u.string.enum_values_ref = REF(shapes[515].u.string.enum_values_ref, strings[18258]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [516] = { /* policyParameterListType */
            .name_ref = REF(shapes[516].name_ref, strings[18274]),
            .range_ref = REF(shapes[516].range_ref, ranges[52]),
            .u.collection.item_ref = REF(shapes[516].u.collection.item_ref, shapes[307]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_policy_parameter_list_type),
        },
        [517] = { /* policyParameterNameType */
            .name_ref = REF(shapes[517].name_ref, strings[18298]),
            .range_ref = REF(shapes[517].range_ref, ranges[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [518] = { /* policyParameterValueType */
            .name_ref = REF(shapes[518].name_ref, strings[18322]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [519] = { /* policyParameterValuesListType */
            .name_ref = REF(shapes[519].name_ref, strings[18347]),
            .u.collection.item_ref = REF(shapes[519].u.collection.item_ref, shapes[518]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [520] = { /* policyPathType */
            .name_ref = REF(shapes[520].name_ref, strings[18377]),
            .range_ref = REF(shapes[520].range_ref, ranges[54]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [521] = { /* policyScopeType */
            .name_ref = REF(shapes[521].name_ref, strings[18392]),
            .u.string.enum_values_ref = REF(shapes[521].u.string.enum_values_ref, strings[18408]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [522] = { /* policyType */
            .name_ref = REF(shapes[522].name_ref, strings[18422]),
            .u.string.enum_values_ref = REF(shapes[522].u.string.enum_values_ref, strings[18433]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [523] = { /* policyVersionIdType */
            .name_ref = REF(shapes[523].name_ref, strings[18448]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [524] = { /* privateKeyIdType */
            .name_ref = REF(shapes[524].name_ref, strings[18468]),
            .range_ref = REF(shapes[524].range_ref, ranges[55]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [525] = { /* privateKeyList */
            .name_ref = REF(shapes[525].name_ref, strings[18485]),
            .range_ref = REF(shapes[525].range_ref, ranges[56]),
            .u.collection.item_ref = REF(shapes[525].u.collection.item_ref, shapes[347]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_private_key_list),
        },
        [526] = { /* privateKeyType */
            .name_ref = REF(shapes[526].name_ref, strings[18500]),
            .range_ref = REF(shapes[526].range_ref, ranges[57]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [527] = { /* publicKeyFingerprintType */
            .name_ref = REF(shapes[527].name_ref, strings[18515]),
            .range_ref = REF(shapes[527].range_ref, ranges[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [528] = { /* publicKeyIdType */
            .name_ref = REF(shapes[528].name_ref, strings[18540]),
            .range_ref = REF(shapes[528].range_ref, ranges[59]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [529] = { /* publicKeyMaterialType */
            .name_ref = REF(shapes[529].name_ref, strings[18556]),
            .range_ref = REF(shapes[529].range_ref, ranges[60]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [530] = { /* redirectUrlType */
            .name_ref = REF(shapes[530].name_ref, strings[18578]),
            .range_ref = REF(shapes[530].range_ref, ranges[61]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [531] = { /* reportGenerationLimitExceededMessage */
            .name_ref = REF(shapes[531].name_ref, strings[18594]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [532] = { /* requestMessageType */
            .name_ref = REF(shapes[532].name_ref, strings[18631]),
            .range_ref = REF(shapes[532].range_ref, ranges[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [533] = { /* requestorNameType */
            .name_ref = REF(shapes[533].name_ref, strings[18650]),
            .range_ref = REF(shapes[533].range_ref, ranges[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [534] = { /* requestorWorkflowIdType */
            .name_ref = REF(shapes[534].name_ref, strings[18668]),
            .range_ref = REF(shapes[534].range_ref, ranges[64]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [535] = { /* responseMarkerType */
            .name_ref = REF(shapes[535].name_ref, strings[18692]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [536] = { /* roleDescriptionType */
            .name_ref = REF(shapes[536].name_ref, strings[18711]),
            .range_ref = REF(shapes[536].range_ref, ranges[65]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [537] = { /* roleDetailListType */
            .name_ref = REF(shapes[537].name_ref, strings[18731]),
            .u.collection.item_ref = REF(shapes[537].u.collection.item_ref, shapes[342]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_role_detail_list_type),
        },
        [538] = { /* roleListType */
            .name_ref = REF(shapes[538].name_ref, strings[18750]),
            .u.collection.item_ref = REF(shapes[538].u.collection.item_ref, shapes[341]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_role_list_type),
        },
        [539] = { /* roleMaxSessionDurationType */
            .name_ref = REF(shapes[539].name_ref, strings[18763]),
            .range_ref = REF(shapes[539].range_ref, ranges[66]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [540] = { /* roleNameType */
            .name_ref = REF(shapes[540].name_ref, strings[18790]),
            .range_ref = REF(shapes[540].range_ref, ranges[67]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [541] = { /* rolePermissionRestrictionArnListType */
            .name_ref = REF(shapes[541].name_ref, strings[18803]),
            .u.collection.item_ref = REF(shapes[541].u.collection.item_ref, shapes[429]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [542] = { /* serialNumberType */
            .name_ref = REF(shapes[542].name_ref, strings[18840]),
            .range_ref = REF(shapes[542].range_ref, ranges[68]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [543] = { /* serverCertificateMetadataListType */
            .name_ref = REF(shapes[543].name_ref, strings[18857]),
            .u.collection.item_ref = REF(shapes[543].u.collection.item_ref, shapes[356]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_server_certificate_metadata_list_type),
        },
        [544] = { /* serverCertificateNameType */
            .name_ref = REF(shapes[544].name_ref, strings[18891]),
            .range_ref = REF(shapes[544].range_ref, ranges[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [545] = { /* serviceCredentialAlias */
            .name_ref = REF(shapes[545].name_ref, strings[18917]),
            .range_ref = REF(shapes[545].range_ref, ranges[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [546] = { /* serviceCredentialSecret */
            .name_ref = REF(shapes[546].name_ref, strings[18940]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [547] = { /* serviceFailureExceptionMessage */
            .name_ref = REF(shapes[547].name_ref, strings[18964]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [548] = { /* serviceName */
            .name_ref = REF(shapes[548].name_ref, strings[18995]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [549] = { /* serviceNameType */
            .name_ref = REF(shapes[549].name_ref, strings[19007]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [550] = { /* serviceNamespaceListType */
            .name_ref = REF(shapes[550].name_ref, strings[19023]),
            .range_ref = REF(shapes[550].range_ref, ranges[71]),
            .u.collection.item_ref = REF(shapes[550].u.collection.item_ref, shapes[551]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [551] = { /* serviceNamespaceType */
            .name_ref = REF(shapes[551].name_ref, strings[19048]),
            .range_ref = REF(shapes[551].range_ref, ranges[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [552] = { /* serviceNotSupportedMessage */
            .name_ref = REF(shapes[552].name_ref, strings[19069]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [553] = { /* servicePassword */
            .name_ref = REF(shapes[553].name_ref, strings[19096]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [554] = { /* serviceSpecificCredentialId */
            .name_ref = REF(shapes[554].name_ref, strings[19112]),
            .range_ref = REF(shapes[554].range_ref, ranges[73]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [555] = { /* serviceUserName */
            .name_ref = REF(shapes[555].name_ref, strings[19140]),
            .range_ref = REF(shapes[555].range_ref, ranges[74]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [556] = { /* sessionDurationType */
            .name_ref = REF(shapes[556].name_ref, strings[19156]),
            .range_ref = REF(shapes[556].range_ref, ranges[75]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [557] = { /* sortKeyType */
            .name_ref = REF(shapes[557].name_ref, strings[19176]),
            .u.string.enum_values_ref = REF(shapes[557].u.string.enum_values_ref, strings[19188]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [558] = { /* stateType */
            .name_ref = REF(shapes[558].name_ref, strings[19314]),
            .u.string.enum_values_ref = REF(shapes[558].u.string.enum_values_ref, strings[19324]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 7,
        },
        [559] = { /* statusType */
            .name_ref = REF(shapes[559].name_ref, strings[19397]),
            .u.string.enum_values_ref = REF(shapes[559].u.string.enum_values_ref, strings[19408]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [560] = { /* stringType */
            .name_ref = REF(shapes[560].name_ref, strings[19432]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [561] = { /* summaryContentType */
            .name_ref = REF(shapes[561].name_ref, strings[19443]),
            .range_ref = REF(shapes[561].range_ref, ranges[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [562] = { /* summaryKeyType */
            .name_ref = REF(shapes[562].name_ref, strings[19462]),
            .u.string.enum_values_ref = REF(shapes[562].u.string.enum_values_ref, strings[19477]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 34,
        },
        [563] = { /* summaryMapType */
            .name_ref = REF(shapes[563].name_ref, strings[20132]),
            .u.collection.item_ref = REF(shapes[563].u.collection.item_ref, shapes[565]),
            .u.collection.key_ref = REF(shapes[563].u.collection.key_ref, shapes[562]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_iam_summary_map_type),
            .u.collection.value_offset = offsetof(struct awsc_iam_summary_map_type_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_iam_summary_map_type_entry),
        },
        [564] = { /* summaryStateType */
            .name_ref = REF(shapes[564].name_ref, strings[20147]),
            .u.string.enum_values_ref = REF(shapes[564].u.string.enum_values_ref, strings[20164]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [565] = { /* summaryValueType */
            .name_ref = REF(shapes[565].name_ref, strings[20209]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [566] = { /* tagKeyListType */
            .name_ref = REF(shapes[566].name_ref, strings[20226]),
            .range_ref = REF(shapes[566].range_ref, ranges[77]),
            .u.collection.item_ref = REF(shapes[566].u.collection.item_ref, shapes[567]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [567] = { /* tagKeyType */
            .name_ref = REF(shapes[567].name_ref, strings[20241]),
            .range_ref = REF(shapes[567].range_ref, ranges[78]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [568] = { /* tagListType */
            .name_ref = REF(shapes[568].name_ref, strings[20252]),
            .range_ref = REF(shapes[568].range_ref, ranges[79]),
            .u.collection.item_ref = REF(shapes[568].u.collection.item_ref, shapes[374]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_list_type),
        },
        [569] = { /* tagValueType */
            .name_ref = REF(shapes[569].name_ref, strings[20264]),
            .range_ref = REF(shapes[569].range_ref, ranges[80]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [570] = { /* thumbprintListType */
            .name_ref = REF(shapes[570].name_ref, strings[20277]),
            .u.collection.item_ref = REF(shapes[570].u.collection.item_ref, shapes[571]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_tag_key_list_type),
        },
        [571] = { /* thumbprintType */
            .name_ref = REF(shapes[571].name_ref, strings[20296]),
            .range_ref = REF(shapes[571].range_ref, ranges[81]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [572] = { /* unmodifiableEntityMessage */
            .name_ref = REF(shapes[572].name_ref, strings[20311]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [573] = { /* unrecognizedPublicKeyEncodingMessage */
            .name_ref = REF(shapes[573].name_ref, strings[20337]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [574] = { /* userDetailListType */
            .name_ref = REF(shapes[574].name_ref, strings[20374]),
            .u.collection.item_ref = REF(shapes[574].u.collection.item_ref, shapes[420]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_user_detail_list_type),
        },
        [575] = { /* userListType */
            .name_ref = REF(shapes[575].name_ref, strings[20393]),
            .u.collection.item_ref = REF(shapes[575].u.collection.item_ref, shapes[419]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_user_list_type),
        },
        [576] = { /* userNameType */
            .name_ref = REF(shapes[576].name_ref, strings[20406]),
            .range_ref = REF(shapes[576].range_ref, ranges[82]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [577] = { /* virtualMFADeviceListType */
            .name_ref = REF(shapes[577].name_ref, strings[20419]),
            .u.collection.item_ref = REF(shapes[577].u.collection.item_ref, shapes[421]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_iam_virtual_mfa_device_list_type),
        },
        [578] = { /* virtualMFADeviceName */
            .name_ref = REF(shapes[578].name_ref, strings[20444]),
            .range_ref = REF(shapes[578].range_ref, ranges[83]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[31]), REF(members[0].shape_ref, shapes[451]), offsetof(struct awsc_iam_accept_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AcceptDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [1] = {REF(members[1].name_ref, strings[125]), REF(members[1].shape_ref, shapes[549]), offsetof(struct awsc_iam_access_detail, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.ServiceName: serviceNameType */
        [2] = {REF(members[2].name_ref, strings[137]), REF(members[2].shape_ref, shapes[551]), offsetof(struct awsc_iam_access_detail, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.ServiceNamespace: serviceNamespaceType */
        [3] = {REF(members[3].name_ref, strings[154]), REF(members[3].shape_ref, shapes[560]), offsetof(struct awsc_iam_access_detail, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.Region: stringType */
        [4] = {REF(members[4].name_ref, strings[161]), REF(members[4].shape_ref, shapes[494]), offsetof(struct awsc_iam_access_detail, entity_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.EntityPath: organizationsEntityPathType */
        [5] = {REF(members[5].name_ref, strings[172]), REF(members[5].shape_ref, shapes[449]), offsetof(struct awsc_iam_access_detail, last_authenticated_time), offsetof(struct awsc_iam_access_detail, has_last_authenticated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.LastAuthenticatedTime: dateType */
        [6] = {REF(members[6].name_ref, strings[194]), REF(members[6].shape_ref, shapes[471]), offsetof(struct awsc_iam_access_detail, total_authenticated_entities), offsetof(struct awsc_iam_access_detail, has_total_authenticated_entities), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDetail.TotalAuthenticatedEntities: integerType */
        [7] = {REF(members[7].name_ref, strings[245]), REF(members[7].shape_ref, shapes[576]), offsetof(struct awsc_iam_access_key, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKey.UserName: userNameType */
        [8] = {REF(members[8].name_ref, strings[254]), REF(members[8].shape_ref, shapes[422]), offsetof(struct awsc_iam_access_key, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKey.AccessKeyId: accessKeyIdType */
        [9] = {REF(members[9].name_ref, strings[266]), REF(members[9].shape_ref, shapes[559]), offsetof(struct awsc_iam_access_key, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKey.Status: statusType */
        [10] = {REF(members[10].name_ref, strings[273]), REF(members[10].shape_ref, shapes[424]), offsetof(struct awsc_iam_access_key, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKey.SecretAccessKey: accessKeySecretType */
        [11] = {REF(members[11].name_ref, strings[289]), REF(members[11].shape_ref, shapes[449]), offsetof(struct awsc_iam_access_key, create_date), offsetof(struct awsc_iam_access_key, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKey.CreateDate: dateType */
        [12] = {REF(members[12].name_ref, strings[318]), REF(members[12].shape_ref, shapes[449]), offsetof(struct awsc_iam_access_key_last_used, last_used_date), offsetof(struct awsc_iam_access_key_last_used, has_last_used_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyLastUsed.LastUsedDate: dateType */
        [13] = {REF(members[13].name_ref, strings[125]), REF(members[13].shape_ref, shapes[560]), offsetof(struct awsc_iam_access_key_last_used, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyLastUsed.ServiceName: stringType */
        [14] = {REF(members[14].name_ref, strings[154]), REF(members[14].shape_ref, shapes[560]), offsetof(struct awsc_iam_access_key_last_used, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyLastUsed.Region: stringType */
        [15] = {REF(members[15].name_ref, strings[245]), REF(members[15].shape_ref, shapes[576]), offsetof(struct awsc_iam_access_key_metadata, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyMetadata.UserName: userNameType */
        [16] = {REF(members[16].name_ref, strings[254]), REF(members[16].shape_ref, shapes[422]), offsetof(struct awsc_iam_access_key_metadata, access_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyMetadata.AccessKeyId: accessKeyIdType */
        [17] = {REF(members[17].name_ref, strings[266]), REF(members[17].shape_ref, shapes[559]), offsetof(struct awsc_iam_access_key_metadata, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyMetadata.Status: statusType */
        [18] = {REF(members[18].name_ref, strings[289]), REF(members[18].shape_ref, shapes[449]), offsetof(struct awsc_iam_access_key_metadata, create_date), offsetof(struct awsc_iam_access_key_metadata, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessKeyMetadata.CreateDate: dateType */
        [19] = {REF(members[19].name_ref, strings[479]), REF(members[19].shape_ref, shapes[429]), offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddClientIDToOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [20] = {REF(members[20].name_ref, strings[504]), REF(members[20].shape_ref, shapes[442]), offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddClientIDToOpenIDConnectProviderRequest.ClientID: clientIDType */
        [21] = {REF(members[21].name_ref, strings[545]), REF(members[21].shape_ref, shapes[470]), offsetof(struct awsc_iam_add_role_to_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddRoleToInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [22] = {REF(members[22].name_ref, strings[565]), REF(members[22].shape_ref, shapes[540]), offsetof(struct awsc_iam_add_role_to_instance_profile_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddRoleToInstanceProfileRequest.RoleName: roleNameType */
        [23] = {REF(members[23].name_ref, strings[596]), REF(members[23].shape_ref, shapes[467]), offsetof(struct awsc_iam_add_user_to_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddUserToGroupRequest.GroupName: groupNameType */
        [24] = {REF(members[24].name_ref, strings[245]), REF(members[24].shape_ref, shapes[462]), offsetof(struct awsc_iam_add_user_to_group_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddUserToGroupRequest.UserName: existingUserNameType */
        [25] = {REF(members[25].name_ref, strings[31]), REF(members[25].shape_ref, shapes[451]), offsetof(struct awsc_iam_associate_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AssociateDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [26] = {REF(members[26].name_ref, strings[596]), REF(members[26].shape_ref, shapes[467]), offsetof(struct awsc_iam_attach_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachGroupPolicyRequest.GroupName: groupNameType */
        [27] = {REF(members[27].name_ref, strings[677]), REF(members[27].shape_ref, shapes[429]), offsetof(struct awsc_iam_attach_group_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachGroupPolicyRequest.PolicyArn: arnType */
        [28] = {REF(members[28].name_ref, strings[565]), REF(members[28].shape_ref, shapes[540]), offsetof(struct awsc_iam_attach_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachRolePolicyRequest.RoleName: roleNameType */
        [29] = {REF(members[29].name_ref, strings[677]), REF(members[29].shape_ref, shapes[429]), offsetof(struct awsc_iam_attach_role_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachRolePolicyRequest.PolicyArn: arnType */
        [30] = {REF(members[30].name_ref, strings[245]), REF(members[30].shape_ref, shapes[576]), offsetof(struct awsc_iam_attach_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachUserPolicyRequest.UserName: userNameType */
        [31] = {REF(members[31].name_ref, strings[677]), REF(members[31].shape_ref, shapes[429]), offsetof(struct awsc_iam_attach_user_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachUserPolicyRequest.PolicyArn: arnType */
        [32] = {REF(members[32].name_ref, strings[763]), REF(members[32].shape_ref, shapes[293]), offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachedPermissionsBoundary.PermissionsBoundaryType: PermissionsBoundaryAttachmentType */
        [33] = {REF(members[33].name_ref, strings[787]), REF(members[33].shape_ref, shapes[429]), offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachedPermissionsBoundary.PermissionsBoundaryArn: arnType */
        [34] = {REF(members[34].name_ref, strings[825]), REF(members[34].shape_ref, shapes[513]), offsetof(struct awsc_iam_attached_policy, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachedPolicy.PolicyName: policyNameType */
        [35] = {REF(members[35].name_ref, strings[677]), REF(members[35].shape_ref, shapes[429]), offsetof(struct awsc_iam_attached_policy, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AttachedPolicy.PolicyArn: arnType */
        [36] = {REF(members[36].name_ref, strings[1022]), REF(members[36].shape_ref, shapes[499]), offsetof(struct awsc_iam_change_password_input, old_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangePasswordRequest.OldPassword: passwordType */
        [37] = {REF(members[37].name_ref, strings[1034]), REF(members[37].shape_ref, shapes[499]), offsetof(struct awsc_iam_change_password_input, new_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChangePasswordRequest.NewPassword: passwordType */
        [38] = {REF(members[38].name_ref, strings[1091]), REF(members[38].shape_ref, shapes[30]), offsetof(struct awsc_iam_concurrent_modification_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConcurrentModificationException.message: ConcurrentModificationMessage */
        [39] = {REF(members[39].name_ref, strings[1165]), REF(members[39].shape_ref, shapes[33]), offsetof(struct awsc_iam_context_entry, context_key_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextEntry.ContextKeyName: ContextKeyNameType */
        [40] = {REF(members[40].name_ref, strings[1180]), REF(members[40].shape_ref, shapes[36]), offsetof(struct awsc_iam_context_entry, context_key_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextEntry.ContextKeyValues: ContextKeyValueListType */
        [41] = {REF(members[41].name_ref, strings[1197]), REF(members[41].shape_ref, shapes[35]), offsetof(struct awsc_iam_context_entry, context_key_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextEntry.ContextKeyType: ContextKeyTypeEnum */
        [42] = {REF(members[42].name_ref, strings[245]), REF(members[42].shape_ref, shapes[462]), offsetof(struct awsc_iam_create_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAccessKeyRequest.UserName: existingUserNameType */
        [43] = {REF(members[43].name_ref, strings[235]), REF(members[43].shape_ref, shapes[4]), offsetof(struct awsc_iam_create_access_key_output, access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAccessKeyResponse.AccessKey: AccessKey */
        [44] = {REF(members[44].name_ref, strings[1518]), REF(members[44].shape_ref, shapes[426]), offsetof(struct awsc_iam_create_account_alias_input, account_alias), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAccountAliasRequest.AccountAlias: accountAliasType */
        [45] = {REF(members[45].name_ref, strings[1562]), REF(members[45].shape_ref, shapes[427]), offsetof(struct awsc_iam_create_delegation_request_input, owner_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.OwnerAccountId: accountIdType */
        [46] = {REF(members[46].name_ref, strings[1577]), REF(members[46].shape_ref, shapes[450]), offsetof(struct awsc_iam_create_delegation_request_input, description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.Description: delegationRequestDescriptionType */
        [47] = {REF(members[47].name_ref, strings[1589]), REF(members[47].shape_ref, shapes[71]), offsetof(struct awsc_iam_create_delegation_request_input, permissions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.Permissions: DelegationPermission */
        [48] = {REF(members[48].name_ref, strings[1601]), REF(members[48].shape_ref, shapes[532]), offsetof(struct awsc_iam_create_delegation_request_input, request_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.RequestMessage: requestMessageType */
        [49] = {REF(members[49].name_ref, strings[1616]), REF(members[49].shape_ref, shapes[534]), offsetof(struct awsc_iam_create_delegation_request_input, requestor_workflow_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.RequestorWorkflowId: requestorWorkflowIdType */
        [50] = {REF(members[50].name_ref, strings[1636]), REF(members[50].shape_ref, shapes[530]), offsetof(struct awsc_iam_create_delegation_request_input, redirect_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.RedirectUrl: redirectUrlType */
        [51] = {REF(members[51].name_ref, strings[1648]), REF(members[51].shape_ref, shapes[492]), offsetof(struct awsc_iam_create_delegation_request_input, notification_channel), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.NotificationChannel: notificationChannelType */
        [52] = {REF(members[52].name_ref, strings[1668]), REF(members[52].shape_ref, shapes[556]), offsetof(struct awsc_iam_create_delegation_request_input, session_duration), offsetof(struct awsc_iam_create_delegation_request_input, has_session_duration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.SessionDuration: sessionDurationType */
        [53] = {REF(members[53].name_ref, strings[1684]), REF(members[53].shape_ref, shapes[436]), offsetof(struct awsc_iam_create_delegation_request_input, only_send_by_owner), offsetof(struct awsc_iam_create_delegation_request_input, has_only_send_by_owner), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestRequest.OnlySendByOwner: booleanType */
        [54] = {REF(members[54].name_ref, strings[1732]), REF(members[54].shape_ref, shapes[443]), offsetof(struct awsc_iam_create_delegation_request_output, console_deep_link), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestResponse.ConsoleDeepLink: consoleDeepLinkType */
        [55] = {REF(members[55].name_ref, strings[31]), REF(members[55].shape_ref, shapes[451]), offsetof(struct awsc_iam_create_delegation_request_output, delegation_request_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDelegationRequestResponse.DelegationRequestId: delegationRequestIdType */
        [56] = {REF(members[56].name_ref, strings[1767]), REF(members[56].shape_ref, shapes[501]), offsetof(struct awsc_iam_create_group_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGroupRequest.Path: pathType */
        [57] = {REF(members[57].name_ref, strings[596]), REF(members[57].shape_ref, shapes[467]), offsetof(struct awsc_iam_create_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGroupRequest.GroupName: groupNameType */
        [58] = {REF(members[58].name_ref, strings[1792]), REF(members[58].shape_ref, shapes[189]), offsetof(struct awsc_iam_create_group_output, group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateGroupResponse.Group: Group */
        [59] = {REF(members[59].name_ref, strings[545]), REF(members[59].shape_ref, shapes[470]), offsetof(struct awsc_iam_create_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [60] = {REF(members[60].name_ref, strings[1767]), REF(members[60].shape_ref, shapes[501]), offsetof(struct awsc_iam_create_instance_profile_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateInstanceProfileRequest.Path: pathType */
        [61] = {REF(members[61].name_ref, strings[1827]), REF(members[61].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_instance_profile_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateInstanceProfileRequest.Tags: tagListType */
        [62] = {REF(members[62].name_ref, strings[1862]), REF(members[62].shape_ref, shapes[192]), offsetof(struct awsc_iam_create_instance_profile_output, instance_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateInstanceProfileResponse.InstanceProfile: InstanceProfile */
        [63] = {REF(members[63].name_ref, strings[245]), REF(members[63].shape_ref, shapes[576]), offsetof(struct awsc_iam_create_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateLoginProfileRequest.UserName: userNameType */
        [64] = {REF(members[64].name_ref, strings[1904]), REF(members[64].shape_ref, shapes[499]), offsetof(struct awsc_iam_create_login_profile_input, password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateLoginProfileRequest.Password: passwordType */
        [65] = {REF(members[65].name_ref, strings[1913]), REF(members[65].shape_ref, shapes[436]), offsetof(struct awsc_iam_create_login_profile_input, password_reset_required), offsetof(struct awsc_iam_create_login_profile_input, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateLoginProfileRequest.PasswordResetRequired: booleanType */
        [66] = {REF(members[66].name_ref, strings[1962]), REF(members[66].shape_ref, shapes[274]), offsetof(struct awsc_iam_create_login_profile_output, login_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateLoginProfileResponse.LoginProfile: LoginProfile */
        [67] = {REF(members[67].name_ref, strings[2010]), REF(members[67].shape_ref, shapes[283]), offsetof(struct awsc_iam_create_open_id_connect_provider_input, url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderRequest.Url: OpenIDConnectProviderUrlType */
        [68] = {REF(members[68].name_ref, strings[2014]), REF(members[68].shape_ref, shapes[441]), offsetof(struct awsc_iam_create_open_id_connect_provider_input, client_id_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderRequest.ClientIDList: clientIDListType */
        [69] = {REF(members[69].name_ref, strings[2027]), REF(members[69].shape_ref, shapes[570]), offsetof(struct awsc_iam_create_open_id_connect_provider_input, thumbprint_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderRequest.ThumbprintList: thumbprintListType */
        [70] = {REF(members[70].name_ref, strings[1827]), REF(members[70].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_open_id_connect_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderRequest.Tags: tagListType */
        [71] = {REF(members[71].name_ref, strings[479]), REF(members[71].shape_ref, shapes[429]), offsetof(struct awsc_iam_create_open_id_connect_provider_output, open_id_connect_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderResponse.OpenIDConnectProviderArn: arnType */
        [72] = {REF(members[72].name_ref, strings[1827]), REF(members[72].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_open_id_connect_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateOpenIDConnectProviderResponse.Tags: tagListType */
        [73] = {REF(members[73].name_ref, strings[825]), REF(members[73].shape_ref, shapes[513]), offsetof(struct awsc_iam_create_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyRequest.PolicyName: policyNameType */
        [74] = {REF(members[74].name_ref, strings[1767]), REF(members[74].shape_ref, shapes[520]), offsetof(struct awsc_iam_create_policy_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyRequest.Path: policyPathType */
        [75] = {REF(members[75].name_ref, strings[2098]), REF(members[75].shape_ref, shapes[507]), offsetof(struct awsc_iam_create_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyRequest.PolicyDocument: policyDocumentType */
        [76] = {REF(members[76].name_ref, strings[1577]), REF(members[76].shape_ref, shapes[505]), offsetof(struct awsc_iam_create_policy_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyRequest.Description: policyDescriptionType */
        [77] = {REF(members[77].name_ref, strings[1827]), REF(members[77].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_policy_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyRequest.Tags: tagListType */
        [78] = {REF(members[78].name_ref, strings[2134]), REF(members[78].shape_ref, shapes[295]), offsetof(struct awsc_iam_create_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyResponse.Policy: Policy */
        [79] = {REF(members[79].name_ref, strings[677]), REF(members[79].shape_ref, shapes[429]), offsetof(struct awsc_iam_create_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyVersionRequest.PolicyArn: arnType */
        [80] = {REF(members[80].name_ref, strings[2098]), REF(members[80].shape_ref, shapes[507]), offsetof(struct awsc_iam_create_policy_version_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyVersionRequest.PolicyDocument: policyDocumentType */
        [81] = {REF(members[81].name_ref, strings[2168]), REF(members[81].shape_ref, shapes[436]), offsetof(struct awsc_iam_create_policy_version_input, set_as_default), offsetof(struct awsc_iam_create_policy_version_input, has_set_as_default), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyVersionRequest.SetAsDefault: booleanType */
        [82] = {REF(members[82].name_ref, strings[2209]), REF(members[82].shape_ref, shapes[315]), offsetof(struct awsc_iam_create_policy_version_output, policy_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreatePolicyVersionResponse.PolicyVersion: PolicyVersion */
        [83] = {REF(members[83].name_ref, strings[1767]), REF(members[83].shape_ref, shapes[501]), offsetof(struct awsc_iam_create_role_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.Path: pathType */
        [84] = {REF(members[84].name_ref, strings[565]), REF(members[84].shape_ref, shapes[540]), offsetof(struct awsc_iam_create_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.RoleName: roleNameType */
        [85] = {REF(members[85].name_ref, strings[2241]), REF(members[85].shape_ref, shapes[507]), offsetof(struct awsc_iam_create_role_input, assume_role_policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.AssumeRolePolicyDocument: policyDocumentType */
        [86] = {REF(members[86].name_ref, strings[1577]), REF(members[86].shape_ref, shapes[536]), offsetof(struct awsc_iam_create_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.Description: roleDescriptionType */
        [87] = {REF(members[87].name_ref, strings[2266]), REF(members[87].shape_ref, shapes[539]), offsetof(struct awsc_iam_create_role_input, max_session_duration), offsetof(struct awsc_iam_create_role_input, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.MaxSessionDuration: roleMaxSessionDurationType */
        [88] = {REF(members[88].name_ref, strings[2285]), REF(members[88].shape_ref, shapes[429]), offsetof(struct awsc_iam_create_role_input, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.PermissionsBoundary: arnType */
        [89] = {REF(members[89].name_ref, strings[1827]), REF(members[89].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleRequest.Tags: tagListType */
        [90] = {REF(members[90].name_ref, strings[2324]), REF(members[90].shape_ref, shapes[341]), offsetof(struct awsc_iam_create_role_output, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateRoleResponse.Role: Role */
        [91] = {REF(members[91].name_ref, strings[2355]), REF(members[91].shape_ref, shapes[346]), offsetof(struct awsc_iam_create_saml_provider_input, saml_metadata_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderRequest.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [92] = {REF(members[92].name_ref, strings[2376]), REF(members[92].shape_ref, shapes[350]), offsetof(struct awsc_iam_create_saml_provider_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderRequest.Name: SAMLProviderNameType */
        [93] = {REF(members[93].name_ref, strings[1827]), REF(members[93].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_saml_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderRequest.Tags: tagListType */
        [94] = {REF(members[94].name_ref, strings[2381]), REF(members[94].shape_ref, shapes[430]), offsetof(struct awsc_iam_create_saml_provider_input, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderRequest.AssertionEncryptionMode: assertionEncryptionModeType */
        [95] = {REF(members[95].name_ref, strings[2405]), REF(members[95].shape_ref, shapes[526]), offsetof(struct awsc_iam_create_saml_provider_input, add_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderRequest.AddPrivateKey: privateKeyType */
        [96] = {REF(members[96].name_ref, strings[2446]), REF(members[96].shape_ref, shapes[429]), offsetof(struct awsc_iam_create_saml_provider_output, saml_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderResponse.SAMLProviderArn: arnType */
        [97] = {REF(members[97].name_ref, strings[1827]), REF(members[97].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_saml_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateSAMLProviderResponse.Tags: tagListType */
        [98] = {REF(members[98].name_ref, strings[2493]), REF(members[98].shape_ref, shapes[467]), offsetof(struct awsc_iam_create_service_linked_role_input, aws_service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceLinkedRoleRequest.AWSServiceName: groupNameType */
        [99] = {REF(members[99].name_ref, strings[1577]), REF(members[99].shape_ref, shapes[536]), offsetof(struct awsc_iam_create_service_linked_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceLinkedRoleRequest.Description: roleDescriptionType */
        [100] = {REF(members[100].name_ref, strings[2508]), REF(members[100].shape_ref, shapes[448]), offsetof(struct awsc_iam_create_service_linked_role_input, custom_suffix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceLinkedRoleRequest.CustomSuffix: customSuffixType */
        [101] = {REF(members[101].name_ref, strings[2324]), REF(members[101].shape_ref, shapes[341]), offsetof(struct awsc_iam_create_service_linked_role_output, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceLinkedRoleResponse.Role: Role */
        [102] = {REF(members[102].name_ref, strings[245]), REF(members[102].shape_ref, shapes[576]), offsetof(struct awsc_iam_create_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceSpecificCredentialRequest.UserName: userNameType */
        [103] = {REF(members[103].name_ref, strings[125]), REF(members[103].shape_ref, shapes[548]), offsetof(struct awsc_iam_create_service_specific_credential_input, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceSpecificCredentialRequest.ServiceName: serviceName */
        [104] = {REF(members[104].name_ref, strings[2592]), REF(members[104].shape_ref, shapes[444]), offsetof(struct awsc_iam_create_service_specific_credential_input, credential_age_days), offsetof(struct awsc_iam_create_service_specific_credential_input, has_credential_age_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceSpecificCredentialRequest.CredentialAgeDays: credentialAgeDays */
        [105] = {REF(members[105].name_ref, strings[2650]), REF(members[105].shape_ref, shapes[361]), offsetof(struct awsc_iam_create_service_specific_credential_output, service_specific_credential), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateServiceSpecificCredentialResponse.ServiceSpecificCredential: ServiceSpecificCredential */
        [106] = {REF(members[106].name_ref, strings[1767]), REF(members[106].shape_ref, shapes[501]), offsetof(struct awsc_iam_create_user_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateUserRequest.Path: pathType */
        [107] = {REF(members[107].name_ref, strings[245]), REF(members[107].shape_ref, shapes[576]), offsetof(struct awsc_iam_create_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateUserRequest.UserName: userNameType */
        [108] = {REF(members[108].name_ref, strings[2285]), REF(members[108].shape_ref, shapes[429]), offsetof(struct awsc_iam_create_user_input, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateUserRequest.PermissionsBoundary: arnType */
        [109] = {REF(members[109].name_ref, strings[1827]), REF(members[109].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_user_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateUserRequest.Tags: tagListType */
        [110] = {REF(members[110].name_ref, strings[2713]), REF(members[110].shape_ref, shapes[419]), offsetof(struct awsc_iam_create_user_output, user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateUserResponse.User: User */
        [111] = {REF(members[111].name_ref, strings[1767]), REF(members[111].shape_ref, shapes[501]), offsetof(struct awsc_iam_create_virtual_mfa_device_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVirtualMFADeviceRequest.Path: pathType */
        [112] = {REF(members[112].name_ref, strings[2748]), REF(members[112].shape_ref, shapes[578]), offsetof(struct awsc_iam_create_virtual_mfa_device_input, virtual_mfa_device_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVirtualMFADeviceRequest.VirtualMFADeviceName: virtualMFADeviceName */
        [113] = {REF(members[113].name_ref, strings[1827]), REF(members[113].shape_ref, shapes[568]), offsetof(struct awsc_iam_create_virtual_mfa_device_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVirtualMFADeviceRequest.Tags: tagListType */
        [114] = {REF(members[114].name_ref, strings[2800]), REF(members[114].shape_ref, shapes[421]), offsetof(struct awsc_iam_create_virtual_mfa_device_output, virtual_mfa_device), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateVirtualMFADeviceResponse.VirtualMFADevice: VirtualMFADevice */
        [115] = {REF(members[115].name_ref, strings[1091]), REF(members[115].shape_ref, shapes[445]), offsetof(struct awsc_iam_credential_report_expired_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CredentialReportExpiredException.message: credentialReportExpiredExceptionMessage */
        [116] = {REF(members[116].name_ref, strings[1091]), REF(members[116].shape_ref, shapes[446]), offsetof(struct awsc_iam_credential_report_not_present_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CredentialReportNotPresentException.message: credentialReportNotPresentExceptionMessage */
        [117] = {REF(members[117].name_ref, strings[1091]), REF(members[117].shape_ref, shapes[447]), offsetof(struct awsc_iam_credential_report_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CredentialReportNotReadyException.message: credentialReportNotReadyExceptionMessage */
        [118] = {REF(members[118].name_ref, strings[245]), REF(members[118].shape_ref, shapes[462]), offsetof(struct awsc_iam_deactivate_mfa_device_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeactivateMFADeviceRequest.UserName: existingUserNameType */
        [119] = {REF(members[119].name_ref, strings[2995]), REF(members[119].shape_ref, shapes[542]), offsetof(struct awsc_iam_deactivate_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeactivateMFADeviceRequest.SerialNumber: serialNumberType */
        [120] = {REF(members[120].name_ref, strings[3029]), REF(members[120].shape_ref, shapes[429]), offsetof(struct awsc_iam_delegation_permission, policy_template_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationPermission.PolicyTemplateArn: arnType */
        [121] = {REF(members[121].name_ref, strings[3047]), REF(members[121].shape_ref, shapes[516]), offsetof(struct awsc_iam_delegation_permission, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationPermission.Parameters: policyParameterListType */
        [122] = {REF(members[122].name_ref, strings[31]), REF(members[122].shape_ref, shapes[451]), offsetof(struct awsc_iam_delegation_request, delegation_request_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.DelegationRequestId: delegationRequestIdType */
        [123] = {REF(members[123].name_ref, strings[1562]), REF(members[123].shape_ref, shapes[427]), offsetof(struct awsc_iam_delegation_request, owner_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.OwnerAccountId: accountIdType */
        [124] = {REF(members[124].name_ref, strings[1577]), REF(members[124].shape_ref, shapes[450]), offsetof(struct awsc_iam_delegation_request, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.Description: delegationRequestDescriptionType */
        [125] = {REF(members[125].name_ref, strings[1601]), REF(members[125].shape_ref, shapes[532]), offsetof(struct awsc_iam_delegation_request, request_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RequestMessage: requestMessageType */
        [126] = {REF(members[126].name_ref, strings[1589]), REF(members[126].shape_ref, shapes[71]), offsetof(struct awsc_iam_delegation_request, permissions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.Permissions: DelegationPermission */
        [127] = {REF(members[127].name_ref, strings[3076]), REF(members[127].shape_ref, shapes[504]), offsetof(struct awsc_iam_delegation_request, permission_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.PermissionPolicy: permissionType */
        [128] = {REF(members[128].name_ref, strings[3093]), REF(members[128].shape_ref, shapes[541]), offsetof(struct awsc_iam_delegation_request, role_permission_restriction_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RolePermissionRestrictionArns: rolePermissionRestrictionArnListType */
        [129] = {REF(members[129].name_ref, strings[3123]), REF(members[129].shape_ref, shapes[496]), offsetof(struct awsc_iam_delegation_request, owner_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.OwnerId: ownerIdType */
        [130] = {REF(members[130].name_ref, strings[3131]), REF(members[130].shape_ref, shapes[429]), offsetof(struct awsc_iam_delegation_request, approver_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.ApproverId: arnType */
        [131] = {REF(members[131].name_ref, strings[3142]), REF(members[131].shape_ref, shapes[558]), offsetof(struct awsc_iam_delegation_request, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.State: stateType */
        [132] = {REF(members[132].name_ref, strings[3148]), REF(members[132].shape_ref, shapes[449]), offsetof(struct awsc_iam_delegation_request, expiration_time), offsetof(struct awsc_iam_delegation_request, has_expiration_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.ExpirationTime: dateType */
        [133] = {REF(members[133].name_ref, strings[3163]), REF(members[133].shape_ref, shapes[427]), offsetof(struct awsc_iam_delegation_request, requestor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RequestorId: accountIdType */
        [134] = {REF(members[134].name_ref, strings[3175]), REF(members[134].shape_ref, shapes[533]), offsetof(struct awsc_iam_delegation_request, requestor_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RequestorName: requestorNameType */
        [135] = {REF(members[135].name_ref, strings[289]), REF(members[135].shape_ref, shapes[449]), offsetof(struct awsc_iam_delegation_request, create_date), offsetof(struct awsc_iam_delegation_request, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.CreateDate: dateType */
        [136] = {REF(members[136].name_ref, strings[1668]), REF(members[136].shape_ref, shapes[556]), offsetof(struct awsc_iam_delegation_request, session_duration), offsetof(struct awsc_iam_delegation_request, has_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.SessionDuration: sessionDurationType */
        [137] = {REF(members[137].name_ref, strings[1636]), REF(members[137].shape_ref, shapes[530]), offsetof(struct awsc_iam_delegation_request, redirect_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RedirectUrl: redirectUrlType */
        [138] = {REF(members[138].name_ref, strings[3189]), REF(members[138].shape_ref, shapes[491]), offsetof(struct awsc_iam_delegation_request, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.Notes: notesType */
        [139] = {REF(members[139].name_ref, strings[3195]), REF(members[139].shape_ref, shapes[491]), offsetof(struct awsc_iam_delegation_request, rejection_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.RejectionReason: notesType */
        [140] = {REF(members[140].name_ref, strings[1684]), REF(members[140].shape_ref, shapes[436]), offsetof(struct awsc_iam_delegation_request, only_send_by_owner), offsetof(struct awsc_iam_delegation_request, has_only_send_by_owner), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.OnlySendByOwner: booleanType */
        [141] = {REF(members[141].name_ref, strings[3211]), REF(members[141].shape_ref, shapes[449]), offsetof(struct awsc_iam_delegation_request, updated_time), offsetof(struct awsc_iam_delegation_request, has_updated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DelegationRequest.UpdatedTime: dateType */
        [142] = {REF(members[142].name_ref, strings[245]), REF(members[142].shape_ref, shapes[462]), offsetof(struct awsc_iam_delete_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAccessKeyRequest.UserName: existingUserNameType */
        [143] = {REF(members[143].name_ref, strings[254]), REF(members[143].shape_ref, shapes[422]), offsetof(struct awsc_iam_delete_access_key_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAccessKeyRequest.AccessKeyId: accessKeyIdType */
        [144] = {REF(members[144].name_ref, strings[1518]), REF(members[144].shape_ref, shapes[426]), offsetof(struct awsc_iam_delete_account_alias_input, account_alias), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteAccountAliasRequest.AccountAlias: accountAliasType */
        [145] = {REF(members[145].name_ref, strings[1091]), REF(members[145].shape_ref, shapes[453]), offsetof(struct awsc_iam_delete_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteConflictException.message: deleteConflictMessage */
        [146] = {REF(members[146].name_ref, strings[596]), REF(members[146].shape_ref, shapes[467]), offsetof(struct awsc_iam_delete_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteGroupPolicyRequest.GroupName: groupNameType */
        [147] = {REF(members[147].name_ref, strings[825]), REF(members[147].shape_ref, shapes[513]), offsetof(struct awsc_iam_delete_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteGroupPolicyRequest.PolicyName: policyNameType */
        [148] = {REF(members[148].name_ref, strings[596]), REF(members[148].shape_ref, shapes[467]), offsetof(struct awsc_iam_delete_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteGroupRequest.GroupName: groupNameType */
        [149] = {REF(members[149].name_ref, strings[545]), REF(members[149].shape_ref, shapes[470]), offsetof(struct awsc_iam_delete_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [150] = {REF(members[150].name_ref, strings[245]), REF(members[150].shape_ref, shapes[576]), offsetof(struct awsc_iam_delete_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteLoginProfileRequest.UserName: userNameType */
        [151] = {REF(members[151].name_ref, strings[479]), REF(members[151].shape_ref, shapes[429]), offsetof(struct awsc_iam_delete_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [152] = {REF(members[152].name_ref, strings[677]), REF(members[152].shape_ref, shapes[429]), offsetof(struct awsc_iam_delete_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletePolicyRequest.PolicyArn: arnType */
        [153] = {REF(members[153].name_ref, strings[677]), REF(members[153].shape_ref, shapes[429]), offsetof(struct awsc_iam_delete_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletePolicyVersionRequest.PolicyArn: arnType */
        [154] = {REF(members[154].name_ref, strings[3492]), REF(members[154].shape_ref, shapes[523]), offsetof(struct awsc_iam_delete_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletePolicyVersionRequest.VersionId: policyVersionIdType */
        [155] = {REF(members[155].name_ref, strings[565]), REF(members[155].shape_ref, shapes[540]), offsetof(struct awsc_iam_delete_role_permissions_boundary_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteRolePermissionsBoundaryRequest.RoleName: roleNameType */
        [156] = {REF(members[156].name_ref, strings[565]), REF(members[156].shape_ref, shapes[540]), offsetof(struct awsc_iam_delete_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteRolePolicyRequest.RoleName: roleNameType */
        [157] = {REF(members[157].name_ref, strings[825]), REF(members[157].shape_ref, shapes[513]), offsetof(struct awsc_iam_delete_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteRolePolicyRequest.PolicyName: policyNameType */
        [158] = {REF(members[158].name_ref, strings[565]), REF(members[158].shape_ref, shapes[540]), offsetof(struct awsc_iam_delete_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteRoleRequest.RoleName: roleNameType */
        [159] = {REF(members[159].name_ref, strings[2446]), REF(members[159].shape_ref, shapes[429]), offsetof(struct awsc_iam_delete_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSAMLProviderRequest.SAMLProviderArn: arnType */
        [160] = {REF(members[160].name_ref, strings[245]), REF(members[160].shape_ref, shapes[576]), offsetof(struct awsc_iam_delete_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSSHPublicKeyRequest.UserName: userNameType */
        [161] = {REF(members[161].name_ref, strings[3633]), REF(members[161].shape_ref, shapes[528]), offsetof(struct awsc_iam_delete_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [162] = {REF(members[162].name_ref, strings[3679]), REF(members[162].shape_ref, shapes[544]), offsetof(struct awsc_iam_delete_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [163] = {REF(members[163].name_ref, strings[565]), REF(members[163].shape_ref, shapes[540]), offsetof(struct awsc_iam_delete_service_linked_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteServiceLinkedRoleRequest.RoleName: roleNameType */
        [164] = {REF(members[164].name_ref, strings[3764]), REF(members[164].shape_ref, shapes[98]), offsetof(struct awsc_iam_delete_service_linked_role_output, deletion_task_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteServiceLinkedRoleResponse.DeletionTaskId: DeletionTaskIdType */
        [165] = {REF(members[165].name_ref, strings[245]), REF(members[165].shape_ref, shapes[576]), offsetof(struct awsc_iam_delete_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteServiceSpecificCredentialRequest.UserName: userNameType */
        [166] = {REF(members[166].name_ref, strings[3818]), REF(members[166].shape_ref, shapes[554]), offsetof(struct awsc_iam_delete_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [167] = {REF(members[167].name_ref, strings[245]), REF(members[167].shape_ref, shapes[462]), offsetof(struct awsc_iam_delete_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSigningCertificateRequest.UserName: existingUserNameType */
        [168] = {REF(members[168].name_ref, strings[3878]), REF(members[168].shape_ref, shapes[439]), offsetof(struct awsc_iam_delete_signing_certificate_input, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteSigningCertificateRequest.CertificateId: certificateIdType */
        [169] = {REF(members[169].name_ref, strings[245]), REF(members[169].shape_ref, shapes[576]), offsetof(struct awsc_iam_delete_user_permissions_boundary_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteUserPermissionsBoundaryRequest.UserName: userNameType */
        [170] = {REF(members[170].name_ref, strings[245]), REF(members[170].shape_ref, shapes[462]), offsetof(struct awsc_iam_delete_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteUserPolicyRequest.UserName: existingUserNameType */
        [171] = {REF(members[171].name_ref, strings[825]), REF(members[171].shape_ref, shapes[513]), offsetof(struct awsc_iam_delete_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteUserPolicyRequest.PolicyName: policyNameType */
        [172] = {REF(members[172].name_ref, strings[245]), REF(members[172].shape_ref, shapes[462]), offsetof(struct awsc_iam_delete_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteUserRequest.UserName: existingUserNameType */
        [173] = {REF(members[173].name_ref, strings[2995]), REF(members[173].shape_ref, shapes[542]), offsetof(struct awsc_iam_delete_virtual_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteVirtualMFADeviceRequest.SerialNumber: serialNumberType */
        [174] = {REF(members[174].name_ref, strings[4031]), REF(members[174].shape_ref, shapes[322]), offsetof(struct awsc_iam_deletion_task_failure_reason_type, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletionTaskFailureReasonType.Reason: ReasonType */
        [175] = {REF(members[175].name_ref, strings[4038]), REF(members[175].shape_ref, shapes[344]), offsetof(struct awsc_iam_deletion_task_failure_reason_type, role_usage_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeletionTaskFailureReasonType.RoleUsageList: RoleUsageListType */
        [176] = {REF(members[176].name_ref, strings[596]), REF(members[176].shape_ref, shapes[467]), offsetof(struct awsc_iam_detach_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachGroupPolicyRequest.GroupName: groupNameType */
        [177] = {REF(members[177].name_ref, strings[677]), REF(members[177].shape_ref, shapes[429]), offsetof(struct awsc_iam_detach_group_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachGroupPolicyRequest.PolicyArn: arnType */
        [178] = {REF(members[178].name_ref, strings[565]), REF(members[178].shape_ref, shapes[540]), offsetof(struct awsc_iam_detach_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachRolePolicyRequest.RoleName: roleNameType */
        [179] = {REF(members[179].name_ref, strings[677]), REF(members[179].shape_ref, shapes[429]), offsetof(struct awsc_iam_detach_role_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachRolePolicyRequest.PolicyArn: arnType */
        [180] = {REF(members[180].name_ref, strings[245]), REF(members[180].shape_ref, shapes[576]), offsetof(struct awsc_iam_detach_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachUserPolicyRequest.UserName: userNameType */
        [181] = {REF(members[181].name_ref, strings[677]), REF(members[181].shape_ref, shapes[429]), offsetof(struct awsc_iam_detach_user_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DetachUserPolicyRequest.PolicyArn: arnType */
        [182] = {REF(members[182].name_ref, strings[4315]), REF(members[182].shape_ref, shapes[286]), offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableOrganizationsRootCredentialsManagementResponse.OrganizationId: OrganizationIdType */
        [183] = {REF(members[183].name_ref, strings[4330]), REF(members[183].shape_ref, shapes[130]), offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableOrganizationsRootCredentialsManagementResponse.EnabledFeatures: FeaturesListType */
        [184] = {REF(members[184].name_ref, strings[4315]), REF(members[184].shape_ref, shapes[286]), offsetof(struct awsc_iam_disable_organizations_root_sessions_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableOrganizationsRootSessionsResponse.OrganizationId: OrganizationIdType */
        [185] = {REF(members[185].name_ref, strings[4330]), REF(members[185].shape_ref, shapes[130]), offsetof(struct awsc_iam_disable_organizations_root_sessions_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DisableOrganizationsRootSessionsResponse.EnabledFeatures: FeaturesListType */
        [186] = {REF(members[186].name_ref, strings[1091]), REF(members[186].shape_ref, shapes[454]), offsetof(struct awsc_iam_duplicate_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DuplicateCertificateException.message: duplicateCertificateMessage */
        [187] = {REF(members[187].name_ref, strings[1091]), REF(members[187].shape_ref, shapes[455]), offsetof(struct awsc_iam_duplicate_ssh_public_key_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DuplicateSSHPublicKeyException.message: duplicateSSHPublicKeyMessage */
        [188] = {REF(members[188].name_ref, strings[245]), REF(members[188].shape_ref, shapes[462]), offsetof(struct awsc_iam_enable_mfa_device_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableMFADeviceRequest.UserName: existingUserNameType */
        [189] = {REF(members[189].name_ref, strings[2995]), REF(members[189].shape_ref, shapes[542]), offsetof(struct awsc_iam_enable_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableMFADeviceRequest.SerialNumber: serialNumberType */
        [190] = {REF(members[190].name_ref, strings[4554]), REF(members[190].shape_ref, shapes[434]), offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code1), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableMFADeviceRequest.AuthenticationCode1: authenticationCodeType */
        [191] = {REF(members[191].name_ref, strings[4574]), REF(members[191].shape_ref, shapes[434]), offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code2), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableMFADeviceRequest.AuthenticationCode2: authenticationCodeType */
        [192] = {REF(members[192].name_ref, strings[4315]), REF(members[192].shape_ref, shapes[286]), offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableOrganizationsRootCredentialsManagementResponse.OrganizationId: OrganizationIdType */
        [193] = {REF(members[193].name_ref, strings[4330]), REF(members[193].shape_ref, shapes[130]), offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableOrganizationsRootCredentialsManagementResponse.EnabledFeatures: FeaturesListType */
        [194] = {REF(members[194].name_ref, strings[4315]), REF(members[194].shape_ref, shapes[286]), offsetof(struct awsc_iam_enable_organizations_root_sessions_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableOrganizationsRootSessionsResponse.OrganizationId: OrganizationIdType */
        [195] = {REF(members[195].name_ref, strings[4330]), REF(members[195].shape_ref, shapes[130]), offsetof(struct awsc_iam_enable_organizations_root_sessions_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableOrganizationsRootSessionsResponse.EnabledFeatures: FeaturesListType */
        [196] = {REF(members[196].name_ref, strings[4822]), REF(members[196].shape_ref, shapes[560]), offsetof(struct awsc_iam_enable_outbound_web_identity_federation_output, issuer_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnableOutboundWebIdentityFederationResponse.IssuerIdentifier: stringType */
        [197] = {REF(members[197].name_ref, strings[1091]), REF(members[197].shape_ref, shapes[457]), offsetof(struct awsc_iam_entity_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityAlreadyExistsException.message: entityAlreadyExistsMessage */
        [198] = {REF(members[198].name_ref, strings[4902]), REF(members[198].shape_ref, shapes[117]), offsetof(struct awsc_iam_entity_details, entity_info), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityDetails.EntityInfo: EntityInfo */
        [199] = {REF(members[199].name_ref, strings[4913]), REF(members[199].shape_ref, shapes[449]), offsetof(struct awsc_iam_entity_details, last_authenticated), offsetof(struct awsc_iam_entity_details, has_last_authenticated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityDetails.LastAuthenticated: dateType */
        [200] = {REF(members[200].name_ref, strings[4931]), REF(members[200].shape_ref, shapes[429]), offsetof(struct awsc_iam_entity_info, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityInfo.Arn: arnType */
        [201] = {REF(members[201].name_ref, strings[2376]), REF(members[201].shape_ref, shapes[576]), offsetof(struct awsc_iam_entity_info, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityInfo.Name: userNameType */
        [202] = {REF(members[202].name_ref, strings[4935]), REF(members[202].shape_ref, shapes[515]), offsetof(struct awsc_iam_entity_info, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityInfo.Type: policyOwnerEntityType */
        [203] = {REF(members[203].name_ref, strings[4940]), REF(members[203].shape_ref, shapes[468]), offsetof(struct awsc_iam_entity_info, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityInfo.Id: idType */
        [204] = {REF(members[204].name_ref, strings[1767]), REF(members[204].shape_ref, shapes[501]), offsetof(struct awsc_iam_entity_info, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityInfo.Path: pathType */
        [205] = {REF(members[205].name_ref, strings[1091]), REF(members[205].shape_ref, shapes[461]), offsetof(struct awsc_iam_entity_temporarily_unmodifiable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EntityTemporarilyUnmodifiableException.message: entityTemporarilyUnmodifiableMessage */
        [206] = {REF(members[206].name_ref, strings[5088]), REF(members[206].shape_ref, shapes[560]), offsetof(struct awsc_iam_error_details, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorDetails.Message: stringType */
        [207] = {REF(members[207].name_ref, strings[5096]), REF(members[207].shape_ref, shapes[560]), offsetof(struct awsc_iam_error_details, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorDetails.Code: stringType */
        [208] = {REF(members[208].name_ref, strings[5165]), REF(members[208].shape_ref, shapes[9]), offsetof(struct awsc_iam_evaluation_result, eval_action_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.EvalActionName: ActionNameType */
        [209] = {REF(members[209].name_ref, strings[5180]), REF(members[209].shape_ref, shapes[337]), offsetof(struct awsc_iam_evaluation_result, eval_resource_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.EvalResourceName: ResourceNameType */
        [210] = {REF(members[210].name_ref, strings[5197]), REF(members[210].shape_ref, shapes[297]), offsetof(struct awsc_iam_evaluation_result, eval_decision), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.EvalDecision: PolicyEvaluationDecisionType */
        [211] = {REF(members[211].name_ref, strings[5210]), REF(members[211].shape_ref, shapes[373]), offsetof(struct awsc_iam_evaluation_result, matched_statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.MatchedStatements: StatementListType */
        [212] = {REF(members[212].name_ref, strings[5228]), REF(members[212].shape_ref, shapes[34]), offsetof(struct awsc_iam_evaluation_result, missing_context_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.MissingContextValues: ContextKeyNamesResultListType */
        [213] = {REF(members[213].name_ref, strings[5249]), REF(members[213].shape_ref, shapes[290]), offsetof(struct awsc_iam_evaluation_result, organizations_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.OrganizationsDecisionDetail: OrganizationsDecisionDetail */
        [214] = {REF(members[214].name_ref, strings[5277]), REF(members[214].shape_ref, shapes[294]), offsetof(struct awsc_iam_evaluation_result, permissions_boundary_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail */
        [215] = {REF(members[215].name_ref, strings[5311]), REF(members[215].shape_ref, shapes[121]), offsetof(struct awsc_iam_evaluation_result, eval_decision_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.EvalDecisionDetails: EvalDecisionDetailsType */
        [216] = {REF(members[216].name_ref, strings[5331]), REF(members[216].shape_ref, shapes[339]), offsetof(struct awsc_iam_evaluation_result, resource_specific_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EvaluationResult.ResourceSpecificResults: ResourceSpecificResultListType */
        [217] = {REF(members[217].name_ref, strings[1091]), REF(members[217].shape_ref, shapes[126]), offsetof(struct awsc_iam_feature_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FeatureDisabledException.message: FeatureDisabledMessage */
        [218] = {REF(members[218].name_ref, strings[1091]), REF(members[218].shape_ref, shapes[128]), offsetof(struct awsc_iam_feature_enabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FeatureEnabledException.message: FeatureEnabledMessage */
        [219] = {REF(members[219].name_ref, strings[3142]), REF(members[219].shape_ref, shapes[332]), offsetof(struct awsc_iam_generate_credential_report_output, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateCredentialReportResponse.State: ReportStateType */
        [220] = {REF(members[220].name_ref, strings[1577]), REF(members[220].shape_ref, shapes[331]), offsetof(struct awsc_iam_generate_credential_report_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateCredentialReportResponse.Description: ReportStateDescriptionType */
        [221] = {REF(members[221].name_ref, strings[161]), REF(members[221].shape_ref, shapes[494]), offsetof(struct awsc_iam_generate_organizations_access_report_input, entity_path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateOrganizationsAccessReportRequest.EntityPath: organizationsEntityPathType */
        [222] = {REF(members[222].name_ref, strings[5648]), REF(members[222].shape_ref, shapes[495]), offsetof(struct awsc_iam_generate_organizations_access_report_input, organizations_policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateOrganizationsAccessReportRequest.OrganizationsPolicyId: organizationsPolicyIdType */
        [223] = {REF(members[223].name_ref, strings[5712]), REF(members[223].shape_ref, shapes[477]), offsetof(struct awsc_iam_generate_organizations_access_report_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateOrganizationsAccessReportResponse.JobId: jobIDType */
        [224] = {REF(members[224].name_ref, strings[4931]), REF(members[224].shape_ref, shapes[429]), offsetof(struct awsc_iam_generate_service_last_accessed_details_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateServiceLastAccessedDetailsRequest.Arn: arnType */
        [225] = {REF(members[225].name_ref, strings[5760]), REF(members[225].shape_ref, shapes[1]), offsetof(struct awsc_iam_generate_service_last_accessed_details_input, granularity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateServiceLastAccessedDetailsRequest.Granularity: AccessAdvisorUsageGranularityType */
        [226] = {REF(members[226].name_ref, strings[5712]), REF(members[226].shape_ref, shapes[477]), offsetof(struct awsc_iam_generate_service_last_accessed_details_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GenerateServiceLastAccessedDetailsResponse.JobId: jobIDType */
        [227] = {REF(members[227].name_ref, strings[254]), REF(members[227].shape_ref, shapes[422]), offsetof(struct awsc_iam_get_access_key_last_used_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccessKeyLastUsedRequest.AccessKeyId: accessKeyIdType */
        [228] = {REF(members[228].name_ref, strings[245]), REF(members[228].shape_ref, shapes[462]), offsetof(struct awsc_iam_get_access_key_last_used_output, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccessKeyLastUsedResponse.UserName: existingUserNameType */
        [229] = {REF(members[229].name_ref, strings[300]), REF(members[229].shape_ref, shapes[5]), offsetof(struct awsc_iam_get_access_key_last_used_output, access_key_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccessKeyLastUsedResponse.AccessKeyLastUsed: AccessKeyLastUsed */
        [230] = {REF(members[230].name_ref, strings[5910]), REF(members[230].shape_ref, shapes[459]), offsetof(struct awsc_iam_get_account_authorization_details_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsRequest.Filter: entityListType */
        [231] = {REF(members[231].name_ref, strings[5917]), REF(members[231].shape_ref, shapes[486]), offsetof(struct awsc_iam_get_account_authorization_details_input, max_items), offsetof(struct awsc_iam_get_account_authorization_details_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsRequest.MaxItems: maxItemsType */
        [232] = {REF(members[232].name_ref, strings[5926]), REF(members[232].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_account_authorization_details_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsRequest.Marker: markerType */
        [233] = {REF(members[233].name_ref, strings[5972]), REF(members[233].shape_ref, shapes[574]), offsetof(struct awsc_iam_get_account_authorization_details_output, user_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.UserDetailList: userDetailListType */
        [234] = {REF(members[234].name_ref, strings[5987]), REF(members[234].shape_ref, shapes[464]), offsetof(struct awsc_iam_get_account_authorization_details_output, group_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.GroupDetailList: groupDetailListType */
        [235] = {REF(members[235].name_ref, strings[6003]), REF(members[235].shape_ref, shapes[537]), offsetof(struct awsc_iam_get_account_authorization_details_output, role_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.RoleDetailList: roleDetailListType */
        [236] = {REF(members[236].name_ref, strings[6018]), REF(members[236].shape_ref, shapes[279]), offsetof(struct awsc_iam_get_account_authorization_details_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.Policies: ManagedPolicyDetailListType */
        [237] = {REF(members[237].name_ref, strings[6027]), REF(members[237].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_account_authorization_details_output, is_truncated), offsetof(struct awsc_iam_get_account_authorization_details_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.IsTruncated: booleanType */
        [238] = {REF(members[238].name_ref, strings[5926]), REF(members[238].shape_ref, shapes[535]), offsetof(struct awsc_iam_get_account_authorization_details_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountAuthorizationDetailsResponse.Marker: responseMarkerType */
        [239] = {REF(members[239].name_ref, strings[6072]), REF(members[239].shape_ref, shapes[291]), offsetof(struct awsc_iam_get_account_password_policy_output, password_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountPasswordPolicyResponse.PasswordPolicy: PasswordPolicy */
        [240] = {REF(members[240].name_ref, strings[6113]), REF(members[240].shape_ref, shapes[563]), offsetof(struct awsc_iam_get_account_summary_output, summary_map), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountSummaryResponse.SummaryMap: summaryMapType */
        [241] = {REF(members[241].name_ref, strings[6161]), REF(members[241].shape_ref, shapes[371]), offsetof(struct awsc_iam_get_context_keys_for_custom_policy_input, policy_input_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContextKeysForCustomPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [242] = {REF(members[242].name_ref, strings[6209]), REF(members[242].shape_ref, shapes[34]), offsetof(struct awsc_iam_get_context_keys_for_policy_response, context_key_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContextKeysForPolicyResponse.ContextKeyNames: ContextKeyNamesResultListType */
        [243] = {REF(members[243].name_ref, strings[6265]), REF(members[243].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContextKeysForPrincipalPolicyRequest.PolicySourceArn: arnType */
        [244] = {REF(members[244].name_ref, strings[6161]), REF(members[244].shape_ref, shapes[371]), offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContextKeysForPrincipalPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [245] = {REF(members[245].name_ref, strings[6309]), REF(members[245].shape_ref, shapes[328]), offsetof(struct awsc_iam_get_credential_report_output, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCredentialReportResponse.Content: ReportContentType */
        [246] = {REF(members[246].name_ref, strings[6317]), REF(members[246].shape_ref, shapes[329]), offsetof(struct awsc_iam_get_credential_report_output, report_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCredentialReportResponse.ReportFormat: ReportFormatType */
        [247] = {REF(members[247].name_ref, strings[6330]), REF(members[247].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_credential_report_output, generated_time), offsetof(struct awsc_iam_get_credential_report_output, has_generated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCredentialReportResponse.GeneratedTime: dateType */
        [248] = {REF(members[248].name_ref, strings[31]), REF(members[248].shape_ref, shapes[451]), offsetof(struct awsc_iam_get_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [249] = {REF(members[249].name_ref, strings[6372]), REF(members[249].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_delegation_request_input, delegation_permission_check), offsetof(struct awsc_iam_get_delegation_request_input, has_delegation_permission_check), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegationRequestRequest.DelegationPermissionCheck: booleanType */
        [250] = {REF(members[250].name_ref, strings[3058]), REF(members[250].shape_ref, shapes[72]), offsetof(struct awsc_iam_get_delegation_request_output, delegation_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegationRequestResponse.DelegationRequest: DelegationRequest */
        [251] = {REF(members[251].name_ref, strings[6427]), REF(members[251].shape_ref, shapes[503]), offsetof(struct awsc_iam_get_delegation_request_output, permission_check_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegationRequestResponse.PermissionCheckStatus: permissionCheckStatusType */
        [252] = {REF(members[252].name_ref, strings[6449]), REF(members[252].shape_ref, shapes[502]), offsetof(struct awsc_iam_get_delegation_request_output, permission_check_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDelegationRequestResponse.PermissionCheckResult: permissionCheckResultType */
        [253] = {REF(members[253].name_ref, strings[596]), REF(members[253].shape_ref, shapes[467]), offsetof(struct awsc_iam_get_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupPolicyRequest.GroupName: groupNameType */
        [254] = {REF(members[254].name_ref, strings[825]), REF(members[254].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupPolicyRequest.PolicyName: policyNameType */
        [255] = {REF(members[255].name_ref, strings[596]), REF(members[255].shape_ref, shapes[467]), offsetof(struct awsc_iam_get_group_policy_output, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupPolicyResponse.GroupName: groupNameType */
        [256] = {REF(members[256].name_ref, strings[825]), REF(members[256].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_group_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupPolicyResponse.PolicyName: policyNameType */
        [257] = {REF(members[257].name_ref, strings[2098]), REF(members[257].shape_ref, shapes[507]), offsetof(struct awsc_iam_get_group_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupPolicyResponse.PolicyDocument: policyDocumentType */
        [258] = {REF(members[258].name_ref, strings[596]), REF(members[258].shape_ref, shapes[467]), offsetof(struct awsc_iam_get_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupRequest.GroupName: groupNameType */
        [259] = {REF(members[259].name_ref, strings[5926]), REF(members[259].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_group_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupRequest.Marker: markerType */
        [260] = {REF(members[260].name_ref, strings[5917]), REF(members[260].shape_ref, shapes[486]), offsetof(struct awsc_iam_get_group_input, max_items), offsetof(struct awsc_iam_get_group_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupRequest.MaxItems: maxItemsType */
        [261] = {REF(members[261].name_ref, strings[1792]), REF(members[261].shape_ref, shapes[189]), offsetof(struct awsc_iam_get_group_output, group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupResponse.Group: Group */
        [262] = {REF(members[262].name_ref, strings[6549]), REF(members[262].shape_ref, shapes[575]), offsetof(struct awsc_iam_get_group_output, users), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupResponse.Users: userListType */
        [263] = {REF(members[263].name_ref, strings[6027]), REF(members[263].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_group_output, is_truncated), offsetof(struct awsc_iam_get_group_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupResponse.IsTruncated: booleanType */
        [264] = {REF(members[264].name_ref, strings[5926]), REF(members[264].shape_ref, shapes[535]), offsetof(struct awsc_iam_get_group_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetGroupResponse.Marker: responseMarkerType */
        [265] = {REF(members[265].name_ref, strings[6586]), REF(members[265].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_human_readable_summary_input, entity_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetHumanReadableSummaryRequest.EntityArn: arnType */
        [266] = {REF(members[266].name_ref, strings[6596]), REF(members[266].shape_ref, shapes[482]), offsetof(struct awsc_iam_get_human_readable_summary_input, locale), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetHumanReadableSummaryRequest.Locale: localeType */
        [267] = {REF(members[267].name_ref, strings[6635]), REF(members[267].shape_ref, shapes[561]), offsetof(struct awsc_iam_get_human_readable_summary_output, summary_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetHumanReadableSummaryResponse.SummaryContent: summaryContentType */
        [268] = {REF(members[268].name_ref, strings[6596]), REF(members[268].shape_ref, shapes[482]), offsetof(struct awsc_iam_get_human_readable_summary_output, locale), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetHumanReadableSummaryResponse.Locale: localeType */
        [269] = {REF(members[269].name_ref, strings[6650]), REF(members[269].shape_ref, shapes[564]), offsetof(struct awsc_iam_get_human_readable_summary_output, summary_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetHumanReadableSummaryResponse.SummaryState: summaryStateType */
        [270] = {REF(members[270].name_ref, strings[545]), REF(members[270].shape_ref, shapes[470]), offsetof(struct awsc_iam_get_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [271] = {REF(members[271].name_ref, strings[1862]), REF(members[271].shape_ref, shapes[192]), offsetof(struct awsc_iam_get_instance_profile_output, instance_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetInstanceProfileResponse.InstanceProfile: InstanceProfile */
        [272] = {REF(members[272].name_ref, strings[245]), REF(members[272].shape_ref, shapes[576]), offsetof(struct awsc_iam_get_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLoginProfileRequest.UserName: userNameType */
        [273] = {REF(members[273].name_ref, strings[1962]), REF(members[273].shape_ref, shapes[274]), offsetof(struct awsc_iam_get_login_profile_output, login_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLoginProfileResponse.LoginProfile: LoginProfile */
        [274] = {REF(members[274].name_ref, strings[2995]), REF(members[274].shape_ref, shapes[542]), offsetof(struct awsc_iam_get_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceRequest.SerialNumber: serialNumberType */
        [275] = {REF(members[275].name_ref, strings[245]), REF(members[275].shape_ref, shapes[576]), offsetof(struct awsc_iam_get_mfa_device_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceRequest.UserName: userNameType */
        [276] = {REF(members[276].name_ref, strings[245]), REF(members[276].shape_ref, shapes[576]), offsetof(struct awsc_iam_get_mfa_device_output, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceResponse.UserName: userNameType */
        [277] = {REF(members[277].name_ref, strings[2995]), REF(members[277].shape_ref, shapes[542]), offsetof(struct awsc_iam_get_mfa_device_output, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceResponse.SerialNumber: serialNumberType */
        [278] = {REF(members[278].name_ref, strings[6804]), REF(members[278].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_mfa_device_output, enable_date), offsetof(struct awsc_iam_get_mfa_device_output, has_enable_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceResponse.EnableDate: dateType */
        [279] = {REF(members[279].name_ref, strings[6815]), REF(members[279].shape_ref, shapes[25]), offsetof(struct awsc_iam_get_mfa_device_output, certifications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMFADeviceResponse.Certifications: CertificationMapType */
        [280] = {REF(members[280].name_ref, strings[479]), REF(members[280].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [281] = {REF(members[281].name_ref, strings[2010]), REF(members[281].shape_ref, shapes[283]), offsetof(struct awsc_iam_get_open_id_connect_provider_output, url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderResponse.Url: OpenIDConnectProviderUrlType */
        [282] = {REF(members[282].name_ref, strings[2014]), REF(members[282].shape_ref, shapes[441]), offsetof(struct awsc_iam_get_open_id_connect_provider_output, client_id_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderResponse.ClientIDList: clientIDListType */
        [283] = {REF(members[283].name_ref, strings[2027]), REF(members[283].shape_ref, shapes[570]), offsetof(struct awsc_iam_get_open_id_connect_provider_output, thumbprint_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderResponse.ThumbprintList: thumbprintListType */
        [284] = {REF(members[284].name_ref, strings[289]), REF(members[284].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_open_id_connect_provider_output, create_date), offsetof(struct awsc_iam_get_open_id_connect_provider_output, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderResponse.CreateDate: dateType */
        [285] = {REF(members[285].name_ref, strings[1827]), REF(members[285].shape_ref, shapes[568]), offsetof(struct awsc_iam_get_open_id_connect_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOpenIDConnectProviderResponse.Tags: tagListType */
        [286] = {REF(members[286].name_ref, strings[5712]), REF(members[286].shape_ref, shapes[477]), offsetof(struct awsc_iam_get_organizations_access_report_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportRequest.JobId: jobIDType */
        [287] = {REF(members[287].name_ref, strings[5917]), REF(members[287].shape_ref, shapes[486]), offsetof(struct awsc_iam_get_organizations_access_report_input, max_items), offsetof(struct awsc_iam_get_organizations_access_report_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportRequest.MaxItems: maxItemsType */
        [288] = {REF(members[288].name_ref, strings[5926]), REF(members[288].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_organizations_access_report_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportRequest.Marker: markerType */
        [289] = {REF(members[289].name_ref, strings[6931]), REF(members[289].shape_ref, shapes[557]), offsetof(struct awsc_iam_get_organizations_access_report_input, sort_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportRequest.SortKey: sortKeyType */
        [290] = {REF(members[290].name_ref, strings[6976]), REF(members[290].shape_ref, shapes[478]), offsetof(struct awsc_iam_get_organizations_access_report_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.JobStatus: jobStatusType */
        [291] = {REF(members[291].name_ref, strings[6986]), REF(members[291].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_organizations_access_report_output, job_creation_date), offsetof(struct awsc_iam_get_organizations_access_report_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.JobCreationDate: dateType */
        [292] = {REF(members[292].name_ref, strings[7002]), REF(members[292].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_organizations_access_report_output, job_completion_date), offsetof(struct awsc_iam_get_organizations_access_report_output, has_job_completion_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.JobCompletionDate: dateType */
        [293] = {REF(members[293].name_ref, strings[7020]), REF(members[293].shape_ref, shapes[471]), offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_accessible), offsetof(struct awsc_iam_get_organizations_access_report_output, has_number_of_services_accessible), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.NumberOfServicesAccessible: integerType */
        [294] = {REF(members[294].name_ref, strings[7047]), REF(members[294].shape_ref, shapes[471]), offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_not_accessed), offsetof(struct awsc_iam_get_organizations_access_report_output, has_number_of_services_not_accessed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.NumberOfServicesNotAccessed: integerType */
        [295] = {REF(members[295].name_ref, strings[221]), REF(members[295].shape_ref, shapes[3]), offsetof(struct awsc_iam_get_organizations_access_report_output, access_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.AccessDetails: AccessDetails */
        [296] = {REF(members[296].name_ref, strings[6027]), REF(members[296].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_organizations_access_report_output, is_truncated), offsetof(struct awsc_iam_get_organizations_access_report_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.IsTruncated: booleanType */
        [297] = {REF(members[297].name_ref, strings[5926]), REF(members[297].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_organizations_access_report_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.Marker: markerType */
        [298] = {REF(members[298].name_ref, strings[5075]), REF(members[298].shape_ref, shapes[120]), offsetof(struct awsc_iam_get_organizations_access_report_output, error_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOrganizationsAccessReportResponse.ErrorDetails: ErrorDetails */
        [299] = {REF(members[299].name_ref, strings[4822]), REF(members[299].shape_ref, shapes[560]), offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, issuer_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOutboundWebIdentityFederationInfoResponse.IssuerIdentifier: stringType */
        [300] = {REF(members[300].name_ref, strings[7120]), REF(members[300].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, jwt_vending_enabled), offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, has_jwt_vending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetOutboundWebIdentityFederationInfoResponse.JwtVendingEnabled: booleanType */
        [301] = {REF(members[301].name_ref, strings[677]), REF(members[301].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyRequest.PolicyArn: arnType */
        [302] = {REF(members[302].name_ref, strings[2134]), REF(members[302].shape_ref, shapes[295]), offsetof(struct awsc_iam_get_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyResponse.Policy: Policy */
        [303] = {REF(members[303].name_ref, strings[677]), REF(members[303].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyVersionRequest.PolicyArn: arnType */
        [304] = {REF(members[304].name_ref, strings[3492]), REF(members[304].shape_ref, shapes[523]), offsetof(struct awsc_iam_get_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyVersionRequest.VersionId: policyVersionIdType */
        [305] = {REF(members[305].name_ref, strings[2209]), REF(members[305].shape_ref, shapes[315]), offsetof(struct awsc_iam_get_policy_version_output, policy_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyVersionResponse.PolicyVersion: PolicyVersion */
        [306] = {REF(members[306].name_ref, strings[565]), REF(members[306].shape_ref, shapes[540]), offsetof(struct awsc_iam_get_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRolePolicyRequest.RoleName: roleNameType */
        [307] = {REF(members[307].name_ref, strings[825]), REF(members[307].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRolePolicyRequest.PolicyName: policyNameType */
        [308] = {REF(members[308].name_ref, strings[565]), REF(members[308].shape_ref, shapes[540]), offsetof(struct awsc_iam_get_role_policy_output, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRolePolicyResponse.RoleName: roleNameType */
        [309] = {REF(members[309].name_ref, strings[825]), REF(members[309].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_role_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRolePolicyResponse.PolicyName: policyNameType */
        [310] = {REF(members[310].name_ref, strings[2098]), REF(members[310].shape_ref, shapes[507]), offsetof(struct awsc_iam_get_role_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRolePolicyResponse.PolicyDocument: policyDocumentType */
        [311] = {REF(members[311].name_ref, strings[565]), REF(members[311].shape_ref, shapes[540]), offsetof(struct awsc_iam_get_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRoleRequest.RoleName: roleNameType */
        [312] = {REF(members[312].name_ref, strings[2324]), REF(members[312].shape_ref, shapes[341]), offsetof(struct awsc_iam_get_role_output, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRoleResponse.Role: Role */
        [313] = {REF(members[313].name_ref, strings[2446]), REF(members[313].shape_ref, shapes[429]), offsetof(struct awsc_iam_get_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderRequest.SAMLProviderArn: arnType */
        [314] = {REF(members[314].name_ref, strings[7343]), REF(members[314].shape_ref, shapes[524]), offsetof(struct awsc_iam_get_saml_provider_output, saml_provider_uuid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.SAMLProviderUUID: privateKeyIdType */
        [315] = {REF(members[315].name_ref, strings[2355]), REF(members[315].shape_ref, shapes[346]), offsetof(struct awsc_iam_get_saml_provider_output, saml_metadata_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [316] = {REF(members[316].name_ref, strings[289]), REF(members[316].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_saml_provider_output, create_date), offsetof(struct awsc_iam_get_saml_provider_output, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.CreateDate: dateType */
        [317] = {REF(members[317].name_ref, strings[7360]), REF(members[317].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_saml_provider_output, valid_until), offsetof(struct awsc_iam_get_saml_provider_output, has_valid_until), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.ValidUntil: dateType */
        [318] = {REF(members[318].name_ref, strings[1827]), REF(members[318].shape_ref, shapes[568]), offsetof(struct awsc_iam_get_saml_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.Tags: tagListType */
        [319] = {REF(members[319].name_ref, strings[2381]), REF(members[319].shape_ref, shapes[430]), offsetof(struct awsc_iam_get_saml_provider_output, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.AssertionEncryptionMode: assertionEncryptionModeType */
        [320] = {REF(members[320].name_ref, strings[7371]), REF(members[320].shape_ref, shapes[525]), offsetof(struct awsc_iam_get_saml_provider_output, private_key_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSAMLProviderResponse.PrivateKeyList: privateKeyList */
        [321] = {REF(members[321].name_ref, strings[245]), REF(members[321].shape_ref, shapes[576]), offsetof(struct awsc_iam_get_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSSHPublicKeyRequest.UserName: userNameType */
        [322] = {REF(members[322].name_ref, strings[3633]), REF(members[322].shape_ref, shapes[528]), offsetof(struct awsc_iam_get_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [323] = {REF(members[323].name_ref, strings[7409]), REF(members[323].shape_ref, shapes[456]), offsetof(struct awsc_iam_get_ssh_public_key_input, encoding), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSSHPublicKeyRequest.Encoding: encodingType */
        [324] = {REF(members[324].name_ref, strings[7442]), REF(members[324].shape_ref, shapes[351]), offsetof(struct awsc_iam_get_ssh_public_key_output, ssh_public_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSSHPublicKeyResponse.SSHPublicKey: SSHPublicKey */
        [325] = {REF(members[325].name_ref, strings[3679]), REF(members[325].shape_ref, shapes[544]), offsetof(struct awsc_iam_get_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [326] = {REF(members[326].name_ref, strings[7512]), REF(members[326].shape_ref, shapes[355]), offsetof(struct awsc_iam_get_server_certificate_output, server_certificate), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServerCertificateResponse.ServerCertificate: ServerCertificate */
        [327] = {REF(members[327].name_ref, strings[5712]), REF(members[327].shape_ref, shapes[477]), offsetof(struct awsc_iam_get_service_last_accessed_details_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsRequest.JobId: jobIDType */
        [328] = {REF(members[328].name_ref, strings[5917]), REF(members[328].shape_ref, shapes[486]), offsetof(struct awsc_iam_get_service_last_accessed_details_input, max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsRequest.MaxItems: maxItemsType */
        [329] = {REF(members[329].name_ref, strings[5926]), REF(members[329].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_service_last_accessed_details_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsRequest.Marker: markerType */
        [330] = {REF(members[330].name_ref, strings[6976]), REF(members[330].shape_ref, shapes[478]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.JobStatus: jobStatusType */
        [331] = {REF(members[331].name_ref, strings[7605]), REF(members[331].shape_ref, shapes[1]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.JobType: AccessAdvisorUsageGranularityType */
        [332] = {REF(members[332].name_ref, strings[6986]), REF(members[332].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.JobCreationDate: dateType */
        [333] = {REF(members[333].name_ref, strings[7613]), REF(members[333].shape_ref, shapes[364]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, services_last_accessed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.ServicesLastAccessed: ServicesLastAccessed */
        [334] = {REF(members[334].name_ref, strings[7002]), REF(members[334].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_job_completion_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.JobCompletionDate: dateType */
        [335] = {REF(members[335].name_ref, strings[6027]), REF(members[335].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.IsTruncated: booleanType */
        [336] = {REF(members[336].name_ref, strings[5926]), REF(members[336].shape_ref, shapes[535]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.Marker: responseMarkerType */
        [337] = {REF(members[337].name_ref, strings[7634]), REF(members[337].shape_ref, shapes[120]), offsetof(struct awsc_iam_get_service_last_accessed_details_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsResponse.Error: ErrorDetails */
        [338] = {REF(members[338].name_ref, strings[5712]), REF(members[338].shape_ref, shapes[477]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.JobId: jobIDType */
        [339] = {REF(members[339].name_ref, strings[137]), REF(members[339].shape_ref, shapes[551]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.ServiceNamespace: serviceNamespaceType */
        [340] = {REF(members[340].name_ref, strings[5917]), REF(members[340].shape_ref, shapes[486]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.MaxItems: maxItemsType */
        [341] = {REF(members[341].name_ref, strings[5926]), REF(members[341].shape_ref, shapes[485]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesRequest.Marker: markerType */
        [342] = {REF(members[342].name_ref, strings[6976]), REF(members[342].shape_ref, shapes[478]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobStatus: jobStatusType */
        [343] = {REF(members[343].name_ref, strings[6986]), REF(members[343].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobCreationDate: dateType */
        [344] = {REF(members[344].name_ref, strings[7002]), REF(members[344].shape_ref, shapes[449]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_job_completion_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.JobCompletionDate: dateType */
        [345] = {REF(members[345].name_ref, strings[7739]), REF(members[345].shape_ref, shapes[458]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, entity_details_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.EntityDetailsList: entityDetailsListType */
        [346] = {REF(members[346].name_ref, strings[6027]), REF(members[346].shape_ref, shapes[436]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.IsTruncated: booleanType */
        [347] = {REF(members[347].name_ref, strings[5926]), REF(members[347].shape_ref, shapes[535]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.Marker: responseMarkerType */
        [348] = {REF(members[348].name_ref, strings[7634]), REF(members[348].shape_ref, shapes[120]), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLastAccessedDetailsWithEntitiesResponse.Error: ErrorDetails */
        [349] = {REF(members[349].name_ref, strings[3764]), REF(members[349].shape_ref, shapes[98]), offsetof(struct awsc_iam_get_service_linked_role_deletion_status_input, deletion_task_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLinkedRoleDeletionStatusRequest.DeletionTaskId: DeletionTaskIdType */
        [350] = {REF(members[350].name_ref, strings[266]), REF(members[350].shape_ref, shapes[99]), offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLinkedRoleDeletionStatusResponse.Status: DeletionTaskStatusType */
        [351] = {REF(members[351].name_ref, strings[4031]), REF(members[351].shape_ref, shapes[97]), offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetServiceLinkedRoleDeletionStatusResponse.Reason: DeletionTaskFailureReasonType */
        [352] = {REF(members[352].name_ref, strings[245]), REF(members[352].shape_ref, shapes[462]), offsetof(struct awsc_iam_get_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserPolicyRequest.UserName: existingUserNameType */
        [353] = {REF(members[353].name_ref, strings[825]), REF(members[353].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserPolicyRequest.PolicyName: policyNameType */
        [354] = {REF(members[354].name_ref, strings[245]), REF(members[354].shape_ref, shapes[462]), offsetof(struct awsc_iam_get_user_policy_output, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserPolicyResponse.UserName: existingUserNameType */
        [355] = {REF(members[355].name_ref, strings[825]), REF(members[355].shape_ref, shapes[513]), offsetof(struct awsc_iam_get_user_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserPolicyResponse.PolicyName: policyNameType */
        [356] = {REF(members[356].name_ref, strings[2098]), REF(members[356].shape_ref, shapes[507]), offsetof(struct awsc_iam_get_user_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserPolicyResponse.PolicyDocument: policyDocumentType */
        [357] = {REF(members[357].name_ref, strings[245]), REF(members[357].shape_ref, shapes[462]), offsetof(struct awsc_iam_get_user_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserRequest.UserName: existingUserNameType */
        [358] = {REF(members[358].name_ref, strings[2713]), REF(members[358].shape_ref, shapes[419]), offsetof(struct awsc_iam_get_user_output, user), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetUserResponse.User: User */
        [359] = {REF(members[359].name_ref, strings[1767]), REF(members[359].shape_ref, shapes[501]), offsetof(struct awsc_iam_group, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Group.Path: pathType */
        [360] = {REF(members[360].name_ref, strings[596]), REF(members[360].shape_ref, shapes[467]), offsetof(struct awsc_iam_group, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Group.GroupName: groupNameType */
        [361] = {REF(members[361].name_ref, strings[7916]), REF(members[361].shape_ref, shapes[468]), offsetof(struct awsc_iam_group, group_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Group.GroupId: idType */
        [362] = {REF(members[362].name_ref, strings[4931]), REF(members[362].shape_ref, shapes[429]), offsetof(struct awsc_iam_group, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Group.Arn: arnType */
        [363] = {REF(members[363].name_ref, strings[289]), REF(members[363].shape_ref, shapes[449]), offsetof(struct awsc_iam_group, create_date), offsetof(struct awsc_iam_group, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Group.CreateDate: dateType */
        [364] = {REF(members[364].name_ref, strings[1767]), REF(members[364].shape_ref, shapes[501]), offsetof(struct awsc_iam_group_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.Path: pathType */
        [365] = {REF(members[365].name_ref, strings[596]), REF(members[365].shape_ref, shapes[467]), offsetof(struct awsc_iam_group_detail, group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.GroupName: groupNameType */
        [366] = {REF(members[366].name_ref, strings[7916]), REF(members[366].shape_ref, shapes[468]), offsetof(struct awsc_iam_group_detail, group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.GroupId: idType */
        [367] = {REF(members[367].name_ref, strings[4931]), REF(members[367].shape_ref, shapes[429]), offsetof(struct awsc_iam_group_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.Arn: arnType */
        [368] = {REF(members[368].name_ref, strings[289]), REF(members[368].shape_ref, shapes[449]), offsetof(struct awsc_iam_group_detail, create_date), offsetof(struct awsc_iam_group_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.CreateDate: dateType */
        [369] = {REF(members[369].name_ref, strings[7936]), REF(members[369].shape_ref, shapes[506]), offsetof(struct awsc_iam_group_detail, group_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.GroupPolicyList: policyDetailListType */
        [370] = {REF(members[370].name_ref, strings[7952]), REF(members[370].shape_ref, shapes[432]), offsetof(struct awsc_iam_group_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GroupDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [371] = {REF(members[371].name_ref, strings[825]), REF(members[371].shape_ref, shapes[513]), offsetof(struct awsc_iam_inline_policy_identifier_type, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InlinePolicyIdentifierType.PolicyName: policyNameType */
        [372] = {REF(members[372].name_ref, strings[851]), REF(members[372].shape_ref, shapes[21]), offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InlinePolicyIdentifierType.AttachmentType: AttachmentType */
        [373] = {REF(members[373].name_ref, strings[836]), REF(members[373].shape_ref, shapes[20]), offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InlinePolicyIdentifierType.AttachmentName: AttachmentName */
        [374] = {REF(members[374].name_ref, strings[1767]), REF(members[374].shape_ref, shapes[501]), offsetof(struct awsc_iam_instance_profile, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.Path: pathType */
        [375] = {REF(members[375].name_ref, strings[545]), REF(members[375].shape_ref, shapes[470]), offsetof(struct awsc_iam_instance_profile, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.InstanceProfileName: instanceProfileNameType */
        [376] = {REF(members[376].name_ref, strings[8003]), REF(members[376].shape_ref, shapes[468]), offsetof(struct awsc_iam_instance_profile, instance_profile_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.InstanceProfileId: idType */
        [377] = {REF(members[377].name_ref, strings[4931]), REF(members[377].shape_ref, shapes[429]), offsetof(struct awsc_iam_instance_profile, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.Arn: arnType */
        [378] = {REF(members[378].name_ref, strings[289]), REF(members[378].shape_ref, shapes[449]), offsetof(struct awsc_iam_instance_profile, create_date), offsetof(struct awsc_iam_instance_profile, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.CreateDate: dateType */
        [379] = {REF(members[379].name_ref, strings[8021]), REF(members[379].shape_ref, shapes[538]), offsetof(struct awsc_iam_instance_profile, roles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.Roles: roleListType */
        [380] = {REF(members[380].name_ref, strings[1827]), REF(members[380].shape_ref, shapes[568]), offsetof(struct awsc_iam_instance_profile, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceProfile.Tags: tagListType */
        [381] = {REF(members[381].name_ref, strings[1091]), REF(members[381].shape_ref, shapes[472]), offsetof(struct awsc_iam_invalid_authentication_code_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidAuthenticationCodeException.message: invalidAuthenticationCodeMessage */
        [382] = {REF(members[382].name_ref, strings[1091]), REF(members[382].shape_ref, shapes[473]), offsetof(struct awsc_iam_invalid_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidCertificateException.message: invalidCertificateMessage */
        [383] = {REF(members[383].name_ref, strings[1091]), REF(members[383].shape_ref, shapes[474]), offsetof(struct awsc_iam_invalid_input_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidInputException.message: invalidInputMessage */
        [384] = {REF(members[384].name_ref, strings[1091]), REF(members[384].shape_ref, shapes[475]), offsetof(struct awsc_iam_invalid_public_key_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidPublicKeyException.message: invalidPublicKeyMessage */
        [385] = {REF(members[385].name_ref, strings[1091]), REF(members[385].shape_ref, shapes[476]), offsetof(struct awsc_iam_invalid_user_type_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidUserTypeException.message: invalidUserTypeMessage */
        [386] = {REF(members[386].name_ref, strings[1091]), REF(members[386].shape_ref, shapes[479]), offsetof(struct awsc_iam_key_pair_mismatch_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KeyPairMismatchException.message: keyPairMismatchMessage */
        [387] = {REF(members[387].name_ref, strings[1091]), REF(members[387].shape_ref, shapes[480]), offsetof(struct awsc_iam_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LimitExceededException.message: limitExceededMessage */
        [388] = {REF(members[388].name_ref, strings[245]), REF(members[388].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_access_keys_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysRequest.UserName: existingUserNameType */
        [389] = {REF(members[389].name_ref, strings[5926]), REF(members[389].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_access_keys_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysRequest.Marker: markerType */
        [390] = {REF(members[390].name_ref, strings[5917]), REF(members[390].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_access_keys_input, max_items), offsetof(struct awsc_iam_list_access_keys_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysRequest.MaxItems: maxItemsType */
        [391] = {REF(members[391].name_ref, strings[331]), REF(members[391].shape_ref, shapes[423]), offsetof(struct awsc_iam_list_access_keys_output, access_key_metadata), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysResponse.AccessKeyMetadata: accessKeyMetadataListType */
        [392] = {REF(members[392].name_ref, strings[6027]), REF(members[392].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_access_keys_output, is_truncated), offsetof(struct awsc_iam_list_access_keys_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysResponse.IsTruncated: booleanType */
        [393] = {REF(members[393].name_ref, strings[5926]), REF(members[393].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_access_keys_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccessKeysResponse.Marker: responseMarkerType */
        [394] = {REF(members[394].name_ref, strings[5926]), REF(members[394].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_account_aliases_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccountAliasesRequest.Marker: markerType */
        [395] = {REF(members[395].name_ref, strings[5917]), REF(members[395].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_account_aliases_input, max_items), offsetof(struct awsc_iam_list_account_aliases_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccountAliasesRequest.MaxItems: maxItemsType */
        [396] = {REF(members[396].name_ref, strings[8441]), REF(members[396].shape_ref, shapes[425]), offsetof(struct awsc_iam_list_account_aliases_output, account_aliases), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccountAliasesResponse.AccountAliases: accountAliasListType */
        [397] = {REF(members[397].name_ref, strings[6027]), REF(members[397].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_account_aliases_output, is_truncated), offsetof(struct awsc_iam_list_account_aliases_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccountAliasesResponse.IsTruncated: booleanType */
        [398] = {REF(members[398].name_ref, strings[5926]), REF(members[398].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_account_aliases_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAccountAliasesResponse.Marker: responseMarkerType */
        [399] = {REF(members[399].name_ref, strings[596]), REF(members[399].shape_ref, shapes[467]), offsetof(struct awsc_iam_list_attached_group_policies_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesRequest.GroupName: groupNameType */
        [400] = {REF(members[400].name_ref, strings[8489]), REF(members[400].shape_ref, shapes[520]), offsetof(struct awsc_iam_list_attached_group_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesRequest.PathPrefix: policyPathType */
        [401] = {REF(members[401].name_ref, strings[5926]), REF(members[401].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_attached_group_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesRequest.Marker: markerType */
        [402] = {REF(members[402].name_ref, strings[5917]), REF(members[402].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_attached_group_policies_input, max_items), offsetof(struct awsc_iam_list_attached_group_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesRequest.MaxItems: maxItemsType */
        [403] = {REF(members[403].name_ref, strings[8534]), REF(members[403].shape_ref, shapes[432]), offsetof(struct awsc_iam_list_attached_group_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [404] = {REF(members[404].name_ref, strings[6027]), REF(members[404].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_attached_group_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_group_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesResponse.IsTruncated: booleanType */
        [405] = {REF(members[405].name_ref, strings[5926]), REF(members[405].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_attached_group_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedGroupPoliciesResponse.Marker: responseMarkerType */
        [406] = {REF(members[406].name_ref, strings[565]), REF(members[406].shape_ref, shapes[540]), offsetof(struct awsc_iam_list_attached_role_policies_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesRequest.RoleName: roleNameType */
        [407] = {REF(members[407].name_ref, strings[8489]), REF(members[407].shape_ref, shapes[520]), offsetof(struct awsc_iam_list_attached_role_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesRequest.PathPrefix: policyPathType */
        [408] = {REF(members[408].name_ref, strings[5926]), REF(members[408].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_attached_role_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesRequest.Marker: markerType */
        [409] = {REF(members[409].name_ref, strings[5917]), REF(members[409].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_attached_role_policies_input, max_items), offsetof(struct awsc_iam_list_attached_role_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesRequest.MaxItems: maxItemsType */
        [410] = {REF(members[410].name_ref, strings[8534]), REF(members[410].shape_ref, shapes[432]), offsetof(struct awsc_iam_list_attached_role_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [411] = {REF(members[411].name_ref, strings[6027]), REF(members[411].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_attached_role_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_role_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesResponse.IsTruncated: booleanType */
        [412] = {REF(members[412].name_ref, strings[5926]), REF(members[412].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_attached_role_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedRolePoliciesResponse.Marker: responseMarkerType */
        [413] = {REF(members[413].name_ref, strings[245]), REF(members[413].shape_ref, shapes[576]), offsetof(struct awsc_iam_list_attached_user_policies_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesRequest.UserName: userNameType */
        [414] = {REF(members[414].name_ref, strings[8489]), REF(members[414].shape_ref, shapes[520]), offsetof(struct awsc_iam_list_attached_user_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesRequest.PathPrefix: policyPathType */
        [415] = {REF(members[415].name_ref, strings[5926]), REF(members[415].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_attached_user_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesRequest.Marker: markerType */
        [416] = {REF(members[416].name_ref, strings[5917]), REF(members[416].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_attached_user_policies_input, max_items), offsetof(struct awsc_iam_list_attached_user_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesRequest.MaxItems: maxItemsType */
        [417] = {REF(members[417].name_ref, strings[8534]), REF(members[417].shape_ref, shapes[432]), offsetof(struct awsc_iam_list_attached_user_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesResponse.AttachedPolicies: attachedPoliciesListType */
        [418] = {REF(members[418].name_ref, strings[6027]), REF(members[418].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_attached_user_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_user_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesResponse.IsTruncated: booleanType */
        [419] = {REF(members[419].name_ref, strings[5926]), REF(members[419].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_attached_user_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAttachedUserPoliciesResponse.Marker: responseMarkerType */
        [420] = {REF(members[420].name_ref, strings[3123]), REF(members[420].shape_ref, shapes[496]), offsetof(struct awsc_iam_list_delegation_requests_input, owner_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsRequest.OwnerId: ownerIdType */
        [421] = {REF(members[421].name_ref, strings[5926]), REF(members[421].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_delegation_requests_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsRequest.Marker: markerType */
        [422] = {REF(members[422].name_ref, strings[5917]), REF(members[422].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_delegation_requests_input, max_items), offsetof(struct awsc_iam_list_delegation_requests_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsRequest.MaxItems: maxItemsType */
        [423] = {REF(members[423].name_ref, strings[8742]), REF(members[423].shape_ref, shapes[452]), offsetof(struct awsc_iam_list_delegation_requests_output, delegation_requests), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsResponse.DelegationRequests: delegationRequestsListType */
        [424] = {REF(members[424].name_ref, strings[5926]), REF(members[424].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_delegation_requests_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsResponse.Marker: markerType */
        [425] = {REF(members[425].name_ref, strings[8761]), REF(members[425].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_delegation_requests_output, is_truncated), offsetof(struct awsc_iam_list_delegation_requests_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDelegationRequestsResponse.isTruncated: booleanType */
        [426] = {REF(members[426].name_ref, strings[677]), REF(members[426].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_entities_for_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.PolicyArn: arnType */
        [427] = {REF(members[427].name_ref, strings[8802]), REF(members[427].shape_ref, shapes[119]), offsetof(struct awsc_iam_list_entities_for_policy_input, entity_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.EntityFilter: EntityType */
        [428] = {REF(members[428].name_ref, strings[8489]), REF(members[428].shape_ref, shapes[501]), offsetof(struct awsc_iam_list_entities_for_policy_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.PathPrefix: pathType */
        [429] = {REF(members[429].name_ref, strings[8815]), REF(members[429].shape_ref, shapes[312]), offsetof(struct awsc_iam_list_entities_for_policy_input, policy_usage_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.PolicyUsageFilter: PolicyUsageType */
        [430] = {REF(members[430].name_ref, strings[5926]), REF(members[430].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_entities_for_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.Marker: markerType */
        [431] = {REF(members[431].name_ref, strings[5917]), REF(members[431].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_entities_for_policy_input, max_items), offsetof(struct awsc_iam_list_entities_for_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyRequest.MaxItems: maxItemsType */
        [432] = {REF(members[432].name_ref, strings[8863]), REF(members[432].shape_ref, shapes[302]), offsetof(struct awsc_iam_list_entities_for_policy_output, policy_groups), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyResponse.PolicyGroups: PolicyGroupListType */
        [433] = {REF(members[433].name_ref, strings[8876]), REF(members[433].shape_ref, shapes[314]), offsetof(struct awsc_iam_list_entities_for_policy_output, policy_users), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyResponse.PolicyUsers: PolicyUserListType */
        [434] = {REF(members[434].name_ref, strings[8888]), REF(members[434].shape_ref, shapes[310]), offsetof(struct awsc_iam_list_entities_for_policy_output, policy_roles), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyResponse.PolicyRoles: PolicyRoleListType */
        [435] = {REF(members[435].name_ref, strings[6027]), REF(members[435].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_entities_for_policy_output, is_truncated), offsetof(struct awsc_iam_list_entities_for_policy_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyResponse.IsTruncated: booleanType */
        [436] = {REF(members[436].name_ref, strings[5926]), REF(members[436].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_entities_for_policy_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEntitiesForPolicyResponse.Marker: responseMarkerType */
        [437] = {REF(members[437].name_ref, strings[596]), REF(members[437].shape_ref, shapes[467]), offsetof(struct awsc_iam_list_group_policies_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesRequest.GroupName: groupNameType */
        [438] = {REF(members[438].name_ref, strings[5926]), REF(members[438].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_group_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesRequest.Marker: markerType */
        [439] = {REF(members[439].name_ref, strings[5917]), REF(members[439].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_group_policies_input, max_items), offsetof(struct awsc_iam_list_group_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesRequest.MaxItems: maxItemsType */
        [440] = {REF(members[440].name_ref, strings[8951]), REF(members[440].shape_ref, shapes[512]), offsetof(struct awsc_iam_list_group_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesResponse.PolicyNames: policyNameListType */
        [441] = {REF(members[441].name_ref, strings[6027]), REF(members[441].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_group_policies_output, is_truncated), offsetof(struct awsc_iam_list_group_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesResponse.IsTruncated: booleanType */
        [442] = {REF(members[442].name_ref, strings[5926]), REF(members[442].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_group_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupPoliciesResponse.Marker: responseMarkerType */
        [443] = {REF(members[443].name_ref, strings[245]), REF(members[443].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_groups_for_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserRequest.UserName: existingUserNameType */
        [444] = {REF(members[444].name_ref, strings[5926]), REF(members[444].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_groups_for_user_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserRequest.Marker: markerType */
        [445] = {REF(members[445].name_ref, strings[5917]), REF(members[445].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_groups_for_user_input, max_items), offsetof(struct awsc_iam_list_groups_for_user_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserRequest.MaxItems: maxItemsType */
        [446] = {REF(members[446].name_ref, strings[9014]), REF(members[446].shape_ref, shapes[465]), offsetof(struct awsc_iam_list_groups_for_user_output, groups), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserResponse.Groups: groupListType */
        [447] = {REF(members[447].name_ref, strings[6027]), REF(members[447].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_groups_for_user_output, is_truncated), offsetof(struct awsc_iam_list_groups_for_user_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserResponse.IsTruncated: booleanType */
        [448] = {REF(members[448].name_ref, strings[5926]), REF(members[448].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_groups_for_user_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsForUserResponse.Marker: responseMarkerType */
        [449] = {REF(members[449].name_ref, strings[8489]), REF(members[449].shape_ref, shapes[500]), offsetof(struct awsc_iam_list_groups_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsRequest.PathPrefix: pathPrefixType */
        [450] = {REF(members[450].name_ref, strings[5926]), REF(members[450].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_groups_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsRequest.Marker: markerType */
        [451] = {REF(members[451].name_ref, strings[5917]), REF(members[451].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_groups_input, max_items), offsetof(struct awsc_iam_list_groups_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsRequest.MaxItems: maxItemsType */
        [452] = {REF(members[452].name_ref, strings[9014]), REF(members[452].shape_ref, shapes[465]), offsetof(struct awsc_iam_list_groups_output, groups), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsResponse.Groups: groupListType */
        [453] = {REF(members[453].name_ref, strings[6027]), REF(members[453].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_groups_output, is_truncated), offsetof(struct awsc_iam_list_groups_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsResponse.IsTruncated: booleanType */
        [454] = {REF(members[454].name_ref, strings[5926]), REF(members[454].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_groups_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListGroupsResponse.Marker: responseMarkerType */
        [455] = {REF(members[455].name_ref, strings[545]), REF(members[455].shape_ref, shapes[470]), offsetof(struct awsc_iam_list_instance_profile_tags_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsRequest.InstanceProfileName: instanceProfileNameType */
        [456] = {REF(members[456].name_ref, strings[5926]), REF(members[456].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_instance_profile_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsRequest.Marker: markerType */
        [457] = {REF(members[457].name_ref, strings[5917]), REF(members[457].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_instance_profile_tags_input, max_items), offsetof(struct awsc_iam_list_instance_profile_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsRequest.MaxItems: maxItemsType */
        [458] = {REF(members[458].name_ref, strings[1827]), REF(members[458].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_instance_profile_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsResponse.Tags: tagListType */
        [459] = {REF(members[459].name_ref, strings[6027]), REF(members[459].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_instance_profile_tags_output, is_truncated), offsetof(struct awsc_iam_list_instance_profile_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsResponse.IsTruncated: booleanType */
        [460] = {REF(members[460].name_ref, strings[5926]), REF(members[460].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_instance_profile_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfileTagsResponse.Marker: responseMarkerType */
        [461] = {REF(members[461].name_ref, strings[565]), REF(members[461].shape_ref, shapes[540]), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleRequest.RoleName: roleNameType */
        [462] = {REF(members[462].name_ref, strings[5926]), REF(members[462].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleRequest.Marker: markerType */
        [463] = {REF(members[463].name_ref, strings[5917]), REF(members[463].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, max_items), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleRequest.MaxItems: maxItemsType */
        [464] = {REF(members[464].name_ref, strings[9192]), REF(members[464].shape_ref, shapes[469]), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, instance_profiles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleResponse.InstanceProfiles: instanceProfileListType */
        [465] = {REF(members[465].name_ref, strings[6027]), REF(members[465].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, is_truncated), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleResponse.IsTruncated: booleanType */
        [466] = {REF(members[466].name_ref, strings[5926]), REF(members[466].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesForRoleResponse.Marker: responseMarkerType */
        [467] = {REF(members[467].name_ref, strings[8489]), REF(members[467].shape_ref, shapes[500]), offsetof(struct awsc_iam_list_instance_profiles_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesRequest.PathPrefix: pathPrefixType */
        [468] = {REF(members[468].name_ref, strings[5926]), REF(members[468].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_instance_profiles_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesRequest.Marker: markerType */
        [469] = {REF(members[469].name_ref, strings[5917]), REF(members[469].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_instance_profiles_input, max_items), offsetof(struct awsc_iam_list_instance_profiles_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesRequest.MaxItems: maxItemsType */
        [470] = {REF(members[470].name_ref, strings[9192]), REF(members[470].shape_ref, shapes[469]), offsetof(struct awsc_iam_list_instance_profiles_output, instance_profiles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesResponse.InstanceProfiles: instanceProfileListType */
        [471] = {REF(members[471].name_ref, strings[6027]), REF(members[471].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_instance_profiles_output, is_truncated), offsetof(struct awsc_iam_list_instance_profiles_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesResponse.IsTruncated: booleanType */
        [472] = {REF(members[472].name_ref, strings[5926]), REF(members[472].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_instance_profiles_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListInstanceProfilesResponse.Marker: responseMarkerType */
        [473] = {REF(members[473].name_ref, strings[2995]), REF(members[473].shape_ref, shapes[542]), offsetof(struct awsc_iam_list_mfa_device_tags_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsRequest.SerialNumber: serialNumberType */
        [474] = {REF(members[474].name_ref, strings[5926]), REF(members[474].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_mfa_device_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsRequest.Marker: markerType */
        [475] = {REF(members[475].name_ref, strings[5917]), REF(members[475].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_mfa_device_tags_input, max_items), offsetof(struct awsc_iam_list_mfa_device_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsRequest.MaxItems: maxItemsType */
        [476] = {REF(members[476].name_ref, strings[1827]), REF(members[476].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_mfa_device_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsResponse.Tags: tagListType */
        [477] = {REF(members[477].name_ref, strings[6027]), REF(members[477].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_mfa_device_tags_output, is_truncated), offsetof(struct awsc_iam_list_mfa_device_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsResponse.IsTruncated: booleanType */
        [478] = {REF(members[478].name_ref, strings[5926]), REF(members[478].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_mfa_device_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADeviceTagsResponse.Marker: responseMarkerType */
        [479] = {REF(members[479].name_ref, strings[245]), REF(members[479].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_mfa_devices_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesRequest.UserName: existingUserNameType */
        [480] = {REF(members[480].name_ref, strings[5926]), REF(members[480].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_mfa_devices_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesRequest.Marker: markerType */
        [481] = {REF(members[481].name_ref, strings[5917]), REF(members[481].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_mfa_devices_input, max_items), offsetof(struct awsc_iam_list_mfa_devices_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesRequest.MaxItems: maxItemsType */
        [482] = {REF(members[482].name_ref, strings[9362]), REF(members[482].shape_ref, shapes[488]), offsetof(struct awsc_iam_list_mfa_devices_output, mfa_devices), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesResponse.MFADevices: mfaDeviceListType */
        [483] = {REF(members[483].name_ref, strings[6027]), REF(members[483].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_mfa_devices_output, is_truncated), offsetof(struct awsc_iam_list_mfa_devices_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesResponse.IsTruncated: booleanType */
        [484] = {REF(members[484].name_ref, strings[5926]), REF(members[484].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_mfa_devices_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMFADevicesResponse.Marker: responseMarkerType */
        [485] = {REF(members[485].name_ref, strings[479]), REF(members[485].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsRequest.OpenIDConnectProviderArn: arnType */
        [486] = {REF(members[486].name_ref, strings[5926]), REF(members[486].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsRequest.Marker: markerType */
        [487] = {REF(members[487].name_ref, strings[5917]), REF(members[487].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, max_items), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsRequest.MaxItems: maxItemsType */
        [488] = {REF(members[488].name_ref, strings[1827]), REF(members[488].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsResponse.Tags: tagListType */
        [489] = {REF(members[489].name_ref, strings[6027]), REF(members[489].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, is_truncated), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsResponse.IsTruncated: booleanType */
        [490] = {REF(members[490].name_ref, strings[5926]), REF(members[490].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProviderTagsResponse.Marker: responseMarkerType */
        [491] = {REF(members[491].name_ref, strings[9517]), REF(members[491].shape_ref, shapes[282]), offsetof(struct awsc_iam_list_open_id_connect_providers_output, open_id_connect_provider_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOpenIDConnectProvidersResponse.OpenIDConnectProviderList: OpenIDConnectProviderListType */
        [492] = {REF(members[492].name_ref, strings[4315]), REF(members[492].shape_ref, shapes[286]), offsetof(struct awsc_iam_list_organizations_features_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOrganizationsFeaturesResponse.OrganizationId: OrganizationIdType */
        [493] = {REF(members[493].name_ref, strings[4330]), REF(members[493].shape_ref, shapes[130]), offsetof(struct awsc_iam_list_organizations_features_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListOrganizationsFeaturesResponse.EnabledFeatures: FeaturesListType */
        [494] = {REF(members[494].name_ref, strings[137]), REF(members[494].shape_ref, shapes[551]), offsetof(struct awsc_iam_list_policies_granting_service_access_entry, service_namespace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessEntry.ServiceNamespace: serviceNamespaceType */
        [495] = {REF(members[495].name_ref, strings[6018]), REF(members[495].shape_ref, shapes[510]), offsetof(struct awsc_iam_list_policies_granting_service_access_entry, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessEntry.Policies: policyGrantingServiceAccessListType */
        [496] = {REF(members[496].name_ref, strings[5926]), REF(members[496].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_policies_granting_service_access_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessRequest.Marker: markerType */
        [497] = {REF(members[497].name_ref, strings[4931]), REF(members[497].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_policies_granting_service_access_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessRequest.Arn: arnType */
        [498] = {REF(members[498].name_ref, strings[9690]), REF(members[498].shape_ref, shapes[550]), offsetof(struct awsc_iam_list_policies_granting_service_access_input, service_namespaces), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessRequest.ServiceNamespaces: serviceNamespaceListType */
        [499] = {REF(members[499].name_ref, strings[9750]), REF(members[499].shape_ref, shapes[481]), offsetof(struct awsc_iam_list_policies_granting_service_access_output, policies_granting_service_access), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessResponse.PoliciesGrantingServiceAccess: listPolicyGrantingServiceAccessResponseListType */
        [500] = {REF(members[500].name_ref, strings[6027]), REF(members[500].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_policies_granting_service_access_output, is_truncated), offsetof(struct awsc_iam_list_policies_granting_service_access_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessResponse.IsTruncated: booleanType */
        [501] = {REF(members[501].name_ref, strings[5926]), REF(members[501].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_policies_granting_service_access_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesGrantingServiceAccessResponse.Marker: responseMarkerType */
        [502] = {REF(members[502].name_ref, strings[9800]), REF(members[502].shape_ref, shapes[521]), offsetof(struct awsc_iam_list_policies_input, scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.Scope: policyScopeType */
        [503] = {REF(members[503].name_ref, strings[9806]), REF(members[503].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_policies_input, only_attached), offsetof(struct awsc_iam_list_policies_input, has_only_attached), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.OnlyAttached: booleanType */
        [504] = {REF(members[504].name_ref, strings[8489]), REF(members[504].shape_ref, shapes[520]), offsetof(struct awsc_iam_list_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.PathPrefix: policyPathType */
        [505] = {REF(members[505].name_ref, strings[8815]), REF(members[505].shape_ref, shapes[312]), offsetof(struct awsc_iam_list_policies_input, policy_usage_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.PolicyUsageFilter: PolicyUsageType */
        [506] = {REF(members[506].name_ref, strings[5926]), REF(members[506].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.Marker: markerType */
        [507] = {REF(members[507].name_ref, strings[5917]), REF(members[507].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_policies_input, max_items), offsetof(struct awsc_iam_list_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesRequest.MaxItems: maxItemsType */
        [508] = {REF(members[508].name_ref, strings[6018]), REF(members[508].shape_ref, shapes[511]), offsetof(struct awsc_iam_list_policies_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesResponse.Policies: policyListType */
        [509] = {REF(members[509].name_ref, strings[6027]), REF(members[509].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_policies_output, is_truncated), offsetof(struct awsc_iam_list_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesResponse.IsTruncated: booleanType */
        [510] = {REF(members[510].name_ref, strings[5926]), REF(members[510].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPoliciesResponse.Marker: responseMarkerType */
        [511] = {REF(members[511].name_ref, strings[677]), REF(members[511].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_policy_tags_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsRequest.PolicyArn: arnType */
        [512] = {REF(members[512].name_ref, strings[5926]), REF(members[512].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_policy_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsRequest.Marker: markerType */
        [513] = {REF(members[513].name_ref, strings[5917]), REF(members[513].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_policy_tags_input, max_items), offsetof(struct awsc_iam_list_policy_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsRequest.MaxItems: maxItemsType */
        [514] = {REF(members[514].name_ref, strings[1827]), REF(members[514].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_policy_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsResponse.Tags: tagListType */
        [515] = {REF(members[515].name_ref, strings[6027]), REF(members[515].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_policy_tags_output, is_truncated), offsetof(struct awsc_iam_list_policy_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsResponse.IsTruncated: booleanType */
        [516] = {REF(members[516].name_ref, strings[5926]), REF(members[516].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_policy_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyTagsResponse.Marker: responseMarkerType */
        [517] = {REF(members[517].name_ref, strings[677]), REF(members[517].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_policy_versions_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsRequest.PolicyArn: arnType */
        [518] = {REF(members[518].name_ref, strings[5926]), REF(members[518].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_policy_versions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsRequest.Marker: markerType */
        [519] = {REF(members[519].name_ref, strings[5917]), REF(members[519].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_policy_versions_input, max_items), offsetof(struct awsc_iam_list_policy_versions_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsRequest.MaxItems: maxItemsType */
        [520] = {REF(members[520].name_ref, strings[9938]), REF(members[520].shape_ref, shapes[508]), offsetof(struct awsc_iam_list_policy_versions_output, versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsResponse.Versions: policyDocumentVersionListType */
        [521] = {REF(members[521].name_ref, strings[6027]), REF(members[521].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_policy_versions_output, is_truncated), offsetof(struct awsc_iam_list_policy_versions_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsResponse.IsTruncated: booleanType */
        [522] = {REF(members[522].name_ref, strings[5926]), REF(members[522].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_policy_versions_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListPolicyVersionsResponse.Marker: responseMarkerType */
        [523] = {REF(members[523].name_ref, strings[565]), REF(members[523].shape_ref, shapes[540]), offsetof(struct awsc_iam_list_role_policies_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesRequest.RoleName: roleNameType */
        [524] = {REF(members[524].name_ref, strings[5926]), REF(members[524].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_role_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesRequest.Marker: markerType */
        [525] = {REF(members[525].name_ref, strings[5917]), REF(members[525].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_role_policies_input, max_items), offsetof(struct awsc_iam_list_role_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesRequest.MaxItems: maxItemsType */
        [526] = {REF(members[526].name_ref, strings[8951]), REF(members[526].shape_ref, shapes[512]), offsetof(struct awsc_iam_list_role_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesResponse.PolicyNames: policyNameListType */
        [527] = {REF(members[527].name_ref, strings[6027]), REF(members[527].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_role_policies_output, is_truncated), offsetof(struct awsc_iam_list_role_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesResponse.IsTruncated: booleanType */
        [528] = {REF(members[528].name_ref, strings[5926]), REF(members[528].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_role_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolePoliciesResponse.Marker: responseMarkerType */
        [529] = {REF(members[529].name_ref, strings[565]), REF(members[529].shape_ref, shapes[540]), offsetof(struct awsc_iam_list_role_tags_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsRequest.RoleName: roleNameType */
        [530] = {REF(members[530].name_ref, strings[5926]), REF(members[530].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_role_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsRequest.Marker: markerType */
        [531] = {REF(members[531].name_ref, strings[5917]), REF(members[531].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_role_tags_input, max_items), offsetof(struct awsc_iam_list_role_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsRequest.MaxItems: maxItemsType */
        [532] = {REF(members[532].name_ref, strings[1827]), REF(members[532].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_role_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsResponse.Tags: tagListType */
        [533] = {REF(members[533].name_ref, strings[6027]), REF(members[533].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_role_tags_output, is_truncated), offsetof(struct awsc_iam_list_role_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsResponse.IsTruncated: booleanType */
        [534] = {REF(members[534].name_ref, strings[5926]), REF(members[534].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_role_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRoleTagsResponse.Marker: responseMarkerType */
        [535] = {REF(members[535].name_ref, strings[8489]), REF(members[535].shape_ref, shapes[500]), offsetof(struct awsc_iam_list_roles_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesRequest.PathPrefix: pathPrefixType */
        [536] = {REF(members[536].name_ref, strings[5926]), REF(members[536].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_roles_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesRequest.Marker: markerType */
        [537] = {REF(members[537].name_ref, strings[5917]), REF(members[537].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_roles_input, max_items), offsetof(struct awsc_iam_list_roles_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesRequest.MaxItems: maxItemsType */
        [538] = {REF(members[538].name_ref, strings[8021]), REF(members[538].shape_ref, shapes[538]), offsetof(struct awsc_iam_list_roles_output, roles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesResponse.Roles: roleListType */
        [539] = {REF(members[539].name_ref, strings[6027]), REF(members[539].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_roles_output, is_truncated), offsetof(struct awsc_iam_list_roles_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesResponse.IsTruncated: booleanType */
        [540] = {REF(members[540].name_ref, strings[5926]), REF(members[540].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_roles_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRolesResponse.Marker: responseMarkerType */
        [541] = {REF(members[541].name_ref, strings[2446]), REF(members[541].shape_ref, shapes[429]), offsetof(struct awsc_iam_list_saml_provider_tags_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsRequest.SAMLProviderArn: arnType */
        [542] = {REF(members[542].name_ref, strings[5926]), REF(members[542].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_saml_provider_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsRequest.Marker: markerType */
        [543] = {REF(members[543].name_ref, strings[5917]), REF(members[543].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_saml_provider_tags_input, max_items), offsetof(struct awsc_iam_list_saml_provider_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsRequest.MaxItems: maxItemsType */
        [544] = {REF(members[544].name_ref, strings[1827]), REF(members[544].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_saml_provider_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsResponse.Tags: tagListType */
        [545] = {REF(members[545].name_ref, strings[6027]), REF(members[545].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_saml_provider_tags_output, is_truncated), offsetof(struct awsc_iam_list_saml_provider_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsResponse.IsTruncated: booleanType */
        [546] = {REF(members[546].name_ref, strings[5926]), REF(members[546].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_saml_provider_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProviderTagsResponse.Marker: responseMarkerType */
        [547] = {REF(members[547].name_ref, strings[10180]), REF(members[547].shape_ref, shapes[349]), offsetof(struct awsc_iam_list_saml_providers_output, saml_provider_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSAMLProvidersResponse.SAMLProviderList: SAMLProviderListType */
        [548] = {REF(members[548].name_ref, strings[245]), REF(members[548].shape_ref, shapes[576]), offsetof(struct awsc_iam_list_ssh_public_keys_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysRequest.UserName: userNameType */
        [549] = {REF(members[549].name_ref, strings[5926]), REF(members[549].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_ssh_public_keys_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysRequest.Marker: markerType */
        [550] = {REF(members[550].name_ref, strings[5917]), REF(members[550].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_ssh_public_keys_input, max_items), offsetof(struct awsc_iam_list_ssh_public_keys_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysRequest.MaxItems: maxItemsType */
        [551] = {REF(members[551].name_ref, strings[10248]), REF(members[551].shape_ref, shapes[352]), offsetof(struct awsc_iam_list_ssh_public_keys_output, ssh_public_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysResponse.SSHPublicKeys: SSHPublicKeyListType */
        [552] = {REF(members[552].name_ref, strings[6027]), REF(members[552].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_ssh_public_keys_output, is_truncated), offsetof(struct awsc_iam_list_ssh_public_keys_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysResponse.IsTruncated: booleanType */
        [553] = {REF(members[553].name_ref, strings[5926]), REF(members[553].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_ssh_public_keys_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSSHPublicKeysResponse.Marker: responseMarkerType */
        [554] = {REF(members[554].name_ref, strings[3679]), REF(members[554].shape_ref, shapes[544]), offsetof(struct awsc_iam_list_server_certificate_tags_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsRequest.ServerCertificateName: serverCertificateNameType */
        [555] = {REF(members[555].name_ref, strings[5926]), REF(members[555].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_server_certificate_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsRequest.Marker: markerType */
        [556] = {REF(members[556].name_ref, strings[5917]), REF(members[556].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_server_certificate_tags_input, max_items), offsetof(struct awsc_iam_list_server_certificate_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsRequest.MaxItems: maxItemsType */
        [557] = {REF(members[557].name_ref, strings[1827]), REF(members[557].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_server_certificate_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsResponse.Tags: tagListType */
        [558] = {REF(members[558].name_ref, strings[6027]), REF(members[558].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_server_certificate_tags_output, is_truncated), offsetof(struct awsc_iam_list_server_certificate_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsResponse.IsTruncated: booleanType */
        [559] = {REF(members[559].name_ref, strings[5926]), REF(members[559].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_server_certificate_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificateTagsResponse.Marker: responseMarkerType */
        [560] = {REF(members[560].name_ref, strings[8489]), REF(members[560].shape_ref, shapes[500]), offsetof(struct awsc_iam_list_server_certificates_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesRequest.PathPrefix: pathPrefixType */
        [561] = {REF(members[561].name_ref, strings[5926]), REF(members[561].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_server_certificates_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesRequest.Marker: markerType */
        [562] = {REF(members[562].name_ref, strings[5917]), REF(members[562].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_server_certificates_input, max_items), offsetof(struct awsc_iam_list_server_certificates_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesRequest.MaxItems: maxItemsType */
        [563] = {REF(members[563].name_ref, strings[10390]), REF(members[563].shape_ref, shapes[543]), offsetof(struct awsc_iam_list_server_certificates_output, server_certificate_metadata_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesResponse.ServerCertificateMetadataList: serverCertificateMetadataListType */
        [564] = {REF(members[564].name_ref, strings[6027]), REF(members[564].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_server_certificates_output, is_truncated), offsetof(struct awsc_iam_list_server_certificates_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesResponse.IsTruncated: booleanType */
        [565] = {REF(members[565].name_ref, strings[5926]), REF(members[565].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_server_certificates_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServerCertificatesResponse.Marker: responseMarkerType */
        [566] = {REF(members[566].name_ref, strings[245]), REF(members[566].shape_ref, shapes[576]), offsetof(struct awsc_iam_list_service_specific_credentials_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsRequest.UserName: userNameType */
        [567] = {REF(members[567].name_ref, strings[125]), REF(members[567].shape_ref, shapes[548]), offsetof(struct awsc_iam_list_service_specific_credentials_input, service_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsRequest.ServiceName: serviceName */
        [568] = {REF(members[568].name_ref, strings[10458]), REF(members[568].shape_ref, shapes[428]), offsetof(struct awsc_iam_list_service_specific_credentials_input, all_users), offsetof(struct awsc_iam_list_service_specific_credentials_input, has_all_users), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsRequest.AllUsers: allUsers */
        [569] = {REF(members[569].name_ref, strings[5926]), REF(members[569].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_service_specific_credentials_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsRequest.Marker: markerType */
        [570] = {REF(members[570].name_ref, strings[5917]), REF(members[570].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_service_specific_credentials_input, max_items), offsetof(struct awsc_iam_list_service_specific_credentials_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsRequest.MaxItems: maxItemsType */
        [571] = {REF(members[571].name_ref, strings[10506]), REF(members[571].shape_ref, shapes[363]), offsetof(struct awsc_iam_list_service_specific_credentials_output, service_specific_credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsResponse.ServiceSpecificCredentials: ServiceSpecificCredentialsListType */
        [572] = {REF(members[572].name_ref, strings[5926]), REF(members[572].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_service_specific_credentials_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsResponse.Marker: responseMarkerType */
        [573] = {REF(members[573].name_ref, strings[6027]), REF(members[573].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_service_specific_credentials_output, is_truncated), offsetof(struct awsc_iam_list_service_specific_credentials_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListServiceSpecificCredentialsResponse.IsTruncated: booleanType */
        [574] = {REF(members[574].name_ref, strings[245]), REF(members[574].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_signing_certificates_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesRequest.UserName: existingUserNameType */
        [575] = {REF(members[575].name_ref, strings[5926]), REF(members[575].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_signing_certificates_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesRequest.Marker: markerType */
        [576] = {REF(members[576].name_ref, strings[5917]), REF(members[576].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_signing_certificates_input, max_items), offsetof(struct awsc_iam_list_signing_certificates_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesRequest.MaxItems: maxItemsType */
        [577] = {REF(members[577].name_ref, strings[10596]), REF(members[577].shape_ref, shapes[440]), offsetof(struct awsc_iam_list_signing_certificates_output, certificates), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesResponse.Certificates: certificateListType */
        [578] = {REF(members[578].name_ref, strings[6027]), REF(members[578].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_signing_certificates_output, is_truncated), offsetof(struct awsc_iam_list_signing_certificates_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesResponse.IsTruncated: booleanType */
        [579] = {REF(members[579].name_ref, strings[5926]), REF(members[579].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_signing_certificates_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSigningCertificatesResponse.Marker: responseMarkerType */
        [580] = {REF(members[580].name_ref, strings[245]), REF(members[580].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_user_policies_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesRequest.UserName: existingUserNameType */
        [581] = {REF(members[581].name_ref, strings[5926]), REF(members[581].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_user_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesRequest.Marker: markerType */
        [582] = {REF(members[582].name_ref, strings[5917]), REF(members[582].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_user_policies_input, max_items), offsetof(struct awsc_iam_list_user_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesRequest.MaxItems: maxItemsType */
        [583] = {REF(members[583].name_ref, strings[8951]), REF(members[583].shape_ref, shapes[512]), offsetof(struct awsc_iam_list_user_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesResponse.PolicyNames: policyNameListType */
        [584] = {REF(members[584].name_ref, strings[6027]), REF(members[584].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_user_policies_output, is_truncated), offsetof(struct awsc_iam_list_user_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesResponse.IsTruncated: booleanType */
        [585] = {REF(members[585].name_ref, strings[5926]), REF(members[585].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_user_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserPoliciesResponse.Marker: responseMarkerType */
        [586] = {REF(members[586].name_ref, strings[245]), REF(members[586].shape_ref, shapes[462]), offsetof(struct awsc_iam_list_user_tags_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsRequest.UserName: existingUserNameType */
        [587] = {REF(members[587].name_ref, strings[5926]), REF(members[587].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_user_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsRequest.Marker: markerType */
        [588] = {REF(members[588].name_ref, strings[5917]), REF(members[588].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_user_tags_input, max_items), offsetof(struct awsc_iam_list_user_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsRequest.MaxItems: maxItemsType */
        [589] = {REF(members[589].name_ref, strings[1827]), REF(members[589].shape_ref, shapes[568]), offsetof(struct awsc_iam_list_user_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsResponse.Tags: tagListType */
        [590] = {REF(members[590].name_ref, strings[6027]), REF(members[590].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_user_tags_output, is_truncated), offsetof(struct awsc_iam_list_user_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsResponse.IsTruncated: booleanType */
        [591] = {REF(members[591].name_ref, strings[5926]), REF(members[591].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_user_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUserTagsResponse.Marker: responseMarkerType */
        [592] = {REF(members[592].name_ref, strings[8489]), REF(members[592].shape_ref, shapes[500]), offsetof(struct awsc_iam_list_users_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersRequest.PathPrefix: pathPrefixType */
        [593] = {REF(members[593].name_ref, strings[5926]), REF(members[593].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_users_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersRequest.Marker: markerType */
        [594] = {REF(members[594].name_ref, strings[5917]), REF(members[594].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_users_input, max_items), offsetof(struct awsc_iam_list_users_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersRequest.MaxItems: maxItemsType */
        [595] = {REF(members[595].name_ref, strings[6549]), REF(members[595].shape_ref, shapes[575]), offsetof(struct awsc_iam_list_users_output, users), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersResponse.Users: userListType */
        [596] = {REF(members[596].name_ref, strings[6027]), REF(members[596].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_users_output, is_truncated), offsetof(struct awsc_iam_list_users_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersResponse.IsTruncated: booleanType */
        [597] = {REF(members[597].name_ref, strings[5926]), REF(members[597].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_users_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListUsersResponse.Marker: responseMarkerType */
        [598] = {REF(members[598].name_ref, strings[10763]), REF(members[598].shape_ref, shapes[431]), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, assignment_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesRequest.AssignmentStatus: assignmentStatusType */
        [599] = {REF(members[599].name_ref, strings[5926]), REF(members[599].shape_ref, shapes[485]), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesRequest.Marker: markerType */
        [600] = {REF(members[600].name_ref, strings[5917]), REF(members[600].shape_ref, shapes[486]), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, max_items), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesRequest.MaxItems: maxItemsType */
        [601] = {REF(members[601].name_ref, strings[10810]), REF(members[601].shape_ref, shapes[577]), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, virtual_mfa_devices), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesResponse.VirtualMFADevices: virtualMFADeviceListType */
        [602] = {REF(members[602].name_ref, strings[6027]), REF(members[602].shape_ref, shapes[436]), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, is_truncated), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesResponse.IsTruncated: booleanType */
        [603] = {REF(members[603].name_ref, strings[5926]), REF(members[603].shape_ref, shapes[535]), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVirtualMFADevicesResponse.Marker: responseMarkerType */
        [604] = {REF(members[604].name_ref, strings[245]), REF(members[604].shape_ref, shapes[576]), offsetof(struct awsc_iam_login_profile, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoginProfile.UserName: userNameType */
        [605] = {REF(members[605].name_ref, strings[289]), REF(members[605].shape_ref, shapes[449]), offsetof(struct awsc_iam_login_profile, create_date), offsetof(struct awsc_iam_login_profile, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoginProfile.CreateDate: dateType */
        [606] = {REF(members[606].name_ref, strings[1913]), REF(members[606].shape_ref, shapes[436]), offsetof(struct awsc_iam_login_profile, password_reset_required), offsetof(struct awsc_iam_login_profile, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoginProfile.PasswordResetRequired: booleanType */
        [607] = {REF(members[607].name_ref, strings[245]), REF(members[607].shape_ref, shapes[576]), offsetof(struct awsc_iam_mfa_device, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MFADevice.UserName: userNameType */
        [608] = {REF(members[608].name_ref, strings[2995]), REF(members[608].shape_ref, shapes[542]), offsetof(struct awsc_iam_mfa_device, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MFADevice.SerialNumber: serialNumberType */
        [609] = {REF(members[609].name_ref, strings[6804]), REF(members[609].shape_ref, shapes[449]), offsetof(struct awsc_iam_mfa_device, enable_date), offsetof(struct awsc_iam_mfa_device, has_enable_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MFADevice.EnableDate: dateType */
        [610] = {REF(members[610].name_ref, strings[1091]), REF(members[610].shape_ref, shapes[483]), offsetof(struct awsc_iam_malformed_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MalformedCertificateException.message: malformedCertificateMessage */
        [611] = {REF(members[611].name_ref, strings[1091]), REF(members[611].shape_ref, shapes[484]), offsetof(struct awsc_iam_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MalformedPolicyDocumentException.message: malformedPolicyDocumentMessage */
        [612] = {REF(members[612].name_ref, strings[825]), REF(members[612].shape_ref, shapes[513]), offsetof(struct awsc_iam_managed_policy_detail, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.PolicyName: policyNameType */
        [613] = {REF(members[613].name_ref, strings[10966]), REF(members[613].shape_ref, shapes[468]), offsetof(struct awsc_iam_managed_policy_detail, policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.PolicyId: idType */
        [614] = {REF(members[614].name_ref, strings[4931]), REF(members[614].shape_ref, shapes[429]), offsetof(struct awsc_iam_managed_policy_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.Arn: arnType */
        [615] = {REF(members[615].name_ref, strings[1767]), REF(members[615].shape_ref, shapes[520]), offsetof(struct awsc_iam_managed_policy_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.Path: policyPathType */
        [616] = {REF(members[616].name_ref, strings[10975]), REF(members[616].shape_ref, shapes[523]), offsetof(struct awsc_iam_managed_policy_detail, default_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.DefaultVersionId: policyVersionIdType */
        [617] = {REF(members[617].name_ref, strings[10992]), REF(members[617].shape_ref, shapes[433]), offsetof(struct awsc_iam_managed_policy_detail, attachment_count), offsetof(struct awsc_iam_managed_policy_detail, has_attachment_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.AttachmentCount: attachmentCountType */
        [618] = {REF(members[618].name_ref, strings[11008]), REF(members[618].shape_ref, shapes[433]), offsetof(struct awsc_iam_managed_policy_detail, permissions_boundary_usage_count), offsetof(struct awsc_iam_managed_policy_detail, has_permissions_boundary_usage_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.PermissionsBoundaryUsageCount: attachmentCountType */
        [619] = {REF(members[619].name_ref, strings[11038]), REF(members[619].shape_ref, shapes[436]), offsetof(struct awsc_iam_managed_policy_detail, is_attachable), offsetof(struct awsc_iam_managed_policy_detail, has_is_attachable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.IsAttachable: booleanType */
        [620] = {REF(members[620].name_ref, strings[1577]), REF(members[620].shape_ref, shapes[505]), offsetof(struct awsc_iam_managed_policy_detail, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.Description: policyDescriptionType */
        [621] = {REF(members[621].name_ref, strings[289]), REF(members[621].shape_ref, shapes[449]), offsetof(struct awsc_iam_managed_policy_detail, create_date), offsetof(struct awsc_iam_managed_policy_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.CreateDate: dateType */
        [622] = {REF(members[622].name_ref, strings[11051]), REF(members[622].shape_ref, shapes[449]), offsetof(struct awsc_iam_managed_policy_detail, update_date), offsetof(struct awsc_iam_managed_policy_detail, has_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.UpdateDate: dateType */
        [623] = {REF(members[623].name_ref, strings[11062]), REF(members[623].shape_ref, shapes[508]), offsetof(struct awsc_iam_managed_policy_detail, policy_version_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ManagedPolicyDetail.PolicyVersionList: policyDocumentVersionListType */
        [624] = {REF(members[624].name_ref, strings[1091]), REF(members[624].shape_ref, shapes[490]), offsetof(struct awsc_iam_no_such_entity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoSuchEntityException.message: noSuchEntityMessage */
        [625] = {REF(members[625].name_ref, strings[4931]), REF(members[625].shape_ref, shapes[429]), offsetof(struct awsc_iam_open_id_connect_provider_list_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OpenIDConnectProviderListEntry.Arn: arnType */
        [626] = {REF(members[626].name_ref, strings[1091]), REF(members[626].shape_ref, shapes[493]), offsetof(struct awsc_iam_open_id_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OpenIdIdpCommunicationErrorException.message: openIdIdpCommunicationErrorExceptionMessage */
        [627] = {REF(members[627].name_ref, strings[11328]), REF(members[627].shape_ref, shapes[371]), offsetof(struct awsc_iam_ordered_organization_policy_type, service_control_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OrderedOrganizationPolicyType.ServiceControlPolicyInputList: SimulationPolicyListType */
        [628] = {REF(members[628].name_ref, strings[11476]), REF(members[628].shape_ref, shapes[436]), offsetof(struct awsc_iam_organizations_decision_detail, allowed_by_organizations), offsetof(struct awsc_iam_organizations_decision_detail, has_allowed_by_organizations), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OrganizationsDecisionDetail.AllowedByOrganizations: booleanType */
        [629] = {REF(members[629].name_ref, strings[11499]), REF(members[629].shape_ref, shapes[489]), offsetof(struct awsc_iam_password_policy, minimum_password_length), offsetof(struct awsc_iam_password_policy, has_minimum_password_length), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.MinimumPasswordLength: minimumPasswordLengthType */
        [630] = {REF(members[630].name_ref, strings[11521]), REF(members[630].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, require_symbols), offsetof(struct awsc_iam_password_policy, has_require_symbols), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.RequireSymbols: booleanType */
        [631] = {REF(members[631].name_ref, strings[11536]), REF(members[631].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, require_numbers), offsetof(struct awsc_iam_password_policy, has_require_numbers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.RequireNumbers: booleanType */
        [632] = {REF(members[632].name_ref, strings[11551]), REF(members[632].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, require_uppercase_characters), offsetof(struct awsc_iam_password_policy, has_require_uppercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.RequireUppercaseCharacters: booleanType */
        [633] = {REF(members[633].name_ref, strings[11578]), REF(members[633].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, require_lowercase_characters), offsetof(struct awsc_iam_password_policy, has_require_lowercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.RequireLowercaseCharacters: booleanType */
        [634] = {REF(members[634].name_ref, strings[11605]), REF(members[634].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, allow_users_to_change_password), offsetof(struct awsc_iam_password_policy, has_allow_users_to_change_password), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.AllowUsersToChangePassword: booleanType */
        [635] = {REF(members[635].name_ref, strings[11632]), REF(members[635].shape_ref, shapes[436]), offsetof(struct awsc_iam_password_policy, expire_passwords), offsetof(struct awsc_iam_password_policy, has_expire_passwords), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.ExpirePasswords: booleanType */
        [636] = {REF(members[636].name_ref, strings[11648]), REF(members[636].shape_ref, shapes[487]), offsetof(struct awsc_iam_password_policy, max_password_age), offsetof(struct awsc_iam_password_policy, has_max_password_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.MaxPasswordAge: maxPasswordAgeType */
        [637] = {REF(members[637].name_ref, strings[11663]), REF(members[637].shape_ref, shapes[498]), offsetof(struct awsc_iam_password_policy, password_reuse_prevention), offsetof(struct awsc_iam_password_policy, has_password_reuse_prevention), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.PasswordReusePrevention: passwordReusePreventionType */
        [638] = {REF(members[638].name_ref, strings[11687]), REF(members[638].shape_ref, shapes[435]), offsetof(struct awsc_iam_password_policy, hard_expiry), offsetof(struct awsc_iam_password_policy, has_hard_expiry), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicy.HardExpiry: booleanObjectType */
        [639] = {REF(members[639].name_ref, strings[1091]), REF(members[639].shape_ref, shapes[497]), offsetof(struct awsc_iam_password_policy_violation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PasswordPolicyViolationException.message: passwordPolicyViolationMessage */
        [640] = {REF(members[640].name_ref, strings[11815]), REF(members[640].shape_ref, shapes[436]), offsetof(struct awsc_iam_permissions_boundary_decision_detail, allowed_by_permissions_boundary), offsetof(struct awsc_iam_permissions_boundary_decision_detail, has_allowed_by_permissions_boundary), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary: booleanType */
        [641] = {REF(members[641].name_ref, strings[825]), REF(members[641].shape_ref, shapes[513]), offsetof(struct awsc_iam_policy, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.PolicyName: policyNameType */
        [642] = {REF(members[642].name_ref, strings[10966]), REF(members[642].shape_ref, shapes[468]), offsetof(struct awsc_iam_policy, policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.PolicyId: idType */
        [643] = {REF(members[643].name_ref, strings[4931]), REF(members[643].shape_ref, shapes[429]), offsetof(struct awsc_iam_policy, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.Arn: arnType */
        [644] = {REF(members[644].name_ref, strings[1767]), REF(members[644].shape_ref, shapes[520]), offsetof(struct awsc_iam_policy, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.Path: policyPathType */
        [645] = {REF(members[645].name_ref, strings[10975]), REF(members[645].shape_ref, shapes[523]), offsetof(struct awsc_iam_policy, default_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.DefaultVersionId: policyVersionIdType */
        [646] = {REF(members[646].name_ref, strings[10992]), REF(members[646].shape_ref, shapes[433]), offsetof(struct awsc_iam_policy, attachment_count), offsetof(struct awsc_iam_policy, has_attachment_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.AttachmentCount: attachmentCountType */
        [647] = {REF(members[647].name_ref, strings[11008]), REF(members[647].shape_ref, shapes[433]), offsetof(struct awsc_iam_policy, permissions_boundary_usage_count), offsetof(struct awsc_iam_policy, has_permissions_boundary_usage_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.PermissionsBoundaryUsageCount: attachmentCountType */
        [648] = {REF(members[648].name_ref, strings[11038]), REF(members[648].shape_ref, shapes[436]), offsetof(struct awsc_iam_policy, is_attachable), offsetof(struct awsc_iam_policy, has_is_attachable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.IsAttachable: booleanType */
        [649] = {REF(members[649].name_ref, strings[1577]), REF(members[649].shape_ref, shapes[505]), offsetof(struct awsc_iam_policy, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.Description: policyDescriptionType */
        [650] = {REF(members[650].name_ref, strings[289]), REF(members[650].shape_ref, shapes[449]), offsetof(struct awsc_iam_policy, create_date), offsetof(struct awsc_iam_policy, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.CreateDate: dateType */
        [651] = {REF(members[651].name_ref, strings[11051]), REF(members[651].shape_ref, shapes[449]), offsetof(struct awsc_iam_policy, update_date), offsetof(struct awsc_iam_policy, has_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.UpdateDate: dateType */
        [652] = {REF(members[652].name_ref, strings[1827]), REF(members[652].shape_ref, shapes[568]), offsetof(struct awsc_iam_policy, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Policy.Tags: tagListType */
        [653] = {REF(members[653].name_ref, strings[825]), REF(members[653].shape_ref, shapes[513]), offsetof(struct awsc_iam_policy_detail, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyDetail.PolicyName: policyNameType */
        [654] = {REF(members[654].name_ref, strings[2098]), REF(members[654].shape_ref, shapes[507]), offsetof(struct awsc_iam_policy_detail, policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyDetail.PolicyDocument: policyDocumentType */
        [655] = {REF(members[655].name_ref, strings[1091]), REF(members[655].shape_ref, shapes[509]), offsetof(struct awsc_iam_policy_evaluation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyEvaluationException.message: policyEvaluationErrorMessage */
        [656] = {REF(members[656].name_ref, strings[825]), REF(members[656].shape_ref, shapes[513]), offsetof(struct awsc_iam_policy_granting_service_access, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGrantingServiceAccess.PolicyName: policyNameType */
        [657] = {REF(members[657].name_ref, strings[12016]), REF(members[657].shape_ref, shapes[522]), offsetof(struct awsc_iam_policy_granting_service_access, policy_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGrantingServiceAccess.PolicyType: policyType */
        [658] = {REF(members[658].name_ref, strings[677]), REF(members[658].shape_ref, shapes[429]), offsetof(struct awsc_iam_policy_granting_service_access, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGrantingServiceAccess.PolicyArn: arnType */
        [659] = {REF(members[659].name_ref, strings[5012]), REF(members[659].shape_ref, shapes[515]), offsetof(struct awsc_iam_policy_granting_service_access, entity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGrantingServiceAccess.EntityType: policyOwnerEntityType */
        [660] = {REF(members[660].name_ref, strings[12027]), REF(members[660].shape_ref, shapes[460]), offsetof(struct awsc_iam_policy_granting_service_access, entity_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGrantingServiceAccess.EntityName: entityNameType */
        [661] = {REF(members[661].name_ref, strings[596]), REF(members[661].shape_ref, shapes[467]), offsetof(struct awsc_iam_policy_group, group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGroup.GroupName: groupNameType */
        [662] = {REF(members[662].name_ref, strings[7916]), REF(members[662].shape_ref, shapes[468]), offsetof(struct awsc_iam_policy_group, group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyGroup.GroupId: idType */
        [663] = {REF(members[663].name_ref, strings[12016]), REF(members[663].shape_ref, shapes[304]), offsetof(struct awsc_iam_policy_identifier, policy_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyIdentifier.PolicyType: PolicyIdentifierPolicyType */
        [664] = {REF(members[664].name_ref, strings[677]), REF(members[664].shape_ref, shapes[429]), offsetof(struct awsc_iam_policy_identifier, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyIdentifier.PolicyArn: arnType */
        [665] = {REF(members[665].name_ref, strings[12087]), REF(members[665].shape_ref, shapes[191]), offsetof(struct awsc_iam_policy_identifier, inline_policy_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyIdentifier.InlinePolicyIdentifier: InlinePolicyIdentifierType */
        [666] = {REF(members[666].name_ref, strings[1091]), REF(members[666].shape_ref, shapes[514]), offsetof(struct awsc_iam_policy_not_attachable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyNotAttachableException.message: policyNotAttachableMessage */
        [667] = {REF(members[667].name_ref, strings[2376]), REF(members[667].shape_ref, shapes[517]), offsetof(struct awsc_iam_policy_parameter, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyParameter.Name: policyParameterNameType */
        [668] = {REF(members[668].name_ref, strings[12283]), REF(members[668].shape_ref, shapes[519]), offsetof(struct awsc_iam_policy_parameter, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyParameter.Values: policyParameterValuesListType */
        [669] = {REF(members[669].name_ref, strings[4935]), REF(members[669].shape_ref, shapes[308]), offsetof(struct awsc_iam_policy_parameter, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyParameter.Type: PolicyParameterTypeEnum */
        [670] = {REF(members[670].name_ref, strings[565]), REF(members[670].shape_ref, shapes[540]), offsetof(struct awsc_iam_policy_role, role_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyRole.RoleName: roleNameType */
        [671] = {REF(members[671].name_ref, strings[12343]), REF(members[671].shape_ref, shapes[468]), offsetof(struct awsc_iam_policy_role, role_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyRole.RoleId: idType */
        [672] = {REF(members[672].name_ref, strings[245]), REF(members[672].shape_ref, shapes[576]), offsetof(struct awsc_iam_policy_user, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyUser.UserName: userNameType */
        [673] = {REF(members[673].name_ref, strings[12506]), REF(members[673].shape_ref, shapes[468]), offsetof(struct awsc_iam_policy_user, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyUser.UserId: idType */
        [674] = {REF(members[674].name_ref, strings[12532]), REF(members[674].shape_ref, shapes[507]), offsetof(struct awsc_iam_policy_version, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyVersion.Document: policyDocumentType */
        [675] = {REF(members[675].name_ref, strings[3492]), REF(members[675].shape_ref, shapes[523]), offsetof(struct awsc_iam_policy_version, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyVersion.VersionId: policyVersionIdType */
        [676] = {REF(members[676].name_ref, strings[12541]), REF(members[676].shape_ref, shapes[436]), offsetof(struct awsc_iam_policy_version, is_default_version), offsetof(struct awsc_iam_policy_version, has_is_default_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyVersion.IsDefaultVersion: booleanType */
        [677] = {REF(members[677].name_ref, strings[289]), REF(members[677].shape_ref, shapes[449]), offsetof(struct awsc_iam_policy_version, create_date), offsetof(struct awsc_iam_policy_version, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyVersion.CreateDate: dateType */
        [678] = {REF(members[678].name_ref, strings[12567]), REF(members[678].shape_ref, shapes[200]), offsetof(struct awsc_iam_position, line), offsetof(struct awsc_iam_position, has_line), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Position.Line: LineNumber */
        [679] = {REF(members[679].name_ref, strings[12572]), REF(members[679].shape_ref, shapes[28]), offsetof(struct awsc_iam_position, column), offsetof(struct awsc_iam_position, has_column), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Position.Column: ColumnNumber */
        [680] = {REF(members[680].name_ref, strings[596]), REF(members[680].shape_ref, shapes[467]), offsetof(struct awsc_iam_put_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutGroupPolicyRequest.GroupName: groupNameType */
        [681] = {REF(members[681].name_ref, strings[825]), REF(members[681].shape_ref, shapes[513]), offsetof(struct awsc_iam_put_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutGroupPolicyRequest.PolicyName: policyNameType */
        [682] = {REF(members[682].name_ref, strings[2098]), REF(members[682].shape_ref, shapes[507]), offsetof(struct awsc_iam_put_group_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutGroupPolicyRequest.PolicyDocument: policyDocumentType */
        [683] = {REF(members[683].name_ref, strings[565]), REF(members[683].shape_ref, shapes[540]), offsetof(struct awsc_iam_put_role_permissions_boundary_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRolePermissionsBoundaryRequest.RoleName: roleNameType */
        [684] = {REF(members[684].name_ref, strings[2285]), REF(members[684].shape_ref, shapes[429]), offsetof(struct awsc_iam_put_role_permissions_boundary_input, permissions_boundary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRolePermissionsBoundaryRequest.PermissionsBoundary: arnType */
        [685] = {REF(members[685].name_ref, strings[565]), REF(members[685].shape_ref, shapes[540]), offsetof(struct awsc_iam_put_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRolePolicyRequest.RoleName: roleNameType */
        [686] = {REF(members[686].name_ref, strings[825]), REF(members[686].shape_ref, shapes[513]), offsetof(struct awsc_iam_put_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRolePolicyRequest.PolicyName: policyNameType */
        [687] = {REF(members[687].name_ref, strings[2098]), REF(members[687].shape_ref, shapes[507]), offsetof(struct awsc_iam_put_role_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRolePolicyRequest.PolicyDocument: policyDocumentType */
        [688] = {REF(members[688].name_ref, strings[245]), REF(members[688].shape_ref, shapes[576]), offsetof(struct awsc_iam_put_user_permissions_boundary_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutUserPermissionsBoundaryRequest.UserName: userNameType */
        [689] = {REF(members[689].name_ref, strings[2285]), REF(members[689].shape_ref, shapes[429]), offsetof(struct awsc_iam_put_user_permissions_boundary_input, permissions_boundary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutUserPermissionsBoundaryRequest.PermissionsBoundary: arnType */
        [690] = {REF(members[690].name_ref, strings[245]), REF(members[690].shape_ref, shapes[462]), offsetof(struct awsc_iam_put_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutUserPolicyRequest.UserName: existingUserNameType */
        [691] = {REF(members[691].name_ref, strings[825]), REF(members[691].shape_ref, shapes[513]), offsetof(struct awsc_iam_put_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutUserPolicyRequest.PolicyName: policyNameType */
        [692] = {REF(members[692].name_ref, strings[2098]), REF(members[692].shape_ref, shapes[507]), offsetof(struct awsc_iam_put_user_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutUserPolicyRequest.PolicyDocument: policyDocumentType */
        [693] = {REF(members[693].name_ref, strings[31]), REF(members[693].shape_ref, shapes[451]), offsetof(struct awsc_iam_reject_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RejectDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [694] = {REF(members[694].name_ref, strings[3189]), REF(members[694].shape_ref, shapes[491]), offsetof(struct awsc_iam_reject_delegation_request_input, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RejectDelegationRequestRequest.Notes: notesType */
        [695] = {REF(members[695].name_ref, strings[479]), REF(members[695].shape_ref, shapes[429]), offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveClientIDFromOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [696] = {REF(members[696].name_ref, strings[504]), REF(members[696].shape_ref, shapes[442]), offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveClientIDFromOpenIDConnectProviderRequest.ClientID: clientIDType */
        [697] = {REF(members[697].name_ref, strings[545]), REF(members[697].shape_ref, shapes[470]), offsetof(struct awsc_iam_remove_role_from_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveRoleFromInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [698] = {REF(members[698].name_ref, strings[565]), REF(members[698].shape_ref, shapes[540]), offsetof(struct awsc_iam_remove_role_from_instance_profile_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveRoleFromInstanceProfileRequest.RoleName: roleNameType */
        [699] = {REF(members[699].name_ref, strings[596]), REF(members[699].shape_ref, shapes[467]), offsetof(struct awsc_iam_remove_user_from_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveUserFromGroupRequest.GroupName: groupNameType */
        [700] = {REF(members[700].name_ref, strings[245]), REF(members[700].shape_ref, shapes[462]), offsetof(struct awsc_iam_remove_user_from_group_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RemoveUserFromGroupRequest.UserName: existingUserNameType */
        [701] = {REF(members[701].name_ref, strings[1091]), REF(members[701].shape_ref, shapes[531]), offsetof(struct awsc_iam_report_generation_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReportGenerationLimitExceededException.message: reportGenerationLimitExceededMessage */
        [702] = {REF(members[702].name_ref, strings[245]), REF(members[702].shape_ref, shapes[576]), offsetof(struct awsc_iam_reset_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResetServiceSpecificCredentialRequest.UserName: userNameType */
        [703] = {REF(members[703].name_ref, strings[3818]), REF(members[703].shape_ref, shapes[554]), offsetof(struct awsc_iam_reset_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResetServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [704] = {REF(members[704].name_ref, strings[2650]), REF(members[704].shape_ref, shapes[361]), offsetof(struct awsc_iam_reset_service_specific_credential_output, service_specific_credential), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResetServiceSpecificCredentialResponse.ServiceSpecificCredential: ServiceSpecificCredential */
        [705] = {REF(members[705].name_ref, strings[5180]), REF(members[705].shape_ref, shapes[337]), offsetof(struct awsc_iam_resource_specific_result, eval_resource_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.EvalResourceName: ResourceNameType */
        [706] = {REF(members[706].name_ref, strings[13228]), REF(members[706].shape_ref, shapes[297]), offsetof(struct awsc_iam_resource_specific_result, eval_resource_decision), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.EvalResourceDecision: PolicyEvaluationDecisionType */
        [707] = {REF(members[707].name_ref, strings[5210]), REF(members[707].shape_ref, shapes[373]), offsetof(struct awsc_iam_resource_specific_result, matched_statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.MatchedStatements: StatementListType */
        [708] = {REF(members[708].name_ref, strings[5228]), REF(members[708].shape_ref, shapes[34]), offsetof(struct awsc_iam_resource_specific_result, missing_context_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.MissingContextValues: ContextKeyNamesResultListType */
        [709] = {REF(members[709].name_ref, strings[5311]), REF(members[709].shape_ref, shapes[121]), offsetof(struct awsc_iam_resource_specific_result, eval_decision_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.EvalDecisionDetails: EvalDecisionDetailsType */
        [710] = {REF(members[710].name_ref, strings[5277]), REF(members[710].shape_ref, shapes[294]), offsetof(struct awsc_iam_resource_specific_result, permissions_boundary_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceSpecificResult.PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail */
        [711] = {REF(members[711].name_ref, strings[245]), REF(members[711].shape_ref, shapes[462]), offsetof(struct awsc_iam_resync_mfa_device_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResyncMFADeviceRequest.UserName: existingUserNameType */
        [712] = {REF(members[712].name_ref, strings[2995]), REF(members[712].shape_ref, shapes[542]), offsetof(struct awsc_iam_resync_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResyncMFADeviceRequest.SerialNumber: serialNumberType */
        [713] = {REF(members[713].name_ref, strings[4554]), REF(members[713].shape_ref, shapes[434]), offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code1), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResyncMFADeviceRequest.AuthenticationCode1: authenticationCodeType */
        [714] = {REF(members[714].name_ref, strings[4574]), REF(members[714].shape_ref, shapes[434]), offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code2), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResyncMFADeviceRequest.AuthenticationCode2: authenticationCodeType */
        [715] = {REF(members[715].name_ref, strings[1767]), REF(members[715].shape_ref, shapes[501]), offsetof(struct awsc_iam_role, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.Path: pathType */
        [716] = {REF(members[716].name_ref, strings[565]), REF(members[716].shape_ref, shapes[540]), offsetof(struct awsc_iam_role, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.RoleName: roleNameType */
        [717] = {REF(members[717].name_ref, strings[12343]), REF(members[717].shape_ref, shapes[468]), offsetof(struct awsc_iam_role, role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.RoleId: idType */
        [718] = {REF(members[718].name_ref, strings[4931]), REF(members[718].shape_ref, shapes[429]), offsetof(struct awsc_iam_role, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.Arn: arnType */
        [719] = {REF(members[719].name_ref, strings[289]), REF(members[719].shape_ref, shapes[449]), offsetof(struct awsc_iam_role, create_date), offsetof(struct awsc_iam_role, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.CreateDate: dateType */
        [720] = {REF(members[720].name_ref, strings[2241]), REF(members[720].shape_ref, shapes[507]), offsetof(struct awsc_iam_role, assume_role_policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.AssumeRolePolicyDocument: policyDocumentType */
        [721] = {REF(members[721].name_ref, strings[1577]), REF(members[721].shape_ref, shapes[536]), offsetof(struct awsc_iam_role, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.Description: roleDescriptionType */
        [722] = {REF(members[722].name_ref, strings[2266]), REF(members[722].shape_ref, shapes[539]), offsetof(struct awsc_iam_role, max_session_duration), offsetof(struct awsc_iam_role, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.MaxSessionDuration: roleMaxSessionDurationType */
        [723] = {REF(members[723].name_ref, strings[2285]), REF(members[723].shape_ref, shapes[18]), offsetof(struct awsc_iam_role, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.PermissionsBoundary: AttachedPermissionsBoundary */
        [724] = {REF(members[724].name_ref, strings[1827]), REF(members[724].shape_ref, shapes[568]), offsetof(struct awsc_iam_role, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.Tags: tagListType */
        [725] = {REF(members[725].name_ref, strings[13303]), REF(members[725].shape_ref, shapes[343]), offsetof(struct awsc_iam_role, role_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Role.RoleLastUsed: RoleLastUsed */
        [726] = {REF(members[726].name_ref, strings[1767]), REF(members[726].shape_ref, shapes[501]), offsetof(struct awsc_iam_role_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.Path: pathType */
        [727] = {REF(members[727].name_ref, strings[565]), REF(members[727].shape_ref, shapes[540]), offsetof(struct awsc_iam_role_detail, role_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.RoleName: roleNameType */
        [728] = {REF(members[728].name_ref, strings[12343]), REF(members[728].shape_ref, shapes[468]), offsetof(struct awsc_iam_role_detail, role_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.RoleId: idType */
        [729] = {REF(members[729].name_ref, strings[4931]), REF(members[729].shape_ref, shapes[429]), offsetof(struct awsc_iam_role_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.Arn: arnType */
        [730] = {REF(members[730].name_ref, strings[289]), REF(members[730].shape_ref, shapes[449]), offsetof(struct awsc_iam_role_detail, create_date), offsetof(struct awsc_iam_role_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.CreateDate: dateType */
        [731] = {REF(members[731].name_ref, strings[2241]), REF(members[731].shape_ref, shapes[507]), offsetof(struct awsc_iam_role_detail, assume_role_policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.AssumeRolePolicyDocument: policyDocumentType */
        [732] = {REF(members[732].name_ref, strings[13327]), REF(members[732].shape_ref, shapes[469]), offsetof(struct awsc_iam_role_detail, instance_profile_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.InstanceProfileList: instanceProfileListType */
        [733] = {REF(members[733].name_ref, strings[13347]), REF(members[733].shape_ref, shapes[506]), offsetof(struct awsc_iam_role_detail, role_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.RolePolicyList: policyDetailListType */
        [734] = {REF(members[734].name_ref, strings[7952]), REF(members[734].shape_ref, shapes[432]), offsetof(struct awsc_iam_role_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [735] = {REF(members[735].name_ref, strings[2285]), REF(members[735].shape_ref, shapes[18]), offsetof(struct awsc_iam_role_detail, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.PermissionsBoundary: AttachedPermissionsBoundary */
        [736] = {REF(members[736].name_ref, strings[1827]), REF(members[736].shape_ref, shapes[568]), offsetof(struct awsc_iam_role_detail, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.Tags: tagListType */
        [737] = {REF(members[737].name_ref, strings[13303]), REF(members[737].shape_ref, shapes[343]), offsetof(struct awsc_iam_role_detail, role_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleDetail.RoleLastUsed: RoleLastUsed */
        [738] = {REF(members[738].name_ref, strings[318]), REF(members[738].shape_ref, shapes[449]), offsetof(struct awsc_iam_role_last_used, last_used_date), offsetof(struct awsc_iam_role_last_used, has_last_used_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleLastUsed.LastUsedDate: dateType */
        [739] = {REF(members[739].name_ref, strings[154]), REF(members[739].shape_ref, shapes[560]), offsetof(struct awsc_iam_role_last_used, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleLastUsed.Region: stringType */
        [740] = {REF(members[740].name_ref, strings[154]), REF(members[740].shape_ref, shapes[323]), offsetof(struct awsc_iam_role_usage_type, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleUsageType.Region: RegionNameType */
        [741] = {REF(members[741].name_ref, strings[13394]), REF(members[741].shape_ref, shapes[13]), offsetof(struct awsc_iam_role_usage_type, resources), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RoleUsageType.Resources: ArnListType */
        [742] = {REF(members[742].name_ref, strings[13444]), REF(members[742].shape_ref, shapes[524]), offsetof(struct awsc_iam_saml_private_key, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SAMLPrivateKey.KeyId: privateKeyIdType */
        [743] = {REF(members[743].name_ref, strings[13450]), REF(members[743].shape_ref, shapes[449]), offsetof(struct awsc_iam_saml_private_key, timestamp), offsetof(struct awsc_iam_saml_private_key, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SAMLPrivateKey.Timestamp: dateType */
        [744] = {REF(members[744].name_ref, strings[4931]), REF(members[744].shape_ref, shapes[429]), offsetof(struct awsc_iam_saml_provider_list_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SAMLProviderListEntry.Arn: arnType */
        [745] = {REF(members[745].name_ref, strings[7360]), REF(members[745].shape_ref, shapes[449]), offsetof(struct awsc_iam_saml_provider_list_entry, valid_until), offsetof(struct awsc_iam_saml_provider_list_entry, has_valid_until), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SAMLProviderListEntry.ValidUntil: dateType */
        [746] = {REF(members[746].name_ref, strings[289]), REF(members[746].shape_ref, shapes[449]), offsetof(struct awsc_iam_saml_provider_list_entry, create_date), offsetof(struct awsc_iam_saml_provider_list_entry, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SAMLProviderListEntry.CreateDate: dateType */
        [747] = {REF(members[747].name_ref, strings[245]), REF(members[747].shape_ref, shapes[576]), offsetof(struct awsc_iam_ssh_public_key, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.UserName: userNameType */
        [748] = {REF(members[748].name_ref, strings[3633]), REF(members[748].shape_ref, shapes[528]), offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.SSHPublicKeyId: publicKeyIdType */
        [749] = {REF(members[749].name_ref, strings[13524]), REF(members[749].shape_ref, shapes[527]), offsetof(struct awsc_iam_ssh_public_key, fingerprint), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.Fingerprint: publicKeyFingerprintType */
        [750] = {REF(members[750].name_ref, strings[13536]), REF(members[750].shape_ref, shapes[529]), offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.SSHPublicKeyBody: publicKeyMaterialType */
        [751] = {REF(members[751].name_ref, strings[266]), REF(members[751].shape_ref, shapes[559]), offsetof(struct awsc_iam_ssh_public_key, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.Status: statusType */
        [752] = {REF(members[752].name_ref, strings[13553]), REF(members[752].shape_ref, shapes[449]), offsetof(struct awsc_iam_ssh_public_key, upload_date), offsetof(struct awsc_iam_ssh_public_key, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKey.UploadDate: dateType */
        [753] = {REF(members[753].name_ref, strings[245]), REF(members[753].shape_ref, shapes[576]), offsetof(struct awsc_iam_ssh_public_key_metadata, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKeyMetadata.UserName: userNameType */
        [754] = {REF(members[754].name_ref, strings[3633]), REF(members[754].shape_ref, shapes[528]), offsetof(struct awsc_iam_ssh_public_key_metadata, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKeyMetadata.SSHPublicKeyId: publicKeyIdType */
        [755] = {REF(members[755].name_ref, strings[266]), REF(members[755].shape_ref, shapes[559]), offsetof(struct awsc_iam_ssh_public_key_metadata, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKeyMetadata.Status: statusType */
        [756] = {REF(members[756].name_ref, strings[13553]), REF(members[756].shape_ref, shapes[449]), offsetof(struct awsc_iam_ssh_public_key_metadata, upload_date), offsetof(struct awsc_iam_ssh_public_key_metadata, has_upload_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SSHPublicKeyMetadata.UploadDate: dateType */
        [757] = {REF(members[757].name_ref, strings[31]), REF(members[757].shape_ref, shapes[451]), offsetof(struct awsc_iam_send_delegation_token_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendDelegationTokenRequest.DelegationRequestId: delegationRequestIdType */
        [758] = {REF(members[758].name_ref, strings[13633]), REF(members[758].shape_ref, shapes[356]), offsetof(struct awsc_iam_server_certificate, server_certificate_metadata), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificate.ServerCertificateMetadata: ServerCertificateMetadata */
        [759] = {REF(members[759].name_ref, strings[13659]), REF(members[759].shape_ref, shapes[437]), offsetof(struct awsc_iam_server_certificate, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificate.CertificateBody: certificateBodyType */
        [760] = {REF(members[760].name_ref, strings[13675]), REF(members[760].shape_ref, shapes[438]), offsetof(struct awsc_iam_server_certificate, certificate_chain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificate.CertificateChain: certificateChainType */
        [761] = {REF(members[761].name_ref, strings[1827]), REF(members[761].shape_ref, shapes[568]), offsetof(struct awsc_iam_server_certificate, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificate.Tags: tagListType */
        [762] = {REF(members[762].name_ref, strings[1767]), REF(members[762].shape_ref, shapes[501]), offsetof(struct awsc_iam_server_certificate_metadata, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.Path: pathType */
        [763] = {REF(members[763].name_ref, strings[3679]), REF(members[763].shape_ref, shapes[544]), offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.ServerCertificateName: serverCertificateNameType */
        [764] = {REF(members[764].name_ref, strings[13692]), REF(members[764].shape_ref, shapes[468]), offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.ServerCertificateId: idType */
        [765] = {REF(members[765].name_ref, strings[4931]), REF(members[765].shape_ref, shapes[429]), offsetof(struct awsc_iam_server_certificate_metadata, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.Arn: arnType */
        [766] = {REF(members[766].name_ref, strings[13553]), REF(members[766].shape_ref, shapes[449]), offsetof(struct awsc_iam_server_certificate_metadata, upload_date), offsetof(struct awsc_iam_server_certificate_metadata, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.UploadDate: dateType */
        [767] = {REF(members[767].name_ref, strings[13712]), REF(members[767].shape_ref, shapes[449]), offsetof(struct awsc_iam_server_certificate_metadata, expiration), offsetof(struct awsc_iam_server_certificate_metadata, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServerCertificateMetadata.Expiration: dateType */
        [768] = {REF(members[768].name_ref, strings[1091]), REF(members[768].shape_ref, shapes[547]), offsetof(struct awsc_iam_service_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceFailureException.message: serviceFailureExceptionMessage */
        [769] = {REF(members[769].name_ref, strings[125]), REF(members[769].shape_ref, shapes[549]), offsetof(struct awsc_iam_service_last_accessed, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.ServiceName: serviceNameType */
        [770] = {REF(members[770].name_ref, strings[4913]), REF(members[770].shape_ref, shapes[449]), offsetof(struct awsc_iam_service_last_accessed, last_authenticated), offsetof(struct awsc_iam_service_last_accessed, has_last_authenticated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.LastAuthenticated: dateType */
        [771] = {REF(members[771].name_ref, strings[137]), REF(members[771].shape_ref, shapes[551]), offsetof(struct awsc_iam_service_last_accessed, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.ServiceNamespace: serviceNamespaceType */
        [772] = {REF(members[772].name_ref, strings[13815]), REF(members[772].shape_ref, shapes[429]), offsetof(struct awsc_iam_service_last_accessed, last_authenticated_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.LastAuthenticatedEntity: arnType */
        [773] = {REF(members[773].name_ref, strings[13839]), REF(members[773].shape_ref, shapes[560]), offsetof(struct awsc_iam_service_last_accessed, last_authenticated_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.LastAuthenticatedRegion: stringType */
        [774] = {REF(members[774].name_ref, strings[194]), REF(members[774].shape_ref, shapes[471]), offsetof(struct awsc_iam_service_last_accessed, total_authenticated_entities), offsetof(struct awsc_iam_service_last_accessed, has_total_authenticated_entities), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.TotalAuthenticatedEntities: integerType */
        [775] = {REF(members[775].name_ref, strings[13863]), REF(members[775].shape_ref, shapes[384]), offsetof(struct awsc_iam_service_last_accessed, tracked_actions_last_accessed), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceLastAccessed.TrackedActionsLastAccessed: TrackedActionsLastAccessed */
        [776] = {REF(members[776].name_ref, strings[1091]), REF(members[776].shape_ref, shapes[552]), offsetof(struct awsc_iam_service_not_supported_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceNotSupportedException.message: serviceNotSupportedMessage */
        [777] = {REF(members[777].name_ref, strings[289]), REF(members[777].shape_ref, shapes[449]), offsetof(struct awsc_iam_service_specific_credential, create_date), offsetof(struct awsc_iam_service_specific_credential, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.CreateDate: dateType */
        [778] = {REF(members[778].name_ref, strings[13939]), REF(members[778].shape_ref, shapes[449]), offsetof(struct awsc_iam_service_specific_credential, expiration_date), offsetof(struct awsc_iam_service_specific_credential, has_expiration_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ExpirationDate: dateType */
        [779] = {REF(members[779].name_ref, strings[125]), REF(members[779].shape_ref, shapes[548]), offsetof(struct awsc_iam_service_specific_credential, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServiceName: serviceName */
        [780] = {REF(members[780].name_ref, strings[13954]), REF(members[780].shape_ref, shapes[555]), offsetof(struct awsc_iam_service_specific_credential, service_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServiceUserName: serviceUserName */
        [781] = {REF(members[781].name_ref, strings[13970]), REF(members[781].shape_ref, shapes[553]), offsetof(struct awsc_iam_service_specific_credential, service_password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServicePassword: servicePassword */
        [782] = {REF(members[782].name_ref, strings[13986]), REF(members[782].shape_ref, shapes[545]), offsetof(struct awsc_iam_service_specific_credential, service_credential_alias), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServiceCredentialAlias: serviceCredentialAlias */
        [783] = {REF(members[783].name_ref, strings[14009]), REF(members[783].shape_ref, shapes[546]), offsetof(struct awsc_iam_service_specific_credential, service_credential_secret), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServiceCredentialSecret: serviceCredentialSecret */
        [784] = {REF(members[784].name_ref, strings[3818]), REF(members[784].shape_ref, shapes[554]), offsetof(struct awsc_iam_service_specific_credential, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [785] = {REF(members[785].name_ref, strings[245]), REF(members[785].shape_ref, shapes[576]), offsetof(struct awsc_iam_service_specific_credential, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.UserName: userNameType */
        [786] = {REF(members[786].name_ref, strings[266]), REF(members[786].shape_ref, shapes[559]), offsetof(struct awsc_iam_service_specific_credential, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredential.Status: statusType */
        [787] = {REF(members[787].name_ref, strings[245]), REF(members[787].shape_ref, shapes[576]), offsetof(struct awsc_iam_service_specific_credential_metadata, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.UserName: userNameType */
        [788] = {REF(members[788].name_ref, strings[266]), REF(members[788].shape_ref, shapes[559]), offsetof(struct awsc_iam_service_specific_credential_metadata, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.Status: statusType */
        [789] = {REF(members[789].name_ref, strings[13954]), REF(members[789].shape_ref, shapes[555]), offsetof(struct awsc_iam_service_specific_credential_metadata, service_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.ServiceUserName: serviceUserName */
        [790] = {REF(members[790].name_ref, strings[13986]), REF(members[790].shape_ref, shapes[545]), offsetof(struct awsc_iam_service_specific_credential_metadata, service_credential_alias), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.ServiceCredentialAlias: serviceCredentialAlias */
        [791] = {REF(members[791].name_ref, strings[289]), REF(members[791].shape_ref, shapes[449]), offsetof(struct awsc_iam_service_specific_credential_metadata, create_date), offsetof(struct awsc_iam_service_specific_credential_metadata, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.CreateDate: dateType */
        [792] = {REF(members[792].name_ref, strings[13939]), REF(members[792].shape_ref, shapes[449]), offsetof(struct awsc_iam_service_specific_credential_metadata, expiration_date), offsetof(struct awsc_iam_service_specific_credential_metadata, has_expiration_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.ExpirationDate: dateType */
        [793] = {REF(members[793].name_ref, strings[3818]), REF(members[793].shape_ref, shapes[554]), offsetof(struct awsc_iam_service_specific_credential_metadata, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [794] = {REF(members[794].name_ref, strings[125]), REF(members[794].shape_ref, shapes[548]), offsetof(struct awsc_iam_service_specific_credential_metadata, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceSpecificCredentialMetadata.ServiceName: serviceName */
        [795] = {REF(members[795].name_ref, strings[677]), REF(members[795].shape_ref, shapes[429]), offsetof(struct awsc_iam_set_default_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetDefaultPolicyVersionRequest.PolicyArn: arnType */
        [796] = {REF(members[796].name_ref, strings[3492]), REF(members[796].shape_ref, shapes[523]), offsetof(struct awsc_iam_set_default_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetDefaultPolicyVersionRequest.VersionId: policyVersionIdType */
        [797] = {REF(members[797].name_ref, strings[14175]), REF(members[797].shape_ref, shapes[463]), offsetof(struct awsc_iam_set_security_token_service_preferences_input, global_endpoint_token_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SetSecurityTokenServicePreferencesRequest.GlobalEndpointTokenVersion: globalEndpointTokenVersion */
        [798] = {REF(members[798].name_ref, strings[245]), REF(members[798].shape_ref, shapes[576]), offsetof(struct awsc_iam_signing_certificate, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SigningCertificate.UserName: userNameType */
        [799] = {REF(members[799].name_ref, strings[3878]), REF(members[799].shape_ref, shapes[439]), offsetof(struct awsc_iam_signing_certificate, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SigningCertificate.CertificateId: certificateIdType */
        [800] = {REF(members[800].name_ref, strings[13659]), REF(members[800].shape_ref, shapes[437]), offsetof(struct awsc_iam_signing_certificate, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SigningCertificate.CertificateBody: certificateBodyType */
        [801] = {REF(members[801].name_ref, strings[266]), REF(members[801].shape_ref, shapes[559]), offsetof(struct awsc_iam_signing_certificate, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SigningCertificate.Status: statusType */
        [802] = {REF(members[802].name_ref, strings[13553]), REF(members[802].shape_ref, shapes[449]), offsetof(struct awsc_iam_signing_certificate, upload_date), offsetof(struct awsc_iam_signing_certificate, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SigningCertificate.UploadDate: dateType */
        [803] = {REF(members[803].name_ref, strings[6161]), REF(members[803].shape_ref, shapes[371]), offsetof(struct awsc_iam_simulate_custom_policy_input, policy_input_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [804] = {REF(members[804].name_ref, strings[14249]), REF(members[804].shape_ref, shapes[371]), offsetof(struct awsc_iam_simulate_custom_policy_input, permissions_boundary_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.PermissionsBoundaryPolicyInputList: SimulationPolicyListType */
        [805] = {REF(members[805].name_ref, strings[14284]), REF(members[805].shape_ref, shapes[289]), offsetof(struct awsc_iam_simulate_custom_policy_input, ordered_organization_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.OrderedOrganizationPolicyInputList: OrganizationPolicyListType */
        [806] = {REF(members[806].name_ref, strings[14319]), REF(members[806].shape_ref, shapes[8]), offsetof(struct awsc_iam_simulate_custom_policy_input, action_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ActionNames: ActionNameListType */
        [807] = {REF(members[807].name_ref, strings[14331]), REF(members[807].shape_ref, shapes[336]), offsetof(struct awsc_iam_simulate_custom_policy_input, resource_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ResourceArns: ResourceNameListType */
        [808] = {REF(members[808].name_ref, strings[14344]), REF(members[808].shape_ref, shapes[507]), offsetof(struct awsc_iam_simulate_custom_policy_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ResourcePolicy: policyDocumentType */
        [809] = {REF(members[809].name_ref, strings[14359]), REF(members[809].shape_ref, shapes[337]), offsetof(struct awsc_iam_simulate_custom_policy_input, resource_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ResourceOwner: ResourceNameType */
        [810] = {REF(members[810].name_ref, strings[14373]), REF(members[810].shape_ref, shapes[337]), offsetof(struct awsc_iam_simulate_custom_policy_input, caller_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.CallerArn: ResourceNameType */
        [811] = {REF(members[811].name_ref, strings[14383]), REF(members[811].shape_ref, shapes[32]), offsetof(struct awsc_iam_simulate_custom_policy_input, context_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ContextEntries: ContextEntryListType */
        [812] = {REF(members[812].name_ref, strings[14398]), REF(members[812].shape_ref, shapes[335]), offsetof(struct awsc_iam_simulate_custom_policy_input, resource_handling_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.ResourceHandlingOption: ResourceHandlingOptionType */
        [813] = {REF(members[813].name_ref, strings[5917]), REF(members[813].shape_ref, shapes[486]), offsetof(struct awsc_iam_simulate_custom_policy_input, max_items), offsetof(struct awsc_iam_simulate_custom_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.MaxItems: maxItemsType */
        [814] = {REF(members[814].name_ref, strings[5926]), REF(members[814].shape_ref, shapes[485]), offsetof(struct awsc_iam_simulate_custom_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulateCustomPolicyRequest.Marker: markerType */
        [815] = {REF(members[815].name_ref, strings[14444]), REF(members[815].shape_ref, shapes[124]), offsetof(struct awsc_iam_simulate_policy_response, evaluation_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePolicyResponse.EvaluationResults: EvaluationResultsListType */
        [816] = {REF(members[816].name_ref, strings[6027]), REF(members[816].shape_ref, shapes[436]), offsetof(struct awsc_iam_simulate_policy_response, is_truncated), offsetof(struct awsc_iam_simulate_policy_response, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePolicyResponse.IsTruncated: booleanType */
        [817] = {REF(members[817].name_ref, strings[5926]), REF(members[817].shape_ref, shapes[535]), offsetof(struct awsc_iam_simulate_policy_response, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePolicyResponse.Marker: responseMarkerType */
        [818] = {REF(members[818].name_ref, strings[6265]), REF(members[818].shape_ref, shapes[429]), offsetof(struct awsc_iam_simulate_principal_policy_input, policy_source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.PolicySourceArn: arnType */
        [819] = {REF(members[819].name_ref, strings[6161]), REF(members[819].shape_ref, shapes[371]), offsetof(struct awsc_iam_simulate_principal_policy_input, policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.PolicyInputList: SimulationPolicyListType */
        [820] = {REF(members[820].name_ref, strings[14249]), REF(members[820].shape_ref, shapes[371]), offsetof(struct awsc_iam_simulate_principal_policy_input, permissions_boundary_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.PermissionsBoundaryPolicyInputList: SimulationPolicyListType */
        [821] = {REF(members[821].name_ref, strings[14493]), REF(members[821].shape_ref, shapes[299]), offsetof(struct awsc_iam_simulate_principal_policy_input, policy_exclusion_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.PolicyExclusionList: PolicyExclusionsListType */
        [822] = {REF(members[822].name_ref, strings[14319]), REF(members[822].shape_ref, shapes[8]), offsetof(struct awsc_iam_simulate_principal_policy_input, action_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ActionNames: ActionNameListType */
        [823] = {REF(members[823].name_ref, strings[14331]), REF(members[823].shape_ref, shapes[336]), offsetof(struct awsc_iam_simulate_principal_policy_input, resource_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ResourceArns: ResourceNameListType */
        [824] = {REF(members[824].name_ref, strings[14344]), REF(members[824].shape_ref, shapes[507]), offsetof(struct awsc_iam_simulate_principal_policy_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ResourcePolicy: policyDocumentType */
        [825] = {REF(members[825].name_ref, strings[14359]), REF(members[825].shape_ref, shapes[337]), offsetof(struct awsc_iam_simulate_principal_policy_input, resource_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ResourceOwner: ResourceNameType */
        [826] = {REF(members[826].name_ref, strings[14373]), REF(members[826].shape_ref, shapes[337]), offsetof(struct awsc_iam_simulate_principal_policy_input, caller_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.CallerArn: ResourceNameType */
        [827] = {REF(members[827].name_ref, strings[14383]), REF(members[827].shape_ref, shapes[32]), offsetof(struct awsc_iam_simulate_principal_policy_input, context_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ContextEntries: ContextEntryListType */
        [828] = {REF(members[828].name_ref, strings[14398]), REF(members[828].shape_ref, shapes[335]), offsetof(struct awsc_iam_simulate_principal_policy_input, resource_handling_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.ResourceHandlingOption: ResourceHandlingOptionType */
        [829] = {REF(members[829].name_ref, strings[5917]), REF(members[829].shape_ref, shapes[486]), offsetof(struct awsc_iam_simulate_principal_policy_input, max_items), offsetof(struct awsc_iam_simulate_principal_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.MaxItems: maxItemsType */
        [830] = {REF(members[830].name_ref, strings[5926]), REF(members[830].shape_ref, shapes[485]), offsetof(struct awsc_iam_simulate_principal_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SimulatePrincipalPolicyRequest.Marker: markerType */
        [831] = {REF(members[831].name_ref, strings[14548]), REF(members[831].shape_ref, shapes[305]), offsetof(struct awsc_iam_statement, source_policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Statement.SourcePolicyId: PolicyIdentifierType */
        [832] = {REF(members[832].name_ref, strings[14563]), REF(members[832].shape_ref, shapes[311]), offsetof(struct awsc_iam_statement, source_policy_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Statement.SourcePolicyType: PolicySourceType */
        [833] = {REF(members[833].name_ref, strings[14580]), REF(members[833].shape_ref, shapes[316]), offsetof(struct awsc_iam_statement, start_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Statement.StartPosition: Position */
        [834] = {REF(members[834].name_ref, strings[14594]), REF(members[834].shape_ref, shapes[316]), offsetof(struct awsc_iam_statement, end_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Statement.EndPosition: Position */
        [835] = {REF(members[835].name_ref, strings[14628]), REF(members[835].shape_ref, shapes[567]), offsetof(struct awsc_iam_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: tagKeyType */
        [836] = {REF(members[836].name_ref, strings[14632]), REF(members[836].shape_ref, shapes[569]), offsetof(struct awsc_iam_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: tagValueType */
        [837] = {REF(members[837].name_ref, strings[545]), REF(members[837].shape_ref, shapes[470]), offsetof(struct awsc_iam_tag_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [838] = {REF(members[838].name_ref, strings[1827]), REF(members[838].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_instance_profile_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagInstanceProfileRequest.Tags: tagListType */
        [839] = {REF(members[839].name_ref, strings[2995]), REF(members[839].shape_ref, shapes[542]), offsetof(struct awsc_iam_tag_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagMFADeviceRequest.SerialNumber: serialNumberType */
        [840] = {REF(members[840].name_ref, strings[1827]), REF(members[840].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_mfa_device_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagMFADeviceRequest.Tags: tagListType */
        [841] = {REF(members[841].name_ref, strings[479]), REF(members[841].shape_ref, shapes[429]), offsetof(struct awsc_iam_tag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [842] = {REF(members[842].name_ref, strings[1827]), REF(members[842].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_open_id_connect_provider_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagOpenIDConnectProviderRequest.Tags: tagListType */
        [843] = {REF(members[843].name_ref, strings[677]), REF(members[843].shape_ref, shapes[429]), offsetof(struct awsc_iam_tag_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagPolicyRequest.PolicyArn: arnType */
        [844] = {REF(members[844].name_ref, strings[1827]), REF(members[844].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_policy_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagPolicyRequest.Tags: tagListType */
        [845] = {REF(members[845].name_ref, strings[565]), REF(members[845].shape_ref, shapes[540]), offsetof(struct awsc_iam_tag_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagRoleRequest.RoleName: roleNameType */
        [846] = {REF(members[846].name_ref, strings[1827]), REF(members[846].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_role_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagRoleRequest.Tags: tagListType */
        [847] = {REF(members[847].name_ref, strings[2446]), REF(members[847].shape_ref, shapes[429]), offsetof(struct awsc_iam_tag_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagSAMLProviderRequest.SAMLProviderArn: arnType */
        [848] = {REF(members[848].name_ref, strings[1827]), REF(members[848].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_saml_provider_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagSAMLProviderRequest.Tags: tagListType */
        [849] = {REF(members[849].name_ref, strings[3679]), REF(members[849].shape_ref, shapes[544]), offsetof(struct awsc_iam_tag_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [850] = {REF(members[850].name_ref, strings[1827]), REF(members[850].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_server_certificate_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagServerCertificateRequest.Tags: tagListType */
        [851] = {REF(members[851].name_ref, strings[245]), REF(members[851].shape_ref, shapes[462]), offsetof(struct awsc_iam_tag_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagUserRequest.UserName: existingUserNameType */
        [852] = {REF(members[852].name_ref, strings[1827]), REF(members[852].shape_ref, shapes[568]), offsetof(struct awsc_iam_tag_user_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagUserRequest.Tags: tagListType */
        [853] = {REF(members[853].name_ref, strings[14840]), REF(members[853].shape_ref, shapes[560]), offsetof(struct awsc_iam_tracked_action_last_accessed, action_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackedActionLastAccessed.ActionName: stringType */
        [854] = {REF(members[854].name_ref, strings[14851]), REF(members[854].shape_ref, shapes[429]), offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackedActionLastAccessed.LastAccessedEntity: arnType */
        [855] = {REF(members[855].name_ref, strings[14870]), REF(members[855].shape_ref, shapes[449]), offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_time), offsetof(struct awsc_iam_tracked_action_last_accessed, has_last_accessed_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackedActionLastAccessed.LastAccessedTime: dateType */
        [856] = {REF(members[856].name_ref, strings[14887]), REF(members[856].shape_ref, shapes[560]), offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackedActionLastAccessed.LastAccessedRegion: stringType */
        [857] = {REF(members[857].name_ref, strings[1091]), REF(members[857].shape_ref, shapes[572]), offsetof(struct awsc_iam_unmodifiable_entity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnmodifiableEntityException.message: unmodifiableEntityMessage */
        [858] = {REF(members[858].name_ref, strings[1091]), REF(members[858].shape_ref, shapes[573]), offsetof(struct awsc_iam_unrecognized_public_key_encoding_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnrecognizedPublicKeyEncodingException.message: unrecognizedPublicKeyEncodingMessage */
        [859] = {REF(members[859].name_ref, strings[545]), REF(members[859].shape_ref, shapes[470]), offsetof(struct awsc_iam_untag_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagInstanceProfileRequest.InstanceProfileName: instanceProfileNameType */
        [860] = {REF(members[860].name_ref, strings[15050]), REF(members[860].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_instance_profile_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagInstanceProfileRequest.TagKeys: tagKeyListType */
        [861] = {REF(members[861].name_ref, strings[2995]), REF(members[861].shape_ref, shapes[542]), offsetof(struct awsc_iam_untag_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagMFADeviceRequest.SerialNumber: serialNumberType */
        [862] = {REF(members[862].name_ref, strings[15050]), REF(members[862].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_mfa_device_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagMFADeviceRequest.TagKeys: tagKeyListType */
        [863] = {REF(members[863].name_ref, strings[479]), REF(members[863].shape_ref, shapes[429]), offsetof(struct awsc_iam_untag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagOpenIDConnectProviderRequest.OpenIDConnectProviderArn: arnType */
        [864] = {REF(members[864].name_ref, strings[15050]), REF(members[864].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_open_id_connect_provider_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagOpenIDConnectProviderRequest.TagKeys: tagKeyListType */
        [865] = {REF(members[865].name_ref, strings[677]), REF(members[865].shape_ref, shapes[429]), offsetof(struct awsc_iam_untag_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagPolicyRequest.PolicyArn: arnType */
        [866] = {REF(members[866].name_ref, strings[15050]), REF(members[866].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_policy_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagPolicyRequest.TagKeys: tagKeyListType */
        [867] = {REF(members[867].name_ref, strings[565]), REF(members[867].shape_ref, shapes[540]), offsetof(struct awsc_iam_untag_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagRoleRequest.RoleName: roleNameType */
        [868] = {REF(members[868].name_ref, strings[15050]), REF(members[868].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_role_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagRoleRequest.TagKeys: tagKeyListType */
        [869] = {REF(members[869].name_ref, strings[2446]), REF(members[869].shape_ref, shapes[429]), offsetof(struct awsc_iam_untag_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagSAMLProviderRequest.SAMLProviderArn: arnType */
        [870] = {REF(members[870].name_ref, strings[15050]), REF(members[870].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_saml_provider_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagSAMLProviderRequest.TagKeys: tagKeyListType */
        [871] = {REF(members[871].name_ref, strings[3679]), REF(members[871].shape_ref, shapes[544]), offsetof(struct awsc_iam_untag_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [872] = {REF(members[872].name_ref, strings[15050]), REF(members[872].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_server_certificate_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagServerCertificateRequest.TagKeys: tagKeyListType */
        [873] = {REF(members[873].name_ref, strings[245]), REF(members[873].shape_ref, shapes[462]), offsetof(struct awsc_iam_untag_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagUserRequest.UserName: existingUserNameType */
        [874] = {REF(members[874].name_ref, strings[15050]), REF(members[874].shape_ref, shapes[566]), offsetof(struct awsc_iam_untag_user_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UntagUserRequest.TagKeys: tagKeyListType */
        [875] = {REF(members[875].name_ref, strings[245]), REF(members[875].shape_ref, shapes[462]), offsetof(struct awsc_iam_update_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccessKeyRequest.UserName: existingUserNameType */
        [876] = {REF(members[876].name_ref, strings[254]), REF(members[876].shape_ref, shapes[422]), offsetof(struct awsc_iam_update_access_key_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccessKeyRequest.AccessKeyId: accessKeyIdType */
        [877] = {REF(members[877].name_ref, strings[266]), REF(members[877].shape_ref, shapes[559]), offsetof(struct awsc_iam_update_access_key_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccessKeyRequest.Status: statusType */
        [878] = {REF(members[878].name_ref, strings[11499]), REF(members[878].shape_ref, shapes[489]), offsetof(struct awsc_iam_update_account_password_policy_input, minimum_password_length), offsetof(struct awsc_iam_update_account_password_policy_input, has_minimum_password_length), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.MinimumPasswordLength: minimumPasswordLengthType */
        [879] = {REF(members[879].name_ref, strings[11521]), REF(members[879].shape_ref, shapes[436]), offsetof(struct awsc_iam_update_account_password_policy_input, require_symbols), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_symbols), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.RequireSymbols: booleanType */
        [880] = {REF(members[880].name_ref, strings[11536]), REF(members[880].shape_ref, shapes[436]), offsetof(struct awsc_iam_update_account_password_policy_input, require_numbers), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_numbers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.RequireNumbers: booleanType */
        [881] = {REF(members[881].name_ref, strings[11551]), REF(members[881].shape_ref, shapes[436]), offsetof(struct awsc_iam_update_account_password_policy_input, require_uppercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_uppercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.RequireUppercaseCharacters: booleanType */
        [882] = {REF(members[882].name_ref, strings[11578]), REF(members[882].shape_ref, shapes[436]), offsetof(struct awsc_iam_update_account_password_policy_input, require_lowercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_lowercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.RequireLowercaseCharacters: booleanType */
        [883] = {REF(members[883].name_ref, strings[11605]), REF(members[883].shape_ref, shapes[436]), offsetof(struct awsc_iam_update_account_password_policy_input, allow_users_to_change_password), offsetof(struct awsc_iam_update_account_password_policy_input, has_allow_users_to_change_password), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.AllowUsersToChangePassword: booleanType */
        [884] = {REF(members[884].name_ref, strings[11648]), REF(members[884].shape_ref, shapes[487]), offsetof(struct awsc_iam_update_account_password_policy_input, max_password_age), offsetof(struct awsc_iam_update_account_password_policy_input, has_max_password_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.MaxPasswordAge: maxPasswordAgeType */
        [885] = {REF(members[885].name_ref, strings[11663]), REF(members[885].shape_ref, shapes[498]), offsetof(struct awsc_iam_update_account_password_policy_input, password_reuse_prevention), offsetof(struct awsc_iam_update_account_password_policy_input, has_password_reuse_prevention), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.PasswordReusePrevention: passwordReusePreventionType */
        [886] = {REF(members[886].name_ref, strings[11687]), REF(members[886].shape_ref, shapes[435]), offsetof(struct awsc_iam_update_account_password_policy_input, hard_expiry), offsetof(struct awsc_iam_update_account_password_policy_input, has_hard_expiry), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAccountPasswordPolicyRequest.HardExpiry: booleanObjectType */
        [887] = {REF(members[887].name_ref, strings[565]), REF(members[887].shape_ref, shapes[540]), offsetof(struct awsc_iam_update_assume_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAssumeRolePolicyRequest.RoleName: roleNameType */
        [888] = {REF(members[888].name_ref, strings[2098]), REF(members[888].shape_ref, shapes[507]), offsetof(struct awsc_iam_update_assume_role_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAssumeRolePolicyRequest.PolicyDocument: policyDocumentType */
        [889] = {REF(members[889].name_ref, strings[31]), REF(members[889].shape_ref, shapes[451]), offsetof(struct awsc_iam_update_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateDelegationRequestRequest.DelegationRequestId: delegationRequestIdType */
        [890] = {REF(members[890].name_ref, strings[3189]), REF(members[890].shape_ref, shapes[491]), offsetof(struct awsc_iam_update_delegation_request_input, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateDelegationRequestRequest.Notes: notesType */
        [891] = {REF(members[891].name_ref, strings[596]), REF(members[891].shape_ref, shapes[467]), offsetof(struct awsc_iam_update_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGroupRequest.GroupName: groupNameType */
        [892] = {REF(members[892].name_ref, strings[15360]), REF(members[892].shape_ref, shapes[501]), offsetof(struct awsc_iam_update_group_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGroupRequest.NewPath: pathType */
        [893] = {REF(members[893].name_ref, strings[15368]), REF(members[893].shape_ref, shapes[467]), offsetof(struct awsc_iam_update_group_input, new_group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateGroupRequest.NewGroupName: groupNameType */
        [894] = {REF(members[894].name_ref, strings[245]), REF(members[894].shape_ref, shapes[576]), offsetof(struct awsc_iam_update_login_profile_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateLoginProfileRequest.UserName: userNameType */
        [895] = {REF(members[895].name_ref, strings[1904]), REF(members[895].shape_ref, shapes[499]), offsetof(struct awsc_iam_update_login_profile_input, password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateLoginProfileRequest.Password: passwordType */
        [896] = {REF(members[896].name_ref, strings[1913]), REF(members[896].shape_ref, shapes[435]), offsetof(struct awsc_iam_update_login_profile_input, password_reset_required), offsetof(struct awsc_iam_update_login_profile_input, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateLoginProfileRequest.PasswordResetRequired: booleanObjectType */
        [897] = {REF(members[897].name_ref, strings[479]), REF(members[897].shape_ref, shapes[429]), offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateOpenIDConnectProviderThumbprintRequest.OpenIDConnectProviderArn: arnType */
        [898] = {REF(members[898].name_ref, strings[2027]), REF(members[898].shape_ref, shapes[570]), offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, thumbprint_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateOpenIDConnectProviderThumbprintRequest.ThumbprintList: thumbprintListType */
        [899] = {REF(members[899].name_ref, strings[565]), REF(members[899].shape_ref, shapes[540]), offsetof(struct awsc_iam_update_role_description_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleDescriptionRequest.RoleName: roleNameType */
        [900] = {REF(members[900].name_ref, strings[1577]), REF(members[900].shape_ref, shapes[536]), offsetof(struct awsc_iam_update_role_description_input, description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleDescriptionRequest.Description: roleDescriptionType */
        [901] = {REF(members[901].name_ref, strings[2324]), REF(members[901].shape_ref, shapes[341]), offsetof(struct awsc_iam_update_role_description_output, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleDescriptionResponse.Role: Role */
        [902] = {REF(members[902].name_ref, strings[565]), REF(members[902].shape_ref, shapes[540]), offsetof(struct awsc_iam_update_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleRequest.RoleName: roleNameType */
        [903] = {REF(members[903].name_ref, strings[1577]), REF(members[903].shape_ref, shapes[536]), offsetof(struct awsc_iam_update_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleRequest.Description: roleDescriptionType */
        [904] = {REF(members[904].name_ref, strings[2266]), REF(members[904].shape_ref, shapes[539]), offsetof(struct awsc_iam_update_role_input, max_session_duration), offsetof(struct awsc_iam_update_role_input, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateRoleRequest.MaxSessionDuration: roleMaxSessionDurationType */
        [905] = {REF(members[905].name_ref, strings[2355]), REF(members[905].shape_ref, shapes[346]), offsetof(struct awsc_iam_update_saml_provider_input, saml_metadata_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderRequest.SAMLMetadataDocument: SAMLMetadataDocumentType */
        [906] = {REF(members[906].name_ref, strings[2446]), REF(members[906].shape_ref, shapes[429]), offsetof(struct awsc_iam_update_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderRequest.SAMLProviderArn: arnType */
        [907] = {REF(members[907].name_ref, strings[2381]), REF(members[907].shape_ref, shapes[430]), offsetof(struct awsc_iam_update_saml_provider_input, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderRequest.AssertionEncryptionMode: assertionEncryptionModeType */
        [908] = {REF(members[908].name_ref, strings[2405]), REF(members[908].shape_ref, shapes[526]), offsetof(struct awsc_iam_update_saml_provider_input, add_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderRequest.AddPrivateKey: privateKeyType */
        [909] = {REF(members[909].name_ref, strings[15574]), REF(members[909].shape_ref, shapes[524]), offsetof(struct awsc_iam_update_saml_provider_input, remove_private_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderRequest.RemovePrivateKey: privateKeyIdType */
        [910] = {REF(members[910].name_ref, strings[2446]), REF(members[910].shape_ref, shapes[429]), offsetof(struct awsc_iam_update_saml_provider_output, saml_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSAMLProviderResponse.SAMLProviderArn: arnType */
        [911] = {REF(members[911].name_ref, strings[245]), REF(members[911].shape_ref, shapes[576]), offsetof(struct awsc_iam_update_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSSHPublicKeyRequest.UserName: userNameType */
        [912] = {REF(members[912].name_ref, strings[3633]), REF(members[912].shape_ref, shapes[528]), offsetof(struct awsc_iam_update_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSSHPublicKeyRequest.SSHPublicKeyId: publicKeyIdType */
        [913] = {REF(members[913].name_ref, strings[266]), REF(members[913].shape_ref, shapes[559]), offsetof(struct awsc_iam_update_ssh_public_key_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSSHPublicKeyRequest.Status: statusType */
        [914] = {REF(members[914].name_ref, strings[3679]), REF(members[914].shape_ref, shapes[544]), offsetof(struct awsc_iam_update_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [915] = {REF(members[915].name_ref, strings[15360]), REF(members[915].shape_ref, shapes[501]), offsetof(struct awsc_iam_update_server_certificate_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServerCertificateRequest.NewPath: pathType */
        [916] = {REF(members[916].name_ref, strings[15675]), REF(members[916].shape_ref, shapes[544]), offsetof(struct awsc_iam_update_server_certificate_input, new_server_certificate_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServerCertificateRequest.NewServerCertificateName: serverCertificateNameType */
        [917] = {REF(members[917].name_ref, strings[245]), REF(members[917].shape_ref, shapes[576]), offsetof(struct awsc_iam_update_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServiceSpecificCredentialRequest.UserName: userNameType */
        [918] = {REF(members[918].name_ref, strings[3818]), REF(members[918].shape_ref, shapes[554]), offsetof(struct awsc_iam_update_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServiceSpecificCredentialRequest.ServiceSpecificCredentialId: serviceSpecificCredentialId */
        [919] = {REF(members[919].name_ref, strings[266]), REF(members[919].shape_ref, shapes[559]), offsetof(struct awsc_iam_update_service_specific_credential_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateServiceSpecificCredentialRequest.Status: statusType */
        [920] = {REF(members[920].name_ref, strings[245]), REF(members[920].shape_ref, shapes[462]), offsetof(struct awsc_iam_update_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSigningCertificateRequest.UserName: existingUserNameType */
        [921] = {REF(members[921].name_ref, strings[3878]), REF(members[921].shape_ref, shapes[439]), offsetof(struct awsc_iam_update_signing_certificate_input, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSigningCertificateRequest.CertificateId: certificateIdType */
        [922] = {REF(members[922].name_ref, strings[266]), REF(members[922].shape_ref, shapes[559]), offsetof(struct awsc_iam_update_signing_certificate_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateSigningCertificateRequest.Status: statusType */
        [923] = {REF(members[923].name_ref, strings[245]), REF(members[923].shape_ref, shapes[462]), offsetof(struct awsc_iam_update_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateUserRequest.UserName: existingUserNameType */
        [924] = {REF(members[924].name_ref, strings[15360]), REF(members[924].shape_ref, shapes[501]), offsetof(struct awsc_iam_update_user_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateUserRequest.NewPath: pathType */
        [925] = {REF(members[925].name_ref, strings[15789]), REF(members[925].shape_ref, shapes[576]), offsetof(struct awsc_iam_update_user_input, new_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateUserRequest.NewUserName: userNameType */
        [926] = {REF(members[926].name_ref, strings[245]), REF(members[926].shape_ref, shapes[576]), offsetof(struct awsc_iam_upload_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSSHPublicKeyRequest.UserName: userNameType */
        [927] = {REF(members[927].name_ref, strings[13536]), REF(members[927].shape_ref, shapes[529]), offsetof(struct awsc_iam_upload_ssh_public_key_input, ssh_public_key_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSSHPublicKeyRequest.SSHPublicKeyBody: publicKeyMaterialType */
        [928] = {REF(members[928].name_ref, strings[7442]), REF(members[928].shape_ref, shapes[351]), offsetof(struct awsc_iam_upload_ssh_public_key_output, ssh_public_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSSHPublicKeyResponse.SSHPublicKey: SSHPublicKey */
        [929] = {REF(members[929].name_ref, strings[1767]), REF(members[929].shape_ref, shapes[501]), offsetof(struct awsc_iam_upload_server_certificate_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.Path: pathType */
        [930] = {REF(members[930].name_ref, strings[3679]), REF(members[930].shape_ref, shapes[544]), offsetof(struct awsc_iam_upload_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.ServerCertificateName: serverCertificateNameType */
        [931] = {REF(members[931].name_ref, strings[13659]), REF(members[931].shape_ref, shapes[437]), offsetof(struct awsc_iam_upload_server_certificate_input, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.CertificateBody: certificateBodyType */
        [932] = {REF(members[932].name_ref, strings[15885]), REF(members[932].shape_ref, shapes[526]), offsetof(struct awsc_iam_upload_server_certificate_input, private_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.PrivateKey: privateKeyType */
        [933] = {REF(members[933].name_ref, strings[13675]), REF(members[933].shape_ref, shapes[438]), offsetof(struct awsc_iam_upload_server_certificate_input, certificate_chain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.CertificateChain: certificateChainType */
        [934] = {REF(members[934].name_ref, strings[1827]), REF(members[934].shape_ref, shapes[568]), offsetof(struct awsc_iam_upload_server_certificate_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateRequest.Tags: tagListType */
        [935] = {REF(members[935].name_ref, strings[13633]), REF(members[935].shape_ref, shapes[356]), offsetof(struct awsc_iam_upload_server_certificate_output, server_certificate_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateResponse.ServerCertificateMetadata: ServerCertificateMetadata */
        [936] = {REF(members[936].name_ref, strings[1827]), REF(members[936].shape_ref, shapes[568]), offsetof(struct awsc_iam_upload_server_certificate_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadServerCertificateResponse.Tags: tagListType */
        [937] = {REF(members[937].name_ref, strings[245]), REF(members[937].shape_ref, shapes[462]), offsetof(struct awsc_iam_upload_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSigningCertificateRequest.UserName: existingUserNameType */
        [938] = {REF(members[938].name_ref, strings[13659]), REF(members[938].shape_ref, shapes[437]), offsetof(struct awsc_iam_upload_signing_certificate_input, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSigningCertificateRequest.CertificateBody: certificateBodyType */
        [939] = {REF(members[939].name_ref, strings[15993]), REF(members[939].shape_ref, shapes[367]), offsetof(struct awsc_iam_upload_signing_certificate_output, certificate), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UploadSigningCertificateResponse.Certificate: SigningCertificate */
        [940] = {REF(members[940].name_ref, strings[1767]), REF(members[940].shape_ref, shapes[501]), offsetof(struct awsc_iam_user, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.Path: pathType */
        [941] = {REF(members[941].name_ref, strings[245]), REF(members[941].shape_ref, shapes[576]), offsetof(struct awsc_iam_user, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.UserName: userNameType */
        [942] = {REF(members[942].name_ref, strings[12506]), REF(members[942].shape_ref, shapes[468]), offsetof(struct awsc_iam_user, user_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.UserId: idType */
        [943] = {REF(members[943].name_ref, strings[4931]), REF(members[943].shape_ref, shapes[429]), offsetof(struct awsc_iam_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.Arn: arnType */
        [944] = {REF(members[944].name_ref, strings[289]), REF(members[944].shape_ref, shapes[449]), offsetof(struct awsc_iam_user, create_date), offsetof(struct awsc_iam_user, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.CreateDate: dateType */
        [945] = {REF(members[945].name_ref, strings[16005]), REF(members[945].shape_ref, shapes[449]), offsetof(struct awsc_iam_user, password_last_used), offsetof(struct awsc_iam_user, has_password_last_used), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.PasswordLastUsed: dateType */
        [946] = {REF(members[946].name_ref, strings[2285]), REF(members[946].shape_ref, shapes[18]), offsetof(struct awsc_iam_user, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.PermissionsBoundary: AttachedPermissionsBoundary */
        [947] = {REF(members[947].name_ref, strings[1827]), REF(members[947].shape_ref, shapes[568]), offsetof(struct awsc_iam_user, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* User.Tags: tagListType */
        [948] = {REF(members[948].name_ref, strings[1767]), REF(members[948].shape_ref, shapes[501]), offsetof(struct awsc_iam_user_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.Path: pathType */
        [949] = {REF(members[949].name_ref, strings[245]), REF(members[949].shape_ref, shapes[576]), offsetof(struct awsc_iam_user_detail, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.UserName: userNameType */
        [950] = {REF(members[950].name_ref, strings[12506]), REF(members[950].shape_ref, shapes[468]), offsetof(struct awsc_iam_user_detail, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.UserId: idType */
        [951] = {REF(members[951].name_ref, strings[4931]), REF(members[951].shape_ref, shapes[429]), offsetof(struct awsc_iam_user_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.Arn: arnType */
        [952] = {REF(members[952].name_ref, strings[289]), REF(members[952].shape_ref, shapes[449]), offsetof(struct awsc_iam_user_detail, create_date), offsetof(struct awsc_iam_user_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.CreateDate: dateType */
        [953] = {REF(members[953].name_ref, strings[16033]), REF(members[953].shape_ref, shapes[506]), offsetof(struct awsc_iam_user_detail, user_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.UserPolicyList: policyDetailListType */
        [954] = {REF(members[954].name_ref, strings[16048]), REF(members[954].shape_ref, shapes[466]), offsetof(struct awsc_iam_user_detail, group_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.GroupList: groupNameListType */
        [955] = {REF(members[955].name_ref, strings[7952]), REF(members[955].shape_ref, shapes[432]), offsetof(struct awsc_iam_user_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.AttachedManagedPolicies: attachedPoliciesListType */
        [956] = {REF(members[956].name_ref, strings[2285]), REF(members[956].shape_ref, shapes[18]), offsetof(struct awsc_iam_user_detail, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.PermissionsBoundary: AttachedPermissionsBoundary */
        [957] = {REF(members[957].name_ref, strings[1827]), REF(members[957].shape_ref, shapes[568]), offsetof(struct awsc_iam_user_detail, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UserDetail.Tags: tagListType */
        [958] = {REF(members[958].name_ref, strings[2995]), REF(members[958].shape_ref, shapes[542]), offsetof(struct awsc_iam_virtual_mfa_device, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.SerialNumber: serialNumberType */
        [959] = {REF(members[959].name_ref, strings[16058]), REF(members[959].shape_ref, shapes[22]), offsetof(struct awsc_iam_virtual_mfa_device, base32_string_seed), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.Base32StringSeed: BootstrapDatum */
        [960] = {REF(members[960].name_ref, strings[16075]), REF(members[960].shape_ref, shapes[22]), offsetof(struct awsc_iam_virtual_mfa_device, qr_code_png), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.QRCodePNG: BootstrapDatum */
        [961] = {REF(members[961].name_ref, strings[2713]), REF(members[961].shape_ref, shapes[419]), offsetof(struct awsc_iam_virtual_mfa_device, user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.User: User */
        [962] = {REF(members[962].name_ref, strings[6804]), REF(members[962].shape_ref, shapes[449]), offsetof(struct awsc_iam_virtual_mfa_device, enable_date), offsetof(struct awsc_iam_virtual_mfa_device, has_enable_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.EnableDate: dateType */
        [963] = {REF(members[963].name_ref, strings[1827]), REF(members[963].shape_ref, shapes[568]), offsetof(struct awsc_iam_virtual_mfa_device, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VirtualMFADevice.Tags: tagListType */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AcceptDelegationRequestRequest */ 0,
        /* [1] AccessDetail */ 3, 4, 2, 0, 1, 5,
        /* [7] AccessKey */ 1, 4, 3, 2, 0,
        /* [12] AccessKeyLastUsed */ 0, 2, 1,
        /* [15] AccessKeyMetadata */ 1, 3, 2, 0,
        /* [19] AddClientIDToOpenIDConnectProviderRequest */ 1, 0,
        /* [21] AddRoleToInstanceProfileRequest */ 0, 1,
        /* [23] AddUserToGroupRequest */ 0, 1,
        /* [25] AssociateDelegationRequestRequest */ 0,
        /* [26] AttachGroupPolicyRequest */ 0, 1,
        /* [28] AttachRolePolicyRequest */ 1, 0,
        /* [30] AttachUserPolicyRequest */ 1, 0,
        /* [32] AttachedPermissionsBoundary */ 1, 0,
        /* [34] AttachedPolicy */ 1, 0,
        /* [36] ChangePasswordRequest */ 1, 0,
        /* [38] ConcurrentModificationException */ 0,
        /* [39] ContextEntry */ 0, 2, 1,
        /* [42] CreateAccessKeyRequest */ 0,
        /* [43] CreateAccessKeyResponse */ 0,
        /* [44] CreateAccountAliasRequest */ 0,
        /* [45] CreateDelegationRequestRequest */ 1, 6, 8, 0, 2, 5, 3, 4, 7,
        /* [54] CreateDelegationRequestResponse */ 0, 1,
        /* [56] CreateGroupRequest */ 1, 0,
        /* [58] CreateGroupResponse */ 0,
        /* [59] CreateInstanceProfileRequest */ 0, 1, 2,
        /* [62] CreateInstanceProfileResponse */ 0,
        /* [63] CreateLoginProfileRequest */ 1, 2, 0,
        /* [66] CreateLoginProfileResponse */ 0,
        /* [67] CreateOpenIDConnectProviderRequest */ 1, 3, 2, 0,
        /* [71] CreateOpenIDConnectProviderResponse */ 0, 1,
        /* [73] CreatePolicyRequest */ 3, 1, 2, 0, 4,
        /* [78] CreatePolicyResponse */ 0,
        /* [79] CreatePolicyVersionRequest */ 0, 1, 2,
        /* [82] CreatePolicyVersionResponse */ 0,
        /* [83] CreateRoleRequest */ 2, 3, 4, 0, 5, 1, 6,
        /* [90] CreateRoleResponse */ 0,
        /* [91] CreateSAMLProviderRequest */ 4, 3, 1, 0, 2,
        /* [96] CreateSAMLProviderResponse */ 0, 1,
        /* [98] CreateServiceLinkedRoleRequest */ 0, 2, 1,
        /* [101] CreateServiceLinkedRoleResponse */ 0,
        /* [102] CreateServiceSpecificCredentialRequest */ 2, 1, 0,
        /* [105] CreateServiceSpecificCredentialResponse */ 0,
        /* [106] CreateUserRequest */ 0, 2, 3, 1,
        /* [110] CreateUserResponse */ 0,
        /* [111] CreateVirtualMFADeviceRequest */ 0, 2, 1,
        /* [114] CreateVirtualMFADeviceResponse */ 0,
        /* [115] CredentialReportExpiredException */ 0,
        /* [116] CredentialReportNotPresentException */ 0,
        /* [117] CredentialReportNotReadyException */ 0,
        /* [118] DeactivateMFADeviceRequest */ 1, 0,
        /* [120] DelegationPermission */ 1, 0,
        /* [122] DelegationRequest */ 8, 13, 0, 2, 10, 16, 18, 1, 7, 5, 4, 15, 17, 3, 11, 12, 6, 14, 9, 19,
        /* [142] DeleteAccessKeyRequest */ 1, 0,
        /* [144] DeleteAccountAliasRequest */ 0,
        /* [145] DeleteConflictException */ 0,
        /* [146] DeleteGroupPolicyRequest */ 0, 1,
        /* [148] DeleteGroupRequest */ 0,
        /* [149] DeleteInstanceProfileRequest */ 0,
        /* [150] DeleteLoginProfileRequest */ 0,
        /* [151] DeleteOpenIDConnectProviderRequest */ 0,
        /* [152] DeletePolicyRequest */ 0,
        /* [153] DeletePolicyVersionRequest */ 0, 1,
        /* [155] DeleteRolePermissionsBoundaryRequest */ 0,
        /* [156] DeleteRolePolicyRequest */ 1, 0,
        /* [158] DeleteRoleRequest */ 0,
        /* [159] DeleteSAMLProviderRequest */ 0,
        /* [160] DeleteSSHPublicKeyRequest */ 1, 0,
        /* [162] DeleteServerCertificateRequest */ 0,
        /* [163] DeleteServiceLinkedRoleRequest */ 0,
        /* [164] DeleteServiceLinkedRoleResponse */ 0,
        /* [165] DeleteServiceSpecificCredentialRequest */ 1, 0,
        /* [167] DeleteSigningCertificateRequest */ 1, 0,
        /* [169] DeleteUserPermissionsBoundaryRequest */ 0,
        /* [170] DeleteUserPolicyRequest */ 1, 0,
        /* [172] DeleteUserRequest */ 0,
        /* [173] DeleteVirtualMFADeviceRequest */ 0,
        /* [174] DeletionTaskFailureReasonType */ 0, 1,
        /* [176] DetachGroupPolicyRequest */ 0, 1,
        /* [178] DetachRolePolicyRequest */ 1, 0,
        /* [180] DetachUserPolicyRequest */ 1, 0,
        /* [182] DisableOrganizationsRootCredentialsManagementResponse */ 1, 0,
        /* [184] DisableOrganizationsRootSessionsResponse */ 1, 0,
        /* [186] DuplicateCertificateException */ 0,
        /* [187] DuplicateSSHPublicKeyException */ 0,
        /* [188] EnableMFADeviceRequest */ 2, 3, 1, 0,
        /* [192] EnableOrganizationsRootCredentialsManagementResponse */ 1, 0,
        /* [194] EnableOrganizationsRootSessionsResponse */ 1, 0,
        /* [196] EnableOutboundWebIdentityFederationResponse */ 0,
        /* [197] EntityAlreadyExistsException */ 0,
        /* [198] EntityDetails */ 0, 1,
        /* [200] EntityInfo */ 0, 3, 1, 4, 2,
        /* [205] EntityTemporarilyUnmodifiableException */ 0,
        /* [206] ErrorDetails */ 1, 0,
        /* [208] EvaluationResult */ 0, 2, 7, 1, 3, 4, 5, 6, 8,
        /* [217] FeatureDisabledException */ 0,
        /* [218] FeatureEnabledException */ 0,
        /* [219] GenerateCredentialReportResponse */ 1, 0,
        /* [221] GenerateOrganizationsAccessReportRequest */ 0, 1,
        /* [223] GenerateOrganizationsAccessReportResponse */ 0,
        /* [224] GenerateServiceLastAccessedDetailsRequest */ 0, 1,
        /* [226] GenerateServiceLastAccessedDetailsResponse */ 0,
        /* [227] GetAccessKeyLastUsedRequest */ 0,
        /* [228] GetAccessKeyLastUsedResponse */ 1, 0,
        /* [230] GetAccountAuthorizationDetailsRequest */ 0, 2, 1,
        /* [233] GetAccountAuthorizationDetailsResponse */ 1, 4, 5, 3, 2, 0,
        /* [239] GetAccountPasswordPolicyResponse */ 0,
        /* [240] GetAccountSummaryResponse */ 0,
        /* [241] GetContextKeysForCustomPolicyRequest */ 0,
        /* [242] GetContextKeysForPolicyResponse */ 0,
        /* [243] GetContextKeysForPrincipalPolicyRequest */ 1, 0,
        /* [245] GetCredentialReportResponse */ 0, 2, 1,
        /* [248] GetDelegationRequestRequest */ 1, 0,
        /* [250] GetDelegationRequestResponse */ 0, 2, 1,
        /* [253] GetGroupPolicyRequest */ 0, 1,
        /* [255] GetGroupPolicyResponse */ 0, 2, 1,
        /* [258] GetGroupRequest */ 0, 1, 2,
        /* [261] GetGroupResponse */ 0, 2, 3, 1,
        /* [265] GetHumanReadableSummaryRequest */ 0, 1,
        /* [267] GetHumanReadableSummaryResponse */ 1, 0, 2,
        /* [270] GetInstanceProfileRequest */ 0,
        /* [271] GetInstanceProfileResponse */ 0,
        /* [272] GetLoginProfileRequest */ 0,
        /* [273] GetLoginProfileResponse */ 0,
        /* [274] GetMFADeviceRequest */ 0, 1,
        /* [276] GetMFADeviceResponse */ 3, 2, 1, 0,
        /* [280] GetOpenIDConnectProviderRequest */ 0,
        /* [281] GetOpenIDConnectProviderResponse */ 1, 3, 4, 2, 0,
        /* [286] GetOrganizationsAccessReportRequest */ 0, 2, 1, 3,
        /* [290] GetOrganizationsAccessReportResponse */ 5, 8, 6, 2, 1, 0, 7, 3, 4,
        /* [299] GetOutboundWebIdentityFederationInfoResponse */ 0, 1,
        /* [301] GetPolicyRequest */ 0,
        /* [302] GetPolicyResponse */ 0,
        /* [303] GetPolicyVersionRequest */ 0, 1,
        /* [305] GetPolicyVersionResponse */ 0,
        /* [306] GetRolePolicyRequest */ 1, 0,
        /* [308] GetRolePolicyResponse */ 2, 1, 0,
        /* [311] GetRoleRequest */ 0,
        /* [312] GetRoleResponse */ 0,
        /* [313] GetSAMLProviderRequest */ 0,
        /* [314] GetSAMLProviderResponse */ 5, 2, 6, 1, 0, 4, 3,
        /* [321] GetSSHPublicKeyRequest */ 2, 1, 0,
        /* [324] GetSSHPublicKeyResponse */ 0,
        /* [325] GetServerCertificateRequest */ 0,
        /* [326] GetServerCertificateResponse */ 0,
        /* [327] GetServiceLastAccessedDetailsRequest */ 0, 2, 1,
        /* [330] GetServiceLastAccessedDetailsResponse */ 7, 5, 4, 2, 0, 1, 6, 3,
        /* [338] GetServiceLastAccessedDetailsWithEntitiesRequest */ 0, 3, 2, 1,
        /* [342] GetServiceLastAccessedDetailsWithEntitiesResponse */ 3, 6, 4, 2, 1, 0, 5,
        /* [349] GetServiceLinkedRoleDeletionStatusRequest */ 0,
        /* [350] GetServiceLinkedRoleDeletionStatusResponse */ 1, 0,
        /* [352] GetUserPolicyRequest */ 1, 0,
        /* [354] GetUserPolicyResponse */ 2, 1, 0,
        /* [357] GetUserRequest */ 0,
        /* [358] GetUserResponse */ 0,
        /* [359] Group */ 3, 4, 2, 1, 0,
        /* [364] GroupDetail */ 3, 6, 4, 2, 1, 5, 0,
        /* [371] InlinePolicyIdentifierType */ 2, 1, 0,
        /* [374] InstanceProfile */ 3, 4, 2, 1, 0, 5, 6,
        /* [381] InvalidAuthenticationCodeException */ 0,
        /* [382] InvalidCertificateException */ 0,
        /* [383] InvalidInputException */ 0,
        /* [384] InvalidPublicKeyException */ 0,
        /* [385] InvalidUserTypeException */ 0,
        /* [386] KeyPairMismatchException */ 0,
        /* [387] LimitExceededException */ 0,
        /* [388] ListAccessKeysRequest */ 1, 2, 0,
        /* [391] ListAccessKeysResponse */ 0, 1, 2,
        /* [394] ListAccountAliasesRequest */ 0, 1,
        /* [396] ListAccountAliasesResponse */ 0, 1, 2,
        /* [399] ListAttachedGroupPoliciesRequest */ 0, 2, 3, 1,
        /* [403] ListAttachedGroupPoliciesResponse */ 0, 1, 2,
        /* [406] ListAttachedRolePoliciesRequest */ 2, 3, 1, 0,
        /* [410] ListAttachedRolePoliciesResponse */ 0, 1, 2,
        /* [413] ListAttachedUserPoliciesRequest */ 2, 3, 1, 0,
        /* [417] ListAttachedUserPoliciesResponse */ 0, 1, 2,
        /* [420] ListDelegationRequestsRequest */ 1, 2, 0,
        /* [423] ListDelegationRequestsResponse */ 0, 1, 2,
        /* [426] ListEntitiesForPolicyRequest */ 1, 4, 5, 2, 0, 3,
        /* [432] ListEntitiesForPolicyResponse */ 3, 4, 0, 2, 1,
        /* [437] ListGroupPoliciesRequest */ 0, 1, 2,
        /* [440] ListGroupPoliciesResponse */ 1, 2, 0,
        /* [443] ListGroupsForUserRequest */ 1, 2, 0,
        /* [446] ListGroupsForUserResponse */ 0, 1, 2,
        /* [449] ListGroupsRequest */ 1, 2, 0,
        /* [452] ListGroupsResponse */ 0, 1, 2,
        /* [455] ListInstanceProfileTagsRequest */ 0, 1, 2,
        /* [458] ListInstanceProfileTagsResponse */ 1, 2, 0,
        /* [461] ListInstanceProfilesForRoleRequest */ 1, 2, 0,
        /* [464] ListInstanceProfilesForRoleResponse */ 0, 1, 2,
        /* [467] ListInstanceProfilesRequest */ 1, 2, 0,
        /* [470] ListInstanceProfilesResponse */ 0, 1, 2,
        /* [473] ListMFADeviceTagsRequest */ 1, 2, 0,
        /* [476] ListMFADeviceTagsResponse */ 1, 2, 0,
        /* [479] ListMFADevicesRequest */ 1, 2, 0,
        /* [482] ListMFADevicesResponse */ 1, 0, 2,
        /* [485] ListOpenIDConnectProviderTagsRequest */ 1, 2, 0,
        /* [488] ListOpenIDConnectProviderTagsResponse */ 1, 2, 0,
        /* [491] ListOpenIDConnectProvidersResponse */ 0,
        /* [492] ListOrganizationsFeaturesResponse */ 1, 0,
        /* [494] ListPoliciesGrantingServiceAccessEntry */ 1, 0,
        /* [496] ListPoliciesGrantingServiceAccessRequest */ 1, 0, 2,
        /* [499] ListPoliciesGrantingServiceAccessResponse */ 1, 2, 0,
        /* [502] ListPoliciesRequest */ 4, 5, 1, 2, 3, 0,
        /* [508] ListPoliciesResponse */ 1, 2, 0,
        /* [511] ListPolicyTagsRequest */ 1, 2, 0,
        /* [514] ListPolicyTagsResponse */ 1, 2, 0,
        /* [517] ListPolicyVersionsRequest */ 1, 2, 0,
        /* [520] ListPolicyVersionsResponse */ 1, 2, 0,
        /* [523] ListRolePoliciesRequest */ 1, 2, 0,
        /* [526] ListRolePoliciesResponse */ 1, 2, 0,
        /* [529] ListRoleTagsRequest */ 1, 2, 0,
        /* [532] ListRoleTagsResponse */ 1, 2, 0,
        /* [535] ListRolesRequest */ 1, 2, 0,
        /* [538] ListRolesResponse */ 1, 2, 0,
        /* [541] ListSAMLProviderTagsRequest */ 1, 2, 0,
        /* [544] ListSAMLProviderTagsResponse */ 1, 2, 0,
        /* [547] ListSAMLProvidersResponse */ 0,
        /* [548] ListSSHPublicKeysRequest */ 1, 2, 0,
        /* [551] ListSSHPublicKeysResponse */ 1, 2, 0,
        /* [554] ListServerCertificateTagsRequest */ 1, 2, 0,
        /* [557] ListServerCertificateTagsResponse */ 1, 2, 0,
        /* [560] ListServerCertificatesRequest */ 1, 2, 0,
        /* [563] ListServerCertificatesResponse */ 1, 2, 0,
        /* [566] ListServiceSpecificCredentialsRequest */ 2, 3, 4, 1, 0,
        /* [571] ListServiceSpecificCredentialsResponse */ 2, 1, 0,
        /* [574] ListSigningCertificatesRequest */ 1, 2, 0,
        /* [577] ListSigningCertificatesResponse */ 0, 1, 2,
        /* [580] ListUserPoliciesRequest */ 1, 2, 0,
        /* [583] ListUserPoliciesResponse */ 1, 2, 0,
        /* [586] ListUserTagsRequest */ 1, 2, 0,
        /* [589] ListUserTagsResponse */ 1, 2, 0,
        /* [592] ListUsersRequest */ 1, 2, 0,
        /* [595] ListUsersResponse */ 1, 2, 0,
        /* [598] ListVirtualMFADevicesRequest */ 0, 1, 2,
        /* [601] ListVirtualMFADevicesResponse */ 1, 2, 0,
        /* [604] LoginProfile */ 1, 2, 0,
        /* [607] MFADevice */ 2, 1, 0,
        /* [610] MalformedCertificateException */ 0,
        /* [611] MalformedPolicyDocumentException */ 0,
        /* [612] ManagedPolicyDetail */ 2, 5, 9, 4, 8, 7, 3, 6, 1, 0, 11, 10,
        /* [624] NoSuchEntityException */ 0,
        /* [625] OpenIDConnectProviderListEntry */ 0,
        /* [626] OpenIdIdpCommunicationErrorException */ 0,
        /* [627] OrderedOrganizationPolicyType */ 0,
        /* [628] OrganizationsDecisionDetail */ 0,
        /* [629] PasswordPolicy */ 5, 6, 9, 7, 0, 8, 4, 2, 1, 3,
        /* [639] PasswordPolicyViolationException */ 0,
        /* [640] PermissionsBoundaryDecisionDetail */ 0,
        /* [641] Policy */ 2, 5, 9, 4, 8, 7, 3, 6, 1, 0, 11, 10,
        /* [653] PolicyDetail */ 1, 0,
        /* [655] PolicyEvaluationException */ 0,
        /* [656] PolicyGrantingServiceAccess */ 4, 3, 2, 0, 1,
        /* [661] PolicyGroup */ 1, 0,
        /* [663] PolicyIdentifier */ 2, 1, 0,
        /* [666] PolicyNotAttachableException */ 0,
        /* [667] PolicyParameter */ 0, 2, 1,
        /* [670] PolicyRole */ 1, 0,
        /* [672] PolicyUser */ 1, 0,
        /* [674] PolicyVersion */ 3, 0, 2, 1,
        /* [678] Position */ 1, 0,
        /* [680] PutGroupPolicyRequest */ 0, 2, 1,
        /* [683] PutRolePermissionsBoundaryRequest */ 1, 0,
        /* [685] PutRolePolicyRequest */ 2, 1, 0,
        /* [688] PutUserPermissionsBoundaryRequest */ 1, 0,
        /* [690] PutUserPolicyRequest */ 2, 1, 0,
        /* [693] RejectDelegationRequestRequest */ 0, 1,
        /* [695] RemoveClientIDFromOpenIDConnectProviderRequest */ 1, 0,
        /* [697] RemoveRoleFromInstanceProfileRequest */ 0, 1,
        /* [699] RemoveUserFromGroupRequest */ 0, 1,
        /* [701] ReportGenerationLimitExceededException */ 0,
        /* [702] ResetServiceSpecificCredentialRequest */ 1, 0,
        /* [704] ResetServiceSpecificCredentialResponse */ 0,
        /* [705] ResourceSpecificResult */ 4, 1, 0, 2, 3, 5,
        /* [711] ResyncMFADeviceRequest */ 2, 3, 1, 0,
        /* [715] Role */ 3, 5, 4, 6, 7, 0, 8, 2, 10, 1, 9,
        /* [726] RoleDetail */ 3, 5, 8, 4, 6, 0, 9, 2, 11, 1, 7, 10,
        /* [738] RoleLastUsed */ 0, 1,
        /* [740] RoleUsageType */ 0, 1,
        /* [742] SAMLPrivateKey */ 0, 1,
        /* [744] SAMLProviderListEntry */ 0, 2, 1,
        /* [747] SSHPublicKey */ 2, 3, 1, 4, 5, 0,
        /* [753] SSHPublicKeyMetadata */ 1, 2, 3, 0,
        /* [757] SendDelegationTokenRequest */ 0,
        /* [758] ServerCertificate */ 1, 2, 0, 3,
        /* [762] ServerCertificateMetadata */ 3, 5, 0, 2, 1, 4,
        /* [768] ServiceFailureException */ 0,
        /* [769] ServiceLastAccessed */ 1, 3, 4, 0, 2, 5, 6,
        /* [776] ServiceNotSupportedException */ 0,
        /* [777] ServiceSpecificCredential */ 0, 1, 5, 6, 2, 4, 7, 3, 9, 8,
        /* [787] ServiceSpecificCredentialMetadata */ 4, 5, 3, 7, 6, 2, 1, 0,
        /* [795] SetDefaultPolicyVersionRequest */ 0, 1,
        /* [797] SetSecurityTokenServicePreferencesRequest */ 0,
        /* [798] SigningCertificate */ 2, 1, 3, 4, 0,
        /* [803] SimulateCustomPolicyRequest */ 3, 7, 8, 11, 10, 2, 1, 0, 4, 9, 6, 5,
        /* [815] SimulatePolicyResponse */ 0, 1, 2,
        /* [818] SimulatePrincipalPolicyRequest */ 4, 8, 9, 12, 11, 2, 3, 1, 0, 5, 10, 7, 6,
        /* [831] Statement */ 3, 0, 1, 2,
        /* [835] Tag */ 0, 1,
        /* [837] TagInstanceProfileRequest */ 0, 1,
        /* [839] TagMFADeviceRequest */ 0, 1,
        /* [841] TagOpenIDConnectProviderRequest */ 0, 1,
        /* [843] TagPolicyRequest */ 0, 1,
        /* [845] TagRoleRequest */ 0, 1,
        /* [847] TagSAMLProviderRequest */ 0, 1,
        /* [849] TagServerCertificateRequest */ 0, 1,
        /* [851] TagUserRequest */ 1, 0,
        /* [853] TrackedActionLastAccessed */ 0, 1, 3, 2,
        /* [857] UnmodifiableEntityException */ 0,
        /* [858] UnrecognizedPublicKeyEncodingException */ 0,
        /* [859] UntagInstanceProfileRequest */ 0, 1,
        /* [861] UntagMFADeviceRequest */ 0, 1,
        /* [863] UntagOpenIDConnectProviderRequest */ 0, 1,
        /* [865] UntagPolicyRequest */ 0, 1,
        /* [867] UntagRoleRequest */ 0, 1,
        /* [869] UntagSAMLProviderRequest */ 0, 1,
        /* [871] UntagServerCertificateRequest */ 0, 1,
        /* [873] UntagUserRequest */ 1, 0,
        /* [875] UpdateAccessKeyRequest */ 1, 2, 0,
        /* [878] UpdateAccountPasswordPolicyRequest */ 5, 8, 6, 0, 7, 4, 2, 1, 3,
        /* [887] UpdateAssumeRolePolicyRequest */ 1, 0,
        /* [889] UpdateDelegationRequestRequest */ 0, 1,
        /* [891] UpdateGroupRequest */ 0, 2, 1,
        /* [894] UpdateLoginProfileRequest */ 1, 2, 0,
        /* [897] UpdateOpenIDConnectProviderThumbprintRequest */ 0, 1,
        /* [899] UpdateRoleDescriptionRequest */ 1, 0,
        /* [901] UpdateRoleDescriptionResponse */ 0,
        /* [902] UpdateRoleRequest */ 1, 2, 0,
        /* [905] UpdateSAMLProviderRequest */ 3, 2, 4, 0, 1,
        /* [910] UpdateSAMLProviderResponse */ 0,
        /* [911] UpdateSSHPublicKeyRequest */ 1, 2, 0,
        /* [914] UpdateServerCertificateRequest */ 1, 2, 0,
        /* [917] UpdateServiceSpecificCredentialRequest */ 1, 2, 0,
        /* [920] UpdateSigningCertificateRequest */ 1, 2, 0,
        /* [923] UpdateUserRequest */ 1, 2, 0,
        /* [926] UploadSSHPublicKeyRequest */ 1, 0,
        /* [928] UploadSSHPublicKeyResponse */ 0,
        /* [929] UploadServerCertificateRequest */ 2, 4, 0, 3, 1, 5,
        /* [935] UploadServerCertificateResponse */ 0, 1,
        /* [937] UploadSigningCertificateRequest */ 1, 0,
        /* [939] UploadSigningCertificateResponse */ 0,
        /* [940] User */ 3, 4, 5, 0, 6, 7, 2, 1,
        /* [948] UserDetail */ 3, 7, 4, 6, 0, 8, 9, 2, 1, 5,
        /* [958] VirtualMFADevice */ 1, 4, 2, 0, 5, 3,
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
        /*      0 */ "AcceptDelegationRequestRequest\0"
        /*     31 */ "DelegationRequestId\0"
        /*     51 */ "AccessAdvisorUsageGranularityType\0"
        /*     85 */ "SERVICE_LEVEL\0" "ACTION_LEVEL\0"
        /*    112 */ "AccessDetail\0"
        /*    125 */ "ServiceName\0"
        /*    137 */ "ServiceNamespace\0"
        /*    154 */ "Region\0"
        /*    161 */ "EntityPath\0"
        /*    172 */ "LastAuthenticatedTime\0"
        /*    194 */ "TotalAuthenticatedEntities\0"
        /*    221 */ "AccessDetails\0"
        /*    235 */ "AccessKey\0"
        /*    245 */ "UserName\0"
        /*    254 */ "AccessKeyId\0"
        /*    266 */ "Status\0"
        /*    273 */ "SecretAccessKey\0"
        /*    289 */ "CreateDate\0"
        /*    300 */ "AccessKeyLastUsed\0"
        /*    318 */ "LastUsedDate\0"
        /*    331 */ "AccessKeyMetadata\0"
        /*    349 */ "AccountNotManagementOrDelegatedAdministratorException\0"
        /*    403 */ "ActionNameListType\0"
        /*    422 */ "ActionNameType\0"
        /*    437 */ "AddClientIDToOpenIDConnectProviderRequest\0"
        /*    479 */ "OpenIDConnectProviderArn\0"
        /*    504 */ "ClientID\0"
        /*    513 */ "AddRoleToInstanceProfileRequest\0"
        /*    545 */ "InstanceProfileName\0"
        /*    565 */ "RoleName\0"
        /*    574 */ "AddUserToGroupRequest\0"
        /*    596 */ "GroupName\0"
        /*    606 */ "ArnListType\0"
        /*    618 */ "AssociateDelegationRequestRequest\0"
        /*    652 */ "AttachGroupPolicyRequest\0"
        /*    677 */ "PolicyArn\0"
        /*    687 */ "AttachRolePolicyRequest\0"
        /*    711 */ "AttachUserPolicyRequest\0"
        /*    735 */ "AttachedPermissionsBoundary\0"
        /*    763 */ "PermissionsBoundaryType\0"
        /*    787 */ "PermissionsBoundaryArn\0"
        /*    810 */ "AttachedPolicy\0"
        /*    825 */ "PolicyName\0"
        /*    836 */ "AttachmentName\0"
        /*    851 */ "AttachmentType\0"
        /*    866 */ "user\0" "group\0" "role\0"
        /*    882 */ "BootstrapDatum\0"
        /*    897 */ "CallerIsNotManagementAccountException\0"
        /*    935 */ "CertificationKeyType\0"
        /*    956 */ "CertificationMapType\0"
        /*    977 */ "CertificationValueType\0"
        /*   1000 */ "ChangePasswordRequest\0"
        /*   1022 */ "OldPassword\0"
        /*   1034 */ "NewPassword\0"
        /*   1046 */ "ColumnNumber\0"
        /*   1059 */ "ConcurrentModificationException\0"
        /*   1091 */ "message\0"
        /*   1099 */ "ConcurrentModification\0"
        /*   1122 */ "ConcurrentModificationMessage\0"
        /*   1152 */ "ContextEntry\0"
        /*   1165 */ "ContextKeyName\0"
        /*   1180 */ "ContextKeyValues\0"
        /*   1197 */ "ContextKeyType\0"
        /*   1212 */ "ContextEntryListType\0"
        /*   1233 */ "ContextKeyNameType\0"
        /*   1252 */ "ContextKeyNamesResultListType\0"
        /*   1282 */ "ContextKeyTypeEnum\0"
        /*   1301 */ "string\0" "stringList\0" "numeric\0" "numericList\0" "boolean\0" "booleanList\0" "ip\0" "ipList\0" "binary\0" "binaryList\0" "date\0" "dateList\0"
        /*   1401 */ "ContextKeyValueListType\0"
        /*   1425 */ "ContextKeyValueType\0"
        /*   1445 */ "CreateAccessKeyRequest\0"
        /*   1468 */ "CreateAccessKeyResponse\0"
        /*   1492 */ "CreateAccountAliasRequest\0"
        /*   1518 */ "AccountAlias\0"
        /*   1531 */ "CreateDelegationRequestRequest\0"
        /*   1562 */ "OwnerAccountId\0"
        /*   1577 */ "Description\0"
        /*   1589 */ "Permissions\0"
        /*   1601 */ "RequestMessage\0"
        /*   1616 */ "RequestorWorkflowId\0"
        /*   1636 */ "RedirectUrl\0"
        /*   1648 */ "NotificationChannel\0"
        /*   1668 */ "SessionDuration\0"
        /*   1684 */ "OnlySendByOwner\0"
        /*   1700 */ "CreateDelegationRequestResponse\0"
        /*   1732 */ "ConsoleDeepLink\0"
        /*   1748 */ "CreateGroupRequest\0"
        /*   1767 */ "Path\0"
        /*   1772 */ "CreateGroupResponse\0"
        /*   1792 */ "Group\0"
        /*   1798 */ "CreateInstanceProfileRequest\0"
        /*   1827 */ "Tags\0"
        /*   1832 */ "CreateInstanceProfileResponse\0"
        /*   1862 */ "InstanceProfile\0"
        /*   1878 */ "CreateLoginProfileRequest\0"
        /*   1904 */ "Password\0"
        /*   1913 */ "PasswordResetRequired\0"
        /*   1935 */ "CreateLoginProfileResponse\0"
        /*   1962 */ "LoginProfile\0"
        /*   1975 */ "CreateOpenIDConnectProviderRequest\0"
        /*   2010 */ "Url\0"
        /*   2014 */ "ClientIDList\0"
        /*   2027 */ "ThumbprintList\0"
        /*   2042 */ "CreateOpenIDConnectProviderResponse\0"
        /*   2078 */ "CreatePolicyRequest\0"
        /*   2098 */ "PolicyDocument\0"
        /*   2113 */ "CreatePolicyResponse\0"
        /*   2134 */ "Policy\0"
        /*   2141 */ "CreatePolicyVersionRequest\0"
        /*   2168 */ "SetAsDefault\0"
        /*   2181 */ "CreatePolicyVersionResponse\0"
        /*   2209 */ "PolicyVersion\0"
        /*   2223 */ "CreateRoleRequest\0"
        /*   2241 */ "AssumeRolePolicyDocument\0"
        /*   2266 */ "MaxSessionDuration\0"
        /*   2285 */ "PermissionsBoundary\0"
        /*   2305 */ "CreateRoleResponse\0"
        /*   2324 */ "Role\0"
        /*   2329 */ "CreateSAMLProviderRequest\0"
        /*   2355 */ "SAMLMetadataDocument\0"
        /*   2376 */ "Name\0"
        /*   2381 */ "AssertionEncryptionMode\0"
        /*   2405 */ "AddPrivateKey\0"
        /*   2419 */ "CreateSAMLProviderResponse\0"
        /*   2446 */ "SAMLProviderArn\0"
        /*   2462 */ "CreateServiceLinkedRoleRequest\0"
        /*   2493 */ "AWSServiceName\0"
        /*   2508 */ "CustomSuffix\0"
        /*   2521 */ "CreateServiceLinkedRoleResponse\0"
        /*   2553 */ "CreateServiceSpecificCredentialRequest\0"
        /*   2592 */ "CredentialAgeDays\0"
        /*   2610 */ "CreateServiceSpecificCredentialResponse\0"
        /*   2650 */ "ServiceSpecificCredential\0"
        /*   2676 */ "CreateUserRequest\0"
        /*   2694 */ "CreateUserResponse\0"
        /*   2713 */ "User\0"
        /*   2718 */ "CreateVirtualMFADeviceRequest\0"
        /*   2748 */ "VirtualMFADeviceName\0"
        /*   2769 */ "CreateVirtualMFADeviceResponse\0"
        /*   2800 */ "VirtualMFADevice\0"
        /*   2817 */ "CredentialReportExpiredException\0"
        /*   2850 */ "ReportExpired\0"
        /*   2864 */ "CredentialReportNotPresentException\0"
        /*   2900 */ "ReportNotPresent\0"
        /*   2917 */ "CredentialReportNotReadyException\0"
        /*   2951 */ "ReportInProgress\0"
        /*   2968 */ "DeactivateMFADeviceRequest\0"
        /*   2995 */ "SerialNumber\0"
        /*   3008 */ "DelegationPermission\0"
        /*   3029 */ "PolicyTemplateArn\0"
        /*   3047 */ "Parameters\0"
        /*   3058 */ "DelegationRequest\0"
        /*   3076 */ "PermissionPolicy\0"
        /*   3093 */ "RolePermissionRestrictionArns\0"
        /*   3123 */ "OwnerId\0"
        /*   3131 */ "ApproverId\0"
        /*   3142 */ "State\0"
        /*   3148 */ "ExpirationTime\0"
        /*   3163 */ "RequestorId\0"
        /*   3175 */ "RequestorName\0"
        /*   3189 */ "Notes\0"
        /*   3195 */ "RejectionReason\0"
        /*   3211 */ "UpdatedTime\0"
        /*   3223 */ "DeleteAccessKeyRequest\0"
        /*   3246 */ "DeleteAccountAliasRequest\0"
        /*   3272 */ "DeleteConflictException\0"
        /*   3296 */ "DeleteConflict\0"
        /*   3311 */ "DeleteGroupPolicyRequest\0"
        /*   3336 */ "DeleteGroupRequest\0"
        /*   3355 */ "DeleteInstanceProfileRequest\0"
        /*   3384 */ "DeleteLoginProfileRequest\0"
        /*   3410 */ "DeleteOpenIDConnectProviderRequest\0"
        /*   3445 */ "DeletePolicyRequest\0"
        /*   3465 */ "DeletePolicyVersionRequest\0"
        /*   3492 */ "VersionId\0"
        /*   3502 */ "DeleteRolePermissionsBoundaryRequest\0"
        /*   3539 */ "DeleteRolePolicyRequest\0"
        /*   3563 */ "DeleteRoleRequest\0"
        /*   3581 */ "DeleteSAMLProviderRequest\0"
        /*   3607 */ "DeleteSSHPublicKeyRequest\0"
        /*   3633 */ "SSHPublicKeyId\0"
        /*   3648 */ "DeleteServerCertificateRequest\0"
        /*   3679 */ "ServerCertificateName\0"
        /*   3701 */ "DeleteServiceLinkedRoleRequest\0"
        /*   3732 */ "DeleteServiceLinkedRoleResponse\0"
        /*   3764 */ "DeletionTaskId\0"
        /*   3779 */ "DeleteServiceSpecificCredentialRequest\0"
        /*   3818 */ "ServiceSpecificCredentialId\0"
        /*   3846 */ "DeleteSigningCertificateRequest\0"
        /*   3878 */ "CertificateId\0"
        /*   3892 */ "DeleteUserPermissionsBoundaryRequest\0"
        /*   3929 */ "DeleteUserPolicyRequest\0"
        /*   3953 */ "DeleteUserRequest\0"
        /*   3971 */ "DeleteVirtualMFADeviceRequest\0"
        /*   4001 */ "DeletionTaskFailureReasonType\0"
        /*   4031 */ "Reason\0"
        /*   4038 */ "RoleUsageList\0"
        /*   4052 */ "DeletionTaskIdType\0"
        /*   4071 */ "DeletionTaskStatusType\0"
        /*   4094 */ "SUCCEEDED\0" "IN_PROGRESS\0" "FAILED\0" "NOT_STARTED\0"
        /*   4135 */ "DetachGroupPolicyRequest\0"
        /*   4160 */ "DetachRolePolicyRequest\0"
        /*   4184 */ "DetachUserPolicyRequest\0"
        /*   4208 */ "DisableOrganizationsRootCredentialsManagementRequest\0"
        /*   4261 */ "DisableOrganizationsRootCredentialsManagementResponse\0"
        /*   4315 */ "OrganizationId\0"
        /*   4330 */ "EnabledFeatures\0"
        /*   4346 */ "DisableOrganizationsRootSessionsRequest\0"
        /*   4386 */ "DisableOrganizationsRootSessionsResponse\0"
        /*   4427 */ "DuplicateCertificateException\0"
        /*   4457 */ "DuplicateCertificate\0"
        /*   4478 */ "DuplicateSSHPublicKeyException\0"
        /*   4509 */ "DuplicateSSHPublicKey\0"
        /*   4531 */ "EnableMFADeviceRequest\0"
        /*   4554 */ "AuthenticationCode1\0"
        /*   4574 */ "AuthenticationCode2\0"
        /*   4594 */ "EnableOrganizationsRootCredentialsManagementRequest\0"
        /*   4646 */ "EnableOrganizationsRootCredentialsManagementResponse\0"
        /*   4699 */ "EnableOrganizationsRootSessionsRequest\0"
        /*   4738 */ "EnableOrganizationsRootSessionsResponse\0"
        /*   4778 */ "EnableOutboundWebIdentityFederationResponse\0"
        /*   4822 */ "IssuerIdentifier\0"
        /*   4839 */ "EntityAlreadyExistsException\0"
        /*   4868 */ "EntityAlreadyExists\0"
        /*   4888 */ "EntityDetails\0"
        /*   4902 */ "EntityInfo\0"
        /*   4913 */ "LastAuthenticated\0"
        /*   4931 */ "Arn\0"
        /*   4935 */ "Type\0"
        /*   4940 */ "Id\0"
        /*   4943 */ "EntityTemporarilyUnmodifiableException\0"
        /*   4982 */ "EntityTemporarilyUnmodifiable\0"
        /*   5012 */ "EntityType\0"
        /*   5023 */ "User\0" "Role\0" "Group\0" "LocalManagedPolicy\0" "AWSManagedPolicy\0"
        /*   5075 */ "ErrorDetails\0"
        /*   5088 */ "Message\0"
        /*   5096 */ "Code\0"
        /*   5101 */ "EvalDecisionDetailsType\0"
        /*   5125 */ "EvalDecisionSourceType\0"
        /*   5148 */ "EvaluationResult\0"
        /*   5165 */ "EvalActionName\0"
        /*   5180 */ "EvalResourceName\0"
        /*   5197 */ "EvalDecision\0"
        /*   5210 */ "MatchedStatements\0"
        /*   5228 */ "MissingContextValues\0"
        /*   5249 */ "OrganizationsDecisionDetail\0"
        /*   5277 */ "PermissionsBoundaryDecisionDetail\0"
        /*   5311 */ "EvalDecisionDetails\0"
        /*   5331 */ "ResourceSpecificResults\0"
        /*   5355 */ "EvaluationResultsListType\0"
        /*   5381 */ "FeatureDisabledException\0"
        /*   5406 */ "FeatureDisabled\0"
        /*   5422 */ "FeatureDisabledMessage\0"
        /*   5445 */ "FeatureEnabledException\0"
        /*   5469 */ "FeatureEnabled\0"
        /*   5484 */ "FeatureEnabledMessage\0"
        /*   5506 */ "FeatureType\0"
        /*   5518 */ "RootCredentialsManagement\0" "RootSessions\0"
        /*   5557 */ "FeaturesListType\0"
        /*   5574 */ "GenerateCredentialReportResponse\0"
        /*   5607 */ "GenerateOrganizationsAccessReportRequest\0"
        /*   5648 */ "OrganizationsPolicyId\0"
        /*   5670 */ "GenerateOrganizationsAccessReportResponse\0"
        /*   5712 */ "JobId\0"
        /*   5718 */ "GenerateServiceLastAccessedDetailsRequest\0"
        /*   5760 */ "Granularity\0"
        /*   5772 */ "GenerateServiceLastAccessedDetailsResponse\0"
        /*   5815 */ "GetAccessKeyLastUsedRequest\0"
        /*   5843 */ "GetAccessKeyLastUsedResponse\0"
        /*   5872 */ "GetAccountAuthorizationDetailsRequest\0"
        /*   5910 */ "Filter\0"
        /*   5917 */ "MaxItems\0"
        /*   5926 */ "Marker\0"
        /*   5933 */ "GetAccountAuthorizationDetailsResponse\0"
        /*   5972 */ "UserDetailList\0"
        /*   5987 */ "GroupDetailList\0"
        /*   6003 */ "RoleDetailList\0"
        /*   6018 */ "Policies\0"
        /*   6027 */ "IsTruncated\0"
        /*   6039 */ "GetAccountPasswordPolicyResponse\0"
        /*   6072 */ "PasswordPolicy\0"
        /*   6087 */ "GetAccountSummaryResponse\0"
        /*   6113 */ "SummaryMap\0"
        /*   6124 */ "GetContextKeysForCustomPolicyRequest\0"
        /*   6161 */ "PolicyInputList\0"
        /*   6177 */ "GetContextKeysForPolicyResponse\0"
        /*   6209 */ "ContextKeyNames\0"
        /*   6225 */ "GetContextKeysForPrincipalPolicyRequest\0"
        /*   6265 */ "PolicySourceArn\0"
        /*   6281 */ "GetCredentialReportResponse\0"
        /*   6309 */ "Content\0"
        /*   6317 */ "ReportFormat\0"
        /*   6330 */ "GeneratedTime\0"
        /*   6344 */ "GetDelegationRequestRequest\0"
        /*   6372 */ "DelegationPermissionCheck\0"
        /*   6398 */ "GetDelegationRequestResponse\0"
        /*   6427 */ "PermissionCheckStatus\0"
        /*   6449 */ "PermissionCheckResult\0"
        /*   6471 */ "GetGroupPolicyRequest\0"
        /*   6493 */ "GetGroupPolicyResponse\0"
        /*   6516 */ "GetGroupRequest\0"
        /*   6532 */ "GetGroupResponse\0"
        /*   6549 */ "Users\0"
        /*   6555 */ "GetHumanReadableSummaryRequest\0"
        /*   6586 */ "EntityArn\0"
        /*   6596 */ "Locale\0"
        /*   6603 */ "GetHumanReadableSummaryResponse\0"
        /*   6635 */ "SummaryContent\0"
        /*   6650 */ "SummaryState\0"
        /*   6663 */ "GetInstanceProfileRequest\0"
        /*   6689 */ "GetInstanceProfileResponse\0"
        /*   6716 */ "GetLoginProfileRequest\0"
        /*   6739 */ "GetLoginProfileResponse\0"
        /*   6763 */ "GetMFADeviceRequest\0"
        /*   6783 */ "GetMFADeviceResponse\0"
        /*   6804 */ "EnableDate\0"
        /*   6815 */ "Certifications\0"
        /*   6830 */ "GetOpenIDConnectProviderRequest\0"
        /*   6862 */ "GetOpenIDConnectProviderResponse\0"
        /*   6895 */ "GetOrganizationsAccessReportRequest\0"
        /*   6931 */ "SortKey\0"
        /*   6939 */ "GetOrganizationsAccessReportResponse\0"
        /*   6976 */ "JobStatus\0"
        /*   6986 */ "JobCreationDate\0"
        /*   7002 */ "JobCompletionDate\0"
        /*   7020 */ "NumberOfServicesAccessible\0"
        /*   7047 */ "NumberOfServicesNotAccessed\0"
        /*   7075 */ "GetOutboundWebIdentityFederationInfoResponse\0"
        /*   7120 */ "JwtVendingEnabled\0"
        /*   7138 */ "GetPolicyRequest\0"
        /*   7155 */ "GetPolicyResponse\0"
        /*   7173 */ "GetPolicyVersionRequest\0"
        /*   7197 */ "GetPolicyVersionResponse\0"
        /*   7222 */ "GetRolePolicyRequest\0"
        /*   7243 */ "GetRolePolicyResponse\0"
        /*   7265 */ "GetRoleRequest\0"
        /*   7280 */ "GetRoleResponse\0"
        /*   7296 */ "GetSAMLProviderRequest\0"
        /*   7319 */ "GetSAMLProviderResponse\0"
        /*   7343 */ "SAMLProviderUUID\0"
        /*   7360 */ "ValidUntil\0"
        /*   7371 */ "PrivateKeyList\0"
        /*   7386 */ "GetSSHPublicKeyRequest\0"
        /*   7409 */ "Encoding\0"
        /*   7418 */ "GetSSHPublicKeyResponse\0"
        /*   7442 */ "SSHPublicKey\0"
        /*   7455 */ "GetServerCertificateRequest\0"
        /*   7483 */ "GetServerCertificateResponse\0"
        /*   7512 */ "ServerCertificate\0"
        /*   7530 */ "GetServiceLastAccessedDetailsRequest\0"
        /*   7567 */ "GetServiceLastAccessedDetailsResponse\0"
        /*   7605 */ "JobType\0"
        /*   7613 */ "ServicesLastAccessed\0"
        /*   7634 */ "Error\0"
        /*   7640 */ "GetServiceLastAccessedDetailsWithEntitiesRequest\0"
        /*   7689 */ "GetServiceLastAccessedDetailsWithEntitiesResponse\0"
        /*   7739 */ "EntityDetailsList\0"
        /*   7757 */ "GetServiceLinkedRoleDeletionStatusRequest\0"
        /*   7799 */ "GetServiceLinkedRoleDeletionStatusResponse\0"
        /*   7842 */ "GetUserPolicyRequest\0"
        /*   7863 */ "GetUserPolicyResponse\0"
        /*   7885 */ "GetUserRequest\0"
        /*   7900 */ "GetUserResponse\0"
        /*   7916 */ "GroupId\0"
        /*   7924 */ "GroupDetail\0"
        /*   7936 */ "GroupPolicyList\0"
        /*   7952 */ "AttachedManagedPolicies\0"
        /*   7976 */ "InlinePolicyIdentifierType\0"
        /*   8003 */ "InstanceProfileId\0"
        /*   8021 */ "Roles\0"
        /*   8027 */ "InvalidAuthenticationCodeException\0"
        /*   8062 */ "InvalidAuthenticationCode\0"
        /*   8088 */ "InvalidCertificateException\0"
        /*   8116 */ "InvalidCertificate\0"
        /*   8135 */ "InvalidInputException\0"
        /*   8157 */ "InvalidInput\0"
        /*   8170 */ "InvalidPublicKeyException\0"
        /*   8196 */ "InvalidPublicKey\0"
        /*   8213 */ "InvalidUserTypeException\0"
        /*   8238 */ "InvalidUserType\0"
        /*   8254 */ "KeyPairMismatchException\0"
        /*   8279 */ "KeyPairMismatch\0"
        /*   8295 */ "LimitExceededException\0"
        /*   8318 */ "LimitExceeded\0"
        /*   8332 */ "LineNumber\0"
        /*   8343 */ "ListAccessKeysRequest\0"
        /*   8365 */ "ListAccessKeysResponse\0"
        /*   8388 */ "ListAccountAliasesRequest\0"
        /*   8414 */ "ListAccountAliasesResponse\0"
        /*   8441 */ "AccountAliases\0"
        /*   8456 */ "ListAttachedGroupPoliciesRequest\0"
        /*   8489 */ "PathPrefix\0"
        /*   8500 */ "ListAttachedGroupPoliciesResponse\0"
        /*   8534 */ "AttachedPolicies\0"
        /*   8551 */ "ListAttachedRolePoliciesRequest\0"
        /*   8583 */ "ListAttachedRolePoliciesResponse\0"
        /*   8616 */ "ListAttachedUserPoliciesRequest\0"
        /*   8648 */ "ListAttachedUserPoliciesResponse\0"
        /*   8681 */ "ListDelegationRequestsRequest\0"
        /*   8711 */ "ListDelegationRequestsResponse\0"
        /*   8742 */ "DelegationRequests\0"
        /*   8761 */ "isTruncated\0"
        /*   8773 */ "ListEntitiesForPolicyRequest\0"
        /*   8802 */ "EntityFilter\0"
        /*   8815 */ "PolicyUsageFilter\0"
        /*   8833 */ "ListEntitiesForPolicyResponse\0"
        /*   8863 */ "PolicyGroups\0"
        /*   8876 */ "PolicyUsers\0"
        /*   8888 */ "PolicyRoles\0"
        /*   8900 */ "ListGroupPoliciesRequest\0"
        /*   8925 */ "ListGroupPoliciesResponse\0"
        /*   8951 */ "PolicyNames\0"
        /*   8963 */ "ListGroupsForUserRequest\0"
        /*   8988 */ "ListGroupsForUserResponse\0"
        /*   9014 */ "Groups\0"
        /*   9021 */ "ListGroupsRequest\0"
        /*   9039 */ "ListGroupsResponse\0"
        /*   9058 */ "ListInstanceProfileTagsRequest\0"
        /*   9089 */ "ListInstanceProfileTagsResponse\0"
        /*   9121 */ "ListInstanceProfilesForRoleRequest\0"
        /*   9156 */ "ListInstanceProfilesForRoleResponse\0"
        /*   9192 */ "InstanceProfiles\0"
        /*   9209 */ "ListInstanceProfilesRequest\0"
        /*   9237 */ "ListInstanceProfilesResponse\0"
        /*   9266 */ "ListMFADeviceTagsRequest\0"
        /*   9291 */ "ListMFADeviceTagsResponse\0"
        /*   9317 */ "ListMFADevicesRequest\0"
        /*   9339 */ "ListMFADevicesResponse\0"
        /*   9362 */ "MFADevices\0"
        /*   9373 */ "ListOpenIDConnectProviderTagsRequest\0"
        /*   9410 */ "ListOpenIDConnectProviderTagsResponse\0"
        /*   9448 */ "ListOpenIDConnectProvidersRequest\0"
        /*   9482 */ "ListOpenIDConnectProvidersResponse\0"
        /*   9517 */ "OpenIDConnectProviderList\0"
        /*   9543 */ "ListOrganizationsFeaturesRequest\0"
        /*   9576 */ "ListOrganizationsFeaturesResponse\0"
        /*   9610 */ "ListPoliciesGrantingServiceAccessEntry\0"
        /*   9649 */ "ListPoliciesGrantingServiceAccessRequest\0"
        /*   9690 */ "ServiceNamespaces\0"
        /*   9708 */ "ListPoliciesGrantingServiceAccessResponse\0"
        /*   9750 */ "PoliciesGrantingServiceAccess\0"
        /*   9780 */ "ListPoliciesRequest\0"
        /*   9800 */ "Scope\0"
        /*   9806 */ "OnlyAttached\0"
        /*   9819 */ "ListPoliciesResponse\0"
        /*   9840 */ "ListPolicyTagsRequest\0"
        /*   9862 */ "ListPolicyTagsResponse\0"
        /*   9885 */ "ListPolicyVersionsRequest\0"
        /*   9911 */ "ListPolicyVersionsResponse\0"
        /*   9938 */ "Versions\0"
        /*   9947 */ "ListRolePoliciesRequest\0"
        /*   9971 */ "ListRolePoliciesResponse\0"
        /*   9996 */ "ListRoleTagsRequest\0"
        /*  10016 */ "ListRoleTagsResponse\0"
        /*  10037 */ "ListRolesRequest\0"
        /*  10054 */ "ListRolesResponse\0"
        /*  10072 */ "ListSAMLProviderTagsRequest\0"
        /*  10100 */ "ListSAMLProviderTagsResponse\0"
        /*  10129 */ "ListSAMLProvidersRequest\0"
        /*  10154 */ "ListSAMLProvidersResponse\0"
        /*  10180 */ "SAMLProviderList\0"
        /*  10197 */ "ListSSHPublicKeysRequest\0"
        /*  10222 */ "ListSSHPublicKeysResponse\0"
        /*  10248 */ "SSHPublicKeys\0"
        /*  10262 */ "ListServerCertificateTagsRequest\0"
        /*  10295 */ "ListServerCertificateTagsResponse\0"
        /*  10329 */ "ListServerCertificatesRequest\0"
        /*  10359 */ "ListServerCertificatesResponse\0"
        /*  10390 */ "ServerCertificateMetadataList\0"
        /*  10420 */ "ListServiceSpecificCredentialsRequest\0"
        /*  10458 */ "AllUsers\0"
        /*  10467 */ "ListServiceSpecificCredentialsResponse\0"
        /*  10506 */ "ServiceSpecificCredentials\0"
        /*  10533 */ "ListSigningCertificatesRequest\0"
        /*  10564 */ "ListSigningCertificatesResponse\0"
        /*  10596 */ "Certificates\0"
        /*  10609 */ "ListUserPoliciesRequest\0"
        /*  10633 */ "ListUserPoliciesResponse\0"
        /*  10658 */ "ListUserTagsRequest\0"
        /*  10678 */ "ListUserTagsResponse\0"
        /*  10699 */ "ListUsersRequest\0"
        /*  10716 */ "ListUsersResponse\0"
        /*  10734 */ "ListVirtualMFADevicesRequest\0"
        /*  10763 */ "AssignmentStatus\0"
        /*  10780 */ "ListVirtualMFADevicesResponse\0"
        /*  10810 */ "VirtualMFADevices\0"
        /*  10828 */ "MFADevice\0"
        /*  10838 */ "MalformedCertificateException\0"
        /*  10868 */ "MalformedCertificate\0"
        /*  10889 */ "MalformedPolicyDocumentException\0"
        /*  10922 */ "MalformedPolicyDocument\0"
        /*  10946 */ "ManagedPolicyDetail\0"
        /*  10966 */ "PolicyId\0"
        /*  10975 */ "DefaultVersionId\0"
        /*  10992 */ "AttachmentCount\0"
        /*  11008 */ "PermissionsBoundaryUsageCount\0"
        /*  11038 */ "IsAttachable\0"
        /*  11051 */ "UpdateDate\0"
        /*  11062 */ "PolicyVersionList\0"
        /*  11080 */ "ManagedPolicyDetailListType\0"
        /*  11108 */ "NoSuchEntityException\0"
        /*  11130 */ "NoSuchEntity\0"
        /*  11143 */ "OpenIDConnectProviderListEntry\0"
        /*  11174 */ "OpenIDConnectProviderListType\0"
        /*  11204 */ "OpenIDConnectProviderUrlType\0"
        /*  11233 */ "OpenIdIdpCommunicationErrorException\0"
        /*  11270 */ "OpenIdIdpCommunicationError\0"
        /*  11298 */ "OrderedOrganizationPolicyType\0"
        /*  11328 */ "ServiceControlPolicyInputList\0"
        /*  11358 */ "OrganizationIdType\0"
        /*  11377 */ "OrganizationNotFoundException\0"
        /*  11407 */ "OrganizationNotInAllFeaturesModeException\0"
        /*  11449 */ "OrganizationPolicyListType\0"
        /*  11476 */ "AllowedByOrganizations\0"
        /*  11499 */ "MinimumPasswordLength\0"
        /*  11521 */ "RequireSymbols\0"
        /*  11536 */ "RequireNumbers\0"
        /*  11551 */ "RequireUppercaseCharacters\0"
        /*  11578 */ "RequireLowercaseCharacters\0"
        /*  11605 */ "AllowUsersToChangePassword\0"
        /*  11632 */ "ExpirePasswords\0"
        /*  11648 */ "MaxPasswordAge\0"
        /*  11663 */ "PasswordReusePrevention\0"
        /*  11687 */ "HardExpiry\0"
        /*  11698 */ "PasswordPolicyViolationException\0"
        /*  11731 */ "PasswordPolicyViolation\0"
        /*  11755 */ "PermissionsBoundaryAttachmentType\0"
        /*  11789 */ "PermissionsBoundaryPolicy\0"
        /*  11815 */ "AllowedByPermissionsBoundary\0"
        /*  11844 */ "PolicyDetail\0"
        /*  11857 */ "PolicyEvaluationDecisionType\0"
        /*  11886 */ "allowed\0" "explicitDeny\0" "implicitDeny\0"
        /*  11920 */ "PolicyEvaluationException\0"
        /*  11946 */ "PolicyEvaluation\0"
        /*  11963 */ "PolicyExclusionsListType\0"
        /*  11988 */ "PolicyGrantingServiceAccess\0"
        /*  12016 */ "PolicyType\0"
        /*  12027 */ "EntityName\0"
        /*  12038 */ "PolicyGroup\0"
        /*  12050 */ "PolicyGroupListType\0"
        /*  12070 */ "PolicyIdentifier\0"
        /*  12087 */ "InlinePolicyIdentifier\0"
        /*  12110 */ "PolicyIdentifierPolicyType\0"
        /*  12137 */ "inline\0" "aws-managed\0" "user-managed\0" "permission-boundary\0" "scp\0" "rcp\0"
        /*  12197 */ "PolicyIdentifierType\0"
        /*  12218 */ "PolicyNotAttachableException\0"
        /*  12247 */ "PolicyNotAttachable\0"
        /*  12267 */ "PolicyParameter\0"
        /*  12283 */ "Values\0"
        /*  12290 */ "PolicyParameterTypeEnum\0"
        /*  12314 */ "string\0" "stringList\0"
        /*  12332 */ "PolicyRole\0"
        /*  12343 */ "RoleId\0"
        /*  12350 */ "PolicyRoleListType\0"
        /*  12369 */ "PolicySourceType\0"
        /*  12386 */ "user\0" "group\0" "role\0" "aws-managed\0" "user-managed\0" "resource\0" "none\0"
        /*  12441 */ "PolicyUsageType\0"
        /*  12457 */ "PermissionsPolicy\0" "PermissionsBoundary\0"
        /*  12495 */ "PolicyUser\0"
        /*  12506 */ "UserId\0"
        /*  12513 */ "PolicyUserListType\0"
        /*  12532 */ "Document\0"
        /*  12541 */ "IsDefaultVersion\0"
        /*  12558 */ "Position\0"
        /*  12567 */ "Line\0"
        /*  12572 */ "Column\0"
        /*  12579 */ "PutGroupPolicyRequest\0"
        /*  12601 */ "PutRolePermissionsBoundaryRequest\0"
        /*  12635 */ "PutRolePolicyRequest\0"
        /*  12656 */ "PutUserPermissionsBoundaryRequest\0"
        /*  12690 */ "PutUserPolicyRequest\0"
        /*  12711 */ "ReasonType\0"
        /*  12722 */ "RegionNameType\0"
        /*  12737 */ "RejectDelegationRequestRequest\0"
        /*  12768 */ "RemoveClientIDFromOpenIDConnectProviderRequest\0"
        /*  12815 */ "RemoveRoleFromInstanceProfileRequest\0"
        /*  12852 */ "RemoveUserFromGroupRequest\0"
        /*  12879 */ "ReportContentType\0"
        /*  12897 */ "ReportFormatType\0"
        /*  12914 */ "text/csv\0"
        /*  12923 */ "ReportGenerationLimitExceededException\0"
        /*  12962 */ "ReportGenerationLimitExceeded\0"
        /*  12992 */ "ReportStateDescriptionType\0"
        /*  13019 */ "ReportStateType\0"
        /*  13035 */ "STARTED\0" "INPROGRESS\0" "COMPLETE\0"
        /*  13063 */ "ResetServiceSpecificCredentialRequest\0"
        /*  13101 */ "ResetServiceSpecificCredentialResponse\0"
        /*  13140 */ "ResourceHandlingOptionType\0"
        /*  13167 */ "ResourceNameListType\0"
        /*  13188 */ "ResourceNameType\0"
        /*  13205 */ "ResourceSpecificResult\0"
        /*  13228 */ "EvalResourceDecision\0"
        /*  13249 */ "ResourceSpecificResultListType\0"
        /*  13280 */ "ResyncMFADeviceRequest\0"
        /*  13303 */ "RoleLastUsed\0"
        /*  13316 */ "RoleDetail\0"
        /*  13327 */ "InstanceProfileList\0"
        /*  13347 */ "RolePolicyList\0"
        /*  13362 */ "RoleUsageListType\0"
        /*  13380 */ "RoleUsageType\0"
        /*  13394 */ "Resources\0"
        /*  13404 */ "SAMLMetadataDocumentType\0"
        /*  13429 */ "SAMLPrivateKey\0"
        /*  13444 */ "KeyId\0"
        /*  13450 */ "Timestamp\0"
        /*  13460 */ "SAMLProviderListEntry\0"
        /*  13482 */ "SAMLProviderListType\0"
        /*  13503 */ "SAMLProviderNameType\0"
        /*  13524 */ "Fingerprint\0"
        /*  13536 */ "SSHPublicKeyBody\0"
        /*  13553 */ "UploadDate\0"
        /*  13564 */ "SSHPublicKeyListType\0"
        /*  13585 */ "SSHPublicKeyMetadata\0"
        /*  13606 */ "SendDelegationTokenRequest\0"
        /*  13633 */ "ServerCertificateMetadata\0"
        /*  13659 */ "CertificateBody\0"
        /*  13675 */ "CertificateChain\0"
        /*  13692 */ "ServerCertificateId\0"
        /*  13712 */ "Expiration\0"
        /*  13723 */ "ServiceAccessNotEnabledException\0"
        /*  13756 */ "ServiceFailureException\0"
        /*  13780 */ "ServiceFailure\0"
        /*  13795 */ "ServiceLastAccessed\0"
        /*  13815 */ "LastAuthenticatedEntity\0"
        /*  13839 */ "LastAuthenticatedRegion\0"
        /*  13863 */ "TrackedActionsLastAccessed\0"
        /*  13890 */ "ServiceNotSupportedException\0"
        /*  13919 */ "NotSupportedService\0"
        /*  13939 */ "ExpirationDate\0"
        /*  13954 */ "ServiceUserName\0"
        /*  13970 */ "ServicePassword\0"
        /*  13986 */ "ServiceCredentialAlias\0"
        /*  14009 */ "ServiceCredentialSecret\0"
        /*  14033 */ "ServiceSpecificCredentialMetadata\0"
        /*  14067 */ "ServiceSpecificCredentialsListType\0"
        /*  14102 */ "SetDefaultPolicyVersionRequest\0"
        /*  14133 */ "SetSecurityTokenServicePreferencesRequest\0"
        /*  14175 */ "GlobalEndpointTokenVersion\0"
        /*  14202 */ "SigningCertificate\0"
        /*  14221 */ "SimulateCustomPolicyRequest\0"
        /*  14249 */ "PermissionsBoundaryPolicyInputList\0"
        /*  14284 */ "OrderedOrganizationPolicyInputList\0"
        /*  14319 */ "ActionNames\0"
        /*  14331 */ "ResourceArns\0"
        /*  14344 */ "ResourcePolicy\0"
        /*  14359 */ "ResourceOwner\0"
        /*  14373 */ "CallerArn\0"
        /*  14383 */ "ContextEntries\0"
        /*  14398 */ "ResourceHandlingOption\0"
        /*  14421 */ "SimulatePolicyResponse\0"
        /*  14444 */ "EvaluationResults\0"
        /*  14462 */ "SimulatePrincipalPolicyRequest\0"
        /*  14493 */ "PolicyExclusionList\0"
        /*  14513 */ "SimulationPolicyListType\0"
        /*  14538 */ "Statement\0"
        /*  14548 */ "SourcePolicyId\0"
        /*  14563 */ "SourcePolicyType\0"
        /*  14580 */ "StartPosition\0"
        /*  14594 */ "EndPosition\0"
        /*  14606 */ "StatementListType\0"
        /*  14624 */ "Tag\0"
        /*  14628 */ "Key\0"
        /*  14632 */ "Value\0"
        /*  14638 */ "TagInstanceProfileRequest\0"
        /*  14664 */ "TagMFADeviceRequest\0"
        /*  14684 */ "TagOpenIDConnectProviderRequest\0"
        /*  14716 */ "TagPolicyRequest\0"
        /*  14733 */ "TagRoleRequest\0"
        /*  14748 */ "TagSAMLProviderRequest\0"
        /*  14771 */ "TagServerCertificateRequest\0"
        /*  14799 */ "TagUserRequest\0"
        /*  14814 */ "TrackedActionLastAccessed\0"
        /*  14840 */ "ActionName\0"
        /*  14851 */ "LastAccessedEntity\0"
        /*  14870 */ "LastAccessedTime\0"
        /*  14887 */ "LastAccessedRegion\0"
        /*  14906 */ "UnmodifiableEntityException\0"
        /*  14934 */ "UnmodifiableEntity\0"
        /*  14953 */ "UnrecognizedPublicKeyEncodingException\0"
        /*  14992 */ "UnrecognizedPublicKeyEncoding\0"
        /*  15022 */ "UntagInstanceProfileRequest\0"
        /*  15050 */ "TagKeys\0"
        /*  15058 */ "UntagMFADeviceRequest\0"
        /*  15080 */ "UntagOpenIDConnectProviderRequest\0"
        /*  15114 */ "UntagPolicyRequest\0"
        /*  15133 */ "UntagRoleRequest\0"
        /*  15150 */ "UntagSAMLProviderRequest\0"
        /*  15175 */ "UntagServerCertificateRequest\0"
        /*  15205 */ "UntagUserRequest\0"
        /*  15222 */ "UpdateAccessKeyRequest\0"
        /*  15245 */ "UpdateAccountPasswordPolicyRequest\0"
        /*  15280 */ "UpdateAssumeRolePolicyRequest\0"
        /*  15310 */ "UpdateDelegationRequestRequest\0"
        /*  15341 */ "UpdateGroupRequest\0"
        /*  15360 */ "NewPath\0"
        /*  15368 */ "NewGroupName\0"
        /*  15381 */ "UpdateLoginProfileRequest\0"
        /*  15407 */ "UpdateOpenIDConnectProviderThumbprintRequest\0"
        /*  15452 */ "UpdateRoleDescriptionRequest\0"
        /*  15481 */ "UpdateRoleDescriptionResponse\0"
        /*  15511 */ "UpdateRoleRequest\0"
        /*  15529 */ "UpdateRoleResponse\0"
        /*  15548 */ "UpdateSAMLProviderRequest\0"
        /*  15574 */ "RemovePrivateKey\0"
        /*  15591 */ "UpdateSAMLProviderResponse\0"
        /*  15618 */ "UpdateSSHPublicKeyRequest\0"
        /*  15644 */ "UpdateServerCertificateRequest\0"
        /*  15675 */ "NewServerCertificateName\0"
        /*  15700 */ "UpdateServiceSpecificCredentialRequest\0"
        /*  15739 */ "UpdateSigningCertificateRequest\0"
        /*  15771 */ "UpdateUserRequest\0"
        /*  15789 */ "NewUserName\0"
        /*  15801 */ "UploadSSHPublicKeyRequest\0"
        /*  15827 */ "UploadSSHPublicKeyResponse\0"
        /*  15854 */ "UploadServerCertificateRequest\0"
        /*  15885 */ "PrivateKey\0"
        /*  15896 */ "UploadServerCertificateResponse\0"
        /*  15928 */ "UploadSigningCertificateRequest\0"
        /*  15960 */ "UploadSigningCertificateResponse\0"
        /*  15993 */ "Certificate\0"
        /*  16005 */ "PasswordLastUsed\0"
        /*  16022 */ "UserDetail\0"
        /*  16033 */ "UserPolicyList\0"
        /*  16048 */ "GroupList\0"
        /*  16058 */ "Base32StringSeed\0"
        /*  16075 */ "QRCodePNG\0"
        /*  16085 */ "accessKeyIdType\0"
        /*  16101 */ "accessKeyMetadataListType\0"
        /*  16127 */ "accessKeySecretType\0"
        /*  16147 */ "accountAliasListType\0"
        /*  16168 */ "accountAliasType\0"
        /*  16185 */ "accountIdType\0"
        /*  16199 */ "allUsers\0"
        /*  16208 */ "arnType\0"
        /*  16216 */ "assertionEncryptionModeType\0"
        /*  16244 */ "Required\0" "Allowed\0"
        /*  16261 */ "assignmentStatusType\0"
        /*  16282 */ "Assigned\0" "Unassigned\0" "Any\0"
        /*  16306 */ "attachedPoliciesListType\0"
        /*  16331 */ "attachmentCountType\0"
        /*  16351 */ "authenticationCodeType\0"
        /*  16374 */ "booleanObjectType\0"
        /*  16392 */ "booleanType\0"
        /*  16404 */ "certificateBodyType\0"
        /*  16424 */ "certificateChainType\0"
        /*  16445 */ "certificateIdType\0"
        /*  16463 */ "certificateListType\0"
        /*  16483 */ "clientIDListType\0"
        /*  16500 */ "clientIDType\0"
        /*  16513 */ "consoleDeepLinkType\0"
        /*  16533 */ "credentialAgeDays\0"
        /*  16551 */ "credentialReportExpiredExceptionMessage\0"
        /*  16591 */ "credentialReportNotPresentExceptionMessage\0"
        /*  16634 */ "credentialReportNotReadyExceptionMessage\0"
        /*  16675 */ "customSuffixType\0"
        /*  16692 */ "dateType\0"
        /*  16701 */ "delegationRequestDescriptionType\0"
        /*  16734 */ "delegationRequestIdType\0"
        /*  16758 */ "delegationRequestsListType\0"
        /*  16785 */ "deleteConflictMessage\0"
        /*  16807 */ "duplicateCertificateMessage\0"
        /*  16835 */ "duplicateSSHPublicKeyMessage\0"
        /*  16864 */ "encodingType\0"
        /*  16877 */ "SSH\0" "PEM\0"
        /*  16885 */ "entityAlreadyExistsMessage\0"
        /*  16912 */ "entityDetailsListType\0"
        /*  16934 */ "entityListType\0"
        /*  16949 */ "entityNameType\0"
        /*  16964 */ "entityTemporarilyUnmodifiableMessage\0"
        /*  17001 */ "existingUserNameType\0"
        /*  17022 */ "globalEndpointTokenVersion\0"
        /*  17049 */ "v1Token\0" "v2Token\0"
        /*  17065 */ "groupDetailListType\0"
        /*  17085 */ "groupListType\0"
        /*  17099 */ "groupNameListType\0"
        /*  17117 */ "groupNameType\0"
        /*  17131 */ "idType\0"
        /*  17138 */ "instanceProfileListType\0"
        /*  17162 */ "instanceProfileNameType\0"
        /*  17186 */ "integerType\0"
        /*  17198 */ "invalidAuthenticationCodeMessage\0"
        /*  17231 */ "invalidCertificateMessage\0"
        /*  17257 */ "invalidInputMessage\0"
        /*  17277 */ "invalidPublicKeyMessage\0"
        /*  17301 */ "invalidUserTypeMessage\0"
        /*  17324 */ "jobIDType\0"
        /*  17334 */ "jobStatusType\0"
        /*  17348 */ "IN_PROGRESS\0" "COMPLETED\0" "FAILED\0"
        /*  17377 */ "keyPairMismatchMessage\0"
        /*  17400 */ "limitExceededMessage\0"
        /*  17421 */ "listPolicyGrantingServiceAccessResponseListType\0"
        /*  17469 */ "localeType\0"
        /*  17480 */ "malformedCertificateMessage\0"
        /*  17508 */ "malformedPolicyDocumentMessage\0"
        /*  17539 */ "markerType\0"
        /*  17550 */ "maxItemsType\0"
        /*  17563 */ "maxPasswordAgeType\0"
        /*  17582 */ "mfaDeviceListType\0"
        /*  17600 */ "minimumPasswordLengthType\0"
        /*  17626 */ "noSuchEntityMessage\0"
        /*  17646 */ "notesType\0"
        /*  17656 */ "notificationChannelType\0"
        /*  17680 */ "openIdIdpCommunicationErrorExceptionMessage\0"
        /*  17724 */ "organizationsEntityPathType\0"
        /*  17752 */ "organizationsPolicyIdType\0"
        /*  17778 */ "ownerIdType\0"
        /*  17790 */ "passwordPolicyViolationMessage\0"
        /*  17821 */ "passwordReusePreventionType\0"
        /*  17849 */ "passwordType\0"
        /*  17862 */ "pathPrefixType\0"
        /*  17877 */ "pathType\0"
        /*  17886 */ "permissionCheckResultType\0"
        /*  17912 */ "ALLOWED\0" "DENIED\0" "UNSURE\0"
        /*  17934 */ "permissionCheckStatusType\0"
        /*  17960 */ "COMPLETE\0" "IN_PROGRESS\0" "FAILED\0"
        /*  17988 */ "permissionType\0"
        /*  18003 */ "policyDescriptionType\0"
        /*  18025 */ "policyDetailListType\0"
        /*  18046 */ "policyDocumentType\0"
        /*  18065 */ "policyDocumentVersionListType\0"
        /*  18095 */ "policyEvaluationErrorMessage\0"
        /*  18124 */ "policyGrantingServiceAccessListType\0"
        /*  18160 */ "policyListType\0"
        /*  18175 */ "policyNameListType\0"
        /*  18194 */ "policyNameType\0"
        /*  18209 */ "policyNotAttachableMessage\0"
        /*  18236 */ "policyOwnerEntityType\0"
        /*  18258 */ "USER\0" "ROLE\0" "GROUP\0"
        /*  18274 */ "policyParameterListType\0"
        /*  18298 */ "policyParameterNameType\0"
        /*  18322 */ "policyParameterValueType\0"
        /*  18347 */ "policyParameterValuesListType\0"
        /*  18377 */ "policyPathType\0"
        /*  18392 */ "policyScopeType\0"
        /*  18408 */ "All\0" "AWS\0" "Local\0"
        /*  18422 */ "policyType\0"
        /*  18433 */ "INLINE\0" "MANAGED\0"
        /*  18448 */ "policyVersionIdType\0"
        /*  18468 */ "privateKeyIdType\0"
        /*  18485 */ "privateKeyList\0"
        /*  18500 */ "privateKeyType\0"
        /*  18515 */ "publicKeyFingerprintType\0"
        /*  18540 */ "publicKeyIdType\0"
        /*  18556 */ "publicKeyMaterialType\0"
        /*  18578 */ "redirectUrlType\0"
        /*  18594 */ "reportGenerationLimitExceededMessage\0"
        /*  18631 */ "requestMessageType\0"
        /*  18650 */ "requestorNameType\0"
        /*  18668 */ "requestorWorkflowIdType\0"
        /*  18692 */ "responseMarkerType\0"
        /*  18711 */ "roleDescriptionType\0"
        /*  18731 */ "roleDetailListType\0"
        /*  18750 */ "roleListType\0"
        /*  18763 */ "roleMaxSessionDurationType\0"
        /*  18790 */ "roleNameType\0"
        /*  18803 */ "rolePermissionRestrictionArnListType\0"
        /*  18840 */ "serialNumberType\0"
        /*  18857 */ "serverCertificateMetadataListType\0"
        /*  18891 */ "serverCertificateNameType\0"
        /*  18917 */ "serviceCredentialAlias\0"
        /*  18940 */ "serviceCredentialSecret\0"
        /*  18964 */ "serviceFailureExceptionMessage\0"
        /*  18995 */ "serviceName\0"
        /*  19007 */ "serviceNameType\0"
        /*  19023 */ "serviceNamespaceListType\0"
        /*  19048 */ "serviceNamespaceType\0"
        /*  19069 */ "serviceNotSupportedMessage\0"
        /*  19096 */ "servicePassword\0"
        /*  19112 */ "serviceSpecificCredentialId\0"
        /*  19140 */ "serviceUserName\0"
        /*  19156 */ "sessionDurationType\0"
        /*  19176 */ "sortKeyType\0"
        /*  19188 */ "SERVICE_NAMESPACE_ASCENDING\0" "SERVICE_NAMESPACE_DESCENDING\0" "LAST_AUTHENTICATED_TIME_ASCENDING\0" "LAST_AUTHENTICATED_TIME_DESCENDING\0"
        /*  19314 */ "stateType\0"
        /*  19324 */ "UNASSIGNED\0" "ASSIGNED\0" "PENDING_APPROVAL\0" "FINALIZED\0" "ACCEPTED\0" "REJECTED\0" "EXPIRED\0"
        /*  19397 */ "statusType\0"
        /*  19408 */ "Active\0" "Inactive\0" "Expired\0"
        /*  19432 */ "stringType\0"
        /*  19443 */ "summaryContentType\0"
        /*  19462 */ "summaryKeyType\0"
        /*  19477 */ "Users\0" "UsersQuota\0" "Groups\0" "GroupsQuota\0" "ServerCertificates\0" "ServerCertificatesQuota\0" "UserPolicySizeQuota\0" "GroupPolicySizeQuota\0" "GroupsPerUserQuota\0" "SigningCertificatesPerUserQuota\0" "AccessKeysPerUserQuota\0" "MFADevices\0" "MFADevicesInUse\0" "AccountMFAEnabled\0" "AccountAccessKeysPresent\0" "AccountPasswordPresent\0" "AccountSigningCertificatesPresent\0" "AttachedPoliciesPerGroupQuota\0" "AttachedPoliciesPerRoleQuota\0" "AttachedPoliciesPerUserQuota\0" "Policies\0" "PoliciesQuota\0" "PolicySizeQuota\0" "PolicyVersionsInUse\0" "PolicyVersionsInUseQuota\0" "VersionsPerPolicyQuota\0" "GlobalEndpointTokenVersion\0" "AssumeRolePolicySizeQuota\0" "InstanceProfiles\0" "InstanceProfilesQuota\0" "Providers\0" "RolePolicySizeQuota\0" "Roles\0" "RolesQuota\0"
        /*  20132 */ "summaryMapType\0"
        /*  20147 */ "summaryStateType\0"
        /*  20164 */ "AVAILABLE\0" "NOT_AVAILABLE\0" "NOT_SUPPORTED\0" "FAILED\0"
        /*  20209 */ "summaryValueType\0"
        /*  20226 */ "tagKeyListType\0"
        /*  20241 */ "tagKeyType\0"
        /*  20252 */ "tagListType\0"
        /*  20264 */ "tagValueType\0"
        /*  20277 */ "thumbprintListType\0"
        /*  20296 */ "thumbprintType\0"
        /*  20311 */ "unmodifiableEntityMessage\0"
        /*  20337 */ "unrecognizedPublicKeyEncodingMessage\0"
        /*  20374 */ "userDetailListType\0"
        /*  20393 */ "userListType\0"
        /*  20406 */ "userNameType\0"
        /*  20419 */ "virtualMFADeviceListType\0"
        /*  20444 */ "virtualMFADeviceName\0"
        /*  20465 */ "AcceptDelegationRequest\0"
        /*  20489 */ "POST\0"
        /*  20494 */ "/\0"
        /*  20496 */ "AddClientIDToOpenIDConnectProvider\0"
        /*  20531 */ "AddRoleToInstanceProfile\0"
        /*  20556 */ "AddUserToGroup\0"
        /*  20571 */ "AssociateDelegationRequest\0"
        /*  20598 */ "AttachGroupPolicy\0"
        /*  20616 */ "AttachRolePolicy\0"
        /*  20633 */ "AttachUserPolicy\0"
        /*  20650 */ "ChangePassword\0"
        /*  20665 */ "CreateAccessKey\0"
        /*  20681 */ "CreateAccessKeyResult\0"
        /*  20703 */ "CreateAccountAlias\0"
        /*  20722 */ "CreateDelegationRequest\0"
        /*  20746 */ "CreateDelegationRequestResult\0"
        /*  20776 */ "CreateGroup\0"
        /*  20788 */ "CreateGroupResult\0"
        /*  20806 */ "CreateInstanceProfile\0"
        /*  20828 */ "CreateInstanceProfileResult\0"
        /*  20856 */ "CreateLoginProfile\0"
        /*  20875 */ "CreateLoginProfileResult\0"
        /*  20900 */ "CreateOpenIDConnectProvider\0"
        /*  20928 */ "CreateOpenIDConnectProviderResult\0"
        /*  20962 */ "CreatePolicy\0"
        /*  20975 */ "CreatePolicyResult\0"
        /*  20994 */ "CreatePolicyVersion\0"
        /*  21014 */ "CreatePolicyVersionResult\0"
        /*  21040 */ "CreateRole\0"
        /*  21051 */ "CreateRoleResult\0"
        /*  21068 */ "CreateSAMLProvider\0"
        /*  21087 */ "CreateSAMLProviderResult\0"
        /*  21112 */ "CreateServiceLinkedRole\0"
        /*  21136 */ "CreateServiceLinkedRoleResult\0"
        /*  21166 */ "CreateServiceSpecificCredential\0"
        /*  21198 */ "CreateServiceSpecificCredentialResult\0"
        /*  21236 */ "CreateUser\0"
        /*  21247 */ "CreateUserResult\0"
        /*  21264 */ "CreateVirtualMFADevice\0"
        /*  21287 */ "CreateVirtualMFADeviceResult\0"
        /*  21316 */ "DeactivateMFADevice\0"
        /*  21336 */ "DeleteAccessKey\0"
        /*  21352 */ "DeleteAccountAlias\0"
        /*  21371 */ "DeleteAccountPasswordPolicy\0"
        /*  21399 */ "DeleteGroup\0"
        /*  21411 */ "DeleteGroupPolicy\0"
        /*  21429 */ "DeleteInstanceProfile\0"
        /*  21451 */ "DeleteLoginProfile\0"
        /*  21470 */ "DeleteOpenIDConnectProvider\0"
        /*  21498 */ "DeletePolicy\0"
        /*  21511 */ "DeletePolicyVersion\0"
        /*  21531 */ "DeleteRole\0"
        /*  21542 */ "DeleteRolePermissionsBoundary\0"
        /*  21572 */ "DeleteRolePolicy\0"
        /*  21589 */ "DeleteSAMLProvider\0"
        /*  21608 */ "DeleteSSHPublicKey\0"
        /*  21627 */ "DeleteServerCertificate\0"
        /*  21651 */ "DeleteServiceLinkedRole\0"
        /*  21675 */ "DeleteServiceLinkedRoleResult\0"
        /*  21705 */ "DeleteServiceSpecificCredential\0"
        /*  21737 */ "DeleteSigningCertificate\0"
        /*  21762 */ "DeleteUser\0"
        /*  21773 */ "DeleteUserPermissionsBoundary\0"
        /*  21803 */ "DeleteUserPolicy\0"
        /*  21820 */ "DeleteVirtualMFADevice\0"
        /*  21843 */ "DetachGroupPolicy\0"
        /*  21861 */ "DetachRolePolicy\0"
        /*  21878 */ "DetachUserPolicy\0"
        /*  21895 */ "DisableOrganizationsRootCredentialsManagement\0"
        /*  21941 */ "DisableOrganizationsRootCredentialsManagementResult\0"
        /*  21993 */ "DisableOrganizationsRootSessions\0"
        /*  22026 */ "DisableOrganizationsRootSessionsResult\0"
        /*  22065 */ "DisableOutboundWebIdentityFederation\0"
        /*  22102 */ "EnableMFADevice\0"
        /*  22118 */ "EnableOrganizationsRootCredentialsManagement\0"
        /*  22163 */ "EnableOrganizationsRootCredentialsManagementResult\0"
        /*  22214 */ "EnableOrganizationsRootSessions\0"
        /*  22246 */ "EnableOrganizationsRootSessionsResult\0"
        /*  22284 */ "EnableOutboundWebIdentityFederation\0"
        /*  22320 */ "EnableOutboundWebIdentityFederationResult\0"
        /*  22362 */ "GenerateCredentialReport\0"
        /*  22387 */ "GenerateCredentialReportResult\0"
        /*  22418 */ "GenerateOrganizationsAccessReport\0"
        /*  22452 */ "GenerateOrganizationsAccessReportResult\0"
        /*  22492 */ "GenerateServiceLastAccessedDetails\0"
        /*  22527 */ "GenerateServiceLastAccessedDetailsResult\0"
        /*  22568 */ "GetAccessKeyLastUsed\0"
        /*  22589 */ "GetAccessKeyLastUsedResult\0"
        /*  22616 */ "GetAccountAuthorizationDetails\0"
        /*  22647 */ "GetAccountAuthorizationDetailsResult\0"
        /*  22684 */ "GetAccountPasswordPolicy\0"
        /*  22709 */ "GetAccountPasswordPolicyResult\0"
        /*  22740 */ "GetAccountSummary\0"
        /*  22758 */ "GetAccountSummaryResult\0"
        /*  22782 */ "GetContextKeysForCustomPolicy\0"
        /*  22812 */ "GetContextKeysForCustomPolicyResult\0"
        /*  22848 */ "GetContextKeysForPrincipalPolicy\0"
        /*  22881 */ "GetContextKeysForPrincipalPolicyResult\0"
        /*  22920 */ "GetCredentialReport\0"
        /*  22940 */ "GetCredentialReportResult\0"
        /*  22966 */ "GetDelegationRequest\0"
        /*  22987 */ "GetDelegationRequestResult\0"
        /*  23014 */ "GetGroup\0"
        /*  23023 */ "GetGroupResult\0"
        /*  23038 */ "GetGroupPolicy\0"
        /*  23053 */ "GetGroupPolicyResult\0"
        /*  23074 */ "GetHumanReadableSummary\0"
        /*  23098 */ "GetHumanReadableSummaryResult\0"
        /*  23128 */ "GetInstanceProfile\0"
        /*  23147 */ "GetInstanceProfileResult\0"
        /*  23172 */ "GetLoginProfile\0"
        /*  23188 */ "GetLoginProfileResult\0"
        /*  23210 */ "GetMFADevice\0"
        /*  23223 */ "GetMFADeviceResult\0"
        /*  23242 */ "GetOpenIDConnectProvider\0"
        /*  23267 */ "GetOpenIDConnectProviderResult\0"
        /*  23298 */ "GetOrganizationsAccessReport\0"
        /*  23327 */ "GetOrganizationsAccessReportResult\0"
        /*  23362 */ "GetOutboundWebIdentityFederationInfo\0"
        /*  23399 */ "GetOutboundWebIdentityFederationInfoResult\0"
        /*  23442 */ "GetPolicy\0"
        /*  23452 */ "GetPolicyResult\0"
        /*  23468 */ "GetPolicyVersion\0"
        /*  23485 */ "GetPolicyVersionResult\0"
        /*  23508 */ "GetRole\0"
        /*  23516 */ "GetRoleResult\0"
        /*  23530 */ "GetRolePolicy\0"
        /*  23544 */ "GetRolePolicyResult\0"
        /*  23564 */ "GetSAMLProvider\0"
        /*  23580 */ "GetSAMLProviderResult\0"
        /*  23602 */ "GetSSHPublicKey\0"
        /*  23618 */ "GetSSHPublicKeyResult\0"
        /*  23640 */ "GetServerCertificate\0"
        /*  23661 */ "GetServerCertificateResult\0"
        /*  23688 */ "GetServiceLastAccessedDetails\0"
        /*  23718 */ "GetServiceLastAccessedDetailsResult\0"
        /*  23754 */ "GetServiceLastAccessedDetailsWithEntities\0"
        /*  23796 */ "GetServiceLastAccessedDetailsWithEntitiesResult\0"
        /*  23844 */ "GetServiceLinkedRoleDeletionStatus\0"
        /*  23879 */ "GetServiceLinkedRoleDeletionStatusResult\0"
        /*  23920 */ "GetUser\0"
        /*  23928 */ "GetUserResult\0"
        /*  23942 */ "GetUserPolicy\0"
        /*  23956 */ "GetUserPolicyResult\0"
        /*  23976 */ "ListAccessKeys\0"
        /*  23991 */ "ListAccessKeysResult\0"
        /*  24012 */ "ListAccountAliases\0"
        /*  24031 */ "ListAccountAliasesResult\0"
        /*  24056 */ "ListAttachedGroupPolicies\0"
        /*  24082 */ "ListAttachedGroupPoliciesResult\0"
        /*  24114 */ "ListAttachedRolePolicies\0"
        /*  24139 */ "ListAttachedRolePoliciesResult\0"
        /*  24170 */ "ListAttachedUserPolicies\0"
        /*  24195 */ "ListAttachedUserPoliciesResult\0"
        /*  24226 */ "ListDelegationRequests\0"
        /*  24249 */ "ListDelegationRequestsResult\0"
        /*  24278 */ "ListEntitiesForPolicy\0"
        /*  24300 */ "ListEntitiesForPolicyResult\0"
        /*  24328 */ "ListGroupPolicies\0"
        /*  24346 */ "ListGroupPoliciesResult\0"
        /*  24370 */ "ListGroups\0"
        /*  24381 */ "ListGroupsResult\0"
        /*  24398 */ "ListGroupsForUser\0"
        /*  24416 */ "ListGroupsForUserResult\0"
        /*  24440 */ "ListInstanceProfileTags\0"
        /*  24464 */ "ListInstanceProfileTagsResult\0"
        /*  24494 */ "ListInstanceProfiles\0"
        /*  24515 */ "ListInstanceProfilesResult\0"
        /*  24542 */ "ListInstanceProfilesForRole\0"
        /*  24570 */ "ListInstanceProfilesForRoleResult\0"
        /*  24604 */ "ListMFADeviceTags\0"
        /*  24622 */ "ListMFADeviceTagsResult\0"
        /*  24646 */ "ListMFADevices\0"
        /*  24661 */ "ListMFADevicesResult\0"
        /*  24682 */ "ListOpenIDConnectProviderTags\0"
        /*  24712 */ "ListOpenIDConnectProviderTagsResult\0"
        /*  24748 */ "ListOpenIDConnectProviders\0"
        /*  24775 */ "ListOpenIDConnectProvidersResult\0"
        /*  24808 */ "ListOrganizationsFeatures\0"
        /*  24834 */ "ListOrganizationsFeaturesResult\0"
        /*  24866 */ "ListPolicies\0"
        /*  24879 */ "ListPoliciesResult\0"
        /*  24898 */ "ListPoliciesGrantingServiceAccess\0"
        /*  24932 */ "ListPoliciesGrantingServiceAccessResult\0"
        /*  24972 */ "ListPolicyTags\0"
        /*  24987 */ "ListPolicyTagsResult\0"
        /*  25008 */ "ListPolicyVersions\0"
        /*  25027 */ "ListPolicyVersionsResult\0"
        /*  25052 */ "ListRolePolicies\0"
        /*  25069 */ "ListRolePoliciesResult\0"
        /*  25092 */ "ListRoleTags\0"
        /*  25105 */ "ListRoleTagsResult\0"
        /*  25124 */ "ListRoles\0"
        /*  25134 */ "ListRolesResult\0"
        /*  25150 */ "ListSAMLProviderTags\0"
        /*  25171 */ "ListSAMLProviderTagsResult\0"
        /*  25198 */ "ListSAMLProviders\0"
        /*  25216 */ "ListSAMLProvidersResult\0"
        /*  25240 */ "ListSSHPublicKeys\0"
        /*  25258 */ "ListSSHPublicKeysResult\0"
        /*  25282 */ "ListServerCertificateTags\0"
        /*  25308 */ "ListServerCertificateTagsResult\0"
        /*  25340 */ "ListServerCertificates\0"
        /*  25363 */ "ListServerCertificatesResult\0"
        /*  25392 */ "ListServiceSpecificCredentials\0"
        /*  25423 */ "ListServiceSpecificCredentialsResult\0"
        /*  25460 */ "ListSigningCertificates\0"
        /*  25484 */ "ListSigningCertificatesResult\0"
        /*  25514 */ "ListUserPolicies\0"
        /*  25531 */ "ListUserPoliciesResult\0"
        /*  25554 */ "ListUserTags\0"
        /*  25567 */ "ListUserTagsResult\0"
        /*  25586 */ "ListUsers\0"
        /*  25596 */ "ListUsersResult\0"
        /*  25612 */ "ListVirtualMFADevices\0"
        /*  25634 */ "ListVirtualMFADevicesResult\0"
        /*  25662 */ "PutGroupPolicy\0"
        /*  25677 */ "PutRolePermissionsBoundary\0"
        /*  25704 */ "PutRolePolicy\0"
        /*  25718 */ "PutUserPermissionsBoundary\0"
        /*  25745 */ "PutUserPolicy\0"
        /*  25759 */ "RejectDelegationRequest\0"
        /*  25783 */ "RemoveClientIDFromOpenIDConnectProvider\0"
        /*  25823 */ "RemoveRoleFromInstanceProfile\0"
        /*  25853 */ "RemoveUserFromGroup\0"
        /*  25873 */ "ResetServiceSpecificCredential\0"
        /*  25904 */ "ResetServiceSpecificCredentialResult\0"
        /*  25941 */ "ResyncMFADevice\0"
        /*  25957 */ "SendDelegationToken\0"
        /*  25977 */ "SetDefaultPolicyVersion\0"
        /*  26001 */ "SetSecurityTokenServicePreferences\0"
        /*  26036 */ "SimulateCustomPolicy\0"
        /*  26057 */ "SimulateCustomPolicyResult\0"
        /*  26084 */ "SimulatePrincipalPolicy\0"
        /*  26108 */ "SimulatePrincipalPolicyResult\0"
        /*  26138 */ "TagInstanceProfile\0"
        /*  26157 */ "TagMFADevice\0"
        /*  26170 */ "TagOpenIDConnectProvider\0"
        /*  26195 */ "TagPolicy\0"
        /*  26205 */ "TagRole\0"
        /*  26213 */ "TagSAMLProvider\0"
        /*  26229 */ "TagServerCertificate\0"
        /*  26250 */ "TagUser\0"
        /*  26258 */ "UntagInstanceProfile\0"
        /*  26279 */ "UntagMFADevice\0"
        /*  26294 */ "UntagOpenIDConnectProvider\0"
        /*  26321 */ "UntagPolicy\0"
        /*  26333 */ "UntagRole\0"
        /*  26343 */ "UntagSAMLProvider\0"
        /*  26361 */ "UntagServerCertificate\0"
        /*  26384 */ "UntagUser\0"
        /*  26394 */ "UpdateAccessKey\0"
        /*  26410 */ "UpdateAccountPasswordPolicy\0"
        /*  26438 */ "UpdateAssumeRolePolicy\0"
        /*  26461 */ "UpdateDelegationRequest\0"
        /*  26485 */ "UpdateGroup\0"
        /*  26497 */ "UpdateLoginProfile\0"
        /*  26516 */ "UpdateOpenIDConnectProviderThumbprint\0"
        /*  26554 */ "UpdateRole\0"
        /*  26565 */ "UpdateRoleResult\0"
        /*  26582 */ "UpdateRoleDescription\0"
        /*  26604 */ "UpdateRoleDescriptionResult\0"
        /*  26632 */ "UpdateSAMLProvider\0"
        /*  26651 */ "UpdateSAMLProviderResult\0"
        /*  26676 */ "UpdateSSHPublicKey\0"
        /*  26695 */ "UpdateServerCertificate\0"
        /*  26719 */ "UpdateServiceSpecificCredential\0"
        /*  26751 */ "UpdateSigningCertificate\0"
        /*  26776 */ "UpdateUser\0"
        /*  26787 */ "UploadSSHPublicKey\0"
        /*  26806 */ "UploadSSHPublicKeyResult\0"
        /*  26831 */ "UploadServerCertificate\0"
        /*  26855 */ "UploadServerCertificateResult\0"
        /*  26885 */ "UploadSigningCertificate\0"
        /*  26910 */ "UploadSigningCertificateResult\0"
        /*  26941 */ "iam\0"
        /*  26945 */ "IAM\0"
        /*  26949 */ "AWS Identity and Access Management\0"
        /*  26984 */ "2010-05-08\0"
        /*  26995 */ "https://iam.amazonaws.com/doc/2010-05-08/",
};

/* The descriptor programs use (<awsc/iam.h>): the one in the tables. */
const struct awsc_service *awsc_iam_service(void)
{
    return &T.service;
}

enum awsc_iam_access_advisor_usage_granularity_type awsc_iam_access_advisor_usage_granularity_type_parse(const char *value)
{
    return (enum awsc_iam_access_advisor_usage_granularity_type)awsc_enum_parse(&T.strings[85], 2, value);
}

const char *awsc_iam_access_advisor_usage_granularity_type_str(enum awsc_iam_access_advisor_usage_granularity_type value)
{
    return awsc_enum_str(&T.strings[85], 2, (int)value);
}

enum awsc_iam_attachment_type awsc_iam_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_attachment_type)awsc_enum_parse(&T.strings[866], 3, value);
}

const char *awsc_iam_attachment_type_str(enum awsc_iam_attachment_type value)
{
    return awsc_enum_str(&T.strings[866], 3, (int)value);
}

enum awsc_iam_context_key_type_enum awsc_iam_context_key_type_enum_parse(const char *value)
{
    return (enum awsc_iam_context_key_type_enum)awsc_enum_parse(&T.strings[1301], 12, value);
}

const char *awsc_iam_context_key_type_enum_str(enum awsc_iam_context_key_type_enum value)
{
    return awsc_enum_str(&T.strings[1301], 12, (int)value);
}

enum awsc_iam_deletion_task_status_type awsc_iam_deletion_task_status_type_parse(const char *value)
{
    return (enum awsc_iam_deletion_task_status_type)awsc_enum_parse(&T.strings[4094], 4, value);
}

const char *awsc_iam_deletion_task_status_type_str(enum awsc_iam_deletion_task_status_type value)
{
    return awsc_enum_str(&T.strings[4094], 4, (int)value);
}

enum awsc_iam_entity_type awsc_iam_entity_type_parse(const char *value)
{
    return (enum awsc_iam_entity_type)awsc_enum_parse(&T.strings[5023], 5, value);
}

const char *awsc_iam_entity_type_str(enum awsc_iam_entity_type value)
{
    return awsc_enum_str(&T.strings[5023], 5, (int)value);
}

enum awsc_iam_feature_type awsc_iam_feature_type_parse(const char *value)
{
    return (enum awsc_iam_feature_type)awsc_enum_parse(&T.strings[5518], 2, value);
}

const char *awsc_iam_feature_type_str(enum awsc_iam_feature_type value)
{
    return awsc_enum_str(&T.strings[5518], 2, (int)value);
}

enum awsc_iam_permissions_boundary_attachment_type awsc_iam_permissions_boundary_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_permissions_boundary_attachment_type)awsc_enum_parse(&T.strings[11789], 1, value);
}

const char *awsc_iam_permissions_boundary_attachment_type_str(enum awsc_iam_permissions_boundary_attachment_type value)
{
    return awsc_enum_str(&T.strings[11789], 1, (int)value);
}

enum awsc_iam_policy_evaluation_decision_type awsc_iam_policy_evaluation_decision_type_parse(const char *value)
{
    return (enum awsc_iam_policy_evaluation_decision_type)awsc_enum_parse(&T.strings[11886], 3, value);
}

const char *awsc_iam_policy_evaluation_decision_type_str(enum awsc_iam_policy_evaluation_decision_type value)
{
    return awsc_enum_str(&T.strings[11886], 3, (int)value);
}

enum awsc_iam_policy_identifier_policy_type awsc_iam_policy_identifier_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_identifier_policy_type)awsc_enum_parse(&T.strings[12137], 6, value);
}

const char *awsc_iam_policy_identifier_policy_type_str(enum awsc_iam_policy_identifier_policy_type value)
{
    return awsc_enum_str(&T.strings[12137], 6, (int)value);
}

enum awsc_iam_policy_parameter_type_enum awsc_iam_policy_parameter_type_enum_parse(const char *value)
{
    return (enum awsc_iam_policy_parameter_type_enum)awsc_enum_parse(&T.strings[12314], 2, value);
}

const char *awsc_iam_policy_parameter_type_enum_str(enum awsc_iam_policy_parameter_type_enum value)
{
    return awsc_enum_str(&T.strings[12314], 2, (int)value);
}

enum awsc_iam_policy_source_type awsc_iam_policy_source_type_parse(const char *value)
{
    return (enum awsc_iam_policy_source_type)awsc_enum_parse(&T.strings[12386], 7, value);
}

const char *awsc_iam_policy_source_type_str(enum awsc_iam_policy_source_type value)
{
    return awsc_enum_str(&T.strings[12386], 7, (int)value);
}

enum awsc_iam_policy_usage_type awsc_iam_policy_usage_type_parse(const char *value)
{
    return (enum awsc_iam_policy_usage_type)awsc_enum_parse(&T.strings[12457], 2, value);
}

const char *awsc_iam_policy_usage_type_str(enum awsc_iam_policy_usage_type value)
{
    return awsc_enum_str(&T.strings[12457], 2, (int)value);
}

enum awsc_iam_report_format_type awsc_iam_report_format_type_parse(const char *value)
{
    return (enum awsc_iam_report_format_type)awsc_enum_parse(&T.strings[12914], 1, value);
}

const char *awsc_iam_report_format_type_str(enum awsc_iam_report_format_type value)
{
    return awsc_enum_str(&T.strings[12914], 1, (int)value);
}

enum awsc_iam_report_state_type awsc_iam_report_state_type_parse(const char *value)
{
    return (enum awsc_iam_report_state_type)awsc_enum_parse(&T.strings[13035], 3, value);
}

const char *awsc_iam_report_state_type_str(enum awsc_iam_report_state_type value)
{
    return awsc_enum_str(&T.strings[13035], 3, (int)value);
}

enum awsc_iam_assertion_encryption_mode_type awsc_iam_assertion_encryption_mode_type_parse(const char *value)
{
    return (enum awsc_iam_assertion_encryption_mode_type)awsc_enum_parse(&T.strings[16244], 2, value);
}

const char *awsc_iam_assertion_encryption_mode_type_str(enum awsc_iam_assertion_encryption_mode_type value)
{
    return awsc_enum_str(&T.strings[16244], 2, (int)value);
}

enum awsc_iam_assignment_status_type awsc_iam_assignment_status_type_parse(const char *value)
{
    return (enum awsc_iam_assignment_status_type)awsc_enum_parse(&T.strings[16282], 3, value);
}

const char *awsc_iam_assignment_status_type_str(enum awsc_iam_assignment_status_type value)
{
    return awsc_enum_str(&T.strings[16282], 3, (int)value);
}

enum awsc_iam_encoding_type awsc_iam_encoding_type_parse(const char *value)
{
    return (enum awsc_iam_encoding_type)awsc_enum_parse(&T.strings[16877], 2, value);
}

const char *awsc_iam_encoding_type_str(enum awsc_iam_encoding_type value)
{
    return awsc_enum_str(&T.strings[16877], 2, (int)value);
}

enum awsc_iam_global_endpoint_token_version awsc_iam_global_endpoint_token_version_parse(const char *value)
{
    return (enum awsc_iam_global_endpoint_token_version)awsc_enum_parse(&T.strings[17049], 2, value);
}

const char *awsc_iam_global_endpoint_token_version_str(enum awsc_iam_global_endpoint_token_version value)
{
    return awsc_enum_str(&T.strings[17049], 2, (int)value);
}

enum awsc_iam_job_status_type awsc_iam_job_status_type_parse(const char *value)
{
    return (enum awsc_iam_job_status_type)awsc_enum_parse(&T.strings[17348], 3, value);
}

const char *awsc_iam_job_status_type_str(enum awsc_iam_job_status_type value)
{
    return awsc_enum_str(&T.strings[17348], 3, (int)value);
}

enum awsc_iam_permission_check_result_type awsc_iam_permission_check_result_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_result_type)awsc_enum_parse(&T.strings[17912], 3, value);
}

const char *awsc_iam_permission_check_result_type_str(enum awsc_iam_permission_check_result_type value)
{
    return awsc_enum_str(&T.strings[17912], 3, (int)value);
}

enum awsc_iam_permission_check_status_type awsc_iam_permission_check_status_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_status_type)awsc_enum_parse(&T.strings[17960], 3, value);
}

const char *awsc_iam_permission_check_status_type_str(enum awsc_iam_permission_check_status_type value)
{
    return awsc_enum_str(&T.strings[17960], 3, (int)value);
}

enum awsc_iam_policy_owner_entity_type awsc_iam_policy_owner_entity_type_parse(const char *value)
{
    return (enum awsc_iam_policy_owner_entity_type)awsc_enum_parse(&T.strings[18258], 3, value);
}

const char *awsc_iam_policy_owner_entity_type_str(enum awsc_iam_policy_owner_entity_type value)
{
    return awsc_enum_str(&T.strings[18258], 3, (int)value);
}

enum awsc_iam_policy_scope_type awsc_iam_policy_scope_type_parse(const char *value)
{
    return (enum awsc_iam_policy_scope_type)awsc_enum_parse(&T.strings[18408], 3, value);
}

const char *awsc_iam_policy_scope_type_str(enum awsc_iam_policy_scope_type value)
{
    return awsc_enum_str(&T.strings[18408], 3, (int)value);
}

enum awsc_iam_policy_type awsc_iam_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_type)awsc_enum_parse(&T.strings[18433], 2, value);
}

const char *awsc_iam_policy_type_str(enum awsc_iam_policy_type value)
{
    return awsc_enum_str(&T.strings[18433], 2, (int)value);
}

enum awsc_iam_sort_key_type awsc_iam_sort_key_type_parse(const char *value)
{
    return (enum awsc_iam_sort_key_type)awsc_enum_parse(&T.strings[19188], 4, value);
}

const char *awsc_iam_sort_key_type_str(enum awsc_iam_sort_key_type value)
{
    return awsc_enum_str(&T.strings[19188], 4, (int)value);
}

enum awsc_iam_state_type awsc_iam_state_type_parse(const char *value)
{
    return (enum awsc_iam_state_type)awsc_enum_parse(&T.strings[19324], 7, value);
}

const char *awsc_iam_state_type_str(enum awsc_iam_state_type value)
{
    return awsc_enum_str(&T.strings[19324], 7, (int)value);
}

enum awsc_iam_status_type awsc_iam_status_type_parse(const char *value)
{
    return (enum awsc_iam_status_type)awsc_enum_parse(&T.strings[19408], 3, value);
}

const char *awsc_iam_status_type_str(enum awsc_iam_status_type value)
{
    return awsc_enum_str(&T.strings[19408], 3, (int)value);
}

enum awsc_iam_summary_key_type awsc_iam_summary_key_type_parse(const char *value)
{
    return (enum awsc_iam_summary_key_type)awsc_enum_parse(&T.strings[19477], 34, value);
}

const char *awsc_iam_summary_key_type_str(enum awsc_iam_summary_key_type value)
{
    return awsc_enum_str(&T.strings[19477], 34, (int)value);
}

enum awsc_iam_summary_state_type awsc_iam_summary_state_type_parse(const char *value)
{
    return (enum awsc_iam_summary_state_type)awsc_enum_parse(&T.strings[20164], 4, value);
}

const char *awsc_iam_summary_state_type_str(enum awsc_iam_summary_state_type value)
{
    return awsc_enum_str(&T.strings[20164], 4, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
