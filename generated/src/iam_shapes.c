/*
 * iam_shapes.c - shape descriptors of IAM.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/iam.h>
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

extern const struct awsc_shape awsc__iam_AcceptDelegationRequestRequest;
static const struct awsc_shape s_AccessAdvisorUsageGranularityType;
static const struct awsc_shape s_AccessDetail;
static const struct awsc_shape s_AccessDetails;
static const struct awsc_shape s_AccessKey;
static const struct awsc_shape s_AccessKeyLastUsed;
static const struct awsc_shape s_AccessKeyMetadata;
extern const struct awsc_shape awsc__iam_AccountNotManagementOrDelegatedAdministratorException;
static const struct awsc_shape s_ActionNameListType;
static const struct awsc_shape s_ActionNameType;
extern const struct awsc_shape awsc__iam_AddClientIDToOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_AddRoleToInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_AddUserToGroupRequest;
static const struct awsc_shape s_ArnListType;
extern const struct awsc_shape awsc__iam_AssociateDelegationRequestRequest;
extern const struct awsc_shape awsc__iam_AttachGroupPolicyRequest;
extern const struct awsc_shape awsc__iam_AttachRolePolicyRequest;
extern const struct awsc_shape awsc__iam_AttachUserPolicyRequest;
static const struct awsc_shape s_AttachedPermissionsBoundary;
static const struct awsc_shape s_AttachedPolicy;
static const struct awsc_shape s_AttachmentName;
static const struct awsc_shape s_AttachmentType;
static const struct awsc_shape s_BootstrapDatum;
extern const struct awsc_shape awsc__iam_CallerIsNotManagementAccountException;
static const struct awsc_shape s_CertificationKeyType;
static const struct awsc_shape s_CertificationMapType;
static const struct awsc_shape s_CertificationValueType;
extern const struct awsc_shape awsc__iam_ChangePasswordRequest;
static const struct awsc_shape s_ColumnNumber;
extern const struct awsc_shape awsc__iam_ConcurrentModificationException;
static const struct awsc_shape s_ConcurrentModificationMessage;
static const struct awsc_shape s_ContextEntry;
static const struct awsc_shape s_ContextEntryListType;
static const struct awsc_shape s_ContextKeyNameType;
static const struct awsc_shape s_ContextKeyNamesResultListType;
static const struct awsc_shape s_ContextKeyTypeEnum;
static const struct awsc_shape s_ContextKeyValueListType;
static const struct awsc_shape s_ContextKeyValueType;
extern const struct awsc_shape awsc__iam_CreateAccessKeyRequest;
extern const struct awsc_shape awsc__iam_CreateAccessKeyResponse;
extern const struct awsc_shape awsc__iam_CreateAccountAliasRequest;
extern const struct awsc_shape awsc__iam_CreateDelegationRequestRequest;
extern const struct awsc_shape awsc__iam_CreateDelegationRequestResponse;
extern const struct awsc_shape awsc__iam_CreateGroupRequest;
extern const struct awsc_shape awsc__iam_CreateGroupResponse;
extern const struct awsc_shape awsc__iam_CreateInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_CreateInstanceProfileResponse;
extern const struct awsc_shape awsc__iam_CreateLoginProfileRequest;
extern const struct awsc_shape awsc__iam_CreateLoginProfileResponse;
extern const struct awsc_shape awsc__iam_CreateOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_CreateOpenIDConnectProviderResponse;
extern const struct awsc_shape awsc__iam_CreatePolicyRequest;
extern const struct awsc_shape awsc__iam_CreatePolicyResponse;
extern const struct awsc_shape awsc__iam_CreatePolicyVersionRequest;
extern const struct awsc_shape awsc__iam_CreatePolicyVersionResponse;
extern const struct awsc_shape awsc__iam_CreateRoleRequest;
extern const struct awsc_shape awsc__iam_CreateRoleResponse;
extern const struct awsc_shape awsc__iam_CreateSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_CreateSAMLProviderResponse;
extern const struct awsc_shape awsc__iam_CreateServiceLinkedRoleRequest;
extern const struct awsc_shape awsc__iam_CreateServiceLinkedRoleResponse;
extern const struct awsc_shape awsc__iam_CreateServiceSpecificCredentialRequest;
extern const struct awsc_shape awsc__iam_CreateServiceSpecificCredentialResponse;
extern const struct awsc_shape awsc__iam_CreateUserRequest;
extern const struct awsc_shape awsc__iam_CreateUserResponse;
extern const struct awsc_shape awsc__iam_CreateVirtualMFADeviceRequest;
extern const struct awsc_shape awsc__iam_CreateVirtualMFADeviceResponse;
extern const struct awsc_shape awsc__iam_CredentialReportExpiredException;
extern const struct awsc_shape awsc__iam_CredentialReportNotPresentException;
extern const struct awsc_shape awsc__iam_CredentialReportNotReadyException;
extern const struct awsc_shape awsc__iam_DeactivateMFADeviceRequest;
static const struct awsc_shape s_DelegationPermission;
static const struct awsc_shape s_DelegationRequest;
extern const struct awsc_shape awsc__iam_DeleteAccessKeyRequest;
extern const struct awsc_shape awsc__iam_DeleteAccountAliasRequest;
extern const struct awsc_shape awsc__iam_DeleteConflictException;
extern const struct awsc_shape awsc__iam_DeleteGroupPolicyRequest;
extern const struct awsc_shape awsc__iam_DeleteGroupRequest;
extern const struct awsc_shape awsc__iam_DeleteInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_DeleteLoginProfileRequest;
extern const struct awsc_shape awsc__iam_DeleteOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_DeletePolicyRequest;
extern const struct awsc_shape awsc__iam_DeletePolicyVersionRequest;
extern const struct awsc_shape awsc__iam_DeleteRolePermissionsBoundaryRequest;
extern const struct awsc_shape awsc__iam_DeleteRolePolicyRequest;
extern const struct awsc_shape awsc__iam_DeleteRoleRequest;
extern const struct awsc_shape awsc__iam_DeleteSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_DeleteSSHPublicKeyRequest;
extern const struct awsc_shape awsc__iam_DeleteServerCertificateRequest;
extern const struct awsc_shape awsc__iam_DeleteServiceLinkedRoleRequest;
extern const struct awsc_shape awsc__iam_DeleteServiceLinkedRoleResponse;
extern const struct awsc_shape awsc__iam_DeleteServiceSpecificCredentialRequest;
extern const struct awsc_shape awsc__iam_DeleteSigningCertificateRequest;
extern const struct awsc_shape awsc__iam_DeleteUserPermissionsBoundaryRequest;
extern const struct awsc_shape awsc__iam_DeleteUserPolicyRequest;
extern const struct awsc_shape awsc__iam_DeleteUserRequest;
extern const struct awsc_shape awsc__iam_DeleteVirtualMFADeviceRequest;
static const struct awsc_shape s_DeletionTaskFailureReasonType;
static const struct awsc_shape s_DeletionTaskIdType;
static const struct awsc_shape s_DeletionTaskStatusType;
extern const struct awsc_shape awsc__iam_DetachGroupPolicyRequest;
extern const struct awsc_shape awsc__iam_DetachRolePolicyRequest;
extern const struct awsc_shape awsc__iam_DetachUserPolicyRequest;
extern const struct awsc_shape awsc__iam_DisableOrganizationsRootCredentialsManagementRequest;
extern const struct awsc_shape awsc__iam_DisableOrganizationsRootCredentialsManagementResponse;
extern const struct awsc_shape awsc__iam_DisableOrganizationsRootSessionsRequest;
extern const struct awsc_shape awsc__iam_DisableOrganizationsRootSessionsResponse;
extern const struct awsc_shape awsc__iam_DuplicateCertificateException;
extern const struct awsc_shape awsc__iam_DuplicateSSHPublicKeyException;
extern const struct awsc_shape awsc__iam_EnableMFADeviceRequest;
extern const struct awsc_shape awsc__iam_EnableOrganizationsRootCredentialsManagementRequest;
extern const struct awsc_shape awsc__iam_EnableOrganizationsRootCredentialsManagementResponse;
extern const struct awsc_shape awsc__iam_EnableOrganizationsRootSessionsRequest;
extern const struct awsc_shape awsc__iam_EnableOrganizationsRootSessionsResponse;
extern const struct awsc_shape awsc__iam_EnableOutboundWebIdentityFederationResponse;
extern const struct awsc_shape awsc__iam_EntityAlreadyExistsException;
static const struct awsc_shape s_EntityDetails;
static const struct awsc_shape s_EntityInfo;
extern const struct awsc_shape awsc__iam_EntityTemporarilyUnmodifiableException;
static const struct awsc_shape s_EntityType;
static const struct awsc_shape s_ErrorDetails;
static const struct awsc_shape s_EvalDecisionDetailsType;
static const struct awsc_shape s_EvalDecisionSourceType;
static const struct awsc_shape s_EvaluationResult;
static const struct awsc_shape s_EvaluationResultsListType;
extern const struct awsc_shape awsc__iam_FeatureDisabledException;
static const struct awsc_shape s_FeatureDisabledMessage;
extern const struct awsc_shape awsc__iam_FeatureEnabledException;
static const struct awsc_shape s_FeatureEnabledMessage;
static const struct awsc_shape s_FeatureType;
static const struct awsc_shape s_FeaturesListType;
extern const struct awsc_shape awsc__iam_GenerateCredentialReportResponse;
extern const struct awsc_shape awsc__iam_GenerateOrganizationsAccessReportRequest;
extern const struct awsc_shape awsc__iam_GenerateOrganizationsAccessReportResponse;
extern const struct awsc_shape awsc__iam_GenerateServiceLastAccessedDetailsRequest;
extern const struct awsc_shape awsc__iam_GenerateServiceLastAccessedDetailsResponse;
extern const struct awsc_shape awsc__iam_GetAccessKeyLastUsedRequest;
extern const struct awsc_shape awsc__iam_GetAccessKeyLastUsedResponse;
extern const struct awsc_shape awsc__iam_GetAccountAuthorizationDetailsRequest;
extern const struct awsc_shape awsc__iam_GetAccountAuthorizationDetailsResponse;
extern const struct awsc_shape awsc__iam_GetAccountPasswordPolicyResponse;
extern const struct awsc_shape awsc__iam_GetAccountSummaryResponse;
extern const struct awsc_shape awsc__iam_GetContextKeysForCustomPolicyRequest;
extern const struct awsc_shape awsc__iam_GetContextKeysForPolicyResponse;
extern const struct awsc_shape awsc__iam_GetContextKeysForPrincipalPolicyRequest;
extern const struct awsc_shape awsc__iam_GetCredentialReportResponse;
extern const struct awsc_shape awsc__iam_GetDelegationRequestRequest;
extern const struct awsc_shape awsc__iam_GetDelegationRequestResponse;
extern const struct awsc_shape awsc__iam_GetGroupPolicyRequest;
extern const struct awsc_shape awsc__iam_GetGroupPolicyResponse;
extern const struct awsc_shape awsc__iam_GetGroupRequest;
extern const struct awsc_shape awsc__iam_GetGroupResponse;
extern const struct awsc_shape awsc__iam_GetHumanReadableSummaryRequest;
extern const struct awsc_shape awsc__iam_GetHumanReadableSummaryResponse;
extern const struct awsc_shape awsc__iam_GetInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_GetInstanceProfileResponse;
extern const struct awsc_shape awsc__iam_GetLoginProfileRequest;
extern const struct awsc_shape awsc__iam_GetLoginProfileResponse;
extern const struct awsc_shape awsc__iam_GetMFADeviceRequest;
extern const struct awsc_shape awsc__iam_GetMFADeviceResponse;
extern const struct awsc_shape awsc__iam_GetOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_GetOpenIDConnectProviderResponse;
extern const struct awsc_shape awsc__iam_GetOrganizationsAccessReportRequest;
extern const struct awsc_shape awsc__iam_GetOrganizationsAccessReportResponse;
extern const struct awsc_shape awsc__iam_GetOutboundWebIdentityFederationInfoResponse;
extern const struct awsc_shape awsc__iam_GetPolicyRequest;
extern const struct awsc_shape awsc__iam_GetPolicyResponse;
extern const struct awsc_shape awsc__iam_GetPolicyVersionRequest;
extern const struct awsc_shape awsc__iam_GetPolicyVersionResponse;
extern const struct awsc_shape awsc__iam_GetRolePolicyRequest;
extern const struct awsc_shape awsc__iam_GetRolePolicyResponse;
extern const struct awsc_shape awsc__iam_GetRoleRequest;
extern const struct awsc_shape awsc__iam_GetRoleResponse;
extern const struct awsc_shape awsc__iam_GetSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_GetSAMLProviderResponse;
extern const struct awsc_shape awsc__iam_GetSSHPublicKeyRequest;
extern const struct awsc_shape awsc__iam_GetSSHPublicKeyResponse;
extern const struct awsc_shape awsc__iam_GetServerCertificateRequest;
extern const struct awsc_shape awsc__iam_GetServerCertificateResponse;
extern const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsRequest;
extern const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsResponse;
extern const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest;
extern const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse;
extern const struct awsc_shape awsc__iam_GetServiceLinkedRoleDeletionStatusRequest;
extern const struct awsc_shape awsc__iam_GetServiceLinkedRoleDeletionStatusResponse;
extern const struct awsc_shape awsc__iam_GetUserPolicyRequest;
extern const struct awsc_shape awsc__iam_GetUserPolicyResponse;
extern const struct awsc_shape awsc__iam_GetUserRequest;
extern const struct awsc_shape awsc__iam_GetUserResponse;
static const struct awsc_shape s_Group;
static const struct awsc_shape s_GroupDetail;
static const struct awsc_shape s_InlinePolicyIdentifierType;
static const struct awsc_shape s_InstanceProfile;
extern const struct awsc_shape awsc__iam_InvalidAuthenticationCodeException;
extern const struct awsc_shape awsc__iam_InvalidCertificateException;
extern const struct awsc_shape awsc__iam_InvalidInputException;
extern const struct awsc_shape awsc__iam_InvalidPublicKeyException;
extern const struct awsc_shape awsc__iam_InvalidUserTypeException;
extern const struct awsc_shape awsc__iam_KeyPairMismatchException;
extern const struct awsc_shape awsc__iam_LimitExceededException;
static const struct awsc_shape s_LineNumber;
extern const struct awsc_shape awsc__iam_ListAccessKeysRequest;
extern const struct awsc_shape awsc__iam_ListAccessKeysResponse;
extern const struct awsc_shape awsc__iam_ListAccountAliasesRequest;
extern const struct awsc_shape awsc__iam_ListAccountAliasesResponse;
extern const struct awsc_shape awsc__iam_ListAttachedGroupPoliciesRequest;
extern const struct awsc_shape awsc__iam_ListAttachedGroupPoliciesResponse;
extern const struct awsc_shape awsc__iam_ListAttachedRolePoliciesRequest;
extern const struct awsc_shape awsc__iam_ListAttachedRolePoliciesResponse;
extern const struct awsc_shape awsc__iam_ListAttachedUserPoliciesRequest;
extern const struct awsc_shape awsc__iam_ListAttachedUserPoliciesResponse;
extern const struct awsc_shape awsc__iam_ListDelegationRequestsRequest;
extern const struct awsc_shape awsc__iam_ListDelegationRequestsResponse;
extern const struct awsc_shape awsc__iam_ListEntitiesForPolicyRequest;
extern const struct awsc_shape awsc__iam_ListEntitiesForPolicyResponse;
extern const struct awsc_shape awsc__iam_ListGroupPoliciesRequest;
extern const struct awsc_shape awsc__iam_ListGroupPoliciesResponse;
extern const struct awsc_shape awsc__iam_ListGroupsForUserRequest;
extern const struct awsc_shape awsc__iam_ListGroupsForUserResponse;
extern const struct awsc_shape awsc__iam_ListGroupsRequest;
extern const struct awsc_shape awsc__iam_ListGroupsResponse;
extern const struct awsc_shape awsc__iam_ListInstanceProfileTagsRequest;
extern const struct awsc_shape awsc__iam_ListInstanceProfileTagsResponse;
extern const struct awsc_shape awsc__iam_ListInstanceProfilesForRoleRequest;
extern const struct awsc_shape awsc__iam_ListInstanceProfilesForRoleResponse;
extern const struct awsc_shape awsc__iam_ListInstanceProfilesRequest;
extern const struct awsc_shape awsc__iam_ListInstanceProfilesResponse;
extern const struct awsc_shape awsc__iam_ListMFADeviceTagsRequest;
extern const struct awsc_shape awsc__iam_ListMFADeviceTagsResponse;
extern const struct awsc_shape awsc__iam_ListMFADevicesRequest;
extern const struct awsc_shape awsc__iam_ListMFADevicesResponse;
extern const struct awsc_shape awsc__iam_ListOpenIDConnectProviderTagsRequest;
extern const struct awsc_shape awsc__iam_ListOpenIDConnectProviderTagsResponse;
extern const struct awsc_shape awsc__iam_ListOpenIDConnectProvidersRequest;
extern const struct awsc_shape awsc__iam_ListOpenIDConnectProvidersResponse;
extern const struct awsc_shape awsc__iam_ListOrganizationsFeaturesRequest;
extern const struct awsc_shape awsc__iam_ListOrganizationsFeaturesResponse;
static const struct awsc_shape s_ListPoliciesGrantingServiceAccessEntry;
extern const struct awsc_shape awsc__iam_ListPoliciesGrantingServiceAccessRequest;
extern const struct awsc_shape awsc__iam_ListPoliciesGrantingServiceAccessResponse;
extern const struct awsc_shape awsc__iam_ListPoliciesRequest;
extern const struct awsc_shape awsc__iam_ListPoliciesResponse;
extern const struct awsc_shape awsc__iam_ListPolicyTagsRequest;
extern const struct awsc_shape awsc__iam_ListPolicyTagsResponse;
extern const struct awsc_shape awsc__iam_ListPolicyVersionsRequest;
extern const struct awsc_shape awsc__iam_ListPolicyVersionsResponse;
extern const struct awsc_shape awsc__iam_ListRolePoliciesRequest;
extern const struct awsc_shape awsc__iam_ListRolePoliciesResponse;
extern const struct awsc_shape awsc__iam_ListRoleTagsRequest;
extern const struct awsc_shape awsc__iam_ListRoleTagsResponse;
extern const struct awsc_shape awsc__iam_ListRolesRequest;
extern const struct awsc_shape awsc__iam_ListRolesResponse;
extern const struct awsc_shape awsc__iam_ListSAMLProviderTagsRequest;
extern const struct awsc_shape awsc__iam_ListSAMLProviderTagsResponse;
extern const struct awsc_shape awsc__iam_ListSAMLProvidersRequest;
extern const struct awsc_shape awsc__iam_ListSAMLProvidersResponse;
extern const struct awsc_shape awsc__iam_ListSSHPublicKeysRequest;
extern const struct awsc_shape awsc__iam_ListSSHPublicKeysResponse;
extern const struct awsc_shape awsc__iam_ListServerCertificateTagsRequest;
extern const struct awsc_shape awsc__iam_ListServerCertificateTagsResponse;
extern const struct awsc_shape awsc__iam_ListServerCertificatesRequest;
extern const struct awsc_shape awsc__iam_ListServerCertificatesResponse;
extern const struct awsc_shape awsc__iam_ListServiceSpecificCredentialsRequest;
extern const struct awsc_shape awsc__iam_ListServiceSpecificCredentialsResponse;
extern const struct awsc_shape awsc__iam_ListSigningCertificatesRequest;
extern const struct awsc_shape awsc__iam_ListSigningCertificatesResponse;
extern const struct awsc_shape awsc__iam_ListUserPoliciesRequest;
extern const struct awsc_shape awsc__iam_ListUserPoliciesResponse;
extern const struct awsc_shape awsc__iam_ListUserTagsRequest;
extern const struct awsc_shape awsc__iam_ListUserTagsResponse;
extern const struct awsc_shape awsc__iam_ListUsersRequest;
extern const struct awsc_shape awsc__iam_ListUsersResponse;
extern const struct awsc_shape awsc__iam_ListVirtualMFADevicesRequest;
extern const struct awsc_shape awsc__iam_ListVirtualMFADevicesResponse;
static const struct awsc_shape s_LoginProfile;
static const struct awsc_shape s_MFADevice;
extern const struct awsc_shape awsc__iam_MalformedCertificateException;
extern const struct awsc_shape awsc__iam_MalformedPolicyDocumentException;
static const struct awsc_shape s_ManagedPolicyDetail;
static const struct awsc_shape s_ManagedPolicyDetailListType;
extern const struct awsc_shape awsc__iam_NoSuchEntityException;
static const struct awsc_shape s_OpenIDConnectProviderListEntry;
static const struct awsc_shape s_OpenIDConnectProviderListType;
static const struct awsc_shape s_OpenIDConnectProviderUrlType;
extern const struct awsc_shape awsc__iam_OpenIdIdpCommunicationErrorException;
static const struct awsc_shape s_OrderedOrganizationPolicyType;
static const struct awsc_shape s_OrganizationIdType;
extern const struct awsc_shape awsc__iam_OrganizationNotFoundException;
extern const struct awsc_shape awsc__iam_OrganizationNotInAllFeaturesModeException;
static const struct awsc_shape s_OrganizationPolicyListType;
static const struct awsc_shape s_OrganizationsDecisionDetail;
static const struct awsc_shape s_PasswordPolicy;
extern const struct awsc_shape awsc__iam_PasswordPolicyViolationException;
static const struct awsc_shape s_PermissionsBoundaryAttachmentType;
static const struct awsc_shape s_PermissionsBoundaryDecisionDetail;
static const struct awsc_shape s_Policy;
static const struct awsc_shape s_PolicyDetail;
static const struct awsc_shape s_PolicyEvaluationDecisionType;
extern const struct awsc_shape awsc__iam_PolicyEvaluationException;
static const struct awsc_shape s_PolicyExclusionsListType;
static const struct awsc_shape s_PolicyGrantingServiceAccess;
static const struct awsc_shape s_PolicyGroup;
static const struct awsc_shape s_PolicyGroupListType;
static const struct awsc_shape s_PolicyIdentifier;
static const struct awsc_shape s_PolicyIdentifierPolicyType;
static const struct awsc_shape s_PolicyIdentifierType;
extern const struct awsc_shape awsc__iam_PolicyNotAttachableException;
static const struct awsc_shape s_PolicyParameter;
static const struct awsc_shape s_PolicyParameterTypeEnum;
static const struct awsc_shape s_PolicyRole;
static const struct awsc_shape s_PolicyRoleListType;
static const struct awsc_shape s_PolicySourceType;
static const struct awsc_shape s_PolicyUsageType;
static const struct awsc_shape s_PolicyUser;
static const struct awsc_shape s_PolicyUserListType;
static const struct awsc_shape s_PolicyVersion;
static const struct awsc_shape s_Position;
extern const struct awsc_shape awsc__iam_PutGroupPolicyRequest;
extern const struct awsc_shape awsc__iam_PutRolePermissionsBoundaryRequest;
extern const struct awsc_shape awsc__iam_PutRolePolicyRequest;
extern const struct awsc_shape awsc__iam_PutUserPermissionsBoundaryRequest;
extern const struct awsc_shape awsc__iam_PutUserPolicyRequest;
static const struct awsc_shape s_ReasonType;
static const struct awsc_shape s_RegionNameType;
extern const struct awsc_shape awsc__iam_RejectDelegationRequestRequest;
extern const struct awsc_shape awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_RemoveRoleFromInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_RemoveUserFromGroupRequest;
static const struct awsc_shape s_ReportContentType;
static const struct awsc_shape s_ReportFormatType;
extern const struct awsc_shape awsc__iam_ReportGenerationLimitExceededException;
static const struct awsc_shape s_ReportStateDescriptionType;
static const struct awsc_shape s_ReportStateType;
extern const struct awsc_shape awsc__iam_ResetServiceSpecificCredentialRequest;
extern const struct awsc_shape awsc__iam_ResetServiceSpecificCredentialResponse;
static const struct awsc_shape s_ResourceHandlingOptionType;
static const struct awsc_shape s_ResourceNameListType;
static const struct awsc_shape s_ResourceNameType;
static const struct awsc_shape s_ResourceSpecificResult;
static const struct awsc_shape s_ResourceSpecificResultListType;
extern const struct awsc_shape awsc__iam_ResyncMFADeviceRequest;
static const struct awsc_shape s_Role;
static const struct awsc_shape s_RoleDetail;
static const struct awsc_shape s_RoleLastUsed;
static const struct awsc_shape s_RoleUsageListType;
static const struct awsc_shape s_RoleUsageType;
static const struct awsc_shape s_SAMLMetadataDocumentType;
static const struct awsc_shape s_SAMLPrivateKey;
static const struct awsc_shape s_SAMLProviderListEntry;
static const struct awsc_shape s_SAMLProviderListType;
static const struct awsc_shape s_SAMLProviderNameType;
static const struct awsc_shape s_SSHPublicKey;
static const struct awsc_shape s_SSHPublicKeyListType;
static const struct awsc_shape s_SSHPublicKeyMetadata;
extern const struct awsc_shape awsc__iam_SendDelegationTokenRequest;
static const struct awsc_shape s_ServerCertificate;
static const struct awsc_shape s_ServerCertificateMetadata;
extern const struct awsc_shape awsc__iam_ServiceAccessNotEnabledException;
extern const struct awsc_shape awsc__iam_ServiceFailureException;
static const struct awsc_shape s_ServiceLastAccessed;
extern const struct awsc_shape awsc__iam_ServiceNotSupportedException;
static const struct awsc_shape s_ServiceSpecificCredential;
static const struct awsc_shape s_ServiceSpecificCredentialMetadata;
static const struct awsc_shape s_ServiceSpecificCredentialsListType;
static const struct awsc_shape s_ServicesLastAccessed;
extern const struct awsc_shape awsc__iam_SetDefaultPolicyVersionRequest;
extern const struct awsc_shape awsc__iam_SetSecurityTokenServicePreferencesRequest;
static const struct awsc_shape s_SigningCertificate;
extern const struct awsc_shape awsc__iam_SimulateCustomPolicyRequest;
extern const struct awsc_shape awsc__iam_SimulatePolicyResponse;
extern const struct awsc_shape awsc__iam_SimulatePrincipalPolicyRequest;
static const struct awsc_shape s_SimulationPolicyListType;
static const struct awsc_shape s_Statement;
static const struct awsc_shape s_StatementListType;
static const struct awsc_shape s_Tag;
extern const struct awsc_shape awsc__iam_TagInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_TagMFADeviceRequest;
extern const struct awsc_shape awsc__iam_TagOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_TagPolicyRequest;
extern const struct awsc_shape awsc__iam_TagRoleRequest;
extern const struct awsc_shape awsc__iam_TagSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_TagServerCertificateRequest;
extern const struct awsc_shape awsc__iam_TagUserRequest;
static const struct awsc_shape s_TrackedActionLastAccessed;
static const struct awsc_shape s_TrackedActionsLastAccessed;
extern const struct awsc_shape awsc__iam_UnmodifiableEntityException;
extern const struct awsc_shape awsc__iam_UnrecognizedPublicKeyEncodingException;
extern const struct awsc_shape awsc__iam_UntagInstanceProfileRequest;
extern const struct awsc_shape awsc__iam_UntagMFADeviceRequest;
extern const struct awsc_shape awsc__iam_UntagOpenIDConnectProviderRequest;
extern const struct awsc_shape awsc__iam_UntagPolicyRequest;
extern const struct awsc_shape awsc__iam_UntagRoleRequest;
extern const struct awsc_shape awsc__iam_UntagSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_UntagServerCertificateRequest;
extern const struct awsc_shape awsc__iam_UntagUserRequest;
extern const struct awsc_shape awsc__iam_UpdateAccessKeyRequest;
extern const struct awsc_shape awsc__iam_UpdateAccountPasswordPolicyRequest;
extern const struct awsc_shape awsc__iam_UpdateAssumeRolePolicyRequest;
extern const struct awsc_shape awsc__iam_UpdateDelegationRequestRequest;
extern const struct awsc_shape awsc__iam_UpdateGroupRequest;
extern const struct awsc_shape awsc__iam_UpdateLoginProfileRequest;
extern const struct awsc_shape awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest;
extern const struct awsc_shape awsc__iam_UpdateRoleDescriptionRequest;
extern const struct awsc_shape awsc__iam_UpdateRoleDescriptionResponse;
extern const struct awsc_shape awsc__iam_UpdateRoleRequest;
extern const struct awsc_shape awsc__iam_UpdateRoleResponse;
extern const struct awsc_shape awsc__iam_UpdateSAMLProviderRequest;
extern const struct awsc_shape awsc__iam_UpdateSAMLProviderResponse;
extern const struct awsc_shape awsc__iam_UpdateSSHPublicKeyRequest;
extern const struct awsc_shape awsc__iam_UpdateServerCertificateRequest;
extern const struct awsc_shape awsc__iam_UpdateServiceSpecificCredentialRequest;
extern const struct awsc_shape awsc__iam_UpdateSigningCertificateRequest;
extern const struct awsc_shape awsc__iam_UpdateUserRequest;
extern const struct awsc_shape awsc__iam_UploadSSHPublicKeyRequest;
extern const struct awsc_shape awsc__iam_UploadSSHPublicKeyResponse;
extern const struct awsc_shape awsc__iam_UploadServerCertificateRequest;
extern const struct awsc_shape awsc__iam_UploadServerCertificateResponse;
extern const struct awsc_shape awsc__iam_UploadSigningCertificateRequest;
extern const struct awsc_shape awsc__iam_UploadSigningCertificateResponse;
static const struct awsc_shape s_User;
static const struct awsc_shape s_UserDetail;
static const struct awsc_shape s_VirtualMFADevice;
static const struct awsc_shape s_accessKeyIdType;
static const struct awsc_shape s_accessKeyMetadataListType;
static const struct awsc_shape s_accessKeySecretType;
static const struct awsc_shape s_accountAliasListType;
static const struct awsc_shape s_accountAliasType;
static const struct awsc_shape s_accountIdType;
static const struct awsc_shape s_allUsers;
static const struct awsc_shape s_arnType;
static const struct awsc_shape s_assertionEncryptionModeType;
static const struct awsc_shape s_assignmentStatusType;
static const struct awsc_shape s_attachedPoliciesListType;
static const struct awsc_shape s_attachmentCountType;
static const struct awsc_shape s_authenticationCodeType;
static const struct awsc_shape s_booleanObjectType;
static const struct awsc_shape s_booleanType;
static const struct awsc_shape s_certificateBodyType;
static const struct awsc_shape s_certificateChainType;
static const struct awsc_shape s_certificateIdType;
static const struct awsc_shape s_certificateListType;
static const struct awsc_shape s_clientIDListType;
static const struct awsc_shape s_clientIDType;
static const struct awsc_shape s_consoleDeepLinkType;
static const struct awsc_shape s_credentialAgeDays;
static const struct awsc_shape s_credentialReportExpiredExceptionMessage;
static const struct awsc_shape s_credentialReportNotPresentExceptionMessage;
static const struct awsc_shape s_credentialReportNotReadyExceptionMessage;
static const struct awsc_shape s_customSuffixType;
static const struct awsc_shape s_dateType;
static const struct awsc_shape s_delegationRequestDescriptionType;
static const struct awsc_shape s_delegationRequestIdType;
static const struct awsc_shape s_delegationRequestsListType;
static const struct awsc_shape s_deleteConflictMessage;
static const struct awsc_shape s_duplicateCertificateMessage;
static const struct awsc_shape s_duplicateSSHPublicKeyMessage;
static const struct awsc_shape s_encodingType;
static const struct awsc_shape s_entityAlreadyExistsMessage;
static const struct awsc_shape s_entityDetailsListType;
static const struct awsc_shape s_entityListType;
static const struct awsc_shape s_entityNameType;
static const struct awsc_shape s_entityTemporarilyUnmodifiableMessage;
static const struct awsc_shape s_existingUserNameType;
static const struct awsc_shape s_globalEndpointTokenVersion;
static const struct awsc_shape s_groupDetailListType;
static const struct awsc_shape s_groupListType;
static const struct awsc_shape s_groupNameListType;
static const struct awsc_shape s_groupNameType;
static const struct awsc_shape s_idType;
static const struct awsc_shape s_instanceProfileListType;
static const struct awsc_shape s_instanceProfileNameType;
static const struct awsc_shape s_integerType;
static const struct awsc_shape s_invalidAuthenticationCodeMessage;
static const struct awsc_shape s_invalidCertificateMessage;
static const struct awsc_shape s_invalidInputMessage;
static const struct awsc_shape s_invalidPublicKeyMessage;
static const struct awsc_shape s_invalidUserTypeMessage;
static const struct awsc_shape s_jobIDType;
static const struct awsc_shape s_jobStatusType;
static const struct awsc_shape s_keyPairMismatchMessage;
static const struct awsc_shape s_limitExceededMessage;
static const struct awsc_shape s_listPolicyGrantingServiceAccessResponseListType;
static const struct awsc_shape s_localeType;
static const struct awsc_shape s_malformedCertificateMessage;
static const struct awsc_shape s_malformedPolicyDocumentMessage;
static const struct awsc_shape s_markerType;
static const struct awsc_shape s_maxItemsType;
static const struct awsc_shape s_maxPasswordAgeType;
static const struct awsc_shape s_mfaDeviceListType;
static const struct awsc_shape s_minimumPasswordLengthType;
static const struct awsc_shape s_noSuchEntityMessage;
static const struct awsc_shape s_notesType;
static const struct awsc_shape s_notificationChannelType;
static const struct awsc_shape s_openIdIdpCommunicationErrorExceptionMessage;
static const struct awsc_shape s_organizationsEntityPathType;
static const struct awsc_shape s_organizationsPolicyIdType;
static const struct awsc_shape s_ownerIdType;
static const struct awsc_shape s_passwordPolicyViolationMessage;
static const struct awsc_shape s_passwordReusePreventionType;
static const struct awsc_shape s_passwordType;
static const struct awsc_shape s_pathPrefixType;
static const struct awsc_shape s_pathType;
static const struct awsc_shape s_permissionCheckResultType;
static const struct awsc_shape s_permissionCheckStatusType;
static const struct awsc_shape s_permissionType;
static const struct awsc_shape s_policyDescriptionType;
static const struct awsc_shape s_policyDetailListType;
static const struct awsc_shape s_policyDocumentType;
static const struct awsc_shape s_policyDocumentVersionListType;
static const struct awsc_shape s_policyEvaluationErrorMessage;
static const struct awsc_shape s_policyGrantingServiceAccessListType;
static const struct awsc_shape s_policyListType;
static const struct awsc_shape s_policyNameListType;
static const struct awsc_shape s_policyNameType;
static const struct awsc_shape s_policyNotAttachableMessage;
static const struct awsc_shape s_policyOwnerEntityType;
static const struct awsc_shape s_policyParameterListType;
static const struct awsc_shape s_policyParameterNameType;
static const struct awsc_shape s_policyParameterValueType;
static const struct awsc_shape s_policyParameterValuesListType;
static const struct awsc_shape s_policyPathType;
static const struct awsc_shape s_policyScopeType;
static const struct awsc_shape s_policyType;
static const struct awsc_shape s_policyVersionIdType;
static const struct awsc_shape s_privateKeyIdType;
static const struct awsc_shape s_privateKeyList;
static const struct awsc_shape s_privateKeyType;
static const struct awsc_shape s_publicKeyFingerprintType;
static const struct awsc_shape s_publicKeyIdType;
static const struct awsc_shape s_publicKeyMaterialType;
static const struct awsc_shape s_redirectUrlType;
static const struct awsc_shape s_reportGenerationLimitExceededMessage;
static const struct awsc_shape s_requestMessageType;
static const struct awsc_shape s_requestorNameType;
static const struct awsc_shape s_requestorWorkflowIdType;
static const struct awsc_shape s_responseMarkerType;
static const struct awsc_shape s_roleDescriptionType;
static const struct awsc_shape s_roleDetailListType;
static const struct awsc_shape s_roleListType;
static const struct awsc_shape s_roleMaxSessionDurationType;
static const struct awsc_shape s_roleNameType;
static const struct awsc_shape s_rolePermissionRestrictionArnListType;
static const struct awsc_shape s_serialNumberType;
static const struct awsc_shape s_serverCertificateMetadataListType;
static const struct awsc_shape s_serverCertificateNameType;
static const struct awsc_shape s_serviceCredentialAlias;
static const struct awsc_shape s_serviceCredentialSecret;
static const struct awsc_shape s_serviceFailureExceptionMessage;
static const struct awsc_shape s_serviceName;
static const struct awsc_shape s_serviceNameType;
static const struct awsc_shape s_serviceNamespaceListType;
static const struct awsc_shape s_serviceNamespaceType;
static const struct awsc_shape s_serviceNotSupportedMessage;
static const struct awsc_shape s_servicePassword;
static const struct awsc_shape s_serviceSpecificCredentialId;
static const struct awsc_shape s_serviceUserName;
static const struct awsc_shape s_sessionDurationType;
static const struct awsc_shape s_sortKeyType;
static const struct awsc_shape s_stateType;
static const struct awsc_shape s_statusType;
static const struct awsc_shape s_stringType;
static const struct awsc_shape s_summaryContentType;
static const struct awsc_shape s_summaryKeyType;
static const struct awsc_shape s_summaryMapType;
static const struct awsc_shape s_summaryStateType;
static const struct awsc_shape s_summaryValueType;
static const struct awsc_shape s_tagKeyListType;
static const struct awsc_shape s_tagKeyType;
static const struct awsc_shape s_tagListType;
static const struct awsc_shape s_tagValueType;
static const struct awsc_shape s_thumbprintListType;
static const struct awsc_shape s_thumbprintType;
static const struct awsc_shape s_unmodifiableEntityMessage;
static const struct awsc_shape s_unrecognizedPublicKeyEncodingMessage;
static const struct awsc_shape s_userDetailListType;
static const struct awsc_shape s_userListType;
static const struct awsc_shape s_userNameType;
static const struct awsc_shape s_virtualMFADeviceListType;
static const struct awsc_shape s_virtualMFADeviceName;

/* one after the other, each ending with its NUL */
static const char s_AccessAdvisorUsageGranularityType_values[] =
    "SERVICE_LEVEL\0"
    "ACTION_LEVEL\0";

enum awsc_iam_access_advisor_usage_granularity_type awsc_iam_access_advisor_usage_granularity_type_parse(const char *value)
{
    return (enum awsc_iam_access_advisor_usage_granularity_type)awsc_enum_parse(s_AccessAdvisorUsageGranularityType_values, 2, value);
}

const char *awsc_iam_access_advisor_usage_granularity_type_str(enum awsc_iam_access_advisor_usage_granularity_type value)
{
    return awsc_enum_str(s_AccessAdvisorUsageGranularityType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AttachmentType_values[] =
    "user\0"
    "group\0"
    "role\0";

enum awsc_iam_attachment_type awsc_iam_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_attachment_type)awsc_enum_parse(s_AttachmentType_values, 3, value);
}

const char *awsc_iam_attachment_type_str(enum awsc_iam_attachment_type value)
{
    return awsc_enum_str(s_AttachmentType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ContextKeyTypeEnum_values[] =
    "string\0"
    "stringList\0"
    "numeric\0"
    "numericList\0"
    "boolean\0"
    "booleanList\0"
    "ip\0"
    "ipList\0"
    "binary\0"
    "binaryList\0"
    "date\0"
    "dateList\0";

enum awsc_iam_context_key_type_enum awsc_iam_context_key_type_enum_parse(const char *value)
{
    return (enum awsc_iam_context_key_type_enum)awsc_enum_parse(s_ContextKeyTypeEnum_values, 12, value);
}

const char *awsc_iam_context_key_type_enum_str(enum awsc_iam_context_key_type_enum value)
{
    return awsc_enum_str(s_ContextKeyTypeEnum_values, 12, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DeletionTaskStatusType_values[] =
    "SUCCEEDED\0"
    "IN_PROGRESS\0"
    "FAILED\0"
    "NOT_STARTED\0";

enum awsc_iam_deletion_task_status_type awsc_iam_deletion_task_status_type_parse(const char *value)
{
    return (enum awsc_iam_deletion_task_status_type)awsc_enum_parse(s_DeletionTaskStatusType_values, 4, value);
}

const char *awsc_iam_deletion_task_status_type_str(enum awsc_iam_deletion_task_status_type value)
{
    return awsc_enum_str(s_DeletionTaskStatusType_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_EntityType_values[] =
    "User\0"
    "Role\0"
    "Group\0"
    "LocalManagedPolicy\0"
    "AWSManagedPolicy\0";

enum awsc_iam_entity_type awsc_iam_entity_type_parse(const char *value)
{
    return (enum awsc_iam_entity_type)awsc_enum_parse(s_EntityType_values, 5, value);
}

const char *awsc_iam_entity_type_str(enum awsc_iam_entity_type value)
{
    return awsc_enum_str(s_EntityType_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_FeatureType_values[] =
    "RootCredentialsManagement\0"
    "RootSessions\0";

enum awsc_iam_feature_type awsc_iam_feature_type_parse(const char *value)
{
    return (enum awsc_iam_feature_type)awsc_enum_parse(s_FeatureType_values, 2, value);
}

const char *awsc_iam_feature_type_str(enum awsc_iam_feature_type value)
{
    return awsc_enum_str(s_FeatureType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PermissionsBoundaryAttachmentType_values[] =
    "PermissionsBoundaryPolicy\0";

enum awsc_iam_permissions_boundary_attachment_type awsc_iam_permissions_boundary_attachment_type_parse(const char *value)
{
    return (enum awsc_iam_permissions_boundary_attachment_type)awsc_enum_parse(s_PermissionsBoundaryAttachmentType_values, 1, value);
}

const char *awsc_iam_permissions_boundary_attachment_type_str(enum awsc_iam_permissions_boundary_attachment_type value)
{
    return awsc_enum_str(s_PermissionsBoundaryAttachmentType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PolicyEvaluationDecisionType_values[] =
    "allowed\0"
    "explicitDeny\0"
    "implicitDeny\0";

enum awsc_iam_policy_evaluation_decision_type awsc_iam_policy_evaluation_decision_type_parse(const char *value)
{
    return (enum awsc_iam_policy_evaluation_decision_type)awsc_enum_parse(s_PolicyEvaluationDecisionType_values, 3, value);
}

const char *awsc_iam_policy_evaluation_decision_type_str(enum awsc_iam_policy_evaluation_decision_type value)
{
    return awsc_enum_str(s_PolicyEvaluationDecisionType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PolicyIdentifierPolicyType_values[] =
    "inline\0"
    "aws-managed\0"
    "user-managed\0"
    "permission-boundary\0"
    "scp\0"
    "rcp\0";

enum awsc_iam_policy_identifier_policy_type awsc_iam_policy_identifier_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_identifier_policy_type)awsc_enum_parse(s_PolicyIdentifierPolicyType_values, 6, value);
}

const char *awsc_iam_policy_identifier_policy_type_str(enum awsc_iam_policy_identifier_policy_type value)
{
    return awsc_enum_str(s_PolicyIdentifierPolicyType_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PolicyParameterTypeEnum_values[] =
    "string\0"
    "stringList\0";

enum awsc_iam_policy_parameter_type_enum awsc_iam_policy_parameter_type_enum_parse(const char *value)
{
    return (enum awsc_iam_policy_parameter_type_enum)awsc_enum_parse(s_PolicyParameterTypeEnum_values, 2, value);
}

const char *awsc_iam_policy_parameter_type_enum_str(enum awsc_iam_policy_parameter_type_enum value)
{
    return awsc_enum_str(s_PolicyParameterTypeEnum_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PolicySourceType_values[] =
    "user\0"
    "group\0"
    "role\0"
    "aws-managed\0"
    "user-managed\0"
    "resource\0"
    "none\0";

enum awsc_iam_policy_source_type awsc_iam_policy_source_type_parse(const char *value)
{
    return (enum awsc_iam_policy_source_type)awsc_enum_parse(s_PolicySourceType_values, 7, value);
}

const char *awsc_iam_policy_source_type_str(enum awsc_iam_policy_source_type value)
{
    return awsc_enum_str(s_PolicySourceType_values, 7, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PolicyUsageType_values[] =
    "PermissionsPolicy\0"
    "PermissionsBoundary\0";

enum awsc_iam_policy_usage_type awsc_iam_policy_usage_type_parse(const char *value)
{
    return (enum awsc_iam_policy_usage_type)awsc_enum_parse(s_PolicyUsageType_values, 2, value);
}

const char *awsc_iam_policy_usage_type_str(enum awsc_iam_policy_usage_type value)
{
    return awsc_enum_str(s_PolicyUsageType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReportFormatType_values[] =
    "text/csv\0";

enum awsc_iam_report_format_type awsc_iam_report_format_type_parse(const char *value)
{
    return (enum awsc_iam_report_format_type)awsc_enum_parse(s_ReportFormatType_values, 1, value);
}

const char *awsc_iam_report_format_type_str(enum awsc_iam_report_format_type value)
{
    return awsc_enum_str(s_ReportFormatType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ReportStateType_values[] =
    "STARTED\0"
    "INPROGRESS\0"
    "COMPLETE\0";

enum awsc_iam_report_state_type awsc_iam_report_state_type_parse(const char *value)
{
    return (enum awsc_iam_report_state_type)awsc_enum_parse(s_ReportStateType_values, 3, value);
}

const char *awsc_iam_report_state_type_str(enum awsc_iam_report_state_type value)
{
    return awsc_enum_str(s_ReportStateType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_assertionEncryptionModeType_values[] =
    "Required\0"
    "Allowed\0";

enum awsc_iam_assertion_encryption_mode_type awsc_iam_assertion_encryption_mode_type_parse(const char *value)
{
    return (enum awsc_iam_assertion_encryption_mode_type)awsc_enum_parse(s_assertionEncryptionModeType_values, 2, value);
}

const char *awsc_iam_assertion_encryption_mode_type_str(enum awsc_iam_assertion_encryption_mode_type value)
{
    return awsc_enum_str(s_assertionEncryptionModeType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_assignmentStatusType_values[] =
    "Assigned\0"
    "Unassigned\0"
    "Any\0";

enum awsc_iam_assignment_status_type awsc_iam_assignment_status_type_parse(const char *value)
{
    return (enum awsc_iam_assignment_status_type)awsc_enum_parse(s_assignmentStatusType_values, 3, value);
}

const char *awsc_iam_assignment_status_type_str(enum awsc_iam_assignment_status_type value)
{
    return awsc_enum_str(s_assignmentStatusType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_encodingType_values[] =
    "SSH\0"
    "PEM\0";

enum awsc_iam_encoding_type awsc_iam_encoding_type_parse(const char *value)
{
    return (enum awsc_iam_encoding_type)awsc_enum_parse(s_encodingType_values, 2, value);
}

const char *awsc_iam_encoding_type_str(enum awsc_iam_encoding_type value)
{
    return awsc_enum_str(s_encodingType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_globalEndpointTokenVersion_values[] =
    "v1Token\0"
    "v2Token\0";

enum awsc_iam_global_endpoint_token_version awsc_iam_global_endpoint_token_version_parse(const char *value)
{
    return (enum awsc_iam_global_endpoint_token_version)awsc_enum_parse(s_globalEndpointTokenVersion_values, 2, value);
}

const char *awsc_iam_global_endpoint_token_version_str(enum awsc_iam_global_endpoint_token_version value)
{
    return awsc_enum_str(s_globalEndpointTokenVersion_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_jobStatusType_values[] =
    "IN_PROGRESS\0"
    "COMPLETED\0"
    "FAILED\0";

enum awsc_iam_job_status_type awsc_iam_job_status_type_parse(const char *value)
{
    return (enum awsc_iam_job_status_type)awsc_enum_parse(s_jobStatusType_values, 3, value);
}

const char *awsc_iam_job_status_type_str(enum awsc_iam_job_status_type value)
{
    return awsc_enum_str(s_jobStatusType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_permissionCheckResultType_values[] =
    "ALLOWED\0"
    "DENIED\0"
    "UNSURE\0";

enum awsc_iam_permission_check_result_type awsc_iam_permission_check_result_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_result_type)awsc_enum_parse(s_permissionCheckResultType_values, 3, value);
}

const char *awsc_iam_permission_check_result_type_str(enum awsc_iam_permission_check_result_type value)
{
    return awsc_enum_str(s_permissionCheckResultType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_permissionCheckStatusType_values[] =
    "COMPLETE\0"
    "IN_PROGRESS\0"
    "FAILED\0";

enum awsc_iam_permission_check_status_type awsc_iam_permission_check_status_type_parse(const char *value)
{
    return (enum awsc_iam_permission_check_status_type)awsc_enum_parse(s_permissionCheckStatusType_values, 3, value);
}

const char *awsc_iam_permission_check_status_type_str(enum awsc_iam_permission_check_status_type value)
{
    return awsc_enum_str(s_permissionCheckStatusType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_policyOwnerEntityType_values[] =
    "USER\0"
    "ROLE\0"
    "GROUP\0";

enum awsc_iam_policy_owner_entity_type awsc_iam_policy_owner_entity_type_parse(const char *value)
{
    return (enum awsc_iam_policy_owner_entity_type)awsc_enum_parse(s_policyOwnerEntityType_values, 3, value);
}

const char *awsc_iam_policy_owner_entity_type_str(enum awsc_iam_policy_owner_entity_type value)
{
    return awsc_enum_str(s_policyOwnerEntityType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_policyScopeType_values[] =
    "All\0"
    "AWS\0"
    "Local\0";

enum awsc_iam_policy_scope_type awsc_iam_policy_scope_type_parse(const char *value)
{
    return (enum awsc_iam_policy_scope_type)awsc_enum_parse(s_policyScopeType_values, 3, value);
}

const char *awsc_iam_policy_scope_type_str(enum awsc_iam_policy_scope_type value)
{
    return awsc_enum_str(s_policyScopeType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_policyType_values[] =
    "INLINE\0"
    "MANAGED\0";

enum awsc_iam_policy_type awsc_iam_policy_type_parse(const char *value)
{
    return (enum awsc_iam_policy_type)awsc_enum_parse(s_policyType_values, 2, value);
}

const char *awsc_iam_policy_type_str(enum awsc_iam_policy_type value)
{
    return awsc_enum_str(s_policyType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_sortKeyType_values[] =
    "SERVICE_NAMESPACE_ASCENDING\0"
    "SERVICE_NAMESPACE_DESCENDING\0"
    "LAST_AUTHENTICATED_TIME_ASCENDING\0"
    "LAST_AUTHENTICATED_TIME_DESCENDING\0";

enum awsc_iam_sort_key_type awsc_iam_sort_key_type_parse(const char *value)
{
    return (enum awsc_iam_sort_key_type)awsc_enum_parse(s_sortKeyType_values, 4, value);
}

const char *awsc_iam_sort_key_type_str(enum awsc_iam_sort_key_type value)
{
    return awsc_enum_str(s_sortKeyType_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_stateType_values[] =
    "UNASSIGNED\0"
    "ASSIGNED\0"
    "PENDING_APPROVAL\0"
    "FINALIZED\0"
    "ACCEPTED\0"
    "REJECTED\0"
    "EXPIRED\0";

enum awsc_iam_state_type awsc_iam_state_type_parse(const char *value)
{
    return (enum awsc_iam_state_type)awsc_enum_parse(s_stateType_values, 7, value);
}

const char *awsc_iam_state_type_str(enum awsc_iam_state_type value)
{
    return awsc_enum_str(s_stateType_values, 7, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_statusType_values[] =
    "Active\0"
    "Inactive\0"
    "Expired\0";

enum awsc_iam_status_type awsc_iam_status_type_parse(const char *value)
{
    return (enum awsc_iam_status_type)awsc_enum_parse(s_statusType_values, 3, value);
}

const char *awsc_iam_status_type_str(enum awsc_iam_status_type value)
{
    return awsc_enum_str(s_statusType_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_summaryKeyType_values[] =
    "Users\0"
    "UsersQuota\0"
    "Groups\0"
    "GroupsQuota\0"
    "ServerCertificates\0"
    "ServerCertificatesQuota\0"
    "UserPolicySizeQuota\0"
    "GroupPolicySizeQuota\0"
    "GroupsPerUserQuota\0"
    "SigningCertificatesPerUserQuota\0"
    "AccessKeysPerUserQuota\0"
    "MFADevices\0"
    "MFADevicesInUse\0"
    "AccountMFAEnabled\0"
    "AccountAccessKeysPresent\0"
    "AccountPasswordPresent\0"
    "AccountSigningCertificatesPresent\0"
    "AttachedPoliciesPerGroupQuota\0"
    "AttachedPoliciesPerRoleQuota\0"
    "AttachedPoliciesPerUserQuota\0"
    "Policies\0"
    "PoliciesQuota\0"
    "PolicySizeQuota\0"
    "PolicyVersionsInUse\0"
    "PolicyVersionsInUseQuota\0"
    "VersionsPerPolicyQuota\0"
    "GlobalEndpointTokenVersion\0"
    "AssumeRolePolicySizeQuota\0"
    "InstanceProfiles\0"
    "InstanceProfilesQuota\0"
    "Providers\0"
    "RolePolicySizeQuota\0"
    "Roles\0"
    "RolesQuota\0";

enum awsc_iam_summary_key_type awsc_iam_summary_key_type_parse(const char *value)
{
    return (enum awsc_iam_summary_key_type)awsc_enum_parse(s_summaryKeyType_values, 34, value);
}

const char *awsc_iam_summary_key_type_str(enum awsc_iam_summary_key_type value)
{
    return awsc_enum_str(s_summaryKeyType_values, 34, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_summaryStateType_values[] =
    "AVAILABLE\0"
    "NOT_AVAILABLE\0"
    "NOT_SUPPORTED\0"
    "FAILED\0";

enum awsc_iam_summary_state_type awsc_iam_summary_state_type_parse(const char *value)
{
    return (enum awsc_iam_summary_state_type)awsc_enum_parse(s_summaryStateType_values, 4, value);
}

const char *awsc_iam_summary_state_type_str(enum awsc_iam_summary_state_type value)
{
    return awsc_enum_str(s_summaryStateType_values, 4, (int)value);
}

static const struct awsc_range s_ActionNameType_range = { true, true, 3, 128 };
static const struct awsc_range s_AttachmentName_range = { true, true, 1, 128 };
static const struct awsc_range s_CertificationKeyType_range = { true, true, 1, 128 };
static const struct awsc_range s_CertificationValueType_range = { true, true, 1, 32 };
static const struct awsc_range s_ContextKeyNameType_range = { true, true, 5, 256 };
static const struct awsc_range s_DeletionTaskIdType_range = { true, true, 1, 1000 };
static const struct awsc_range s_EvalDecisionSourceType_range = { true, true, 3, 256 };
static const struct awsc_range s_OpenIDConnectProviderUrlType_range = { true, true, 1, 255 };
static const struct awsc_range s_OrganizationIdType_range = { false, true, 0, 34 };
static const struct awsc_range s_OrganizationPolicyListType_range = { false, true, 0, 7 };
static const struct awsc_range s_PolicyExclusionsListType_range = { false, true, 0, 256 };
static const struct awsc_range s_ReasonType_range = { false, true, 0, 1000 };
static const struct awsc_range s_RegionNameType_range = { true, true, 1, 100 };
static const struct awsc_range s_ResourceHandlingOptionType_range = { true, true, 1, 64 };
static const struct awsc_range s_ResourceNameType_range = { true, true, 1, 2048 };
static const struct awsc_range s_SAMLMetadataDocumentType_range = { true, true, 1000, 10000000 };
static const struct awsc_range s_SAMLProviderNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_accessKeyIdType_range = { true, true, 16, 128 };
static const struct awsc_range s_accountAliasType_range = { true, true, 3, 63 };
static const struct awsc_range s_arnType_range = { true, true, 20, 2048 };
static const struct awsc_range s_authenticationCodeType_range = { true, true, 6, 6 };
static const struct awsc_range s_certificateBodyType_range = { true, true, 1, 16384 };
static const struct awsc_range s_certificateChainType_range = { true, true, 1, 2097152 };
static const struct awsc_range s_certificateIdType_range = { true, true, 24, 128 };
static const struct awsc_range s_clientIDType_range = { true, true, 1, 255 };
static const struct awsc_range s_consoleDeepLinkType_range = { true, true, 1, 255 };
static const struct awsc_range s_credentialAgeDays_range = { true, true, 1, 36600 };
static const struct awsc_range s_customSuffixType_range = { true, true, 1, 64 };
static const struct awsc_range s_delegationRequestDescriptionType_range = { false, true, 0, 1000 };
static const struct awsc_range s_delegationRequestIdType_range = { true, true, 16, 128 };
static const struct awsc_range s_entityNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_existingUserNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_groupNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_idType_range = { true, true, 16, 128 };
static const struct awsc_range s_instanceProfileNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_jobIDType_range = { true, true, 36, 36 };
static const struct awsc_range s_localeType_range = { true, true, 2, 12 };
static const struct awsc_range s_markerType_range = { true, true, 1, 320 };
static const struct awsc_range s_maxItemsType_range = { true, true, 1, 1000 };
static const struct awsc_range s_maxPasswordAgeType_range = { true, true, 1, 1095 };
static const struct awsc_range s_minimumPasswordLengthType_range = { true, true, 6, 128 };
static const struct awsc_range s_notesType_range = { false, true, 0, 500 };
static const struct awsc_range s_notificationChannelType_range = { true, true, 2, 400 };
static const struct awsc_range s_organizationsEntityPathType_range = { true, true, 19, 427 };
static const struct awsc_range s_ownerIdType_range = { true, true, 20, 2048 };
static const struct awsc_range s_passwordReusePreventionType_range = { true, true, 1, 24 };
static const struct awsc_range s_passwordType_range = { true, true, 1, 128 };
static const struct awsc_range s_pathPrefixType_range = { true, true, 1, 512 };
static const struct awsc_range s_pathType_range = { true, true, 1, 512 };
static const struct awsc_range s_policyDescriptionType_range = { false, true, 0, 1000 };
static const struct awsc_range s_policyDocumentType_range = { true, true, 1, 131072 };
static const struct awsc_range s_policyNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_policyParameterListType_range = { false, true, 0, 50 };
static const struct awsc_range s_policyParameterNameType_range = { true, true, 5, 256 };
static const struct awsc_range s_policyPathType_range = { true, true, 1, 512 };
static const struct awsc_range s_privateKeyIdType_range = { true, true, 22, 64 };
static const struct awsc_range s_privateKeyList_range = { false, true, 0, 2 };
static const struct awsc_range s_privateKeyType_range = { true, true, 1, 16384 };
static const struct awsc_range s_publicKeyFingerprintType_range = { true, true, 48, 48 };
static const struct awsc_range s_publicKeyIdType_range = { true, true, 20, 128 };
static const struct awsc_range s_publicKeyMaterialType_range = { true, true, 1, 16384 };
static const struct awsc_range s_redirectUrlType_range = { true, true, 1, 255 };
static const struct awsc_range s_requestMessageType_range = { false, true, 0, 200 };
static const struct awsc_range s_requestorNameType_range = { false, true, 0, 30 };
static const struct awsc_range s_requestorWorkflowIdType_range = { true, true, 5, 400 };
static const struct awsc_range s_roleDescriptionType_range = { false, true, 0, 1000 };
static const struct awsc_range s_roleMaxSessionDurationType_range = { true, true, 3600, 43200 };
static const struct awsc_range s_roleNameType_range = { true, true, 1, 64 };
static const struct awsc_range s_serialNumberType_range = { true, true, 9, 256 };
static const struct awsc_range s_serverCertificateNameType_range = { true, true, 1, 128 };
static const struct awsc_range s_serviceCredentialAlias_range = { true, true, 0, 200 };
static const struct awsc_range s_serviceNamespaceListType_range = { true, true, 1, 200 };
static const struct awsc_range s_serviceNamespaceType_range = { true, true, 1, 64 };
static const struct awsc_range s_serviceSpecificCredentialId_range = { true, true, 20, 128 };
static const struct awsc_range s_serviceUserName_range = { true, true, 0, 200 };
static const struct awsc_range s_sessionDurationType_range = { true, true, 300, 43200 };
static const struct awsc_range s_summaryContentType_range = { true, true, 0, 10000 };
static const struct awsc_range s_tagKeyListType_range = { false, true, 0, 50 };
static const struct awsc_range s_tagKeyType_range = { true, true, 1, 128 };
static const struct awsc_range s_tagListType_range = { false, true, 0, 50 };
static const struct awsc_range s_tagValueType_range = { true, true, 0, 256 };
static const struct awsc_range s_thumbprintType_range = { true, true, 40, 40 };
static const struct awsc_range s_userNameType_range = { true, true, 1, 64 };
static const struct awsc_range s_virtualMFADeviceName_range = { true, false, 1, 0 };

static const struct awsc_member awsc__iam_AcceptDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_accept_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AcceptDelegationRequestRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_AccessDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceName", &s_serviceNameType, offsetof(struct awsc_iam_access_detail, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceNamespace", &s_serviceNamespaceType, offsetof(struct awsc_iam_access_detail, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Region", &s_stringType, offsetof(struct awsc_iam_access_detail, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityPath", &s_organizationsEntityPathType, offsetof(struct awsc_iam_access_detail, entity_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAuthenticatedTime", &s_dateType, offsetof(struct awsc_iam_access_detail, last_authenticated_time), offsetof(struct awsc_iam_access_detail, has_last_authenticated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TotalAuthenticatedEntities", &s_integerType, offsetof(struct awsc_iam_access_detail, total_authenticated_entities), offsetof(struct awsc_iam_access_detail, has_total_authenticated_entities), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessDetail_by_wire_name[] = { 3, 4, 2, 0, 1, 5 };

static const struct awsc_member s_AccessKey_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_access_key, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_iam_access_key, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_access_key, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecretAccessKey", &s_accessKeySecretType, offsetof(struct awsc_iam_access_key, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_access_key, create_date), offsetof(struct awsc_iam_access_key, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessKey_by_wire_name[] = { 1, 4, 3, 2, 0 };

static const struct awsc_member s_AccessKeyLastUsed_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LastUsedDate", &s_dateType, offsetof(struct awsc_iam_access_key_last_used, last_used_date), offsetof(struct awsc_iam_access_key_last_used, has_last_used_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceName", &s_stringType, offsetof(struct awsc_iam_access_key_last_used, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Region", &s_stringType, offsetof(struct awsc_iam_access_key_last_used, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessKeyLastUsed_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_AccessKeyMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_access_key_metadata, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_iam_access_key_metadata, access_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_access_key_metadata, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_access_key_metadata, create_date), offsetof(struct awsc_iam_access_key_metadata, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AccessKeyMetadata_by_wire_name[] = { 1, 3, 2, 0 };

static const struct awsc_member awsc__iam_AddClientIDToOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientID", &s_clientIDType, offsetof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AddClientIDToOpenIDConnectProviderRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_AddRoleToInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_add_role_to_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_add_role_to_instance_profile_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AddRoleToInstanceProfileRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_AddUserToGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_add_user_to_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_add_user_to_group_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AddUserToGroupRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_AssociateDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_associate_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AssociateDelegationRequestRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_AttachGroupPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_attach_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_attach_group_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AttachGroupPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_AttachRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_attach_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_attach_role_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AttachRolePolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_AttachUserPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_attach_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_attach_user_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_AttachUserPolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_AttachedPermissionsBoundary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PermissionsBoundaryType", &s_PermissionsBoundaryAttachmentType, offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryArn", &s_arnType, offsetof(struct awsc_iam_attached_permissions_boundary, permissions_boundary_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AttachedPermissionsBoundary_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_AttachedPolicy_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_attached_policy, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_attached_policy, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AttachedPolicy_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_ChangePasswordRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OldPassword", &s_passwordType, offsetof(struct awsc_iam_change_password_input, old_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewPassword", &s_passwordType, offsetof(struct awsc_iam_change_password_input, new_password), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ChangePasswordRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_ConcurrentModificationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ConcurrentModificationMessage, offsetof(struct awsc_iam_concurrent_modification_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ConcurrentModificationException_by_wire_name[] = { 0 };

static const struct awsc_member s_ContextEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContextKeyName", &s_ContextKeyNameType, offsetof(struct awsc_iam_context_entry, context_key_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextKeyValues", &s_ContextKeyValueListType, offsetof(struct awsc_iam_context_entry, context_key_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextKeyType", &s_ContextKeyTypeEnum, offsetof(struct awsc_iam_context_entry, context_key_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContextEntry_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_CreateAccessKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_create_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateAccessKeyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateAccessKeyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKey", &s_AccessKey, offsetof(struct awsc_iam_create_access_key_output, access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateAccessKeyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateAccountAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountAlias", &s_accountAliasType, offsetof(struct awsc_iam_create_account_alias_input, account_alias), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateAccountAliasRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OwnerAccountId", &s_accountIdType, offsetof(struct awsc_iam_create_delegation_request_input, owner_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_delegationRequestDescriptionType, offsetof(struct awsc_iam_create_delegation_request_input, description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Permissions", &s_DelegationPermission, offsetof(struct awsc_iam_create_delegation_request_input, permissions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestMessage", &s_requestMessageType, offsetof(struct awsc_iam_create_delegation_request_input, request_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestorWorkflowId", &s_requestorWorkflowIdType, offsetof(struct awsc_iam_create_delegation_request_input, requestor_workflow_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RedirectUrl", &s_redirectUrlType, offsetof(struct awsc_iam_create_delegation_request_input, redirect_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NotificationChannel", &s_notificationChannelType, offsetof(struct awsc_iam_create_delegation_request_input, notification_channel), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SessionDuration", &s_sessionDurationType, offsetof(struct awsc_iam_create_delegation_request_input, session_duration), offsetof(struct awsc_iam_create_delegation_request_input, has_session_duration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnlySendByOwner", &s_booleanType, offsetof(struct awsc_iam_create_delegation_request_input, only_send_by_owner), offsetof(struct awsc_iam_create_delegation_request_input, has_only_send_by_owner), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateDelegationRequestRequest_by_wire_name[] = { 1, 6, 8, 0, 2, 5, 3, 4, 7 };

static const struct awsc_member awsc__iam_CreateDelegationRequestResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ConsoleDeepLink", &s_consoleDeepLinkType, offsetof(struct awsc_iam_create_delegation_request_output, console_deep_link), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_create_delegation_request_output, delegation_request_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateDelegationRequestResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_CreateGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_create_group_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_create_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateGroupRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_CreateGroupResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Group", &s_Group, offsetof(struct awsc_iam_create_group_output, group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateGroupResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_create_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Path", &s_pathType, offsetof(struct awsc_iam_create_instance_profile_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_instance_profile_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateInstanceProfileRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_CreateInstanceProfileResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfile", &s_InstanceProfile, offsetof(struct awsc_iam_create_instance_profile_output, instance_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateInstanceProfileResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateLoginProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_create_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Password", &s_passwordType, offsetof(struct awsc_iam_create_login_profile_input, password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordResetRequired", &s_booleanType, offsetof(struct awsc_iam_create_login_profile_input, password_reset_required), offsetof(struct awsc_iam_create_login_profile_input, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateLoginProfileRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_CreateLoginProfileResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LoginProfile", &s_LoginProfile, offsetof(struct awsc_iam_create_login_profile_output, login_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateLoginProfileResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Url", &s_OpenIDConnectProviderUrlType, offsetof(struct awsc_iam_create_open_id_connect_provider_input, url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientIDList", &s_clientIDListType, offsetof(struct awsc_iam_create_open_id_connect_provider_input, client_id_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThumbprintList", &s_thumbprintListType, offsetof(struct awsc_iam_create_open_id_connect_provider_input, thumbprint_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_open_id_connect_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateOpenIDConnectProviderRequest_by_wire_name[] = { 1, 3, 2, 0 };

static const struct awsc_member awsc__iam_CreateOpenIDConnectProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_create_open_id_connect_provider_output, open_id_connect_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_open_id_connect_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateOpenIDConnectProviderResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_CreatePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_create_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Path", &s_policyPathType, offsetof(struct awsc_iam_create_policy_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_create_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_policyDescriptionType, offsetof(struct awsc_iam_create_policy_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_policy_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreatePolicyRequest_by_wire_name[] = { 3, 1, 2, 0, 4 };

static const struct awsc_member awsc__iam_CreatePolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_Policy, offsetof(struct awsc_iam_create_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreatePolicyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreatePolicyVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_create_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_create_policy_version_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SetAsDefault", &s_booleanType, offsetof(struct awsc_iam_create_policy_version_input, set_as_default), offsetof(struct awsc_iam_create_policy_version_input, has_set_as_default), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreatePolicyVersionRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_CreatePolicyVersionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyVersion", &s_PolicyVersion, offsetof(struct awsc_iam_create_policy_version_output, policy_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreatePolicyVersionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_create_role_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_create_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumeRolePolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_create_role_input, assume_role_policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_roleDescriptionType, offsetof(struct awsc_iam_create_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxSessionDuration", &s_roleMaxSessionDurationType, offsetof(struct awsc_iam_create_role_input, max_session_duration), offsetof(struct awsc_iam_create_role_input, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_arnType, offsetof(struct awsc_iam_create_role_input, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateRoleRequest_by_wire_name[] = { 2, 3, 4, 0, 5, 1, 6 };

static const struct awsc_member awsc__iam_CreateRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Role", &s_Role, offsetof(struct awsc_iam_create_role_output, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateRoleResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLMetadataDocument", &s_SAMLMetadataDocumentType, offsetof(struct awsc_iam_create_saml_provider_input, saml_metadata_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_SAMLProviderNameType, offsetof(struct awsc_iam_create_saml_provider_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_saml_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssertionEncryptionMode", &s_assertionEncryptionModeType, offsetof(struct awsc_iam_create_saml_provider_input, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AddPrivateKey", &s_privateKeyType, offsetof(struct awsc_iam_create_saml_provider_input, add_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateSAMLProviderRequest_by_wire_name[] = { 4, 3, 1, 0, 2 };

static const struct awsc_member awsc__iam_CreateSAMLProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_create_saml_provider_output, saml_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_saml_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateSAMLProviderResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_CreateServiceLinkedRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AWSServiceName", &s_groupNameType, offsetof(struct awsc_iam_create_service_linked_role_input, aws_service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_roleDescriptionType, offsetof(struct awsc_iam_create_service_linked_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CustomSuffix", &s_customSuffixType, offsetof(struct awsc_iam_create_service_linked_role_input, custom_suffix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateServiceLinkedRoleRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_CreateServiceLinkedRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Role", &s_Role, offsetof(struct awsc_iam_create_service_linked_role_output, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateServiceLinkedRoleResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateServiceSpecificCredentialRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_create_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceName", &s_serviceName, offsetof(struct awsc_iam_create_service_specific_credential_input, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CredentialAgeDays", &s_credentialAgeDays, offsetof(struct awsc_iam_create_service_specific_credential_input, credential_age_days), offsetof(struct awsc_iam_create_service_specific_credential_input, has_credential_age_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateServiceSpecificCredentialRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_CreateServiceSpecificCredentialResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceSpecificCredential", &s_ServiceSpecificCredential, offsetof(struct awsc_iam_create_service_specific_credential_output, service_specific_credential), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateServiceSpecificCredentialResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_create_user_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_create_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_arnType, offsetof(struct awsc_iam_create_user_input, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_user_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateUserRequest_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__iam_CreateUserResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"User", &s_User, offsetof(struct awsc_iam_create_user_output, user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateUserResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CreateVirtualMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_create_virtual_mfa_device_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VirtualMFADeviceName", &s_virtualMFADeviceName, offsetof(struct awsc_iam_create_virtual_mfa_device_input, virtual_mfa_device_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_create_virtual_mfa_device_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateVirtualMFADeviceRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_CreateVirtualMFADeviceResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VirtualMFADevice", &s_VirtualMFADevice, offsetof(struct awsc_iam_create_virtual_mfa_device_output, virtual_mfa_device), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CreateVirtualMFADeviceResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CredentialReportExpiredException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_credentialReportExpiredExceptionMessage, offsetof(struct awsc_iam_credential_report_expired_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CredentialReportExpiredException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CredentialReportNotPresentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_credentialReportNotPresentExceptionMessage, offsetof(struct awsc_iam_credential_report_not_present_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CredentialReportNotPresentException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_CredentialReportNotReadyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_credentialReportNotReadyExceptionMessage, offsetof(struct awsc_iam_credential_report_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_CredentialReportNotReadyException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeactivateMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_deactivate_mfa_device_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_deactivate_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeactivateMFADeviceRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DelegationPermission_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyTemplateArn", &s_arnType, offsetof(struct awsc_iam_delegation_permission, policy_template_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Parameters", &s_policyParameterListType, offsetof(struct awsc_iam_delegation_permission, parameters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DelegationPermission_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_DelegationRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_delegation_request, delegation_request_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OwnerAccountId", &s_accountIdType, offsetof(struct awsc_iam_delegation_request, owner_account_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_delegationRequestDescriptionType, offsetof(struct awsc_iam_delegation_request, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestMessage", &s_requestMessageType, offsetof(struct awsc_iam_delegation_request, request_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Permissions", &s_DelegationPermission, offsetof(struct awsc_iam_delegation_request, permissions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionPolicy", &s_permissionType, offsetof(struct awsc_iam_delegation_request, permission_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RolePermissionRestrictionArns", &s_rolePermissionRestrictionArnListType, offsetof(struct awsc_iam_delegation_request, role_permission_restriction_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OwnerId", &s_ownerIdType, offsetof(struct awsc_iam_delegation_request, owner_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ApproverId", &s_arnType, offsetof(struct awsc_iam_delegation_request, approver_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"State", &s_stateType, offsetof(struct awsc_iam_delegation_request, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpirationTime", &s_dateType, offsetof(struct awsc_iam_delegation_request, expiration_time), offsetof(struct awsc_iam_delegation_request, has_expiration_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestorId", &s_accountIdType, offsetof(struct awsc_iam_delegation_request, requestor_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequestorName", &s_requestorNameType, offsetof(struct awsc_iam_delegation_request, requestor_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_delegation_request, create_date), offsetof(struct awsc_iam_delegation_request, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SessionDuration", &s_sessionDurationType, offsetof(struct awsc_iam_delegation_request, session_duration), offsetof(struct awsc_iam_delegation_request, has_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RedirectUrl", &s_redirectUrlType, offsetof(struct awsc_iam_delegation_request, redirect_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Notes", &s_notesType, offsetof(struct awsc_iam_delegation_request, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RejectionReason", &s_notesType, offsetof(struct awsc_iam_delegation_request, rejection_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnlySendByOwner", &s_booleanType, offsetof(struct awsc_iam_delegation_request, only_send_by_owner), offsetof(struct awsc_iam_delegation_request, has_only_send_by_owner), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdatedTime", &s_dateType, offsetof(struct awsc_iam_delegation_request, updated_time), offsetof(struct awsc_iam_delegation_request, has_updated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DelegationRequest_by_wire_name[] = { 8, 13, 0, 2, 10, 16, 18, 1, 7, 5, 4, 15, 17, 3, 11, 12, 6, 14, 9, 19 };

static const struct awsc_member awsc__iam_DeleteAccessKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_delete_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_iam_delete_access_key_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteAccessKeyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteAccountAliasRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountAlias", &s_accountAliasType, offsetof(struct awsc_iam_delete_account_alias_input, account_alias), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteAccountAliasRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_deleteConflictMessage, offsetof(struct awsc_iam_delete_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteConflictException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteGroupPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_delete_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_delete_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteGroupPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_DeleteGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_delete_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteGroupRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_delete_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteInstanceProfileRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteLoginProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_delete_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteLoginProfileRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_delete_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteOpenIDConnectProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeletePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_delete_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeletePolicyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeletePolicyVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_delete_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_delete_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeletePolicyVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_DeleteRolePermissionsBoundaryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_delete_role_permissions_boundary_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteRolePermissionsBoundaryRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_delete_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_delete_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteRolePolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_delete_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteRoleRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_delete_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteSAMLProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteSSHPublicKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_delete_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyId", &s_publicKeyIdType, offsetof(struct awsc_iam_delete_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteSSHPublicKeyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_delete_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteServerCertificateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteServiceLinkedRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_delete_service_linked_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteServiceLinkedRoleRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteServiceLinkedRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeletionTaskId", &s_DeletionTaskIdType, offsetof(struct awsc_iam_delete_service_linked_role_output, deletion_task_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteServiceLinkedRoleResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteServiceSpecificCredentialRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_delete_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceSpecificCredentialId", &s_serviceSpecificCredentialId, offsetof(struct awsc_iam_delete_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteServiceSpecificCredentialRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteSigningCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_delete_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateId", &s_certificateIdType, offsetof(struct awsc_iam_delete_signing_certificate_input, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteSigningCertificateRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteUserPermissionsBoundaryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_delete_user_permissions_boundary_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteUserPermissionsBoundaryRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteUserPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_delete_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_delete_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteUserPolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DeleteUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_delete_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteUserRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DeleteVirtualMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_delete_virtual_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DeleteVirtualMFADeviceRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_DeletionTaskFailureReasonType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Reason", &s_ReasonType, offsetof(struct awsc_iam_deletion_task_failure_reason_type, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleUsageList", &s_RoleUsageListType, offsetof(struct awsc_iam_deletion_task_failure_reason_type, role_usage_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DeletionTaskFailureReasonType_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_DetachGroupPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_detach_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_detach_group_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DetachGroupPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_DetachRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_detach_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_detach_role_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DetachRolePolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DetachUserPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_detach_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_detach_user_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DetachUserPolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DisableOrganizationsRootCredentialsManagementResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OrganizationId", &s_OrganizationIdType, offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnabledFeatures", &s_FeaturesListType, offsetof(struct awsc_iam_disable_organizations_root_credentials_management_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DisableOrganizationsRootCredentialsManagementResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DisableOrganizationsRootSessionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OrganizationId", &s_OrganizationIdType, offsetof(struct awsc_iam_disable_organizations_root_sessions_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnabledFeatures", &s_FeaturesListType, offsetof(struct awsc_iam_disable_organizations_root_sessions_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DisableOrganizationsRootSessionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_DuplicateCertificateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_duplicateCertificateMessage, offsetof(struct awsc_iam_duplicate_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DuplicateCertificateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_DuplicateSSHPublicKeyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_duplicateSSHPublicKeyMessage, offsetof(struct awsc_iam_duplicate_ssh_public_key_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_DuplicateSSHPublicKeyException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_EnableMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_enable_mfa_device_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_enable_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthenticationCode1", &s_authenticationCodeType, offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code1), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthenticationCode2", &s_authenticationCodeType, offsetof(struct awsc_iam_enable_mfa_device_input, authentication_code2), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EnableMFADeviceRequest_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__iam_EnableOrganizationsRootCredentialsManagementResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OrganizationId", &s_OrganizationIdType, offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnabledFeatures", &s_FeaturesListType, offsetof(struct awsc_iam_enable_organizations_root_credentials_management_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EnableOrganizationsRootCredentialsManagementResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_EnableOrganizationsRootSessionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OrganizationId", &s_OrganizationIdType, offsetof(struct awsc_iam_enable_organizations_root_sessions_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnabledFeatures", &s_FeaturesListType, offsetof(struct awsc_iam_enable_organizations_root_sessions_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EnableOrganizationsRootSessionsResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_EnableOutboundWebIdentityFederationResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IssuerIdentifier", &s_stringType, offsetof(struct awsc_iam_enable_outbound_web_identity_federation_output, issuer_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EnableOutboundWebIdentityFederationResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_EntityAlreadyExistsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_entityAlreadyExistsMessage, offsetof(struct awsc_iam_entity_already_exists_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EntityAlreadyExistsException_by_wire_name[] = { 0 };

static const struct awsc_member s_EntityDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EntityInfo", &s_EntityInfo, offsetof(struct awsc_iam_entity_details, entity_info), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAuthenticated", &s_dateType, offsetof(struct awsc_iam_entity_details, last_authenticated), offsetof(struct awsc_iam_entity_details, has_last_authenticated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EntityDetails_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_EntityInfo_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_arnType, offsetof(struct awsc_iam_entity_info, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Name", &s_userNameType, offsetof(struct awsc_iam_entity_info, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_policyOwnerEntityType, offsetof(struct awsc_iam_entity_info, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Id", &s_idType, offsetof(struct awsc_iam_entity_info, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Path", &s_pathType, offsetof(struct awsc_iam_entity_info, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EntityInfo_by_wire_name[] = { 0, 3, 1, 4, 2 };

static const struct awsc_member awsc__iam_EntityTemporarilyUnmodifiableException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_entityTemporarilyUnmodifiableMessage, offsetof(struct awsc_iam_entity_temporarily_unmodifiable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_EntityTemporarilyUnmodifiableException_by_wire_name[] = { 0 };

static const struct awsc_member s_ErrorDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Message", &s_stringType, offsetof(struct awsc_iam_error_details, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Code", &s_stringType, offsetof(struct awsc_iam_error_details, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ErrorDetails_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_EvaluationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EvalActionName", &s_ActionNameType, offsetof(struct awsc_iam_evaluation_result, eval_action_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvalResourceName", &s_ResourceNameType, offsetof(struct awsc_iam_evaluation_result, eval_resource_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvalDecision", &s_PolicyEvaluationDecisionType, offsetof(struct awsc_iam_evaluation_result, eval_decision), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MatchedStatements", &s_StatementListType, offsetof(struct awsc_iam_evaluation_result, matched_statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MissingContextValues", &s_ContextKeyNamesResultListType, offsetof(struct awsc_iam_evaluation_result, missing_context_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OrganizationsDecisionDetail", &s_OrganizationsDecisionDetail, offsetof(struct awsc_iam_evaluation_result, organizations_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryDecisionDetail", &s_PermissionsBoundaryDecisionDetail, offsetof(struct awsc_iam_evaluation_result, permissions_boundary_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvalDecisionDetails", &s_EvalDecisionDetailsType, offsetof(struct awsc_iam_evaluation_result, eval_decision_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceSpecificResults", &s_ResourceSpecificResultListType, offsetof(struct awsc_iam_evaluation_result, resource_specific_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_EvaluationResult_by_wire_name[] = { 0, 2, 7, 1, 3, 4, 5, 6, 8 };

static const struct awsc_member awsc__iam_FeatureDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_FeatureDisabledMessage, offsetof(struct awsc_iam_feature_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_FeatureDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_FeatureEnabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_FeatureEnabledMessage, offsetof(struct awsc_iam_feature_enabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_FeatureEnabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GenerateCredentialReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"State", &s_ReportStateType, offsetof(struct awsc_iam_generate_credential_report_output, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_ReportStateDescriptionType, offsetof(struct awsc_iam_generate_credential_report_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GenerateCredentialReportResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GenerateOrganizationsAccessReportRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EntityPath", &s_organizationsEntityPathType, offsetof(struct awsc_iam_generate_organizations_access_report_input, entity_path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OrganizationsPolicyId", &s_organizationsPolicyIdType, offsetof(struct awsc_iam_generate_organizations_access_report_input, organizations_policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GenerateOrganizationsAccessReportRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GenerateOrganizationsAccessReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_jobIDType, offsetof(struct awsc_iam_generate_organizations_access_report_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GenerateOrganizationsAccessReportResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GenerateServiceLastAccessedDetailsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_arnType, offsetof(struct awsc_iam_generate_service_last_accessed_details_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Granularity", &s_AccessAdvisorUsageGranularityType, offsetof(struct awsc_iam_generate_service_last_accessed_details_input, granularity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GenerateServiceLastAccessedDetailsRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GenerateServiceLastAccessedDetailsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_jobIDType, offsetof(struct awsc_iam_generate_service_last_accessed_details_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GenerateServiceLastAccessedDetailsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetAccessKeyLastUsedRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_iam_get_access_key_last_used_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccessKeyLastUsedRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetAccessKeyLastUsedResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_get_access_key_last_used_output, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessKeyLastUsed", &s_AccessKeyLastUsed, offsetof(struct awsc_iam_get_access_key_last_used_output, access_key_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccessKeyLastUsedResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetAccountAuthorizationDetailsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Filter", &s_entityListType, offsetof(struct awsc_iam_get_account_authorization_details_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_get_account_authorization_details_input, max_items), offsetof(struct awsc_iam_get_account_authorization_details_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_account_authorization_details_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccountAuthorizationDetailsRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_GetAccountAuthorizationDetailsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserDetailList", &s_userDetailListType, offsetof(struct awsc_iam_get_account_authorization_details_output, user_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupDetailList", &s_groupDetailListType, offsetof(struct awsc_iam_get_account_authorization_details_output, group_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleDetailList", &s_roleDetailListType, offsetof(struct awsc_iam_get_account_authorization_details_output, role_detail_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policies", &s_ManagedPolicyDetailListType, offsetof(struct awsc_iam_get_account_authorization_details_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_get_account_authorization_details_output, is_truncated), offsetof(struct awsc_iam_get_account_authorization_details_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_get_account_authorization_details_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccountAuthorizationDetailsResponse_by_wire_name[] = { 1, 4, 5, 3, 2, 0 };

static const struct awsc_member awsc__iam_GetAccountPasswordPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PasswordPolicy", &s_PasswordPolicy, offsetof(struct awsc_iam_get_account_password_policy_output, password_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccountPasswordPolicyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetAccountSummaryResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SummaryMap", &s_summaryMapType, offsetof(struct awsc_iam_get_account_summary_output, summary_map), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetAccountSummaryResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetContextKeysForCustomPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_get_context_keys_for_custom_policy_input, policy_input_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetContextKeysForCustomPolicyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetContextKeysForPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ContextKeyNames", &s_ContextKeyNamesResultListType, offsetof(struct awsc_iam_get_context_keys_for_policy_response, context_key_names), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetContextKeysForPolicyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetContextKeysForPrincipalPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicySourceArn", &s_arnType, offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_get_context_keys_for_principal_policy_input, policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetContextKeysForPrincipalPolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetCredentialReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Content", &s_ReportContentType, offsetof(struct awsc_iam_get_credential_report_output, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ReportFormat", &s_ReportFormatType, offsetof(struct awsc_iam_get_credential_report_output, report_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GeneratedTime", &s_dateType, offsetof(struct awsc_iam_get_credential_report_output, generated_time), offsetof(struct awsc_iam_get_credential_report_output, has_generated_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetCredentialReportResponse_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_GetDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_get_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DelegationPermissionCheck", &s_booleanType, offsetof(struct awsc_iam_get_delegation_request_input, delegation_permission_check), offsetof(struct awsc_iam_get_delegation_request_input, has_delegation_permission_check), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetDelegationRequestRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetDelegationRequestResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequest", &s_DelegationRequest, offsetof(struct awsc_iam_get_delegation_request_output, delegation_request), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionCheckStatus", &s_permissionCheckStatusType, offsetof(struct awsc_iam_get_delegation_request_output, permission_check_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionCheckResult", &s_permissionCheckResultType, offsetof(struct awsc_iam_get_delegation_request_output, permission_check_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetDelegationRequestResponse_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_GetGroupPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_get_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetGroupPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GetGroupPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_get_group_policy_output, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_group_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_get_group_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetGroupPolicyResponse_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_GetGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_get_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_group_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_get_group_input, max_items), offsetof(struct awsc_iam_get_group_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetGroupRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_GetGroupResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Group", &s_Group, offsetof(struct awsc_iam_get_group_output, group), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Users", &s_userListType, offsetof(struct awsc_iam_get_group_output, users), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_get_group_output, is_truncated), offsetof(struct awsc_iam_get_group_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_get_group_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetGroupResponse_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__iam_GetHumanReadableSummaryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EntityArn", &s_arnType, offsetof(struct awsc_iam_get_human_readable_summary_input, entity_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Locale", &s_localeType, offsetof(struct awsc_iam_get_human_readable_summary_input, locale), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetHumanReadableSummaryRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GetHumanReadableSummaryResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SummaryContent", &s_summaryContentType, offsetof(struct awsc_iam_get_human_readable_summary_output, summary_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Locale", &s_localeType, offsetof(struct awsc_iam_get_human_readable_summary_output, locale), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SummaryState", &s_summaryStateType, offsetof(struct awsc_iam_get_human_readable_summary_output, summary_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetHumanReadableSummaryResponse_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__iam_GetInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_get_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetInstanceProfileRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetInstanceProfileResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfile", &s_InstanceProfile, offsetof(struct awsc_iam_get_instance_profile_output, instance_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetInstanceProfileResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetLoginProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_get_login_profile_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetLoginProfileRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetLoginProfileResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LoginProfile", &s_LoginProfile, offsetof(struct awsc_iam_get_login_profile_output, login_profile), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetLoginProfileResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_get_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_get_mfa_device_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetMFADeviceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GetMFADeviceResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_get_mfa_device_output, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_get_mfa_device_output, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnableDate", &s_dateType, offsetof(struct awsc_iam_get_mfa_device_output, enable_date), offsetof(struct awsc_iam_get_mfa_device_output, has_enable_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Certifications", &s_CertificationMapType, offsetof(struct awsc_iam_get_mfa_device_output, certifications), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetMFADeviceResponse_by_wire_name[] = { 3, 2, 1, 0 };

static const struct awsc_member awsc__iam_GetOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_get_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetOpenIDConnectProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetOpenIDConnectProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Url", &s_OpenIDConnectProviderUrlType, offsetof(struct awsc_iam_get_open_id_connect_provider_output, url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientIDList", &s_clientIDListType, offsetof(struct awsc_iam_get_open_id_connect_provider_output, client_id_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThumbprintList", &s_thumbprintListType, offsetof(struct awsc_iam_get_open_id_connect_provider_output, thumbprint_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_get_open_id_connect_provider_output, create_date), offsetof(struct awsc_iam_get_open_id_connect_provider_output, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_get_open_id_connect_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetOpenIDConnectProviderResponse_by_wire_name[] = { 1, 3, 4, 2, 0 };

static const struct awsc_member awsc__iam_GetOrganizationsAccessReportRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_jobIDType, offsetof(struct awsc_iam_get_organizations_access_report_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_get_organizations_access_report_input, max_items), offsetof(struct awsc_iam_get_organizations_access_report_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_organizations_access_report_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SortKey", &s_sortKeyType, offsetof(struct awsc_iam_get_organizations_access_report_input, sort_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetOrganizationsAccessReportRequest_by_wire_name[] = { 0, 2, 1, 3 };

static const struct awsc_member awsc__iam_GetOrganizationsAccessReportResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobStatus", &s_jobStatusType, offsetof(struct awsc_iam_get_organizations_access_report_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCreationDate", &s_dateType, offsetof(struct awsc_iam_get_organizations_access_report_output, job_creation_date), offsetof(struct awsc_iam_get_organizations_access_report_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCompletionDate", &s_dateType, offsetof(struct awsc_iam_get_organizations_access_report_output, job_completion_date), offsetof(struct awsc_iam_get_organizations_access_report_output, has_job_completion_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NumberOfServicesAccessible", &s_integerType, offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_accessible), offsetof(struct awsc_iam_get_organizations_access_report_output, has_number_of_services_accessible), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NumberOfServicesNotAccessed", &s_integerType, offsetof(struct awsc_iam_get_organizations_access_report_output, number_of_services_not_accessed), offsetof(struct awsc_iam_get_organizations_access_report_output, has_number_of_services_not_accessed), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessDetails", &s_AccessDetails, offsetof(struct awsc_iam_get_organizations_access_report_output, access_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_get_organizations_access_report_output, is_truncated), offsetof(struct awsc_iam_get_organizations_access_report_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_organizations_access_report_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ErrorDetails", &s_ErrorDetails, offsetof(struct awsc_iam_get_organizations_access_report_output, error_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetOrganizationsAccessReportResponse_by_wire_name[] = { 5, 8, 6, 2, 1, 0, 7, 3, 4 };

static const struct awsc_member awsc__iam_GetOutboundWebIdentityFederationInfoResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"IssuerIdentifier", &s_stringType, offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, issuer_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JwtVendingEnabled", &s_booleanType, offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, jwt_vending_enabled), offsetof(struct awsc_iam_get_outbound_web_identity_federation_info_output, has_jwt_vending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetOutboundWebIdentityFederationInfoResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GetPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_get_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetPolicyRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policy", &s_Policy, offsetof(struct awsc_iam_get_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetPolicyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetPolicyVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_get_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_get_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetPolicyVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_GetPolicyVersionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyVersion", &s_PolicyVersion, offsetof(struct awsc_iam_get_policy_version_output, policy_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetPolicyVersionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_get_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetRolePolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetRolePolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_get_role_policy_output, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_role_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_get_role_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetRolePolicyResponse_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_GetRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_get_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetRoleRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Role", &s_Role, offsetof(struct awsc_iam_get_role_output, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetRoleResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_get_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetSAMLProviderRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetSAMLProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderUUID", &s_privateKeyIdType, offsetof(struct awsc_iam_get_saml_provider_output, saml_provider_uuid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SAMLMetadataDocument", &s_SAMLMetadataDocumentType, offsetof(struct awsc_iam_get_saml_provider_output, saml_metadata_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_get_saml_provider_output, create_date), offsetof(struct awsc_iam_get_saml_provider_output, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidUntil", &s_dateType, offsetof(struct awsc_iam_get_saml_provider_output, valid_until), offsetof(struct awsc_iam_get_saml_provider_output, has_valid_until), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_get_saml_provider_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssertionEncryptionMode", &s_assertionEncryptionModeType, offsetof(struct awsc_iam_get_saml_provider_output, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PrivateKeyList", &s_privateKeyList, offsetof(struct awsc_iam_get_saml_provider_output, private_key_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetSAMLProviderResponse_by_wire_name[] = { 5, 2, 6, 1, 0, 4, 3 };

static const struct awsc_member awsc__iam_GetSSHPublicKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_get_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyId", &s_publicKeyIdType, offsetof(struct awsc_iam_get_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Encoding", &s_encodingType, offsetof(struct awsc_iam_get_ssh_public_key_input, encoding), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetSSHPublicKeyRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_GetSSHPublicKeyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSHPublicKey", &s_SSHPublicKey, offsetof(struct awsc_iam_get_ssh_public_key_output, ssh_public_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetSSHPublicKeyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_get_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServerCertificateRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetServerCertificateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificate", &s_ServerCertificate, offsetof(struct awsc_iam_get_server_certificate_output, server_certificate), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServerCertificateResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetServiceLastAccessedDetailsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_jobIDType, offsetof(struct awsc_iam_get_service_last_accessed_details_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_get_service_last_accessed_details_input, max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_service_last_accessed_details_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLastAccessedDetailsRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_GetServiceLastAccessedDetailsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobStatus", &s_jobStatusType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobType", &s_AccessAdvisorUsageGranularityType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCreationDate", &s_dateType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServicesLastAccessed", &s_ServicesLastAccessed, offsetof(struct awsc_iam_get_service_last_accessed_details_output, services_last_accessed), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCompletionDate", &s_dateType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_job_completion_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_get_service_last_accessed_details_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_iam_get_service_last_accessed_details_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLastAccessedDetailsResponse_by_wire_name[] = { 7, 5, 4, 2, 0, 1, 6, 3 };

static const struct awsc_member awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobId", &s_jobIDType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceNamespace", &s_serviceNamespaceType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, max_items), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest_by_wire_name[] = { 0, 3, 2, 1 };

static const struct awsc_member awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"JobStatus", &s_jobStatusType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCreationDate", &s_dateType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_creation_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_job_creation_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"JobCompletionDate", &s_dateType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, job_completion_date), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_job_completion_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityDetailsList", &s_entityDetailsListType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, entity_details_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, is_truncated), offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Error", &s_ErrorDetails, offsetof(struct awsc_iam_get_service_last_accessed_details_with_entities_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse_by_wire_name[] = { 3, 6, 4, 2, 1, 0, 5 };

static const struct awsc_member awsc__iam_GetServiceLinkedRoleDeletionStatusRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DeletionTaskId", &s_DeletionTaskIdType, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_input, deletion_task_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLinkedRoleDeletionStatusRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetServiceLinkedRoleDeletionStatusResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Status", &s_DeletionTaskStatusType, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Reason", &s_DeletionTaskFailureReasonType, offsetof(struct awsc_iam_get_service_linked_role_deletion_status_output, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetServiceLinkedRoleDeletionStatusResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetUserPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_get_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetUserPolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_GetUserPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_get_user_policy_output, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_get_user_policy_output, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_get_user_policy_output, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetUserPolicyResponse_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_GetUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_get_user_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetUserRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_GetUserResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"User", &s_User, offsetof(struct awsc_iam_get_user_output, user), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_GetUserResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_Group_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_group, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_group, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupId", &s_idType, offsetof(struct awsc_iam_group, group_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_group, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_group, create_date), offsetof(struct awsc_iam_group, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Group_by_wire_name[] = { 3, 4, 2, 1, 0 };

static const struct awsc_member s_GroupDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_group_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_group_detail, group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupId", &s_idType, offsetof(struct awsc_iam_group_detail, group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_group_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_group_detail, create_date), offsetof(struct awsc_iam_group_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupPolicyList", &s_policyDetailListType, offsetof(struct awsc_iam_group_detail, group_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachedManagedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_group_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GroupDetail_by_wire_name[] = { 3, 6, 4, 2, 1, 5, 0 };

static const struct awsc_member s_InlinePolicyIdentifierType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_inline_policy_identifier_type, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachmentType", &s_AttachmentType, offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachmentName", &s_AttachmentName, offsetof(struct awsc_iam_inline_policy_identifier_type, attachment_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InlinePolicyIdentifierType_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_InstanceProfile_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_instance_profile, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_instance_profile, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InstanceProfileId", &s_idType, offsetof(struct awsc_iam_instance_profile, instance_profile_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_instance_profile, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_instance_profile, create_date), offsetof(struct awsc_iam_instance_profile, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Roles", &s_roleListType, offsetof(struct awsc_iam_instance_profile, roles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_instance_profile, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InstanceProfile_by_wire_name[] = { 3, 4, 2, 1, 0, 5, 6 };

static const struct awsc_member awsc__iam_InvalidAuthenticationCodeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidAuthenticationCodeMessage, offsetof(struct awsc_iam_invalid_authentication_code_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_InvalidAuthenticationCodeException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_InvalidCertificateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidCertificateMessage, offsetof(struct awsc_iam_invalid_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_InvalidCertificateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_InvalidInputException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidInputMessage, offsetof(struct awsc_iam_invalid_input_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_InvalidInputException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_InvalidPublicKeyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidPublicKeyMessage, offsetof(struct awsc_iam_invalid_public_key_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_InvalidPublicKeyException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_InvalidUserTypeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidUserTypeMessage, offsetof(struct awsc_iam_invalid_user_type_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_InvalidUserTypeException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_KeyPairMismatchException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_keyPairMismatchMessage, offsetof(struct awsc_iam_key_pair_mismatch_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_KeyPairMismatchException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_LimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_limitExceededMessage, offsetof(struct awsc_iam_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_LimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_ListAccessKeysRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_access_keys_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_access_keys_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_access_keys_input, max_items), offsetof(struct awsc_iam_list_access_keys_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAccessKeysRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListAccessKeysResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyMetadata", &s_accessKeyMetadataListType, offsetof(struct awsc_iam_list_access_keys_output, access_key_metadata), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_access_keys_output, is_truncated), offsetof(struct awsc_iam_list_access_keys_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_access_keys_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAccessKeysResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListAccountAliasesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_account_aliases_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_account_aliases_input, max_items), offsetof(struct awsc_iam_list_account_aliases_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAccountAliasesRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_ListAccountAliasesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccountAliases", &s_accountAliasListType, offsetof(struct awsc_iam_list_account_aliases_output, account_aliases), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_account_aliases_output, is_truncated), offsetof(struct awsc_iam_list_account_aliases_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_account_aliases_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAccountAliasesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListAttachedGroupPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_list_attached_group_policies_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PathPrefix", &s_policyPathType, offsetof(struct awsc_iam_list_attached_group_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_attached_group_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_attached_group_policies_input, max_items), offsetof(struct awsc_iam_list_attached_group_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedGroupPoliciesRequest_by_wire_name[] = { 0, 2, 3, 1 };

static const struct awsc_member awsc__iam_ListAttachedGroupPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttachedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_list_attached_group_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_attached_group_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_group_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_attached_group_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedGroupPoliciesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListAttachedRolePoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_list_attached_role_policies_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PathPrefix", &s_policyPathType, offsetof(struct awsc_iam_list_attached_role_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_attached_role_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_attached_role_policies_input, max_items), offsetof(struct awsc_iam_list_attached_role_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedRolePoliciesRequest_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__iam_ListAttachedRolePoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttachedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_list_attached_role_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_attached_role_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_role_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_attached_role_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedRolePoliciesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListAttachedUserPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_list_attached_user_policies_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PathPrefix", &s_policyPathType, offsetof(struct awsc_iam_list_attached_user_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_attached_user_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_attached_user_policies_input, max_items), offsetof(struct awsc_iam_list_attached_user_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedUserPoliciesRequest_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member awsc__iam_ListAttachedUserPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AttachedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_list_attached_user_policies_output, attached_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_attached_user_policies_output, is_truncated), offsetof(struct awsc_iam_list_attached_user_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_attached_user_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListAttachedUserPoliciesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListDelegationRequestsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OwnerId", &s_ownerIdType, offsetof(struct awsc_iam_list_delegation_requests_input, owner_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_delegation_requests_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_delegation_requests_input, max_items), offsetof(struct awsc_iam_list_delegation_requests_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListDelegationRequestsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListDelegationRequestsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequests", &s_delegationRequestsListType, offsetof(struct awsc_iam_list_delegation_requests_output, delegation_requests), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_delegation_requests_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"isTruncated", &s_booleanType, offsetof(struct awsc_iam_list_delegation_requests_output, is_truncated), offsetof(struct awsc_iam_list_delegation_requests_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListDelegationRequestsResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListEntitiesForPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_list_entities_for_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityFilter", &s_EntityType, offsetof(struct awsc_iam_list_entities_for_policy_input, entity_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PathPrefix", &s_pathType, offsetof(struct awsc_iam_list_entities_for_policy_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyUsageFilter", &s_PolicyUsageType, offsetof(struct awsc_iam_list_entities_for_policy_input, policy_usage_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_entities_for_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_entities_for_policy_input, max_items), offsetof(struct awsc_iam_list_entities_for_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListEntitiesForPolicyRequest_by_wire_name[] = { 1, 4, 5, 2, 0, 3 };

static const struct awsc_member awsc__iam_ListEntitiesForPolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyGroups", &s_PolicyGroupListType, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_groups), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyUsers", &s_PolicyUserListType, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_users), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyRoles", &s_PolicyRoleListType, offsetof(struct awsc_iam_list_entities_for_policy_output, policy_roles), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_entities_for_policy_output, is_truncated), offsetof(struct awsc_iam_list_entities_for_policy_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_entities_for_policy_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListEntitiesForPolicyResponse_by_wire_name[] = { 3, 4, 0, 2, 1 };

static const struct awsc_member awsc__iam_ListGroupPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_list_group_policies_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_group_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_group_policies_input, max_items), offsetof(struct awsc_iam_list_group_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupPoliciesRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListGroupPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyNames", &s_policyNameListType, offsetof(struct awsc_iam_list_group_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_group_policies_output, is_truncated), offsetof(struct awsc_iam_list_group_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_group_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupPoliciesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListGroupsForUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_groups_for_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_groups_for_user_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_groups_for_user_input, max_items), offsetof(struct awsc_iam_list_groups_for_user_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupsForUserRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListGroupsForUserResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Groups", &s_groupListType, offsetof(struct awsc_iam_list_groups_for_user_output, groups), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_groups_for_user_output, is_truncated), offsetof(struct awsc_iam_list_groups_for_user_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_groups_for_user_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupsForUserResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListGroupsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PathPrefix", &s_pathPrefixType, offsetof(struct awsc_iam_list_groups_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_groups_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_groups_input, max_items), offsetof(struct awsc_iam_list_groups_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListGroupsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Groups", &s_groupListType, offsetof(struct awsc_iam_list_groups_output, groups), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_groups_output, is_truncated), offsetof(struct awsc_iam_list_groups_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_groups_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListGroupsResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListInstanceProfileTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_list_instance_profile_tags_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_instance_profile_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_instance_profile_tags_input, max_items), offsetof(struct awsc_iam_list_instance_profile_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfileTagsRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListInstanceProfileTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_instance_profile_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_instance_profile_tags_output, is_truncated), offsetof(struct awsc_iam_list_instance_profile_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_instance_profile_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfileTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListInstanceProfilesForRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_list_instance_profiles_for_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_instance_profiles_for_role_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_instance_profiles_for_role_input, max_items), offsetof(struct awsc_iam_list_instance_profiles_for_role_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfilesForRoleRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListInstanceProfilesForRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfiles", &s_instanceProfileListType, offsetof(struct awsc_iam_list_instance_profiles_for_role_output, instance_profiles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_instance_profiles_for_role_output, is_truncated), offsetof(struct awsc_iam_list_instance_profiles_for_role_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_instance_profiles_for_role_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfilesForRoleResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListInstanceProfilesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PathPrefix", &s_pathPrefixType, offsetof(struct awsc_iam_list_instance_profiles_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_instance_profiles_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_instance_profiles_input, max_items), offsetof(struct awsc_iam_list_instance_profiles_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfilesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListInstanceProfilesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfiles", &s_instanceProfileListType, offsetof(struct awsc_iam_list_instance_profiles_output, instance_profiles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_instance_profiles_output, is_truncated), offsetof(struct awsc_iam_list_instance_profiles_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_instance_profiles_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListInstanceProfilesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListMFADeviceTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_list_mfa_device_tags_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_mfa_device_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_mfa_device_tags_input, max_items), offsetof(struct awsc_iam_list_mfa_device_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListMFADeviceTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListMFADeviceTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_mfa_device_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_mfa_device_tags_output, is_truncated), offsetof(struct awsc_iam_list_mfa_device_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_mfa_device_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListMFADeviceTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListMFADevicesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_mfa_devices_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_mfa_devices_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_mfa_devices_input, max_items), offsetof(struct awsc_iam_list_mfa_devices_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListMFADevicesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListMFADevicesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MFADevices", &s_mfaDeviceListType, offsetof(struct awsc_iam_list_mfa_devices_output, mfa_devices), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_mfa_devices_output, is_truncated), offsetof(struct awsc_iam_list_mfa_devices_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_mfa_devices_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListMFADevicesResponse_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__iam_ListOpenIDConnectProviderTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, max_items), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListOpenIDConnectProviderTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListOpenIDConnectProviderTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, is_truncated), offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_open_id_connect_provider_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListOpenIDConnectProviderTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListOpenIDConnectProvidersResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderList", &s_OpenIDConnectProviderListType, offsetof(struct awsc_iam_list_open_id_connect_providers_output, open_id_connect_provider_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListOpenIDConnectProvidersResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_ListOrganizationsFeaturesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OrganizationId", &s_OrganizationIdType, offsetof(struct awsc_iam_list_organizations_features_output, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnabledFeatures", &s_FeaturesListType, offsetof(struct awsc_iam_list_organizations_features_output, enabled_features), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListOrganizationsFeaturesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ListPoliciesGrantingServiceAccessEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceNamespace", &s_serviceNamespaceType, offsetof(struct awsc_iam_list_policies_granting_service_access_entry, service_namespace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policies", &s_policyGrantingServiceAccessListType, offsetof(struct awsc_iam_list_policies_granting_service_access_entry, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ListPoliciesGrantingServiceAccessEntry_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_ListPoliciesGrantingServiceAccessRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_policies_granting_service_access_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_list_policies_granting_service_access_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceNamespaces", &s_serviceNamespaceListType, offsetof(struct awsc_iam_list_policies_granting_service_access_input, service_namespaces), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPoliciesGrantingServiceAccessRequest_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__iam_ListPoliciesGrantingServiceAccessResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PoliciesGrantingServiceAccess", &s_listPolicyGrantingServiceAccessResponseListType, offsetof(struct awsc_iam_list_policies_granting_service_access_output, policies_granting_service_access), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_policies_granting_service_access_output, is_truncated), offsetof(struct awsc_iam_list_policies_granting_service_access_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_policies_granting_service_access_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPoliciesGrantingServiceAccessResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Scope", &s_policyScopeType, offsetof(struct awsc_iam_list_policies_input, scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OnlyAttached", &s_booleanType, offsetof(struct awsc_iam_list_policies_input, only_attached), offsetof(struct awsc_iam_list_policies_input, has_only_attached), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PathPrefix", &s_policyPathType, offsetof(struct awsc_iam_list_policies_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyUsageFilter", &s_PolicyUsageType, offsetof(struct awsc_iam_list_policies_input, policy_usage_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_policies_input, max_items), offsetof(struct awsc_iam_list_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPoliciesRequest_by_wire_name[] = { 4, 5, 1, 2, 3, 0 };

static const struct awsc_member awsc__iam_ListPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Policies", &s_policyListType, offsetof(struct awsc_iam_list_policies_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_policies_output, is_truncated), offsetof(struct awsc_iam_list_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPoliciesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListPolicyTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_list_policy_tags_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_policy_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_policy_tags_input, max_items), offsetof(struct awsc_iam_list_policy_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPolicyTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListPolicyTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_policy_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_policy_tags_output, is_truncated), offsetof(struct awsc_iam_list_policy_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_policy_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPolicyTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListPolicyVersionsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_list_policy_versions_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_policy_versions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_policy_versions_input, max_items), offsetof(struct awsc_iam_list_policy_versions_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPolicyVersionsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListPolicyVersionsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Versions", &s_policyDocumentVersionListType, offsetof(struct awsc_iam_list_policy_versions_output, versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_policy_versions_output, is_truncated), offsetof(struct awsc_iam_list_policy_versions_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_policy_versions_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListPolicyVersionsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRolePoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_list_role_policies_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_role_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_role_policies_input, max_items), offsetof(struct awsc_iam_list_role_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRolePoliciesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRolePoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyNames", &s_policyNameListType, offsetof(struct awsc_iam_list_role_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_role_policies_output, is_truncated), offsetof(struct awsc_iam_list_role_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_role_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRolePoliciesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRoleTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_list_role_tags_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_role_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_role_tags_input, max_items), offsetof(struct awsc_iam_list_role_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRoleTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRoleTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_role_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_role_tags_output, is_truncated), offsetof(struct awsc_iam_list_role_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_role_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRoleTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRolesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PathPrefix", &s_pathPrefixType, offsetof(struct awsc_iam_list_roles_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_roles_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_roles_input, max_items), offsetof(struct awsc_iam_list_roles_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRolesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListRolesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Roles", &s_roleListType, offsetof(struct awsc_iam_list_roles_output, roles), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_roles_output, is_truncated), offsetof(struct awsc_iam_list_roles_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_roles_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListRolesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListSAMLProviderTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_list_saml_provider_tags_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_saml_provider_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_saml_provider_tags_input, max_items), offsetof(struct awsc_iam_list_saml_provider_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSAMLProviderTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListSAMLProviderTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_saml_provider_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_saml_provider_tags_output, is_truncated), offsetof(struct awsc_iam_list_saml_provider_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_saml_provider_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSAMLProviderTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListSAMLProvidersResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderList", &s_SAMLProviderListType, offsetof(struct awsc_iam_list_saml_providers_output, saml_provider_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSAMLProvidersResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_ListSSHPublicKeysRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_list_ssh_public_keys_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_ssh_public_keys_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_ssh_public_keys_input, max_items), offsetof(struct awsc_iam_list_ssh_public_keys_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSSHPublicKeysRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListSSHPublicKeysResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSHPublicKeys", &s_SSHPublicKeyListType, offsetof(struct awsc_iam_list_ssh_public_keys_output, ssh_public_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_ssh_public_keys_output, is_truncated), offsetof(struct awsc_iam_list_ssh_public_keys_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_ssh_public_keys_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSSHPublicKeysResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListServerCertificateTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_list_server_certificate_tags_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_server_certificate_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_server_certificate_tags_input, max_items), offsetof(struct awsc_iam_list_server_certificate_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServerCertificateTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListServerCertificateTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_server_certificate_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_server_certificate_tags_output, is_truncated), offsetof(struct awsc_iam_list_server_certificate_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_server_certificate_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServerCertificateTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListServerCertificatesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PathPrefix", &s_pathPrefixType, offsetof(struct awsc_iam_list_server_certificates_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_server_certificates_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_server_certificates_input, max_items), offsetof(struct awsc_iam_list_server_certificates_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServerCertificatesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListServerCertificatesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateMetadataList", &s_serverCertificateMetadataListType, offsetof(struct awsc_iam_list_server_certificates_output, server_certificate_metadata_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_server_certificates_output, is_truncated), offsetof(struct awsc_iam_list_server_certificates_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_server_certificates_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServerCertificatesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListServiceSpecificCredentialsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_list_service_specific_credentials_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceName", &s_serviceName, offsetof(struct awsc_iam_list_service_specific_credentials_input, service_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllUsers", &s_allUsers, offsetof(struct awsc_iam_list_service_specific_credentials_input, all_users), offsetof(struct awsc_iam_list_service_specific_credentials_input, has_all_users), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_service_specific_credentials_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_service_specific_credentials_input, max_items), offsetof(struct awsc_iam_list_service_specific_credentials_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServiceSpecificCredentialsRequest_by_wire_name[] = { 2, 3, 4, 1, 0 };

static const struct awsc_member awsc__iam_ListServiceSpecificCredentialsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceSpecificCredentials", &s_ServiceSpecificCredentialsListType, offsetof(struct awsc_iam_list_service_specific_credentials_output, service_specific_credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_service_specific_credentials_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_service_specific_credentials_output, is_truncated), offsetof(struct awsc_iam_list_service_specific_credentials_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListServiceSpecificCredentialsResponse_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_ListSigningCertificatesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_signing_certificates_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_signing_certificates_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_signing_certificates_input, max_items), offsetof(struct awsc_iam_list_signing_certificates_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSigningCertificatesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListSigningCertificatesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Certificates", &s_certificateListType, offsetof(struct awsc_iam_list_signing_certificates_output, certificates), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_signing_certificates_output, is_truncated), offsetof(struct awsc_iam_list_signing_certificates_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_signing_certificates_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListSigningCertificatesResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListUserPoliciesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_user_policies_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_user_policies_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_user_policies_input, max_items), offsetof(struct awsc_iam_list_user_policies_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUserPoliciesRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListUserPoliciesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyNames", &s_policyNameListType, offsetof(struct awsc_iam_list_user_policies_output, policy_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_user_policies_output, is_truncated), offsetof(struct awsc_iam_list_user_policies_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_user_policies_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUserPoliciesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListUserTagsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_list_user_tags_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_user_tags_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_user_tags_input, max_items), offsetof(struct awsc_iam_list_user_tags_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUserTagsRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListUserTagsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_list_user_tags_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_user_tags_output, is_truncated), offsetof(struct awsc_iam_list_user_tags_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_user_tags_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUserTagsResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListUsersRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PathPrefix", &s_pathPrefixType, offsetof(struct awsc_iam_list_users_input, path_prefix), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_users_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_users_input, max_items), offsetof(struct awsc_iam_list_users_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUsersRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListUsersResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Users", &s_userListType, offsetof(struct awsc_iam_list_users_output, users), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_users_output, is_truncated), offsetof(struct awsc_iam_list_users_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_users_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListUsersResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_ListVirtualMFADevicesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AssignmentStatus", &s_assignmentStatusType, offsetof(struct awsc_iam_list_virtual_mfa_devices_input, assignment_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_list_virtual_mfa_devices_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_list_virtual_mfa_devices_input, max_items), offsetof(struct awsc_iam_list_virtual_mfa_devices_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListVirtualMFADevicesRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_ListVirtualMFADevicesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"VirtualMFADevices", &s_virtualMFADeviceListType, offsetof(struct awsc_iam_list_virtual_mfa_devices_output, virtual_mfa_devices), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_list_virtual_mfa_devices_output, is_truncated), offsetof(struct awsc_iam_list_virtual_mfa_devices_output, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_list_virtual_mfa_devices_output, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ListVirtualMFADevicesResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_LoginProfile_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_login_profile, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_login_profile, create_date), offsetof(struct awsc_iam_login_profile, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordResetRequired", &s_booleanType, offsetof(struct awsc_iam_login_profile, password_reset_required), offsetof(struct awsc_iam_login_profile, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_LoginProfile_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_MFADevice_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_mfa_device, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_mfa_device, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnableDate", &s_dateType, offsetof(struct awsc_iam_mfa_device, enable_date), offsetof(struct awsc_iam_mfa_device, has_enable_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MFADevice_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_MalformedCertificateException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_malformedCertificateMessage, offsetof(struct awsc_iam_malformed_certificate_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_MalformedCertificateException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_MalformedPolicyDocumentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_malformedPolicyDocumentMessage, offsetof(struct awsc_iam_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_MalformedPolicyDocumentException_by_wire_name[] = { 0 };

static const struct awsc_member s_ManagedPolicyDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_managed_policy_detail, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyId", &s_idType, offsetof(struct awsc_iam_managed_policy_detail, policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_managed_policy_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Path", &s_policyPathType, offsetof(struct awsc_iam_managed_policy_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultVersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_managed_policy_detail, default_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachmentCount", &s_attachmentCountType, offsetof(struct awsc_iam_managed_policy_detail, attachment_count), offsetof(struct awsc_iam_managed_policy_detail, has_attachment_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryUsageCount", &s_attachmentCountType, offsetof(struct awsc_iam_managed_policy_detail, permissions_boundary_usage_count), offsetof(struct awsc_iam_managed_policy_detail, has_permissions_boundary_usage_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsAttachable", &s_booleanType, offsetof(struct awsc_iam_managed_policy_detail, is_attachable), offsetof(struct awsc_iam_managed_policy_detail, has_is_attachable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_policyDescriptionType, offsetof(struct awsc_iam_managed_policy_detail, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_managed_policy_detail, create_date), offsetof(struct awsc_iam_managed_policy_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateDate", &s_dateType, offsetof(struct awsc_iam_managed_policy_detail, update_date), offsetof(struct awsc_iam_managed_policy_detail, has_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyVersionList", &s_policyDocumentVersionListType, offsetof(struct awsc_iam_managed_policy_detail, policy_version_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ManagedPolicyDetail_by_wire_name[] = { 2, 5, 9, 4, 8, 7, 3, 6, 1, 0, 11, 10 };

static const struct awsc_member awsc__iam_NoSuchEntityException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_noSuchEntityMessage, offsetof(struct awsc_iam_no_such_entity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_NoSuchEntityException_by_wire_name[] = { 0 };

static const struct awsc_member s_OpenIDConnectProviderListEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_arnType, offsetof(struct awsc_iam_open_id_connect_provider_list_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OpenIDConnectProviderListEntry_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_OpenIdIdpCommunicationErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_openIdIdpCommunicationErrorExceptionMessage, offsetof(struct awsc_iam_open_id_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_OpenIdIdpCommunicationErrorException_by_wire_name[] = { 0 };

static const struct awsc_member s_OrderedOrganizationPolicyType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceControlPolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_ordered_organization_policy_type, service_control_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OrderedOrganizationPolicyType_by_wire_name[] = { 0 };

static const struct awsc_member s_OrganizationsDecisionDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AllowedByOrganizations", &s_booleanType, offsetof(struct awsc_iam_organizations_decision_detail, allowed_by_organizations), offsetof(struct awsc_iam_organizations_decision_detail, has_allowed_by_organizations), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OrganizationsDecisionDetail_by_wire_name[] = { 0 };

static const struct awsc_member s_PasswordPolicy_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumPasswordLength", &s_minimumPasswordLengthType, offsetof(struct awsc_iam_password_policy, minimum_password_length), offsetof(struct awsc_iam_password_policy, has_minimum_password_length), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireSymbols", &s_booleanType, offsetof(struct awsc_iam_password_policy, require_symbols), offsetof(struct awsc_iam_password_policy, has_require_symbols), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireNumbers", &s_booleanType, offsetof(struct awsc_iam_password_policy, require_numbers), offsetof(struct awsc_iam_password_policy, has_require_numbers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireUppercaseCharacters", &s_booleanType, offsetof(struct awsc_iam_password_policy, require_uppercase_characters), offsetof(struct awsc_iam_password_policy, has_require_uppercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireLowercaseCharacters", &s_booleanType, offsetof(struct awsc_iam_password_policy, require_lowercase_characters), offsetof(struct awsc_iam_password_policy, has_require_lowercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowUsersToChangePassword", &s_booleanType, offsetof(struct awsc_iam_password_policy, allow_users_to_change_password), offsetof(struct awsc_iam_password_policy, has_allow_users_to_change_password), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpirePasswords", &s_booleanType, offsetof(struct awsc_iam_password_policy, expire_passwords), offsetof(struct awsc_iam_password_policy, has_expire_passwords), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxPasswordAge", &s_maxPasswordAgeType, offsetof(struct awsc_iam_password_policy, max_password_age), offsetof(struct awsc_iam_password_policy, has_max_password_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordReusePrevention", &s_passwordReusePreventionType, offsetof(struct awsc_iam_password_policy, password_reuse_prevention), offsetof(struct awsc_iam_password_policy, has_password_reuse_prevention), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HardExpiry", &s_booleanObjectType, offsetof(struct awsc_iam_password_policy, hard_expiry), offsetof(struct awsc_iam_password_policy, has_hard_expiry), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PasswordPolicy_by_wire_name[] = { 5, 6, 9, 7, 0, 8, 4, 2, 1, 3 };

static const struct awsc_member awsc__iam_PasswordPolicyViolationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_passwordPolicyViolationMessage, offsetof(struct awsc_iam_password_policy_violation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PasswordPolicyViolationException_by_wire_name[] = { 0 };

static const struct awsc_member s_PermissionsBoundaryDecisionDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AllowedByPermissionsBoundary", &s_booleanType, offsetof(struct awsc_iam_permissions_boundary_decision_detail, allowed_by_permissions_boundary), offsetof(struct awsc_iam_permissions_boundary_decision_detail, has_allowed_by_permissions_boundary), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PermissionsBoundaryDecisionDetail_by_wire_name[] = { 0 };

static const struct awsc_member s_Policy_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_policy, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyId", &s_idType, offsetof(struct awsc_iam_policy, policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_policy, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Path", &s_policyPathType, offsetof(struct awsc_iam_policy, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DefaultVersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_policy, default_version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachmentCount", &s_attachmentCountType, offsetof(struct awsc_iam_policy, attachment_count), offsetof(struct awsc_iam_policy, has_attachment_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryUsageCount", &s_attachmentCountType, offsetof(struct awsc_iam_policy, permissions_boundary_usage_count), offsetof(struct awsc_iam_policy, has_permissions_boundary_usage_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsAttachable", &s_booleanType, offsetof(struct awsc_iam_policy, is_attachable), offsetof(struct awsc_iam_policy, has_is_attachable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_policyDescriptionType, offsetof(struct awsc_iam_policy, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_policy, create_date), offsetof(struct awsc_iam_policy, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UpdateDate", &s_dateType, offsetof(struct awsc_iam_policy, update_date), offsetof(struct awsc_iam_policy, has_update_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_policy, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Policy_by_wire_name[] = { 2, 5, 9, 4, 8, 7, 3, 6, 1, 0, 11, 10 };

static const struct awsc_member s_PolicyDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_policy_detail, policy_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_policy_detail, policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyDetail_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_PolicyEvaluationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_policyEvaluationErrorMessage, offsetof(struct awsc_iam_policy_evaluation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PolicyEvaluationException_by_wire_name[] = { 0 };

static const struct awsc_member s_PolicyGrantingServiceAccess_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_policy_granting_service_access, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyType", &s_policyType, offsetof(struct awsc_iam_policy_granting_service_access, policy_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_policy_granting_service_access, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityType", &s_policyOwnerEntityType, offsetof(struct awsc_iam_policy_granting_service_access, entity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EntityName", &s_entityNameType, offsetof(struct awsc_iam_policy_granting_service_access, entity_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyGrantingServiceAccess_by_wire_name[] = { 4, 3, 2, 0, 1 };

static const struct awsc_member s_PolicyGroup_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_policy_group, group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupId", &s_idType, offsetof(struct awsc_iam_policy_group, group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyGroup_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_PolicyIdentifier_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyType", &s_PolicyIdentifierPolicyType, offsetof(struct awsc_iam_policy_identifier, policy_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_policy_identifier, policy_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InlinePolicyIdentifier", &s_InlinePolicyIdentifierType, offsetof(struct awsc_iam_policy_identifier, inline_policy_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyIdentifier_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_PolicyNotAttachableException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_policyNotAttachableMessage, offsetof(struct awsc_iam_policy_not_attachable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PolicyNotAttachableException_by_wire_name[] = { 0 };

static const struct awsc_member s_PolicyParameter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_policyParameterNameType, offsetof(struct awsc_iam_policy_parameter, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Values", &s_policyParameterValuesListType, offsetof(struct awsc_iam_policy_parameter, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Type", &s_PolicyParameterTypeEnum, offsetof(struct awsc_iam_policy_parameter, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyParameter_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_PolicyRole_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_policy_role, role_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleId", &s_idType, offsetof(struct awsc_iam_policy_role, role_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyRole_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_PolicyUser_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_policy_user, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserId", &s_idType, offsetof(struct awsc_iam_policy_user, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyUser_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_PolicyVersion_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Document", &s_policyDocumentType, offsetof(struct awsc_iam_policy_version, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_policy_version, version_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsDefaultVersion", &s_booleanType, offsetof(struct awsc_iam_policy_version, is_default_version), offsetof(struct awsc_iam_policy_version, has_is_default_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_policy_version, create_date), offsetof(struct awsc_iam_policy_version, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyVersion_by_wire_name[] = { 3, 0, 2, 1 };

static const struct awsc_member s_Position_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Line", &s_LineNumber, offsetof(struct awsc_iam_position, line), offsetof(struct awsc_iam_position, has_line), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Column", &s_ColumnNumber, offsetof(struct awsc_iam_position, column), offsetof(struct awsc_iam_position, has_column), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Position_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_PutGroupPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_put_group_policy_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_put_group_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_put_group_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PutGroupPolicyRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_PutRolePermissionsBoundaryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_put_role_permissions_boundary_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_arnType, offsetof(struct awsc_iam_put_role_permissions_boundary_input, permissions_boundary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PutRolePermissionsBoundaryRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_PutRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_put_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_put_role_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_put_role_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PutRolePolicyRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_PutUserPermissionsBoundaryRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_put_user_permissions_boundary_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_arnType, offsetof(struct awsc_iam_put_user_permissions_boundary_input, permissions_boundary), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PutUserPermissionsBoundaryRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_PutUserPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_put_user_policy_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyName", &s_policyNameType, offsetof(struct awsc_iam_put_user_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_put_user_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_PutUserPolicyRequest_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__iam_RejectDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_reject_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Notes", &s_notesType, offsetof(struct awsc_iam_reject_delegation_request_input, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_RejectDelegationRequestRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ClientID", &s_clientIDType, offsetof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_RemoveRoleFromInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_remove_role_from_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_remove_role_from_instance_profile_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_RemoveRoleFromInstanceProfileRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_RemoveUserFromGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_remove_user_from_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_remove_user_from_group_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_RemoveUserFromGroupRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_ReportGenerationLimitExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_reportGenerationLimitExceededMessage, offsetof(struct awsc_iam_report_generation_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ReportGenerationLimitExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_ResetServiceSpecificCredentialRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_reset_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceSpecificCredentialId", &s_serviceSpecificCredentialId, offsetof(struct awsc_iam_reset_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ResetServiceSpecificCredentialRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_ResetServiceSpecificCredentialResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceSpecificCredential", &s_ServiceSpecificCredential, offsetof(struct awsc_iam_reset_service_specific_credential_output, service_specific_credential), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ResetServiceSpecificCredentialResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_ResourceSpecificResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EvalResourceName", &s_ResourceNameType, offsetof(struct awsc_iam_resource_specific_result, eval_resource_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvalResourceDecision", &s_PolicyEvaluationDecisionType, offsetof(struct awsc_iam_resource_specific_result, eval_resource_decision), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MatchedStatements", &s_StatementListType, offsetof(struct awsc_iam_resource_specific_result, matched_statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MissingContextValues", &s_ContextKeyNamesResultListType, offsetof(struct awsc_iam_resource_specific_result, missing_context_values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EvalDecisionDetails", &s_EvalDecisionDetailsType, offsetof(struct awsc_iam_resource_specific_result, eval_decision_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryDecisionDetail", &s_PermissionsBoundaryDecisionDetail, offsetof(struct awsc_iam_resource_specific_result, permissions_boundary_decision_detail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ResourceSpecificResult_by_wire_name[] = { 4, 1, 0, 2, 3, 5 };

static const struct awsc_member awsc__iam_ResyncMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_resync_mfa_device_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_resync_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthenticationCode1", &s_authenticationCodeType, offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code1), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AuthenticationCode2", &s_authenticationCodeType, offsetof(struct awsc_iam_resync_mfa_device_input, authentication_code2), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ResyncMFADeviceRequest_by_wire_name[] = { 2, 3, 1, 0 };

static const struct awsc_member s_Role_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_role, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_role, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleId", &s_idType, offsetof(struct awsc_iam_role, role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_role, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_role, create_date), offsetof(struct awsc_iam_role, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumeRolePolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_role, assume_role_policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_roleDescriptionType, offsetof(struct awsc_iam_role, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxSessionDuration", &s_roleMaxSessionDurationType, offsetof(struct awsc_iam_role, max_session_duration), offsetof(struct awsc_iam_role, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_AttachedPermissionsBoundary, offsetof(struct awsc_iam_role, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_role, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleLastUsed", &s_RoleLastUsed, offsetof(struct awsc_iam_role, role_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Role_by_wire_name[] = { 3, 5, 4, 6, 7, 0, 8, 2, 10, 1, 9 };

static const struct awsc_member s_RoleDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_role_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_role_detail, role_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleId", &s_idType, offsetof(struct awsc_iam_role_detail, role_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_role_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_role_detail, create_date), offsetof(struct awsc_iam_role_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumeRolePolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_role_detail, assume_role_policy_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"InstanceProfileList", &s_instanceProfileListType, offsetof(struct awsc_iam_role_detail, instance_profile_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RolePolicyList", &s_policyDetailListType, offsetof(struct awsc_iam_role_detail, role_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachedManagedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_role_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_AttachedPermissionsBoundary, offsetof(struct awsc_iam_role_detail, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_role_detail, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleLastUsed", &s_RoleLastUsed, offsetof(struct awsc_iam_role_detail, role_last_used), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RoleDetail_by_wire_name[] = { 3, 5, 8, 4, 6, 0, 9, 2, 11, 1, 7, 10 };

static const struct awsc_member s_RoleLastUsed_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"LastUsedDate", &s_dateType, offsetof(struct awsc_iam_role_last_used, last_used_date), offsetof(struct awsc_iam_role_last_used, has_last_used_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Region", &s_stringType, offsetof(struct awsc_iam_role_last_used, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RoleLastUsed_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_RoleUsageType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Region", &s_RegionNameType, offsetof(struct awsc_iam_role_usage_type, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Resources", &s_ArnListType, offsetof(struct awsc_iam_role_usage_type, resources), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RoleUsageType_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SAMLPrivateKey_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"KeyId", &s_privateKeyIdType, offsetof(struct awsc_iam_saml_private_key, key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Timestamp", &s_dateType, offsetof(struct awsc_iam_saml_private_key, timestamp), offsetof(struct awsc_iam_saml_private_key, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SAMLPrivateKey_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_SAMLProviderListEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Arn", &s_arnType, offsetof(struct awsc_iam_saml_provider_list_entry, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ValidUntil", &s_dateType, offsetof(struct awsc_iam_saml_provider_list_entry, valid_until), offsetof(struct awsc_iam_saml_provider_list_entry, has_valid_until), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_saml_provider_list_entry, create_date), offsetof(struct awsc_iam_saml_provider_list_entry, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SAMLProviderListEntry_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_SSHPublicKey_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_ssh_public_key, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyId", &s_publicKeyIdType, offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Fingerprint", &s_publicKeyFingerprintType, offsetof(struct awsc_iam_ssh_public_key, fingerprint), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyBody", &s_publicKeyMaterialType, offsetof(struct awsc_iam_ssh_public_key, ssh_public_key_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_ssh_public_key, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadDate", &s_dateType, offsetof(struct awsc_iam_ssh_public_key, upload_date), offsetof(struct awsc_iam_ssh_public_key, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSHPublicKey_by_wire_name[] = { 2, 3, 1, 4, 5, 0 };

static const struct awsc_member s_SSHPublicKeyMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_ssh_public_key_metadata, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyId", &s_publicKeyIdType, offsetof(struct awsc_iam_ssh_public_key_metadata, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_ssh_public_key_metadata, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadDate", &s_dateType, offsetof(struct awsc_iam_ssh_public_key_metadata, upload_date), offsetof(struct awsc_iam_ssh_public_key_metadata, has_upload_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SSHPublicKeyMetadata_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member awsc__iam_SendDelegationTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_send_delegation_token_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SendDelegationTokenRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_ServerCertificate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateMetadata", &s_ServerCertificateMetadata, offsetof(struct awsc_iam_server_certificate, server_certificate_metadata), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateBody", &s_certificateBodyType, offsetof(struct awsc_iam_server_certificate, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateChain", &s_certificateChainType, offsetof(struct awsc_iam_server_certificate, certificate_chain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_server_certificate, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServerCertificate_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member s_ServerCertificateMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_server_certificate_metadata, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerCertificateId", &s_idType, offsetof(struct awsc_iam_server_certificate_metadata, server_certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_server_certificate_metadata, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadDate", &s_dateType, offsetof(struct awsc_iam_server_certificate_metadata, upload_date), offsetof(struct awsc_iam_server_certificate_metadata, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration", &s_dateType, offsetof(struct awsc_iam_server_certificate_metadata, expiration), offsetof(struct awsc_iam_server_certificate_metadata, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServerCertificateMetadata_by_wire_name[] = { 3, 5, 0, 2, 1, 4 };

static const struct awsc_member awsc__iam_ServiceFailureException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_serviceFailureExceptionMessage, offsetof(struct awsc_iam_service_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ServiceFailureException_by_wire_name[] = { 0 };

static const struct awsc_member s_ServiceLastAccessed_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServiceName", &s_serviceNameType, offsetof(struct awsc_iam_service_last_accessed, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAuthenticated", &s_dateType, offsetof(struct awsc_iam_service_last_accessed, last_authenticated), offsetof(struct awsc_iam_service_last_accessed, has_last_authenticated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceNamespace", &s_serviceNamespaceType, offsetof(struct awsc_iam_service_last_accessed, service_namespace), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAuthenticatedEntity", &s_arnType, offsetof(struct awsc_iam_service_last_accessed, last_authenticated_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAuthenticatedRegion", &s_stringType, offsetof(struct awsc_iam_service_last_accessed, last_authenticated_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TotalAuthenticatedEntities", &s_integerType, offsetof(struct awsc_iam_service_last_accessed, total_authenticated_entities), offsetof(struct awsc_iam_service_last_accessed, has_total_authenticated_entities), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TrackedActionsLastAccessed", &s_TrackedActionsLastAccessed, offsetof(struct awsc_iam_service_last_accessed, tracked_actions_last_accessed), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServiceLastAccessed_by_wire_name[] = { 1, 3, 4, 0, 2, 5, 6 };

static const struct awsc_member awsc__iam_ServiceNotSupportedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_serviceNotSupportedMessage, offsetof(struct awsc_iam_service_not_supported_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_ServiceNotSupportedException_by_wire_name[] = { 0 };

static const struct awsc_member s_ServiceSpecificCredential_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_service_specific_credential, create_date), offsetof(struct awsc_iam_service_specific_credential, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpirationDate", &s_dateType, offsetof(struct awsc_iam_service_specific_credential, expiration_date), offsetof(struct awsc_iam_service_specific_credential, has_expiration_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceName", &s_serviceName, offsetof(struct awsc_iam_service_specific_credential, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceUserName", &s_serviceUserName, offsetof(struct awsc_iam_service_specific_credential, service_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServicePassword", &s_servicePassword, offsetof(struct awsc_iam_service_specific_credential, service_password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceCredentialAlias", &s_serviceCredentialAlias, offsetof(struct awsc_iam_service_specific_credential, service_credential_alias), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceCredentialSecret", &s_serviceCredentialSecret, offsetof(struct awsc_iam_service_specific_credential, service_credential_secret), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceSpecificCredentialId", &s_serviceSpecificCredentialId, offsetof(struct awsc_iam_service_specific_credential, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_service_specific_credential, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_service_specific_credential, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServiceSpecificCredential_by_wire_name[] = { 0, 1, 5, 6, 2, 4, 7, 3, 9, 8 };

static const struct awsc_member s_ServiceSpecificCredentialMetadata_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_service_specific_credential_metadata, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_service_specific_credential_metadata, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceUserName", &s_serviceUserName, offsetof(struct awsc_iam_service_specific_credential_metadata, service_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceCredentialAlias", &s_serviceCredentialAlias, offsetof(struct awsc_iam_service_specific_credential_metadata, service_credential_alias), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_service_specific_credential_metadata, create_date), offsetof(struct awsc_iam_service_specific_credential_metadata, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExpirationDate", &s_dateType, offsetof(struct awsc_iam_service_specific_credential_metadata, expiration_date), offsetof(struct awsc_iam_service_specific_credential_metadata, has_expiration_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceSpecificCredentialId", &s_serviceSpecificCredentialId, offsetof(struct awsc_iam_service_specific_credential_metadata, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceName", &s_serviceName, offsetof(struct awsc_iam_service_specific_credential_metadata, service_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServiceSpecificCredentialMetadata_by_wire_name[] = { 4, 5, 3, 7, 6, 2, 1, 0 };

static const struct awsc_member awsc__iam_SetDefaultPolicyVersionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_set_default_policy_version_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"VersionId", &s_policyVersionIdType, offsetof(struct awsc_iam_set_default_policy_version_input, version_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SetDefaultPolicyVersionRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_SetSecurityTokenServicePreferencesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GlobalEndpointTokenVersion", &s_globalEndpointTokenVersion, offsetof(struct awsc_iam_set_security_token_service_preferences_input, global_endpoint_token_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SetSecurityTokenServicePreferencesRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_SigningCertificate_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_signing_certificate, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateId", &s_certificateIdType, offsetof(struct awsc_iam_signing_certificate, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateBody", &s_certificateBodyType, offsetof(struct awsc_iam_signing_certificate, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_signing_certificate, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UploadDate", &s_dateType, offsetof(struct awsc_iam_signing_certificate, upload_date), offsetof(struct awsc_iam_signing_certificate, has_upload_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SigningCertificate_by_wire_name[] = { 2, 1, 3, 4, 0 };

static const struct awsc_member awsc__iam_SimulateCustomPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_simulate_custom_policy_input, policy_input_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryPolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_simulate_custom_policy_input, permissions_boundary_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"OrderedOrganizationPolicyInputList", &s_OrganizationPolicyListType, offsetof(struct awsc_iam_simulate_custom_policy_input, ordered_organization_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionNames", &s_ActionNameListType, offsetof(struct awsc_iam_simulate_custom_policy_input, action_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArns", &s_ResourceNameListType, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourcePolicy", &s_policyDocumentType, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceOwner", &s_ResourceNameType, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallerArn", &s_ResourceNameType, offsetof(struct awsc_iam_simulate_custom_policy_input, caller_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextEntries", &s_ContextEntryListType, offsetof(struct awsc_iam_simulate_custom_policy_input, context_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceHandlingOption", &s_ResourceHandlingOptionType, offsetof(struct awsc_iam_simulate_custom_policy_input, resource_handling_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_simulate_custom_policy_input, max_items), offsetof(struct awsc_iam_simulate_custom_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_simulate_custom_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SimulateCustomPolicyRequest_by_wire_name[] = { 3, 7, 8, 11, 10, 2, 1, 0, 4, 9, 6, 5 };

static const struct awsc_member awsc__iam_SimulatePolicyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EvaluationResults", &s_EvaluationResultsListType, offsetof(struct awsc_iam_simulate_policy_response, evaluation_results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"IsTruncated", &s_booleanType, offsetof(struct awsc_iam_simulate_policy_response, is_truncated), offsetof(struct awsc_iam_simulate_policy_response, has_is_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_responseMarkerType, offsetof(struct awsc_iam_simulate_policy_response, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SimulatePolicyResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__iam_SimulatePrincipalPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicySourceArn", &s_arnType, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_source_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundaryPolicyInputList", &s_SimulationPolicyListType, offsetof(struct awsc_iam_simulate_principal_policy_input, permissions_boundary_policy_input_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyExclusionList", &s_PolicyExclusionsListType, offsetof(struct awsc_iam_simulate_principal_policy_input, policy_exclusion_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ActionNames", &s_ActionNameListType, offsetof(struct awsc_iam_simulate_principal_policy_input, action_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceArns", &s_ResourceNameListType, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourcePolicy", &s_policyDocumentType, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceOwner", &s_ResourceNameType, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CallerArn", &s_ResourceNameType, offsetof(struct awsc_iam_simulate_principal_policy_input, caller_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextEntries", &s_ContextEntryListType, offsetof(struct awsc_iam_simulate_principal_policy_input, context_entries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ResourceHandlingOption", &s_ResourceHandlingOptionType, offsetof(struct awsc_iam_simulate_principal_policy_input, resource_handling_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxItems", &s_maxItemsType, offsetof(struct awsc_iam_simulate_principal_policy_input, max_items), offsetof(struct awsc_iam_simulate_principal_policy_input, has_max_items), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Marker", &s_markerType, offsetof(struct awsc_iam_simulate_principal_policy_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_SimulatePrincipalPolicyRequest_by_wire_name[] = { 4, 8, 9, 12, 11, 2, 3, 1, 0, 5, 10, 7, 6 };

static const struct awsc_member s_Statement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SourcePolicyId", &s_PolicyIdentifierType, offsetof(struct awsc_iam_statement, source_policy_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourcePolicyType", &s_PolicySourceType, offsetof(struct awsc_iam_statement, source_policy_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"StartPosition", &s_Position, offsetof(struct awsc_iam_statement, start_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EndPosition", &s_Position, offsetof(struct awsc_iam_statement, end_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Statement_by_wire_name[] = { 3, 0, 1, 2 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_tagKeyType, offsetof(struct awsc_iam_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_tagValueType, offsetof(struct awsc_iam_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_tag_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_instance_profile_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagInstanceProfileRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_tag_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_mfa_device_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagMFADeviceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_tag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_open_id_connect_provider_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagOpenIDConnectProviderRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_tag_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_policy_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_tag_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_role_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagRoleRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_tag_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_saml_provider_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagSAMLProviderRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_tag_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_server_certificate_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagServerCertificateRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_TagUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_tag_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_tag_user_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_TagUserRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_TrackedActionLastAccessed_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ActionName", &s_stringType, offsetof(struct awsc_iam_tracked_action_last_accessed, action_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAccessedEntity", &s_arnType, offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAccessedTime", &s_dateType, offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_time), offsetof(struct awsc_iam_tracked_action_last_accessed, has_last_accessed_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"LastAccessedRegion", &s_stringType, offsetof(struct awsc_iam_tracked_action_last_accessed, last_accessed_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TrackedActionLastAccessed_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member awsc__iam_UnmodifiableEntityException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_unmodifiableEntityMessage, offsetof(struct awsc_iam_unmodifiable_entity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UnmodifiableEntityException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_UnrecognizedPublicKeyEncodingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_unrecognizedPublicKeyEncodingMessage, offsetof(struct awsc_iam_unrecognized_public_key_encoding_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UnrecognizedPublicKeyEncodingException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_UntagInstanceProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"InstanceProfileName", &s_instanceProfileNameType, offsetof(struct awsc_iam_untag_instance_profile_input, instance_profile_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_instance_profile_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagInstanceProfileRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagMFADeviceRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_untag_mfa_device_input, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_mfa_device_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagMFADeviceRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagOpenIDConnectProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_untag_open_id_connect_provider_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_open_id_connect_provider_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagOpenIDConnectProviderRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"PolicyArn", &s_arnType, offsetof(struct awsc_iam_untag_policy_input, policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_policy_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagPolicyRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_untag_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_role_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagRoleRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_untag_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_saml_provider_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagSAMLProviderRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_untag_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_server_certificate_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagServerCertificateRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UntagUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_untag_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TagKeys", &s_tagKeyListType, offsetof(struct awsc_iam_untag_user_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UntagUserRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_UpdateAccessKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_update_access_key_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_iam_update_access_key_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_update_access_key_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateAccessKeyRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateAccountPasswordPolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"MinimumPasswordLength", &s_minimumPasswordLengthType, offsetof(struct awsc_iam_update_account_password_policy_input, minimum_password_length), offsetof(struct awsc_iam_update_account_password_policy_input, has_minimum_password_length), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireSymbols", &s_booleanType, offsetof(struct awsc_iam_update_account_password_policy_input, require_symbols), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_symbols), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireNumbers", &s_booleanType, offsetof(struct awsc_iam_update_account_password_policy_input, require_numbers), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_numbers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireUppercaseCharacters", &s_booleanType, offsetof(struct awsc_iam_update_account_password_policy_input, require_uppercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_uppercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RequireLowercaseCharacters", &s_booleanType, offsetof(struct awsc_iam_update_account_password_policy_input, require_lowercase_characters), offsetof(struct awsc_iam_update_account_password_policy_input, has_require_lowercase_characters), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AllowUsersToChangePassword", &s_booleanType, offsetof(struct awsc_iam_update_account_password_policy_input, allow_users_to_change_password), offsetof(struct awsc_iam_update_account_password_policy_input, has_allow_users_to_change_password), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxPasswordAge", &s_maxPasswordAgeType, offsetof(struct awsc_iam_update_account_password_policy_input, max_password_age), offsetof(struct awsc_iam_update_account_password_policy_input, has_max_password_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordReusePrevention", &s_passwordReusePreventionType, offsetof(struct awsc_iam_update_account_password_policy_input, password_reuse_prevention), offsetof(struct awsc_iam_update_account_password_policy_input, has_password_reuse_prevention), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"HardExpiry", &s_booleanObjectType, offsetof(struct awsc_iam_update_account_password_policy_input, hard_expiry), offsetof(struct awsc_iam_update_account_password_policy_input, has_hard_expiry), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateAccountPasswordPolicyRequest_by_wire_name[] = { 5, 8, 6, 0, 7, 4, 2, 1, 3 };

static const struct awsc_member awsc__iam_UpdateAssumeRolePolicyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_update_assume_role_policy_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyDocument", &s_policyDocumentType, offsetof(struct awsc_iam_update_assume_role_policy_input, policy_document), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateAssumeRolePolicyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_UpdateDelegationRequestRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DelegationRequestId", &s_delegationRequestIdType, offsetof(struct awsc_iam_update_delegation_request_input, delegation_request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Notes", &s_notesType, offsetof(struct awsc_iam_update_delegation_request_input, notes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateDelegationRequestRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UpdateGroupRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"GroupName", &s_groupNameType, offsetof(struct awsc_iam_update_group_input, group_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewPath", &s_pathType, offsetof(struct awsc_iam_update_group_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewGroupName", &s_groupNameType, offsetof(struct awsc_iam_update_group_input, new_group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateGroupRequest_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__iam_UpdateLoginProfileRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_update_login_profile_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Password", &s_passwordType, offsetof(struct awsc_iam_update_login_profile_input, password), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordResetRequired", &s_booleanObjectType, offsetof(struct awsc_iam_update_login_profile_input, password_reset_required), offsetof(struct awsc_iam_update_login_profile_input, has_password_reset_required), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateLoginProfileRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"OpenIDConnectProviderArn", &s_arnType, offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, open_id_connect_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ThumbprintList", &s_thumbprintListType, offsetof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input, thumbprint_list), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UpdateRoleDescriptionRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_update_role_description_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_roleDescriptionType, offsetof(struct awsc_iam_update_role_description_input, description), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateRoleDescriptionRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_UpdateRoleDescriptionResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Role", &s_Role, offsetof(struct awsc_iam_update_role_description_output, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateRoleDescriptionResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_UpdateRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleName", &s_roleNameType, offsetof(struct awsc_iam_update_role_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Description", &s_roleDescriptionType, offsetof(struct awsc_iam_update_role_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"MaxSessionDuration", &s_roleMaxSessionDurationType, offsetof(struct awsc_iam_update_role_input, max_session_duration), offsetof(struct awsc_iam_update_role_input, has_max_session_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateRoleRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateSAMLProviderRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLMetadataDocument", &s_SAMLMetadataDocumentType, offsetof(struct awsc_iam_update_saml_provider_input, saml_metadata_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_update_saml_provider_input, saml_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssertionEncryptionMode", &s_assertionEncryptionModeType, offsetof(struct awsc_iam_update_saml_provider_input, assertion_encryption_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AddPrivateKey", &s_privateKeyType, offsetof(struct awsc_iam_update_saml_provider_input, add_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RemovePrivateKey", &s_privateKeyIdType, offsetof(struct awsc_iam_update_saml_provider_input, remove_private_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateSAMLProviderRequest_by_wire_name[] = { 3, 2, 4, 0, 1 };

static const struct awsc_member awsc__iam_UpdateSAMLProviderResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SAMLProviderArn", &s_arnType, offsetof(struct awsc_iam_update_saml_provider_output, saml_provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateSAMLProviderResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_UpdateSSHPublicKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_update_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyId", &s_publicKeyIdType, offsetof(struct awsc_iam_update_ssh_public_key_input, ssh_public_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_update_ssh_public_key_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateSSHPublicKeyRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_update_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewPath", &s_pathType, offsetof(struct awsc_iam_update_server_certificate_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_update_server_certificate_input, new_server_certificate_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateServerCertificateRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateServiceSpecificCredentialRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_update_service_specific_credential_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServiceSpecificCredentialId", &s_serviceSpecificCredentialId, offsetof(struct awsc_iam_update_service_specific_credential_input, service_specific_credential_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_update_service_specific_credential_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateServiceSpecificCredentialRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateSigningCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_update_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateId", &s_certificateIdType, offsetof(struct awsc_iam_update_signing_certificate_input, certificate_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Status", &s_statusType, offsetof(struct awsc_iam_update_signing_certificate_input, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateSigningCertificateRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UpdateUserRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_update_user_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewPath", &s_pathType, offsetof(struct awsc_iam_update_user_input, new_path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NewUserName", &s_userNameType, offsetof(struct awsc_iam_update_user_input, new_user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UpdateUserRequest_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__iam_UploadSSHPublicKeyRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_upload_ssh_public_key_input, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SSHPublicKeyBody", &s_publicKeyMaterialType, offsetof(struct awsc_iam_upload_ssh_public_key_input, ssh_public_key_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadSSHPublicKeyRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_UploadSSHPublicKeyResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SSHPublicKey", &s_SSHPublicKey, offsetof(struct awsc_iam_upload_ssh_public_key_output, ssh_public_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadSSHPublicKeyResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__iam_UploadServerCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_upload_server_certificate_input, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ServerCertificateName", &s_serverCertificateNameType, offsetof(struct awsc_iam_upload_server_certificate_input, server_certificate_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateBody", &s_certificateBodyType, offsetof(struct awsc_iam_upload_server_certificate_input, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PrivateKey", &s_privateKeyType, offsetof(struct awsc_iam_upload_server_certificate_input, private_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateChain", &s_certificateChainType, offsetof(struct awsc_iam_upload_server_certificate_input, certificate_chain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_upload_server_certificate_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadServerCertificateRequest_by_wire_name[] = { 2, 4, 0, 3, 1, 5 };

static const struct awsc_member awsc__iam_UploadServerCertificateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ServerCertificateMetadata", &s_ServerCertificateMetadata, offsetof(struct awsc_iam_upload_server_certificate_output, server_certificate_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_upload_server_certificate_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadServerCertificateResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__iam_UploadSigningCertificateRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserName", &s_existingUserNameType, offsetof(struct awsc_iam_upload_signing_certificate_input, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CertificateBody", &s_certificateBodyType, offsetof(struct awsc_iam_upload_signing_certificate_input, certificate_body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadSigningCertificateRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__iam_UploadSigningCertificateResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Certificate", &s_SigningCertificate, offsetof(struct awsc_iam_upload_signing_certificate_output, certificate), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__iam_UploadSigningCertificateResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_User_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_user, path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_user, user_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserId", &s_idType, offsetof(struct awsc_iam_user, user_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_user, create_date), offsetof(struct awsc_iam_user, has_create_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PasswordLastUsed", &s_dateType, offsetof(struct awsc_iam_user, password_last_used), offsetof(struct awsc_iam_user, has_password_last_used), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_AttachedPermissionsBoundary, offsetof(struct awsc_iam_user, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_user, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_User_by_wire_name[] = { 3, 4, 5, 0, 6, 7, 2, 1 };

static const struct awsc_member s_UserDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Path", &s_pathType, offsetof(struct awsc_iam_user_detail, path), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserName", &s_userNameType, offsetof(struct awsc_iam_user_detail, user_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserId", &s_idType, offsetof(struct awsc_iam_user_detail, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_iam_user_detail, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"CreateDate", &s_dateType, offsetof(struct awsc_iam_user_detail, create_date), offsetof(struct awsc_iam_user_detail, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"UserPolicyList", &s_policyDetailListType, offsetof(struct awsc_iam_user_detail, user_policy_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"GroupList", &s_groupNameListType, offsetof(struct awsc_iam_user_detail, group_list), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AttachedManagedPolicies", &s_attachedPoliciesListType, offsetof(struct awsc_iam_user_detail, attached_managed_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PermissionsBoundary", &s_AttachedPermissionsBoundary, offsetof(struct awsc_iam_user_detail, permissions_boundary), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_user_detail, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_UserDetail_by_wire_name[] = { 3, 7, 4, 6, 0, 8, 9, 2, 1, 5 };

static const struct awsc_member s_VirtualMFADevice_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_iam_virtual_mfa_device, serial_number), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Base32StringSeed", &s_BootstrapDatum, offsetof(struct awsc_iam_virtual_mfa_device, base32_string_seed), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"QRCodePNG", &s_BootstrapDatum, offsetof(struct awsc_iam_virtual_mfa_device, qr_code_png), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"User", &s_User, offsetof(struct awsc_iam_virtual_mfa_device, user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"EnableDate", &s_dateType, offsetof(struct awsc_iam_virtual_mfa_device, enable_date), offsetof(struct awsc_iam_virtual_mfa_device, has_enable_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_iam_virtual_mfa_device, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VirtualMFADevice_by_wire_name[] = { 1, 4, 2, 0, 5, 3 };

const struct awsc_shape awsc__iam_AcceptDelegationRequestRequest = {
    .name = "AcceptDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_accept_delegation_request_input),
    .members = awsc__iam_AcceptDelegationRequestRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_AcceptDelegationRequestRequest_by_wire_name,
};

static const struct awsc_shape s_AccessAdvisorUsageGranularityType = {
    .name = "AccessAdvisorUsageGranularityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AccessAdvisorUsageGranularityType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_AccessDetail = {
    .name = "AccessDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_access_detail),
    .members = s_AccessDetail_members,
    .member_count = 6,
    .by_wire_name = s_AccessDetail_by_wire_name,
};

static const struct awsc_shape s_AccessDetails = {
    .name = "AccessDetails",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_access_details),
    .item = &s_AccessDetail,
};

static const struct awsc_shape s_AccessKey = {
    .name = "AccessKey",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_access_key),
    .members = s_AccessKey_members,
    .member_count = 5,
    .by_wire_name = s_AccessKey_by_wire_name,
};

static const struct awsc_shape s_AccessKeyLastUsed = {
    .name = "AccessKeyLastUsed",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_access_key_last_used),
    .members = s_AccessKeyLastUsed_members,
    .member_count = 3,
    .by_wire_name = s_AccessKeyLastUsed_by_wire_name,
};

static const struct awsc_shape s_AccessKeyMetadata = {
    .name = "AccessKeyMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_access_key_metadata),
    .members = s_AccessKeyMetadata_members,
    .member_count = 4,
    .by_wire_name = s_AccessKeyMetadata_by_wire_name,
};

const struct awsc_shape awsc__iam_AccountNotManagementOrDelegatedAdministratorException = {
    .name = "AccountNotManagementOrDelegatedAdministratorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_account_not_management_or_delegated_administrator_exception),
    .error_code = "AccountNotManagementOrDelegatedAdministratorException",
    .http_status = 0,
};

static const struct awsc_shape s_ActionNameListType = {
    .name = "ActionNameListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_ActionNameType,
};

static const struct awsc_shape s_ActionNameType = {
    .name = "ActionNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ActionNameType_range,
};

const struct awsc_shape awsc__iam_AddClientIDToOpenIDConnectProviderRequest = {
    .name = "AddClientIDToOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_add_client_id_to_open_id_connect_provider_input),
    .members = awsc__iam_AddClientIDToOpenIDConnectProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AddClientIDToOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_AddRoleToInstanceProfileRequest = {
    .name = "AddRoleToInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_add_role_to_instance_profile_input),
    .members = awsc__iam_AddRoleToInstanceProfileRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AddRoleToInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_AddUserToGroupRequest = {
    .name = "AddUserToGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_add_user_to_group_input),
    .members = awsc__iam_AddUserToGroupRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AddUserToGroupRequest_by_wire_name,
};

static const struct awsc_shape s_ArnListType = {
    .name = "ArnListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_arnType,
};

const struct awsc_shape awsc__iam_AssociateDelegationRequestRequest = {
    .name = "AssociateDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_associate_delegation_request_input),
    .members = awsc__iam_AssociateDelegationRequestRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_AssociateDelegationRequestRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_AttachGroupPolicyRequest = {
    .name = "AttachGroupPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_attach_group_policy_input),
    .members = awsc__iam_AttachGroupPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AttachGroupPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_AttachRolePolicyRequest = {
    .name = "AttachRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_attach_role_policy_input),
    .members = awsc__iam_AttachRolePolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AttachRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_AttachUserPolicyRequest = {
    .name = "AttachUserPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_attach_user_policy_input),
    .members = awsc__iam_AttachUserPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_AttachUserPolicyRequest_by_wire_name,
};

static const struct awsc_shape s_AttachedPermissionsBoundary = {
    .name = "AttachedPermissionsBoundary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_attached_permissions_boundary),
    .members = s_AttachedPermissionsBoundary_members,
    .member_count = 2,
    .by_wire_name = s_AttachedPermissionsBoundary_by_wire_name,
};

static const struct awsc_shape s_AttachedPolicy = {
    .name = "AttachedPolicy",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_attached_policy),
    .members = s_AttachedPolicy_members,
    .member_count = 2,
    .by_wire_name = s_AttachedPolicy_by_wire_name,
};

static const struct awsc_shape s_AttachmentName = {
    .name = "AttachmentName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AttachmentName_range,
};

static const struct awsc_shape s_AttachmentType = {
    .name = "AttachmentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AttachmentType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_BootstrapDatum = {
    .name = "BootstrapDatum",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_blob),
};

const struct awsc_shape awsc__iam_CallerIsNotManagementAccountException = {
    .name = "CallerIsNotManagementAccountException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_caller_is_not_management_account_exception),
    .error_code = "CallerIsNotManagementAccountException",
    .http_status = 0,
};

static const struct awsc_shape s_CertificationKeyType = {
    .name = "CertificationKeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CertificationKeyType_range,
};

static const struct awsc_shape s_CertificationMapType = {
    .name = "CertificationMapType",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_iam_eval_decision_details_type),
    .item = &s_CertificationValueType,
    .key = &s_CertificationKeyType,
    .value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
    .entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
};

static const struct awsc_shape s_CertificationValueType = {
    .name = "CertificationValueType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_CertificationValueType_range,
};

const struct awsc_shape awsc__iam_ChangePasswordRequest = {
    .name = "ChangePasswordRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_change_password_input),
    .members = awsc__iam_ChangePasswordRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_ChangePasswordRequest_by_wire_name,
};

static const struct awsc_shape s_ColumnNumber = {
    .name = "ColumnNumber",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__iam_ConcurrentModificationException = {
    .name = "ConcurrentModificationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_concurrent_modification_exception),
    .members = awsc__iam_ConcurrentModificationException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ConcurrentModificationException_by_wire_name,
    .error_code = "ConcurrentModification",
    .http_status = 409,
};

static const struct awsc_shape s_ConcurrentModificationMessage = {
    .name = "ConcurrentModificationMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ContextEntry = {
    .name = "ContextEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_context_entry),
    .members = s_ContextEntry_members,
    .member_count = 3,
    .by_wire_name = s_ContextEntry_by_wire_name,
};

static const struct awsc_shape s_ContextEntryListType = {
    .name = "ContextEntryListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_context_entry_list_type),
    .item = &s_ContextEntry,
};

static const struct awsc_shape s_ContextKeyNameType = {
    .name = "ContextKeyNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ContextKeyNameType_range,
};

static const struct awsc_shape s_ContextKeyNamesResultListType = {
    .name = "ContextKeyNamesResultListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_ContextKeyNameType,
};

static const struct awsc_shape s_ContextKeyTypeEnum = {
    .name = "ContextKeyTypeEnum",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ContextKeyTypeEnum_values,
    .enum_count = 12,
};

static const struct awsc_shape s_ContextKeyValueListType = {
    .name = "ContextKeyValueListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_ContextKeyValueType,
};

static const struct awsc_shape s_ContextKeyValueType = {
    .name = "ContextKeyValueType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__iam_CreateAccessKeyRequest = {
    .name = "CreateAccessKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_access_key_input),
    .members = awsc__iam_CreateAccessKeyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateAccessKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateAccessKeyResponse = {
    .name = "CreateAccessKeyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_access_key_output),
    .members = awsc__iam_CreateAccessKeyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateAccessKeyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateAccountAliasRequest = {
    .name = "CreateAccountAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_account_alias_input),
    .members = awsc__iam_CreateAccountAliasRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateAccountAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateDelegationRequestRequest = {
    .name = "CreateDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_delegation_request_input),
    .members = awsc__iam_CreateDelegationRequestRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__iam_CreateDelegationRequestRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateDelegationRequestResponse = {
    .name = "CreateDelegationRequestResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_delegation_request_output),
    .members = awsc__iam_CreateDelegationRequestResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_CreateDelegationRequestResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateGroupRequest = {
    .name = "CreateGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_group_input),
    .members = awsc__iam_CreateGroupRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_CreateGroupRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateGroupResponse = {
    .name = "CreateGroupResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_group_output),
    .members = awsc__iam_CreateGroupResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateGroupResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateInstanceProfileRequest = {
    .name = "CreateInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_instance_profile_input),
    .members = awsc__iam_CreateInstanceProfileRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreateInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateInstanceProfileResponse = {
    .name = "CreateInstanceProfileResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_instance_profile_output),
    .members = awsc__iam_CreateInstanceProfileResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateInstanceProfileResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateLoginProfileRequest = {
    .name = "CreateLoginProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_login_profile_input),
    .members = awsc__iam_CreateLoginProfileRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreateLoginProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateLoginProfileResponse = {
    .name = "CreateLoginProfileResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_login_profile_output),
    .members = awsc__iam_CreateLoginProfileResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateLoginProfileResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateOpenIDConnectProviderRequest = {
    .name = "CreateOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_open_id_connect_provider_input),
    .members = awsc__iam_CreateOpenIDConnectProviderRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_CreateOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateOpenIDConnectProviderResponse = {
    .name = "CreateOpenIDConnectProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_open_id_connect_provider_output),
    .members = awsc__iam_CreateOpenIDConnectProviderResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_CreateOpenIDConnectProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreatePolicyRequest = {
    .name = "CreatePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_policy_input),
    .members = awsc__iam_CreatePolicyRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_CreatePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreatePolicyResponse = {
    .name = "CreatePolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_policy_output),
    .members = awsc__iam_CreatePolicyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreatePolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreatePolicyVersionRequest = {
    .name = "CreatePolicyVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_policy_version_input),
    .members = awsc__iam_CreatePolicyVersionRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreatePolicyVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreatePolicyVersionResponse = {
    .name = "CreatePolicyVersionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_policy_version_output),
    .members = awsc__iam_CreatePolicyVersionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreatePolicyVersionResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateRoleRequest = {
    .name = "CreateRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_role_input),
    .members = awsc__iam_CreateRoleRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__iam_CreateRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateRoleResponse = {
    .name = "CreateRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_role_output),
    .members = awsc__iam_CreateRoleResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateSAMLProviderRequest = {
    .name = "CreateSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_saml_provider_input),
    .members = awsc__iam_CreateSAMLProviderRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_CreateSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateSAMLProviderResponse = {
    .name = "CreateSAMLProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_saml_provider_output),
    .members = awsc__iam_CreateSAMLProviderResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_CreateSAMLProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateServiceLinkedRoleRequest = {
    .name = "CreateServiceLinkedRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_service_linked_role_input),
    .members = awsc__iam_CreateServiceLinkedRoleRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreateServiceLinkedRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateServiceLinkedRoleResponse = {
    .name = "CreateServiceLinkedRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_service_linked_role_output),
    .members = awsc__iam_CreateServiceLinkedRoleResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateServiceLinkedRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateServiceSpecificCredentialRequest = {
    .name = "CreateServiceSpecificCredentialRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_service_specific_credential_input),
    .members = awsc__iam_CreateServiceSpecificCredentialRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreateServiceSpecificCredentialRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateServiceSpecificCredentialResponse = {
    .name = "CreateServiceSpecificCredentialResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_service_specific_credential_output),
    .members = awsc__iam_CreateServiceSpecificCredentialResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateServiceSpecificCredentialResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateUserRequest = {
    .name = "CreateUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_user_input),
    .members = awsc__iam_CreateUserRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_CreateUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateUserResponse = {
    .name = "CreateUserResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_user_output),
    .members = awsc__iam_CreateUserResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateUserResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateVirtualMFADeviceRequest = {
    .name = "CreateVirtualMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_virtual_mfa_device_input),
    .members = awsc__iam_CreateVirtualMFADeviceRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_CreateVirtualMFADeviceRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_CreateVirtualMFADeviceResponse = {
    .name = "CreateVirtualMFADeviceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_create_virtual_mfa_device_output),
    .members = awsc__iam_CreateVirtualMFADeviceResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CreateVirtualMFADeviceResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_CredentialReportExpiredException = {
    .name = "CredentialReportExpiredException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_credential_report_expired_exception),
    .members = awsc__iam_CredentialReportExpiredException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CredentialReportExpiredException_by_wire_name,
    .error_code = "ReportExpired",
    .http_status = 410,
};

const struct awsc_shape awsc__iam_CredentialReportNotPresentException = {
    .name = "CredentialReportNotPresentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_credential_report_not_present_exception),
    .members = awsc__iam_CredentialReportNotPresentException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CredentialReportNotPresentException_by_wire_name,
    .error_code = "ReportNotPresent",
    .http_status = 410,
};

const struct awsc_shape awsc__iam_CredentialReportNotReadyException = {
    .name = "CredentialReportNotReadyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_credential_report_not_ready_exception),
    .members = awsc__iam_CredentialReportNotReadyException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_CredentialReportNotReadyException_by_wire_name,
    .error_code = "ReportInProgress",
    .http_status = 404,
};

const struct awsc_shape awsc__iam_DeactivateMFADeviceRequest = {
    .name = "DeactivateMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_deactivate_mfa_device_input),
    .members = awsc__iam_DeactivateMFADeviceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeactivateMFADeviceRequest_by_wire_name,
};

static const struct awsc_shape s_DelegationPermission = {
    .name = "DelegationPermission",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delegation_permission),
    .members = s_DelegationPermission_members,
    .member_count = 2,
    .by_wire_name = s_DelegationPermission_by_wire_name,
};

static const struct awsc_shape s_DelegationRequest = {
    .name = "DelegationRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delegation_request),
    .members = s_DelegationRequest_members,
    .member_count = 20,
    .by_wire_name = s_DelegationRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteAccessKeyRequest = {
    .name = "DeleteAccessKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_access_key_input),
    .members = awsc__iam_DeleteAccessKeyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteAccessKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteAccountAliasRequest = {
    .name = "DeleteAccountAliasRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_account_alias_input),
    .members = awsc__iam_DeleteAccountAliasRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteAccountAliasRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteConflictException = {
    .name = "DeleteConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_delete_conflict_exception),
    .members = awsc__iam_DeleteConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteConflictException_by_wire_name,
    .error_code = "DeleteConflict",
    .http_status = 409,
};

const struct awsc_shape awsc__iam_DeleteGroupPolicyRequest = {
    .name = "DeleteGroupPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_group_policy_input),
    .members = awsc__iam_DeleteGroupPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteGroupPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteGroupRequest = {
    .name = "DeleteGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_group_input),
    .members = awsc__iam_DeleteGroupRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteGroupRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteInstanceProfileRequest = {
    .name = "DeleteInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_instance_profile_input),
    .members = awsc__iam_DeleteInstanceProfileRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteLoginProfileRequest = {
    .name = "DeleteLoginProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_login_profile_input),
    .members = awsc__iam_DeleteLoginProfileRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteLoginProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteOpenIDConnectProviderRequest = {
    .name = "DeleteOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_open_id_connect_provider_input),
    .members = awsc__iam_DeleteOpenIDConnectProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeletePolicyRequest = {
    .name = "DeletePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_policy_input),
    .members = awsc__iam_DeletePolicyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeletePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeletePolicyVersionRequest = {
    .name = "DeletePolicyVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_policy_version_input),
    .members = awsc__iam_DeletePolicyVersionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeletePolicyVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteRolePermissionsBoundaryRequest = {
    .name = "DeleteRolePermissionsBoundaryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_role_permissions_boundary_input),
    .members = awsc__iam_DeleteRolePermissionsBoundaryRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteRolePermissionsBoundaryRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteRolePolicyRequest = {
    .name = "DeleteRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_role_policy_input),
    .members = awsc__iam_DeleteRolePolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteRoleRequest = {
    .name = "DeleteRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_role_input),
    .members = awsc__iam_DeleteRoleRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteSAMLProviderRequest = {
    .name = "DeleteSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_saml_provider_input),
    .members = awsc__iam_DeleteSAMLProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteSSHPublicKeyRequest = {
    .name = "DeleteSSHPublicKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_ssh_public_key_input),
    .members = awsc__iam_DeleteSSHPublicKeyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteSSHPublicKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteServerCertificateRequest = {
    .name = "DeleteServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_server_certificate_input),
    .members = awsc__iam_DeleteServerCertificateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteServiceLinkedRoleRequest = {
    .name = "DeleteServiceLinkedRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_service_linked_role_input),
    .members = awsc__iam_DeleteServiceLinkedRoleRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteServiceLinkedRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteServiceLinkedRoleResponse = {
    .name = "DeleteServiceLinkedRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_service_linked_role_output),
    .members = awsc__iam_DeleteServiceLinkedRoleResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteServiceLinkedRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteServiceSpecificCredentialRequest = {
    .name = "DeleteServiceSpecificCredentialRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_service_specific_credential_input),
    .members = awsc__iam_DeleteServiceSpecificCredentialRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteServiceSpecificCredentialRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteSigningCertificateRequest = {
    .name = "DeleteSigningCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_signing_certificate_input),
    .members = awsc__iam_DeleteSigningCertificateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteSigningCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteUserPermissionsBoundaryRequest = {
    .name = "DeleteUserPermissionsBoundaryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_user_permissions_boundary_input),
    .members = awsc__iam_DeleteUserPermissionsBoundaryRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteUserPermissionsBoundaryRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteUserPolicyRequest = {
    .name = "DeleteUserPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_user_policy_input),
    .members = awsc__iam_DeleteUserPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DeleteUserPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteUserRequest = {
    .name = "DeleteUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_user_input),
    .members = awsc__iam_DeleteUserRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DeleteVirtualMFADeviceRequest = {
    .name = "DeleteVirtualMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_delete_virtual_mfa_device_input),
    .members = awsc__iam_DeleteVirtualMFADeviceRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DeleteVirtualMFADeviceRequest_by_wire_name,
};

static const struct awsc_shape s_DeletionTaskFailureReasonType = {
    .name = "DeletionTaskFailureReasonType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_deletion_task_failure_reason_type),
    .members = s_DeletionTaskFailureReasonType_members,
    .member_count = 2,
    .by_wire_name = s_DeletionTaskFailureReasonType_by_wire_name,
};

static const struct awsc_shape s_DeletionTaskIdType = {
    .name = "DeletionTaskIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DeletionTaskIdType_range,
};

static const struct awsc_shape s_DeletionTaskStatusType = {
    .name = "DeletionTaskStatusType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DeletionTaskStatusType_values,
    .enum_count = 4,
};

const struct awsc_shape awsc__iam_DetachGroupPolicyRequest = {
    .name = "DetachGroupPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_detach_group_policy_input),
    .members = awsc__iam_DetachGroupPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DetachGroupPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DetachRolePolicyRequest = {
    .name = "DetachRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_detach_role_policy_input),
    .members = awsc__iam_DetachRolePolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DetachRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DetachUserPolicyRequest = {
    .name = "DetachUserPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_detach_user_policy_input),
    .members = awsc__iam_DetachUserPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DetachUserPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_DisableOrganizationsRootCredentialsManagementRequest = {
    .name = "DisableOrganizationsRootCredentialsManagementRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_input),
};

const struct awsc_shape awsc__iam_DisableOrganizationsRootCredentialsManagementResponse = {
    .name = "DisableOrganizationsRootCredentialsManagementResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_disable_organizations_root_credentials_management_output),
    .members = awsc__iam_DisableOrganizationsRootCredentialsManagementResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DisableOrganizationsRootCredentialsManagementResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_DisableOrganizationsRootSessionsRequest = {
    .name = "DisableOrganizationsRootSessionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_input),
};

const struct awsc_shape awsc__iam_DisableOrganizationsRootSessionsResponse = {
    .name = "DisableOrganizationsRootSessionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_disable_organizations_root_sessions_output),
    .members = awsc__iam_DisableOrganizationsRootSessionsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_DisableOrganizationsRootSessionsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_DuplicateCertificateException = {
    .name = "DuplicateCertificateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_duplicate_certificate_exception),
    .members = awsc__iam_DuplicateCertificateException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DuplicateCertificateException_by_wire_name,
    .error_code = "DuplicateCertificate",
    .http_status = 409,
};

const struct awsc_shape awsc__iam_DuplicateSSHPublicKeyException = {
    .name = "DuplicateSSHPublicKeyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_duplicate_ssh_public_key_exception),
    .members = awsc__iam_DuplicateSSHPublicKeyException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_DuplicateSSHPublicKeyException_by_wire_name,
    .error_code = "DuplicateSSHPublicKey",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_EnableMFADeviceRequest = {
    .name = "EnableMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_mfa_device_input),
    .members = awsc__iam_EnableMFADeviceRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_EnableMFADeviceRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_EnableOrganizationsRootCredentialsManagementRequest = {
    .name = "EnableOrganizationsRootCredentialsManagementRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_input),
};

const struct awsc_shape awsc__iam_EnableOrganizationsRootCredentialsManagementResponse = {
    .name = "EnableOrganizationsRootCredentialsManagementResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_organizations_root_credentials_management_output),
    .members = awsc__iam_EnableOrganizationsRootCredentialsManagementResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_EnableOrganizationsRootCredentialsManagementResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_EnableOrganizationsRootSessionsRequest = {
    .name = "EnableOrganizationsRootSessionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_input),
};

const struct awsc_shape awsc__iam_EnableOrganizationsRootSessionsResponse = {
    .name = "EnableOrganizationsRootSessionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_organizations_root_sessions_output),
    .members = awsc__iam_EnableOrganizationsRootSessionsResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_EnableOrganizationsRootSessionsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_EnableOutboundWebIdentityFederationResponse = {
    .name = "EnableOutboundWebIdentityFederationResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_enable_outbound_web_identity_federation_output),
    .members = awsc__iam_EnableOutboundWebIdentityFederationResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_EnableOutboundWebIdentityFederationResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_EntityAlreadyExistsException = {
    .name = "EntityAlreadyExistsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_entity_already_exists_exception),
    .members = awsc__iam_EntityAlreadyExistsException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_EntityAlreadyExistsException_by_wire_name,
    .error_code = "EntityAlreadyExists",
    .http_status = 409,
};

static const struct awsc_shape s_EntityDetails = {
    .name = "EntityDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_entity_details),
    .members = s_EntityDetails_members,
    .member_count = 2,
    .by_wire_name = s_EntityDetails_by_wire_name,
};

static const struct awsc_shape s_EntityInfo = {
    .name = "EntityInfo",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_entity_info),
    .members = s_EntityInfo_members,
    .member_count = 5,
    .by_wire_name = s_EntityInfo_by_wire_name,
};

const struct awsc_shape awsc__iam_EntityTemporarilyUnmodifiableException = {
    .name = "EntityTemporarilyUnmodifiableException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_entity_temporarily_unmodifiable_exception),
    .members = awsc__iam_EntityTemporarilyUnmodifiableException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_EntityTemporarilyUnmodifiableException_by_wire_name,
    .error_code = "EntityTemporarilyUnmodifiable",
    .http_status = 409,
};

static const struct awsc_shape s_EntityType = {
    .name = "EntityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_EntityType_values,
    .enum_count = 5,
};

static const struct awsc_shape s_ErrorDetails = {
    .name = "ErrorDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_error_details),
    .members = s_ErrorDetails_members,
    .member_count = 2,
    .by_wire_name = s_ErrorDetails_by_wire_name,
};

static const struct awsc_shape s_EvalDecisionDetailsType = {
    .name = "EvalDecisionDetailsType",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_iam_eval_decision_details_type),
    .item = &s_PolicyEvaluationDecisionType,
    .key = &s_EvalDecisionSourceType,
    .value_offset = offsetof(struct awsc_iam_eval_decision_details_type_entry, value),
    .entry_size = sizeof(struct awsc_iam_eval_decision_details_type_entry),
};

static const struct awsc_shape s_EvalDecisionSourceType = {
    .name = "EvalDecisionSourceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_EvalDecisionSourceType_range,
};

static const struct awsc_shape s_EvaluationResult = {
    .name = "EvaluationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_evaluation_result),
    .members = s_EvaluationResult_members,
    .member_count = 9,
    .by_wire_name = s_EvaluationResult_by_wire_name,
};

static const struct awsc_shape s_EvaluationResultsListType = {
    .name = "EvaluationResultsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_evaluation_results_list_type),
    .item = &s_EvaluationResult,
};

const struct awsc_shape awsc__iam_FeatureDisabledException = {
    .name = "FeatureDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_feature_disabled_exception),
    .members = awsc__iam_FeatureDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_FeatureDisabledException_by_wire_name,
    .error_code = "FeatureDisabled",
    .http_status = 404,
};

static const struct awsc_shape s_FeatureDisabledMessage = {
    .name = "FeatureDisabledMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__iam_FeatureEnabledException = {
    .name = "FeatureEnabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_feature_enabled_exception),
    .members = awsc__iam_FeatureEnabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_FeatureEnabledException_by_wire_name,
    .error_code = "FeatureEnabled",
    .http_status = 409,
};

static const struct awsc_shape s_FeatureEnabledMessage = {
    .name = "FeatureEnabledMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_FeatureType = {
    .name = "FeatureType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_FeatureType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_FeaturesListType = {
    .name = "FeaturesListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_FeatureType,
};

const struct awsc_shape awsc__iam_GenerateCredentialReportResponse = {
    .name = "GenerateCredentialReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_generate_credential_report_output),
    .members = awsc__iam_GenerateCredentialReportResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GenerateCredentialReportResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GenerateOrganizationsAccessReportRequest = {
    .name = "GenerateOrganizationsAccessReportRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_generate_organizations_access_report_input),
    .members = awsc__iam_GenerateOrganizationsAccessReportRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GenerateOrganizationsAccessReportRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GenerateOrganizationsAccessReportResponse = {
    .name = "GenerateOrganizationsAccessReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_generate_organizations_access_report_output),
    .members = awsc__iam_GenerateOrganizationsAccessReportResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GenerateOrganizationsAccessReportResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GenerateServiceLastAccessedDetailsRequest = {
    .name = "GenerateServiceLastAccessedDetailsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_input),
    .members = awsc__iam_GenerateServiceLastAccessedDetailsRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GenerateServiceLastAccessedDetailsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GenerateServiceLastAccessedDetailsResponse = {
    .name = "GenerateServiceLastAccessedDetailsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_generate_service_last_accessed_details_output),
    .members = awsc__iam_GenerateServiceLastAccessedDetailsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GenerateServiceLastAccessedDetailsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccessKeyLastUsedRequest = {
    .name = "GetAccessKeyLastUsedRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_access_key_last_used_input),
    .members = awsc__iam_GetAccessKeyLastUsedRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetAccessKeyLastUsedRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccessKeyLastUsedResponse = {
    .name = "GetAccessKeyLastUsedResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_access_key_last_used_output),
    .members = awsc__iam_GetAccessKeyLastUsedResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetAccessKeyLastUsedResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccountAuthorizationDetailsRequest = {
    .name = "GetAccountAuthorizationDetailsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_account_authorization_details_input),
    .members = awsc__iam_GetAccountAuthorizationDetailsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetAccountAuthorizationDetailsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccountAuthorizationDetailsResponse = {
    .name = "GetAccountAuthorizationDetailsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_account_authorization_details_output),
    .members = awsc__iam_GetAccountAuthorizationDetailsResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__iam_GetAccountAuthorizationDetailsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccountPasswordPolicyResponse = {
    .name = "GetAccountPasswordPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_account_password_policy_output),
    .members = awsc__iam_GetAccountPasswordPolicyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetAccountPasswordPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetAccountSummaryResponse = {
    .name = "GetAccountSummaryResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_account_summary_output),
    .members = awsc__iam_GetAccountSummaryResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetAccountSummaryResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetContextKeysForCustomPolicyRequest = {
    .name = "GetContextKeysForCustomPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_context_keys_for_custom_policy_input),
    .members = awsc__iam_GetContextKeysForCustomPolicyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetContextKeysForCustomPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetContextKeysForPolicyResponse = {
    .name = "GetContextKeysForPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_context_keys_for_policy_response),
    .members = awsc__iam_GetContextKeysForPolicyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetContextKeysForPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetContextKeysForPrincipalPolicyRequest = {
    .name = "GetContextKeysForPrincipalPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_context_keys_for_principal_policy_input),
    .members = awsc__iam_GetContextKeysForPrincipalPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetContextKeysForPrincipalPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetCredentialReportResponse = {
    .name = "GetCredentialReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_credential_report_output),
    .members = awsc__iam_GetCredentialReportResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetCredentialReportResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetDelegationRequestRequest = {
    .name = "GetDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_delegation_request_input),
    .members = awsc__iam_GetDelegationRequestRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetDelegationRequestRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetDelegationRequestResponse = {
    .name = "GetDelegationRequestResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_delegation_request_output),
    .members = awsc__iam_GetDelegationRequestResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetDelegationRequestResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetGroupPolicyRequest = {
    .name = "GetGroupPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_group_policy_input),
    .members = awsc__iam_GetGroupPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetGroupPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetGroupPolicyResponse = {
    .name = "GetGroupPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_group_policy_output),
    .members = awsc__iam_GetGroupPolicyResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetGroupPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetGroupRequest = {
    .name = "GetGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_group_input),
    .members = awsc__iam_GetGroupRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetGroupRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetGroupResponse = {
    .name = "GetGroupResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_group_output),
    .members = awsc__iam_GetGroupResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_GetGroupResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetHumanReadableSummaryRequest = {
    .name = "GetHumanReadableSummaryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_human_readable_summary_input),
    .members = awsc__iam_GetHumanReadableSummaryRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetHumanReadableSummaryRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetHumanReadableSummaryResponse = {
    .name = "GetHumanReadableSummaryResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_human_readable_summary_output),
    .members = awsc__iam_GetHumanReadableSummaryResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetHumanReadableSummaryResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetInstanceProfileRequest = {
    .name = "GetInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_instance_profile_input),
    .members = awsc__iam_GetInstanceProfileRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetInstanceProfileResponse = {
    .name = "GetInstanceProfileResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_instance_profile_output),
    .members = awsc__iam_GetInstanceProfileResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetInstanceProfileResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetLoginProfileRequest = {
    .name = "GetLoginProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_login_profile_input),
    .members = awsc__iam_GetLoginProfileRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetLoginProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetLoginProfileResponse = {
    .name = "GetLoginProfileResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_login_profile_output),
    .members = awsc__iam_GetLoginProfileResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetLoginProfileResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetMFADeviceRequest = {
    .name = "GetMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_mfa_device_input),
    .members = awsc__iam_GetMFADeviceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetMFADeviceRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetMFADeviceResponse = {
    .name = "GetMFADeviceResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_mfa_device_output),
    .members = awsc__iam_GetMFADeviceResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_GetMFADeviceResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetOpenIDConnectProviderRequest = {
    .name = "GetOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_open_id_connect_provider_input),
    .members = awsc__iam_GetOpenIDConnectProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetOpenIDConnectProviderResponse = {
    .name = "GetOpenIDConnectProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_open_id_connect_provider_output),
    .members = awsc__iam_GetOpenIDConnectProviderResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_GetOpenIDConnectProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetOrganizationsAccessReportRequest = {
    .name = "GetOrganizationsAccessReportRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_organizations_access_report_input),
    .members = awsc__iam_GetOrganizationsAccessReportRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_GetOrganizationsAccessReportRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetOrganizationsAccessReportResponse = {
    .name = "GetOrganizationsAccessReportResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_organizations_access_report_output),
    .members = awsc__iam_GetOrganizationsAccessReportResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__iam_GetOrganizationsAccessReportResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetOutboundWebIdentityFederationInfoResponse = {
    .name = "GetOutboundWebIdentityFederationInfoResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_outbound_web_identity_federation_info_output),
    .members = awsc__iam_GetOutboundWebIdentityFederationInfoResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetOutboundWebIdentityFederationInfoResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetPolicyRequest = {
    .name = "GetPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_policy_input),
    .members = awsc__iam_GetPolicyRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetPolicyResponse = {
    .name = "GetPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_policy_output),
    .members = awsc__iam_GetPolicyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetPolicyVersionRequest = {
    .name = "GetPolicyVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_policy_version_input),
    .members = awsc__iam_GetPolicyVersionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetPolicyVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetPolicyVersionResponse = {
    .name = "GetPolicyVersionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_policy_version_output),
    .members = awsc__iam_GetPolicyVersionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetPolicyVersionResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetRolePolicyRequest = {
    .name = "GetRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_role_policy_input),
    .members = awsc__iam_GetRolePolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetRolePolicyResponse = {
    .name = "GetRolePolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_role_policy_output),
    .members = awsc__iam_GetRolePolicyResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetRolePolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetRoleRequest = {
    .name = "GetRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_role_input),
    .members = awsc__iam_GetRoleRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetRoleResponse = {
    .name = "GetRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_role_output),
    .members = awsc__iam_GetRoleResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetSAMLProviderRequest = {
    .name = "GetSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_saml_provider_input),
    .members = awsc__iam_GetSAMLProviderRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetSAMLProviderResponse = {
    .name = "GetSAMLProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_saml_provider_output),
    .members = awsc__iam_GetSAMLProviderResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__iam_GetSAMLProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetSSHPublicKeyRequest = {
    .name = "GetSSHPublicKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_ssh_public_key_input),
    .members = awsc__iam_GetSSHPublicKeyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetSSHPublicKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetSSHPublicKeyResponse = {
    .name = "GetSSHPublicKeyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_ssh_public_key_output),
    .members = awsc__iam_GetSSHPublicKeyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetSSHPublicKeyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServerCertificateRequest = {
    .name = "GetServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_server_certificate_input),
    .members = awsc__iam_GetServerCertificateRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServerCertificateResponse = {
    .name = "GetServerCertificateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_server_certificate_output),
    .members = awsc__iam_GetServerCertificateResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetServerCertificateResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsRequest = {
    .name = "GetServiceLastAccessedDetailsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_last_accessed_details_input),
    .members = awsc__iam_GetServiceLastAccessedDetailsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetServiceLastAccessedDetailsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsResponse = {
    .name = "GetServiceLastAccessedDetailsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_last_accessed_details_output),
    .members = awsc__iam_GetServiceLastAccessedDetailsResponse_members,
    .member_count = 8,
    .by_wire_name = awsc__iam_GetServiceLastAccessedDetailsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest = {
    .name = "GetServiceLastAccessedDetailsWithEntitiesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_input),
    .members = awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_GetServiceLastAccessedDetailsWithEntitiesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse = {
    .name = "GetServiceLastAccessedDetailsWithEntitiesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_last_accessed_details_with_entities_output),
    .members = awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__iam_GetServiceLastAccessedDetailsWithEntitiesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLinkedRoleDeletionStatusRequest = {
    .name = "GetServiceLinkedRoleDeletionStatusRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_input),
    .members = awsc__iam_GetServiceLinkedRoleDeletionStatusRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetServiceLinkedRoleDeletionStatusRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetServiceLinkedRoleDeletionStatusResponse = {
    .name = "GetServiceLinkedRoleDeletionStatusResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_service_linked_role_deletion_status_output),
    .members = awsc__iam_GetServiceLinkedRoleDeletionStatusResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetServiceLinkedRoleDeletionStatusResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetUserPolicyRequest = {
    .name = "GetUserPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_user_policy_input),
    .members = awsc__iam_GetUserPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_GetUserPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetUserPolicyResponse = {
    .name = "GetUserPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_user_policy_output),
    .members = awsc__iam_GetUserPolicyResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_GetUserPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_GetUserRequest = {
    .name = "GetUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_user_input),
    .members = awsc__iam_GetUserRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_GetUserResponse = {
    .name = "GetUserResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_get_user_output),
    .members = awsc__iam_GetUserResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_GetUserResponse_by_wire_name,
};

static const struct awsc_shape s_Group = {
    .name = "Group",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_group),
    .members = s_Group_members,
    .member_count = 5,
    .by_wire_name = s_Group_by_wire_name,
};

static const struct awsc_shape s_GroupDetail = {
    .name = "GroupDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_group_detail),
    .members = s_GroupDetail_members,
    .member_count = 7,
    .by_wire_name = s_GroupDetail_by_wire_name,
};

static const struct awsc_shape s_InlinePolicyIdentifierType = {
    .name = "InlinePolicyIdentifierType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_inline_policy_identifier_type),
    .members = s_InlinePolicyIdentifierType_members,
    .member_count = 3,
    .by_wire_name = s_InlinePolicyIdentifierType_by_wire_name,
};

static const struct awsc_shape s_InstanceProfile = {
    .name = "InstanceProfile",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_instance_profile),
    .members = s_InstanceProfile_members,
    .member_count = 7,
    .by_wire_name = s_InstanceProfile_by_wire_name,
};

const struct awsc_shape awsc__iam_InvalidAuthenticationCodeException = {
    .name = "InvalidAuthenticationCodeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_invalid_authentication_code_exception),
    .members = awsc__iam_InvalidAuthenticationCodeException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_InvalidAuthenticationCodeException_by_wire_name,
    .error_code = "InvalidAuthenticationCode",
    .http_status = 403,
};

const struct awsc_shape awsc__iam_InvalidCertificateException = {
    .name = "InvalidCertificateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_invalid_certificate_exception),
    .members = awsc__iam_InvalidCertificateException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_InvalidCertificateException_by_wire_name,
    .error_code = "InvalidCertificate",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_InvalidInputException = {
    .name = "InvalidInputException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_invalid_input_exception),
    .members = awsc__iam_InvalidInputException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_InvalidInputException_by_wire_name,
    .error_code = "InvalidInput",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_InvalidPublicKeyException = {
    .name = "InvalidPublicKeyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_invalid_public_key_exception),
    .members = awsc__iam_InvalidPublicKeyException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_InvalidPublicKeyException_by_wire_name,
    .error_code = "InvalidPublicKey",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_InvalidUserTypeException = {
    .name = "InvalidUserTypeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_invalid_user_type_exception),
    .members = awsc__iam_InvalidUserTypeException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_InvalidUserTypeException_by_wire_name,
    .error_code = "InvalidUserType",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_KeyPairMismatchException = {
    .name = "KeyPairMismatchException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_key_pair_mismatch_exception),
    .members = awsc__iam_KeyPairMismatchException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_KeyPairMismatchException_by_wire_name,
    .error_code = "KeyPairMismatch",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_LimitExceededException = {
    .name = "LimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_limit_exceeded_exception),
    .members = awsc__iam_LimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_LimitExceededException_by_wire_name,
    .error_code = "LimitExceeded",
    .http_status = 409,
};

static const struct awsc_shape s_LineNumber = {
    .name = "LineNumber",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__iam_ListAccessKeysRequest = {
    .name = "ListAccessKeysRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_access_keys_input),
    .members = awsc__iam_ListAccessKeysRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAccessKeysRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAccessKeysResponse = {
    .name = "ListAccessKeysResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_access_keys_output),
    .members = awsc__iam_ListAccessKeysResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAccessKeysResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAccountAliasesRequest = {
    .name = "ListAccountAliasesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_account_aliases_input),
    .members = awsc__iam_ListAccountAliasesRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_ListAccountAliasesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAccountAliasesResponse = {
    .name = "ListAccountAliasesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_account_aliases_output),
    .members = awsc__iam_ListAccountAliasesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAccountAliasesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedGroupPoliciesRequest = {
    .name = "ListAttachedGroupPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_group_policies_input),
    .members = awsc__iam_ListAttachedGroupPoliciesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_ListAttachedGroupPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedGroupPoliciesResponse = {
    .name = "ListAttachedGroupPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_group_policies_output),
    .members = awsc__iam_ListAttachedGroupPoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAttachedGroupPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedRolePoliciesRequest = {
    .name = "ListAttachedRolePoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_role_policies_input),
    .members = awsc__iam_ListAttachedRolePoliciesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_ListAttachedRolePoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedRolePoliciesResponse = {
    .name = "ListAttachedRolePoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_role_policies_output),
    .members = awsc__iam_ListAttachedRolePoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAttachedRolePoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedUserPoliciesRequest = {
    .name = "ListAttachedUserPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_user_policies_input),
    .members = awsc__iam_ListAttachedUserPoliciesRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_ListAttachedUserPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListAttachedUserPoliciesResponse = {
    .name = "ListAttachedUserPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_attached_user_policies_output),
    .members = awsc__iam_ListAttachedUserPoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListAttachedUserPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListDelegationRequestsRequest = {
    .name = "ListDelegationRequestsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_delegation_requests_input),
    .members = awsc__iam_ListDelegationRequestsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListDelegationRequestsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListDelegationRequestsResponse = {
    .name = "ListDelegationRequestsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_delegation_requests_output),
    .members = awsc__iam_ListDelegationRequestsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListDelegationRequestsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListEntitiesForPolicyRequest = {
    .name = "ListEntitiesForPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_entities_for_policy_input),
    .members = awsc__iam_ListEntitiesForPolicyRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__iam_ListEntitiesForPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListEntitiesForPolicyResponse = {
    .name = "ListEntitiesForPolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_entities_for_policy_output),
    .members = awsc__iam_ListEntitiesForPolicyResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_ListEntitiesForPolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupPoliciesRequest = {
    .name = "ListGroupPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_group_policies_input),
    .members = awsc__iam_ListGroupPoliciesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupPoliciesResponse = {
    .name = "ListGroupPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_group_policies_output),
    .members = awsc__iam_ListGroupPoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupsForUserRequest = {
    .name = "ListGroupsForUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_groups_for_user_input),
    .members = awsc__iam_ListGroupsForUserRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupsForUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupsForUserResponse = {
    .name = "ListGroupsForUserResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_groups_for_user_output),
    .members = awsc__iam_ListGroupsForUserResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupsForUserResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupsRequest = {
    .name = "ListGroupsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_groups_input),
    .members = awsc__iam_ListGroupsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListGroupsResponse = {
    .name = "ListGroupsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_groups_output),
    .members = awsc__iam_ListGroupsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListGroupsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfileTagsRequest = {
    .name = "ListInstanceProfileTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profile_tags_input),
    .members = awsc__iam_ListInstanceProfileTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfileTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfileTagsResponse = {
    .name = "ListInstanceProfileTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profile_tags_output),
    .members = awsc__iam_ListInstanceProfileTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfileTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfilesForRoleRequest = {
    .name = "ListInstanceProfilesForRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_input),
    .members = awsc__iam_ListInstanceProfilesForRoleRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfilesForRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfilesForRoleResponse = {
    .name = "ListInstanceProfilesForRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profiles_for_role_output),
    .members = awsc__iam_ListInstanceProfilesForRoleResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfilesForRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfilesRequest = {
    .name = "ListInstanceProfilesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profiles_input),
    .members = awsc__iam_ListInstanceProfilesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfilesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListInstanceProfilesResponse = {
    .name = "ListInstanceProfilesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_instance_profiles_output),
    .members = awsc__iam_ListInstanceProfilesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListInstanceProfilesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListMFADeviceTagsRequest = {
    .name = "ListMFADeviceTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_mfa_device_tags_input),
    .members = awsc__iam_ListMFADeviceTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListMFADeviceTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListMFADeviceTagsResponse = {
    .name = "ListMFADeviceTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_mfa_device_tags_output),
    .members = awsc__iam_ListMFADeviceTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListMFADeviceTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListMFADevicesRequest = {
    .name = "ListMFADevicesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_mfa_devices_input),
    .members = awsc__iam_ListMFADevicesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListMFADevicesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListMFADevicesResponse = {
    .name = "ListMFADevicesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_mfa_devices_output),
    .members = awsc__iam_ListMFADevicesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListMFADevicesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListOpenIDConnectProviderTagsRequest = {
    .name = "ListOpenIDConnectProviderTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_input),
    .members = awsc__iam_ListOpenIDConnectProviderTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListOpenIDConnectProviderTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListOpenIDConnectProviderTagsResponse = {
    .name = "ListOpenIDConnectProviderTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_open_id_connect_provider_tags_output),
    .members = awsc__iam_ListOpenIDConnectProviderTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListOpenIDConnectProviderTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListOpenIDConnectProvidersRequest = {
    .name = "ListOpenIDConnectProvidersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_open_id_connect_providers_input),
};

const struct awsc_shape awsc__iam_ListOpenIDConnectProvidersResponse = {
    .name = "ListOpenIDConnectProvidersResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_open_id_connect_providers_output),
    .members = awsc__iam_ListOpenIDConnectProvidersResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ListOpenIDConnectProvidersResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListOrganizationsFeaturesRequest = {
    .name = "ListOrganizationsFeaturesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_organizations_features_input),
};

const struct awsc_shape awsc__iam_ListOrganizationsFeaturesResponse = {
    .name = "ListOrganizationsFeaturesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_organizations_features_output),
    .members = awsc__iam_ListOrganizationsFeaturesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_ListOrganizationsFeaturesResponse_by_wire_name,
};

static const struct awsc_shape s_ListPoliciesGrantingServiceAccessEntry = {
    .name = "ListPoliciesGrantingServiceAccessEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policies_granting_service_access_entry),
    .members = s_ListPoliciesGrantingServiceAccessEntry_members,
    .member_count = 2,
    .by_wire_name = s_ListPoliciesGrantingServiceAccessEntry_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPoliciesGrantingServiceAccessRequest = {
    .name = "ListPoliciesGrantingServiceAccessRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policies_granting_service_access_input),
    .members = awsc__iam_ListPoliciesGrantingServiceAccessRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPoliciesGrantingServiceAccessRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPoliciesGrantingServiceAccessResponse = {
    .name = "ListPoliciesGrantingServiceAccessResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policies_granting_service_access_output),
    .members = awsc__iam_ListPoliciesGrantingServiceAccessResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPoliciesGrantingServiceAccessResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPoliciesRequest = {
    .name = "ListPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policies_input),
    .members = awsc__iam_ListPoliciesRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__iam_ListPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPoliciesResponse = {
    .name = "ListPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policies_output),
    .members = awsc__iam_ListPoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPolicyTagsRequest = {
    .name = "ListPolicyTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policy_tags_input),
    .members = awsc__iam_ListPolicyTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPolicyTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPolicyTagsResponse = {
    .name = "ListPolicyTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policy_tags_output),
    .members = awsc__iam_ListPolicyTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPolicyTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPolicyVersionsRequest = {
    .name = "ListPolicyVersionsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policy_versions_input),
    .members = awsc__iam_ListPolicyVersionsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPolicyVersionsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListPolicyVersionsResponse = {
    .name = "ListPolicyVersionsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_policy_versions_output),
    .members = awsc__iam_ListPolicyVersionsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListPolicyVersionsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRolePoliciesRequest = {
    .name = "ListRolePoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_role_policies_input),
    .members = awsc__iam_ListRolePoliciesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRolePoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRolePoliciesResponse = {
    .name = "ListRolePoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_role_policies_output),
    .members = awsc__iam_ListRolePoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRolePoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRoleTagsRequest = {
    .name = "ListRoleTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_role_tags_input),
    .members = awsc__iam_ListRoleTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRoleTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRoleTagsResponse = {
    .name = "ListRoleTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_role_tags_output),
    .members = awsc__iam_ListRoleTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRoleTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRolesRequest = {
    .name = "ListRolesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_roles_input),
    .members = awsc__iam_ListRolesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRolesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListRolesResponse = {
    .name = "ListRolesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_roles_output),
    .members = awsc__iam_ListRolesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListRolesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSAMLProviderTagsRequest = {
    .name = "ListSAMLProviderTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_saml_provider_tags_input),
    .members = awsc__iam_ListSAMLProviderTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSAMLProviderTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSAMLProviderTagsResponse = {
    .name = "ListSAMLProviderTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_saml_provider_tags_output),
    .members = awsc__iam_ListSAMLProviderTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSAMLProviderTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSAMLProvidersRequest = {
    .name = "ListSAMLProvidersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_saml_providers_input),
};

const struct awsc_shape awsc__iam_ListSAMLProvidersResponse = {
    .name = "ListSAMLProvidersResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_saml_providers_output),
    .members = awsc__iam_ListSAMLProvidersResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ListSAMLProvidersResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSSHPublicKeysRequest = {
    .name = "ListSSHPublicKeysRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_ssh_public_keys_input),
    .members = awsc__iam_ListSSHPublicKeysRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSSHPublicKeysRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSSHPublicKeysResponse = {
    .name = "ListSSHPublicKeysResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_ssh_public_keys_output),
    .members = awsc__iam_ListSSHPublicKeysResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSSHPublicKeysResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServerCertificateTagsRequest = {
    .name = "ListServerCertificateTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_server_certificate_tags_input),
    .members = awsc__iam_ListServerCertificateTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListServerCertificateTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServerCertificateTagsResponse = {
    .name = "ListServerCertificateTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_server_certificate_tags_output),
    .members = awsc__iam_ListServerCertificateTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListServerCertificateTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServerCertificatesRequest = {
    .name = "ListServerCertificatesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_server_certificates_input),
    .members = awsc__iam_ListServerCertificatesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListServerCertificatesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServerCertificatesResponse = {
    .name = "ListServerCertificatesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_server_certificates_output),
    .members = awsc__iam_ListServerCertificatesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListServerCertificatesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServiceSpecificCredentialsRequest = {
    .name = "ListServiceSpecificCredentialsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_service_specific_credentials_input),
    .members = awsc__iam_ListServiceSpecificCredentialsRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_ListServiceSpecificCredentialsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListServiceSpecificCredentialsResponse = {
    .name = "ListServiceSpecificCredentialsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_service_specific_credentials_output),
    .members = awsc__iam_ListServiceSpecificCredentialsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListServiceSpecificCredentialsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSigningCertificatesRequest = {
    .name = "ListSigningCertificatesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_signing_certificates_input),
    .members = awsc__iam_ListSigningCertificatesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSigningCertificatesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListSigningCertificatesResponse = {
    .name = "ListSigningCertificatesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_signing_certificates_output),
    .members = awsc__iam_ListSigningCertificatesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListSigningCertificatesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUserPoliciesRequest = {
    .name = "ListUserPoliciesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_user_policies_input),
    .members = awsc__iam_ListUserPoliciesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUserPoliciesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUserPoliciesResponse = {
    .name = "ListUserPoliciesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_user_policies_output),
    .members = awsc__iam_ListUserPoliciesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUserPoliciesResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUserTagsRequest = {
    .name = "ListUserTagsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_user_tags_input),
    .members = awsc__iam_ListUserTagsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUserTagsRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUserTagsResponse = {
    .name = "ListUserTagsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_user_tags_output),
    .members = awsc__iam_ListUserTagsResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUserTagsResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUsersRequest = {
    .name = "ListUsersRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_users_input),
    .members = awsc__iam_ListUsersRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUsersRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListUsersResponse = {
    .name = "ListUsersResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_users_output),
    .members = awsc__iam_ListUsersResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListUsersResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_ListVirtualMFADevicesRequest = {
    .name = "ListVirtualMFADevicesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_input),
    .members = awsc__iam_ListVirtualMFADevicesRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListVirtualMFADevicesRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ListVirtualMFADevicesResponse = {
    .name = "ListVirtualMFADevicesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_list_virtual_mfa_devices_output),
    .members = awsc__iam_ListVirtualMFADevicesResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_ListVirtualMFADevicesResponse_by_wire_name,
};

static const struct awsc_shape s_LoginProfile = {
    .name = "LoginProfile",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_login_profile),
    .members = s_LoginProfile_members,
    .member_count = 3,
    .by_wire_name = s_LoginProfile_by_wire_name,
};

static const struct awsc_shape s_MFADevice = {
    .name = "MFADevice",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_mfa_device),
    .members = s_MFADevice_members,
    .member_count = 3,
    .by_wire_name = s_MFADevice_by_wire_name,
};

const struct awsc_shape awsc__iam_MalformedCertificateException = {
    .name = "MalformedCertificateException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_malformed_certificate_exception),
    .members = awsc__iam_MalformedCertificateException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_MalformedCertificateException_by_wire_name,
    .error_code = "MalformedCertificate",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_MalformedPolicyDocumentException = {
    .name = "MalformedPolicyDocumentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_malformed_policy_document_exception),
    .members = awsc__iam_MalformedPolicyDocumentException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_MalformedPolicyDocumentException_by_wire_name,
    .error_code = "MalformedPolicyDocument",
    .http_status = 400,
};

static const struct awsc_shape s_ManagedPolicyDetail = {
    .name = "ManagedPolicyDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_managed_policy_detail),
    .members = s_ManagedPolicyDetail_members,
    .member_count = 12,
    .by_wire_name = s_ManagedPolicyDetail_by_wire_name,
};

static const struct awsc_shape s_ManagedPolicyDetailListType = {
    .name = "ManagedPolicyDetailListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_managed_policy_detail_list_type),
    .item = &s_ManagedPolicyDetail,
};

const struct awsc_shape awsc__iam_NoSuchEntityException = {
    .name = "NoSuchEntityException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_no_such_entity_exception),
    .members = awsc__iam_NoSuchEntityException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_NoSuchEntityException_by_wire_name,
    .error_code = "NoSuchEntity",
    .http_status = 404,
};

static const struct awsc_shape s_OpenIDConnectProviderListEntry = {
    .name = "OpenIDConnectProviderListEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_open_id_connect_provider_list_entry),
    .members = s_OpenIDConnectProviderListEntry_members,
    .member_count = 1,
    .by_wire_name = s_OpenIDConnectProviderListEntry_by_wire_name,
};

static const struct awsc_shape s_OpenIDConnectProviderListType = {
    .name = "OpenIDConnectProviderListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_open_id_connect_provider_list_type),
    .item = &s_OpenIDConnectProviderListEntry,
};

static const struct awsc_shape s_OpenIDConnectProviderUrlType = {
    .name = "OpenIDConnectProviderUrlType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OpenIDConnectProviderUrlType_range,
};

const struct awsc_shape awsc__iam_OpenIdIdpCommunicationErrorException = {
    .name = "OpenIdIdpCommunicationErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_open_id_idp_communication_error_exception),
    .members = awsc__iam_OpenIdIdpCommunicationErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_OpenIdIdpCommunicationErrorException_by_wire_name,
    .error_code = "OpenIdIdpCommunicationError",
    .http_status = 400,
};

static const struct awsc_shape s_OrderedOrganizationPolicyType = {
    .name = "OrderedOrganizationPolicyType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_ordered_organization_policy_type),
    .members = s_OrderedOrganizationPolicyType_members,
    .member_count = 1,
    .by_wire_name = s_OrderedOrganizationPolicyType_by_wire_name,
};

static const struct awsc_shape s_OrganizationIdType = {
    .name = "OrganizationIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OrganizationIdType_range,
};

const struct awsc_shape awsc__iam_OrganizationNotFoundException = {
    .name = "OrganizationNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_organization_not_found_exception),
    .error_code = "OrganizationNotFoundException",
    .http_status = 0,
};

const struct awsc_shape awsc__iam_OrganizationNotInAllFeaturesModeException = {
    .name = "OrganizationNotInAllFeaturesModeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_organization_not_in_all_features_mode_exception),
    .error_code = "OrganizationNotInAllFeaturesModeException",
    .http_status = 0,
};

static const struct awsc_shape s_OrganizationPolicyListType = {
    .name = "OrganizationPolicyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_organization_policy_list_type),
    .range = &s_OrganizationPolicyListType_range,
    .item = &s_OrderedOrganizationPolicyType,
};

static const struct awsc_shape s_OrganizationsDecisionDetail = {
    .name = "OrganizationsDecisionDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_organizations_decision_detail),
    .members = s_OrganizationsDecisionDetail_members,
    .member_count = 1,
    .by_wire_name = s_OrganizationsDecisionDetail_by_wire_name,
};

static const struct awsc_shape s_PasswordPolicy = {
    .name = "PasswordPolicy",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_password_policy),
    .members = s_PasswordPolicy_members,
    .member_count = 10,
    .by_wire_name = s_PasswordPolicy_by_wire_name,
};

const struct awsc_shape awsc__iam_PasswordPolicyViolationException = {
    .name = "PasswordPolicyViolationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_password_policy_violation_exception),
    .members = awsc__iam_PasswordPolicyViolationException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_PasswordPolicyViolationException_by_wire_name,
    .error_code = "PasswordPolicyViolation",
    .http_status = 400,
};

static const struct awsc_shape s_PermissionsBoundaryAttachmentType = {
    .name = "PermissionsBoundaryAttachmentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PermissionsBoundaryAttachmentType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_PermissionsBoundaryDecisionDetail = {
    .name = "PermissionsBoundaryDecisionDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_permissions_boundary_decision_detail),
    .members = s_PermissionsBoundaryDecisionDetail_members,
    .member_count = 1,
    .by_wire_name = s_PermissionsBoundaryDecisionDetail_by_wire_name,
};

static const struct awsc_shape s_Policy = {
    .name = "Policy",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy),
    .members = s_Policy_members,
    .member_count = 12,
    .by_wire_name = s_Policy_by_wire_name,
};

static const struct awsc_shape s_PolicyDetail = {
    .name = "PolicyDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_detail),
    .members = s_PolicyDetail_members,
    .member_count = 2,
    .by_wire_name = s_PolicyDetail_by_wire_name,
};

static const struct awsc_shape s_PolicyEvaluationDecisionType = {
    .name = "PolicyEvaluationDecisionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PolicyEvaluationDecisionType_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__iam_PolicyEvaluationException = {
    .name = "PolicyEvaluationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_policy_evaluation_exception),
    .members = awsc__iam_PolicyEvaluationException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_PolicyEvaluationException_by_wire_name,
    .error_code = "PolicyEvaluation",
    .http_status = 500,
};

static const struct awsc_shape s_PolicyExclusionsListType = {
    .name = "PolicyExclusionsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_exclusions_list_type),
    .range = &s_PolicyExclusionsListType_range,
    .item = &s_PolicyIdentifier,
};

static const struct awsc_shape s_PolicyGrantingServiceAccess = {
    .name = "PolicyGrantingServiceAccess",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_granting_service_access),
    .members = s_PolicyGrantingServiceAccess_members,
    .member_count = 5,
    .by_wire_name = s_PolicyGrantingServiceAccess_by_wire_name,
};

static const struct awsc_shape s_PolicyGroup = {
    .name = "PolicyGroup",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_group),
    .members = s_PolicyGroup_members,
    .member_count = 2,
    .by_wire_name = s_PolicyGroup_by_wire_name,
};

static const struct awsc_shape s_PolicyGroupListType = {
    .name = "PolicyGroupListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_group_list_type),
    .item = &s_PolicyGroup,
};

static const struct awsc_shape s_PolicyIdentifier = {
    .name = "PolicyIdentifier",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_iam_policy_identifier),
    .members = s_PolicyIdentifier_members,
    .member_count = 3,
    .by_wire_name = s_PolicyIdentifier_by_wire_name,
};

static const struct awsc_shape s_PolicyIdentifierPolicyType = {
    .name = "PolicyIdentifierPolicyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PolicyIdentifierPolicyType_values,
    .enum_count = 6,
};

static const struct awsc_shape s_PolicyIdentifierType = {
    .name = "PolicyIdentifierType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__iam_PolicyNotAttachableException = {
    .name = "PolicyNotAttachableException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_policy_not_attachable_exception),
    .members = awsc__iam_PolicyNotAttachableException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_PolicyNotAttachableException_by_wire_name,
    .error_code = "PolicyNotAttachable",
    .http_status = 400,
};

static const struct awsc_shape s_PolicyParameter = {
    .name = "PolicyParameter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_parameter),
    .members = s_PolicyParameter_members,
    .member_count = 3,
    .by_wire_name = s_PolicyParameter_by_wire_name,
};

static const struct awsc_shape s_PolicyParameterTypeEnum = {
    .name = "PolicyParameterTypeEnum",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PolicyParameterTypeEnum_values,
    .enum_count = 2,
};

static const struct awsc_shape s_PolicyRole = {
    .name = "PolicyRole",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_role),
    .members = s_PolicyRole_members,
    .member_count = 2,
    .by_wire_name = s_PolicyRole_by_wire_name,
};

static const struct awsc_shape s_PolicyRoleListType = {
    .name = "PolicyRoleListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_role_list_type),
    .item = &s_PolicyRole,
};

static const struct awsc_shape s_PolicySourceType = {
    .name = "PolicySourceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PolicySourceType_values,
    .enum_count = 7,
};

static const struct awsc_shape s_PolicyUsageType = {
    .name = "PolicyUsageType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PolicyUsageType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_PolicyUser = {
    .name = "PolicyUser",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_user),
    .members = s_PolicyUser_members,
    .member_count = 2,
    .by_wire_name = s_PolicyUser_by_wire_name,
};

static const struct awsc_shape s_PolicyUserListType = {
    .name = "PolicyUserListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_user_list_type),
    .item = &s_PolicyUser,
};

static const struct awsc_shape s_PolicyVersion = {
    .name = "PolicyVersion",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_policy_version),
    .members = s_PolicyVersion_members,
    .member_count = 4,
    .by_wire_name = s_PolicyVersion_by_wire_name,
};

static const struct awsc_shape s_Position = {
    .name = "Position",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_position),
    .members = s_Position_members,
    .member_count = 2,
    .by_wire_name = s_Position_by_wire_name,
};

const struct awsc_shape awsc__iam_PutGroupPolicyRequest = {
    .name = "PutGroupPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_put_group_policy_input),
    .members = awsc__iam_PutGroupPolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_PutGroupPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_PutRolePermissionsBoundaryRequest = {
    .name = "PutRolePermissionsBoundaryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_put_role_permissions_boundary_input),
    .members = awsc__iam_PutRolePermissionsBoundaryRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_PutRolePermissionsBoundaryRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_PutRolePolicyRequest = {
    .name = "PutRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_put_role_policy_input),
    .members = awsc__iam_PutRolePolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_PutRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_PutUserPermissionsBoundaryRequest = {
    .name = "PutUserPermissionsBoundaryRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_put_user_permissions_boundary_input),
    .members = awsc__iam_PutUserPermissionsBoundaryRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_PutUserPermissionsBoundaryRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_PutUserPolicyRequest = {
    .name = "PutUserPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_put_user_policy_input),
    .members = awsc__iam_PutUserPolicyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_PutUserPolicyRequest_by_wire_name,
};

static const struct awsc_shape s_ReasonType = {
    .name = "ReasonType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ReasonType_range,
};

static const struct awsc_shape s_RegionNameType = {
    .name = "RegionNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_RegionNameType_range,
};

const struct awsc_shape awsc__iam_RejectDelegationRequestRequest = {
    .name = "RejectDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_reject_delegation_request_input),
    .members = awsc__iam_RejectDelegationRequestRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_RejectDelegationRequestRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest = {
    .name = "RemoveClientIDFromOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_remove_client_id_from_open_id_connect_provider_input),
    .members = awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_RemoveClientIDFromOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_RemoveRoleFromInstanceProfileRequest = {
    .name = "RemoveRoleFromInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_remove_role_from_instance_profile_input),
    .members = awsc__iam_RemoveRoleFromInstanceProfileRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_RemoveRoleFromInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_RemoveUserFromGroupRequest = {
    .name = "RemoveUserFromGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_remove_user_from_group_input),
    .members = awsc__iam_RemoveUserFromGroupRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_RemoveUserFromGroupRequest_by_wire_name,
};

static const struct awsc_shape s_ReportContentType = {
    .name = "ReportContentType",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_ReportFormatType = {
    .name = "ReportFormatType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReportFormatType_values,
    .enum_count = 1,
};

const struct awsc_shape awsc__iam_ReportGenerationLimitExceededException = {
    .name = "ReportGenerationLimitExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_report_generation_limit_exceeded_exception),
    .members = awsc__iam_ReportGenerationLimitExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ReportGenerationLimitExceededException_by_wire_name,
    .error_code = "ReportGenerationLimitExceeded",
    .http_status = 409,
};

static const struct awsc_shape s_ReportStateDescriptionType = {
    .name = "ReportStateDescriptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ReportStateType = {
    .name = "ReportStateType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ReportStateType_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__iam_ResetServiceSpecificCredentialRequest = {
    .name = "ResetServiceSpecificCredentialRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_reset_service_specific_credential_input),
    .members = awsc__iam_ResetServiceSpecificCredentialRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_ResetServiceSpecificCredentialRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_ResetServiceSpecificCredentialResponse = {
    .name = "ResetServiceSpecificCredentialResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_reset_service_specific_credential_output),
    .members = awsc__iam_ResetServiceSpecificCredentialResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ResetServiceSpecificCredentialResponse_by_wire_name,
};

static const struct awsc_shape s_ResourceHandlingOptionType = {
    .name = "ResourceHandlingOptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceHandlingOptionType_range,
};

static const struct awsc_shape s_ResourceNameListType = {
    .name = "ResourceNameListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_ResourceNameType,
};

static const struct awsc_shape s_ResourceNameType = {
    .name = "ResourceNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ResourceNameType_range,
};

static const struct awsc_shape s_ResourceSpecificResult = {
    .name = "ResourceSpecificResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_resource_specific_result),
    .members = s_ResourceSpecificResult_members,
    .member_count = 6,
    .by_wire_name = s_ResourceSpecificResult_by_wire_name,
};

static const struct awsc_shape s_ResourceSpecificResultListType = {
    .name = "ResourceSpecificResultListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_resource_specific_result_list_type),
    .item = &s_ResourceSpecificResult,
};

const struct awsc_shape awsc__iam_ResyncMFADeviceRequest = {
    .name = "ResyncMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_resync_mfa_device_input),
    .members = awsc__iam_ResyncMFADeviceRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__iam_ResyncMFADeviceRequest_by_wire_name,
};

static const struct awsc_shape s_Role = {
    .name = "Role",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_role),
    .members = s_Role_members,
    .member_count = 11,
    .by_wire_name = s_Role_by_wire_name,
};

static const struct awsc_shape s_RoleDetail = {
    .name = "RoleDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_role_detail),
    .members = s_RoleDetail_members,
    .member_count = 12,
    .by_wire_name = s_RoleDetail_by_wire_name,
};

static const struct awsc_shape s_RoleLastUsed = {
    .name = "RoleLastUsed",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_role_last_used),
    .members = s_RoleLastUsed_members,
    .member_count = 2,
    .by_wire_name = s_RoleLastUsed_by_wire_name,
};

static const struct awsc_shape s_RoleUsageListType = {
    .name = "RoleUsageListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_role_usage_list_type),
    .item = &s_RoleUsageType,
};

static const struct awsc_shape s_RoleUsageType = {
    .name = "RoleUsageType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_role_usage_type),
    .members = s_RoleUsageType_members,
    .member_count = 2,
    .by_wire_name = s_RoleUsageType_by_wire_name,
};

static const struct awsc_shape s_SAMLMetadataDocumentType = {
    .name = "SAMLMetadataDocumentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SAMLMetadataDocumentType_range,
};

static const struct awsc_shape s_SAMLPrivateKey = {
    .name = "SAMLPrivateKey",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_saml_private_key),
    .members = s_SAMLPrivateKey_members,
    .member_count = 2,
    .by_wire_name = s_SAMLPrivateKey_by_wire_name,
};

static const struct awsc_shape s_SAMLProviderListEntry = {
    .name = "SAMLProviderListEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_saml_provider_list_entry),
    .members = s_SAMLProviderListEntry_members,
    .member_count = 3,
    .by_wire_name = s_SAMLProviderListEntry_by_wire_name,
};

static const struct awsc_shape s_SAMLProviderListType = {
    .name = "SAMLProviderListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_saml_provider_list_type),
    .item = &s_SAMLProviderListEntry,
};

static const struct awsc_shape s_SAMLProviderNameType = {
    .name = "SAMLProviderNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_SAMLProviderNameType_range,
};

static const struct awsc_shape s_SSHPublicKey = {
    .name = "SSHPublicKey",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_ssh_public_key),
    .members = s_SSHPublicKey_members,
    .member_count = 6,
    .by_wire_name = s_SSHPublicKey_by_wire_name,
};

static const struct awsc_shape s_SSHPublicKeyListType = {
    .name = "SSHPublicKeyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_ssh_public_key_list_type),
    .item = &s_SSHPublicKeyMetadata,
};

static const struct awsc_shape s_SSHPublicKeyMetadata = {
    .name = "SSHPublicKeyMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_ssh_public_key_metadata),
    .members = s_SSHPublicKeyMetadata_members,
    .member_count = 4,
    .by_wire_name = s_SSHPublicKeyMetadata_by_wire_name,
};

const struct awsc_shape awsc__iam_SendDelegationTokenRequest = {
    .name = "SendDelegationTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_send_delegation_token_input),
    .members = awsc__iam_SendDelegationTokenRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_SendDelegationTokenRequest_by_wire_name,
};

static const struct awsc_shape s_ServerCertificate = {
    .name = "ServerCertificate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_server_certificate),
    .members = s_ServerCertificate_members,
    .member_count = 4,
    .by_wire_name = s_ServerCertificate_by_wire_name,
};

static const struct awsc_shape s_ServerCertificateMetadata = {
    .name = "ServerCertificateMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_server_certificate_metadata),
    .members = s_ServerCertificateMetadata_members,
    .member_count = 6,
    .by_wire_name = s_ServerCertificateMetadata_by_wire_name,
};

const struct awsc_shape awsc__iam_ServiceAccessNotEnabledException = {
    .name = "ServiceAccessNotEnabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_service_access_not_enabled_exception),
    .error_code = "ServiceAccessNotEnabledException",
    .http_status = 0,
};

const struct awsc_shape awsc__iam_ServiceFailureException = {
    .name = "ServiceFailureException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_iam_service_failure_exception),
    .members = awsc__iam_ServiceFailureException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ServiceFailureException_by_wire_name,
    .error_code = "ServiceFailure",
    .http_status = 500,
};

static const struct awsc_shape s_ServiceLastAccessed = {
    .name = "ServiceLastAccessed",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_service_last_accessed),
    .members = s_ServiceLastAccessed_members,
    .member_count = 7,
    .by_wire_name = s_ServiceLastAccessed_by_wire_name,
};

const struct awsc_shape awsc__iam_ServiceNotSupportedException = {
    .name = "ServiceNotSupportedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_service_not_supported_exception),
    .members = awsc__iam_ServiceNotSupportedException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_ServiceNotSupportedException_by_wire_name,
    .error_code = "NotSupportedService",
    .http_status = 404,
};

static const struct awsc_shape s_ServiceSpecificCredential = {
    .name = "ServiceSpecificCredential",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_service_specific_credential),
    .members = s_ServiceSpecificCredential_members,
    .member_count = 10,
    .by_wire_name = s_ServiceSpecificCredential_by_wire_name,
};

static const struct awsc_shape s_ServiceSpecificCredentialMetadata = {
    .name = "ServiceSpecificCredentialMetadata",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_service_specific_credential_metadata),
    .members = s_ServiceSpecificCredentialMetadata_members,
    .member_count = 8,
    .by_wire_name = s_ServiceSpecificCredentialMetadata_by_wire_name,
};

static const struct awsc_shape s_ServiceSpecificCredentialsListType = {
    .name = "ServiceSpecificCredentialsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_service_specific_credentials_list_type),
    .item = &s_ServiceSpecificCredentialMetadata,
};

static const struct awsc_shape s_ServicesLastAccessed = {
    .name = "ServicesLastAccessed",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_services_last_accessed),
    .item = &s_ServiceLastAccessed,
};

const struct awsc_shape awsc__iam_SetDefaultPolicyVersionRequest = {
    .name = "SetDefaultPolicyVersionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_set_default_policy_version_input),
    .members = awsc__iam_SetDefaultPolicyVersionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_SetDefaultPolicyVersionRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_SetSecurityTokenServicePreferencesRequest = {
    .name = "SetSecurityTokenServicePreferencesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_set_security_token_service_preferences_input),
    .members = awsc__iam_SetSecurityTokenServicePreferencesRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_SetSecurityTokenServicePreferencesRequest_by_wire_name,
};

static const struct awsc_shape s_SigningCertificate = {
    .name = "SigningCertificate",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_signing_certificate),
    .members = s_SigningCertificate_members,
    .member_count = 5,
    .by_wire_name = s_SigningCertificate_by_wire_name,
};

const struct awsc_shape awsc__iam_SimulateCustomPolicyRequest = {
    .name = "SimulateCustomPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_simulate_custom_policy_input),
    .members = awsc__iam_SimulateCustomPolicyRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__iam_SimulateCustomPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_SimulatePolicyResponse = {
    .name = "SimulatePolicyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_simulate_policy_response),
    .members = awsc__iam_SimulatePolicyResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_SimulatePolicyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_SimulatePrincipalPolicyRequest = {
    .name = "SimulatePrincipalPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_simulate_principal_policy_input),
    .members = awsc__iam_SimulatePrincipalPolicyRequest_members,
    .member_count = 13,
    .by_wire_name = awsc__iam_SimulatePrincipalPolicyRequest_by_wire_name,
};

static const struct awsc_shape s_SimulationPolicyListType = {
    .name = "SimulationPolicyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_policyDocumentType,
};

static const struct awsc_shape s_Statement = {
    .name = "Statement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_statement),
    .members = s_Statement_members,
    .member_count = 4,
    .by_wire_name = s_Statement_by_wire_name,
};

static const struct awsc_shape s_StatementListType = {
    .name = "StatementListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_statement_list_type),
    .item = &s_Statement,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

const struct awsc_shape awsc__iam_TagInstanceProfileRequest = {
    .name = "TagInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_instance_profile_input),
    .members = awsc__iam_TagInstanceProfileRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagMFADeviceRequest = {
    .name = "TagMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_mfa_device_input),
    .members = awsc__iam_TagMFADeviceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagMFADeviceRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagOpenIDConnectProviderRequest = {
    .name = "TagOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_open_id_connect_provider_input),
    .members = awsc__iam_TagOpenIDConnectProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagPolicyRequest = {
    .name = "TagPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_policy_input),
    .members = awsc__iam_TagPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagRoleRequest = {
    .name = "TagRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_role_input),
    .members = awsc__iam_TagRoleRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagSAMLProviderRequest = {
    .name = "TagSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_saml_provider_input),
    .members = awsc__iam_TagSAMLProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagServerCertificateRequest = {
    .name = "TagServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_server_certificate_input),
    .members = awsc__iam_TagServerCertificateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_TagUserRequest = {
    .name = "TagUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tag_user_input),
    .members = awsc__iam_TagUserRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_TagUserRequest_by_wire_name,
};

static const struct awsc_shape s_TrackedActionLastAccessed = {
    .name = "TrackedActionLastAccessed",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_tracked_action_last_accessed),
    .members = s_TrackedActionLastAccessed_members,
    .member_count = 4,
    .by_wire_name = s_TrackedActionLastAccessed_by_wire_name,
};

static const struct awsc_shape s_TrackedActionsLastAccessed = {
    .name = "TrackedActionsLastAccessed",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tracked_actions_last_accessed),
    .item = &s_TrackedActionLastAccessed,
};

const struct awsc_shape awsc__iam_UnmodifiableEntityException = {
    .name = "UnmodifiableEntityException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_unmodifiable_entity_exception),
    .members = awsc__iam_UnmodifiableEntityException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UnmodifiableEntityException_by_wire_name,
    .error_code = "UnmodifiableEntity",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_UnrecognizedPublicKeyEncodingException = {
    .name = "UnrecognizedPublicKeyEncodingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_iam_unrecognized_public_key_encoding_exception),
    .members = awsc__iam_UnrecognizedPublicKeyEncodingException_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UnrecognizedPublicKeyEncodingException_by_wire_name,
    .error_code = "UnrecognizedPublicKeyEncoding",
    .http_status = 400,
};

const struct awsc_shape awsc__iam_UntagInstanceProfileRequest = {
    .name = "UntagInstanceProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_instance_profile_input),
    .members = awsc__iam_UntagInstanceProfileRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagInstanceProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagMFADeviceRequest = {
    .name = "UntagMFADeviceRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_mfa_device_input),
    .members = awsc__iam_UntagMFADeviceRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagMFADeviceRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagOpenIDConnectProviderRequest = {
    .name = "UntagOpenIDConnectProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_open_id_connect_provider_input),
    .members = awsc__iam_UntagOpenIDConnectProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagOpenIDConnectProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagPolicyRequest = {
    .name = "UntagPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_policy_input),
    .members = awsc__iam_UntagPolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagRoleRequest = {
    .name = "UntagRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_role_input),
    .members = awsc__iam_UntagRoleRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagSAMLProviderRequest = {
    .name = "UntagSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_saml_provider_input),
    .members = awsc__iam_UntagSAMLProviderRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagServerCertificateRequest = {
    .name = "UntagServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_server_certificate_input),
    .members = awsc__iam_UntagServerCertificateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UntagUserRequest = {
    .name = "UntagUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_untag_user_input),
    .members = awsc__iam_UntagUserRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UntagUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateAccessKeyRequest = {
    .name = "UpdateAccessKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_access_key_input),
    .members = awsc__iam_UpdateAccessKeyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateAccessKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateAccountPasswordPolicyRequest = {
    .name = "UpdateAccountPasswordPolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_account_password_policy_input),
    .members = awsc__iam_UpdateAccountPasswordPolicyRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__iam_UpdateAccountPasswordPolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateAssumeRolePolicyRequest = {
    .name = "UpdateAssumeRolePolicyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_assume_role_policy_input),
    .members = awsc__iam_UpdateAssumeRolePolicyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UpdateAssumeRolePolicyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateDelegationRequestRequest = {
    .name = "UpdateDelegationRequestRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_delegation_request_input),
    .members = awsc__iam_UpdateDelegationRequestRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UpdateDelegationRequestRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateGroupRequest = {
    .name = "UpdateGroupRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_group_input),
    .members = awsc__iam_UpdateGroupRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateGroupRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateLoginProfileRequest = {
    .name = "UpdateLoginProfileRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_login_profile_input),
    .members = awsc__iam_UpdateLoginProfileRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateLoginProfileRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest = {
    .name = "UpdateOpenIDConnectProviderThumbprintRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_open_id_connect_provider_thumbprint_input),
    .members = awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UpdateOpenIDConnectProviderThumbprintRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateRoleDescriptionRequest = {
    .name = "UpdateRoleDescriptionRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_role_description_input),
    .members = awsc__iam_UpdateRoleDescriptionRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UpdateRoleDescriptionRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateRoleDescriptionResponse = {
    .name = "UpdateRoleDescriptionResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_role_description_output),
    .members = awsc__iam_UpdateRoleDescriptionResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UpdateRoleDescriptionResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateRoleRequest = {
    .name = "UpdateRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_role_input),
    .members = awsc__iam_UpdateRoleRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateRoleResponse = {
    .name = "UpdateRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_role_output),
};

const struct awsc_shape awsc__iam_UpdateSAMLProviderRequest = {
    .name = "UpdateSAMLProviderRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_saml_provider_input),
    .members = awsc__iam_UpdateSAMLProviderRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__iam_UpdateSAMLProviderRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateSAMLProviderResponse = {
    .name = "UpdateSAMLProviderResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_saml_provider_output),
    .members = awsc__iam_UpdateSAMLProviderResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UpdateSAMLProviderResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateSSHPublicKeyRequest = {
    .name = "UpdateSSHPublicKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_ssh_public_key_input),
    .members = awsc__iam_UpdateSSHPublicKeyRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateSSHPublicKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateServerCertificateRequest = {
    .name = "UpdateServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_server_certificate_input),
    .members = awsc__iam_UpdateServerCertificateRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateServiceSpecificCredentialRequest = {
    .name = "UpdateServiceSpecificCredentialRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_service_specific_credential_input),
    .members = awsc__iam_UpdateServiceSpecificCredentialRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateServiceSpecificCredentialRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateSigningCertificateRequest = {
    .name = "UpdateSigningCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_signing_certificate_input),
    .members = awsc__iam_UpdateSigningCertificateRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateSigningCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UpdateUserRequest = {
    .name = "UpdateUserRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_update_user_input),
    .members = awsc__iam_UpdateUserRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__iam_UpdateUserRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadSSHPublicKeyRequest = {
    .name = "UploadSSHPublicKeyRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_ssh_public_key_input),
    .members = awsc__iam_UploadSSHPublicKeyRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UploadSSHPublicKeyRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadSSHPublicKeyResponse = {
    .name = "UploadSSHPublicKeyResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_ssh_public_key_output),
    .members = awsc__iam_UploadSSHPublicKeyResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UploadSSHPublicKeyResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadServerCertificateRequest = {
    .name = "UploadServerCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_server_certificate_input),
    .members = awsc__iam_UploadServerCertificateRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__iam_UploadServerCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadServerCertificateResponse = {
    .name = "UploadServerCertificateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_server_certificate_output),
    .members = awsc__iam_UploadServerCertificateResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UploadServerCertificateResponse_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadSigningCertificateRequest = {
    .name = "UploadSigningCertificateRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_signing_certificate_input),
    .members = awsc__iam_UploadSigningCertificateRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__iam_UploadSigningCertificateRequest_by_wire_name,
};

const struct awsc_shape awsc__iam_UploadSigningCertificateResponse = {
    .name = "UploadSigningCertificateResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_upload_signing_certificate_output),
    .members = awsc__iam_UploadSigningCertificateResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__iam_UploadSigningCertificateResponse_by_wire_name,
};

static const struct awsc_shape s_User = {
    .name = "User",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_user),
    .members = s_User_members,
    .member_count = 8,
    .by_wire_name = s_User_by_wire_name,
};

static const struct awsc_shape s_UserDetail = {
    .name = "UserDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_user_detail),
    .members = s_UserDetail_members,
    .member_count = 10,
    .by_wire_name = s_UserDetail_by_wire_name,
};

static const struct awsc_shape s_VirtualMFADevice = {
    .name = "VirtualMFADevice",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_iam_virtual_mfa_device),
    .members = s_VirtualMFADevice_members,
    .member_count = 6,
    .by_wire_name = s_VirtualMFADevice_by_wire_name,
};

static const struct awsc_shape s_accessKeyIdType = {
    .name = "accessKeyIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_accessKeyIdType_range,
};

static const struct awsc_shape s_accessKeyMetadataListType = {
    .name = "accessKeyMetadataListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_access_key_metadata_list_type),
    .item = &s_AccessKeyMetadata,
};

static const struct awsc_shape s_accessKeySecretType = {
    .name = "accessKeySecretType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_accountAliasListType = {
    .name = "accountAliasListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_accountAliasType,
};

static const struct awsc_shape s_accountAliasType = {
    .name = "accountAliasType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_accountAliasType_range,
};

static const struct awsc_shape s_accountIdType = {
    .name = "accountIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_allUsers = {
    .name = "allUsers",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_arnType = {
    .name = "arnType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_arnType_range,
};

static const struct awsc_shape s_assertionEncryptionModeType = {
    .name = "assertionEncryptionModeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_assertionEncryptionModeType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_assignmentStatusType = {
    .name = "assignmentStatusType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_assignmentStatusType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_attachedPoliciesListType = {
    .name = "attachedPoliciesListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_attached_policies_list_type),
    .item = &s_AttachedPolicy,
};

static const struct awsc_shape s_attachmentCountType = {
    .name = "attachmentCountType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_authenticationCodeType = {
    .name = "authenticationCodeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_authenticationCodeType_range,
};

static const struct awsc_shape s_booleanObjectType = {
    .name = "booleanObjectType",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_booleanType = {
    .name = "booleanType",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_certificateBodyType = {
    .name = "certificateBodyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_certificateBodyType_range,
};

static const struct awsc_shape s_certificateChainType = {
    .name = "certificateChainType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_certificateChainType_range,
};

static const struct awsc_shape s_certificateIdType = {
    .name = "certificateIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_certificateIdType_range,
};

static const struct awsc_shape s_certificateListType = {
    .name = "certificateListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_certificate_list_type),
    .item = &s_SigningCertificate,
};

static const struct awsc_shape s_clientIDListType = {
    .name = "clientIDListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_clientIDType,
};

static const struct awsc_shape s_clientIDType = {
    .name = "clientIDType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_clientIDType_range,
};

static const struct awsc_shape s_consoleDeepLinkType = {
    .name = "consoleDeepLinkType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_consoleDeepLinkType_range,
};

static const struct awsc_shape s_credentialAgeDays = {
    .name = "credentialAgeDays",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_credentialAgeDays_range,
};

static const struct awsc_shape s_credentialReportExpiredExceptionMessage = {
    .name = "credentialReportExpiredExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_credentialReportNotPresentExceptionMessage = {
    .name = "credentialReportNotPresentExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_credentialReportNotReadyExceptionMessage = {
    .name = "credentialReportNotReadyExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_customSuffixType = {
    .name = "customSuffixType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_customSuffixType_range,
};

static const struct awsc_shape s_dateType = {
    .name = "dateType",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_delegationRequestDescriptionType = {
    .name = "delegationRequestDescriptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_delegationRequestDescriptionType_range,
};

static const struct awsc_shape s_delegationRequestIdType = {
    .name = "delegationRequestIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_delegationRequestIdType_range,
};

static const struct awsc_shape s_delegationRequestsListType = {
    .name = "delegationRequestsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_delegation_requests_list_type),
    .item = &s_DelegationRequest,
};

static const struct awsc_shape s_deleteConflictMessage = {
    .name = "deleteConflictMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_duplicateCertificateMessage = {
    .name = "duplicateCertificateMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_duplicateSSHPublicKeyMessage = {
    .name = "duplicateSSHPublicKeyMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_encodingType = {
    .name = "encodingType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_encodingType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_entityAlreadyExistsMessage = {
    .name = "entityAlreadyExistsMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_entityDetailsListType = {
    .name = "entityDetailsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_entity_details_list_type),
    .item = &s_EntityDetails,
};

static const struct awsc_shape s_entityListType = {
    .name = "entityListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_EntityType,
};

static const struct awsc_shape s_entityNameType = {
    .name = "entityNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_entityNameType_range,
};

static const struct awsc_shape s_entityTemporarilyUnmodifiableMessage = {
    .name = "entityTemporarilyUnmodifiableMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_existingUserNameType = {
    .name = "existingUserNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_existingUserNameType_range,
};

static const struct awsc_shape s_globalEndpointTokenVersion = {
    .name = "globalEndpointTokenVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_globalEndpointTokenVersion_values,
    .enum_count = 2,
};

static const struct awsc_shape s_groupDetailListType = {
    .name = "groupDetailListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_group_detail_list_type),
    .item = &s_GroupDetail,
};

static const struct awsc_shape s_groupListType = {
    .name = "groupListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_group_list_type),
    .item = &s_Group,
};

static const struct awsc_shape s_groupNameListType = {
    .name = "groupNameListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_groupNameType,
};

static const struct awsc_shape s_groupNameType = {
    .name = "groupNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_groupNameType_range,
};

static const struct awsc_shape s_idType = {
    .name = "idType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_idType_range,
};

static const struct awsc_shape s_instanceProfileListType = {
    .name = "instanceProfileListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_instance_profile_list_type),
    .item = &s_InstanceProfile,
};

static const struct awsc_shape s_instanceProfileNameType = {
    .name = "instanceProfileNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_instanceProfileNameType_range,
};

static const struct awsc_shape s_integerType = {
    .name = "integerType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_invalidAuthenticationCodeMessage = {
    .name = "invalidAuthenticationCodeMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidCertificateMessage = {
    .name = "invalidCertificateMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidInputMessage = {
    .name = "invalidInputMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidPublicKeyMessage = {
    .name = "invalidPublicKeyMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidUserTypeMessage = {
    .name = "invalidUserTypeMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_jobIDType = {
    .name = "jobIDType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_jobIDType_range,
};

static const struct awsc_shape s_jobStatusType = {
    .name = "jobStatusType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_jobStatusType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_keyPairMismatchMessage = {
    .name = "keyPairMismatchMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_limitExceededMessage = {
    .name = "limitExceededMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_listPolicyGrantingServiceAccessResponseListType = {
    .name = "listPolicyGrantingServiceAccessResponseListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_list_policy_granting_service_access_response_list_type),
    .item = &s_ListPoliciesGrantingServiceAccessEntry,
};

static const struct awsc_shape s_localeType = {
    .name = "localeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_localeType_range,
};

static const struct awsc_shape s_malformedCertificateMessage = {
    .name = "malformedCertificateMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_malformedPolicyDocumentMessage = {
    .name = "malformedPolicyDocumentMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_markerType = {
    .name = "markerType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_markerType_range,
};

static const struct awsc_shape s_maxItemsType = {
    .name = "maxItemsType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_maxItemsType_range,
};

static const struct awsc_shape s_maxPasswordAgeType = {
    .name = "maxPasswordAgeType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_maxPasswordAgeType_range,
};

static const struct awsc_shape s_mfaDeviceListType = {
    .name = "mfaDeviceListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_mfa_device_list_type),
    .item = &s_MFADevice,
};

static const struct awsc_shape s_minimumPasswordLengthType = {
    .name = "minimumPasswordLengthType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_minimumPasswordLengthType_range,
};

static const struct awsc_shape s_noSuchEntityMessage = {
    .name = "noSuchEntityMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_notesType = {
    .name = "notesType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_notesType_range,
};

static const struct awsc_shape s_notificationChannelType = {
    .name = "notificationChannelType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_notificationChannelType_range,
};

static const struct awsc_shape s_openIdIdpCommunicationErrorExceptionMessage = {
    .name = "openIdIdpCommunicationErrorExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_organizationsEntityPathType = {
    .name = "organizationsEntityPathType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_organizationsEntityPathType_range,
};

static const struct awsc_shape s_organizationsPolicyIdType = {
    .name = "organizationsPolicyIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ownerIdType = {
    .name = "ownerIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ownerIdType_range,
};

static const struct awsc_shape s_passwordPolicyViolationMessage = {
    .name = "passwordPolicyViolationMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_passwordReusePreventionType = {
    .name = "passwordReusePreventionType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_passwordReusePreventionType_range,
};

static const struct awsc_shape s_passwordType = {
    .name = "passwordType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_passwordType_range,
};

static const struct awsc_shape s_pathPrefixType = {
    .name = "pathPrefixType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_pathPrefixType_range,
};

static const struct awsc_shape s_pathType = {
    .name = "pathType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_pathType_range,
};

static const struct awsc_shape s_permissionCheckResultType = {
    .name = "permissionCheckResultType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_permissionCheckResultType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_permissionCheckStatusType = {
    .name = "permissionCheckStatusType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_permissionCheckStatusType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_permissionType = {
    .name = "permissionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_policyDescriptionType = {
    .name = "policyDescriptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_policyDescriptionType_range,
};

static const struct awsc_shape s_policyDetailListType = {
    .name = "policyDetailListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_detail_list_type),
    .item = &s_PolicyDetail,
};

static const struct awsc_shape s_policyDocumentType = {
    .name = "policyDocumentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_policyDocumentType_range,
};

static const struct awsc_shape s_policyDocumentVersionListType = {
    .name = "policyDocumentVersionListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_document_version_list_type),
    .item = &s_PolicyVersion,
};

static const struct awsc_shape s_policyEvaluationErrorMessage = {
    .name = "policyEvaluationErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_policyGrantingServiceAccessListType = {
    .name = "policyGrantingServiceAccessListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_granting_service_access_list_type),
    .item = &s_PolicyGrantingServiceAccess,
};

static const struct awsc_shape s_policyListType = {
    .name = "policyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_list_type),
    .item = &s_Policy,
};

static const struct awsc_shape s_policyNameListType = {
    .name = "policyNameListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_policyNameType,
};

static const struct awsc_shape s_policyNameType = {
    .name = "policyNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_policyNameType_range,
};

static const struct awsc_shape s_policyNotAttachableMessage = {
    .name = "policyNotAttachableMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_policyOwnerEntityType = {
    .name = "policyOwnerEntityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_policyOwnerEntityType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_policyParameterListType = {
    .name = "policyParameterListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_policy_parameter_list_type),
    .range = &s_policyParameterListType_range,
    .item = &s_PolicyParameter,
};

static const struct awsc_shape s_policyParameterNameType = {
    .name = "policyParameterNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_policyParameterNameType_range,
};

static const struct awsc_shape s_policyParameterValueType = {
    .name = "policyParameterValueType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_policyParameterValuesListType = {
    .name = "policyParameterValuesListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_policyParameterValueType,
};

static const struct awsc_shape s_policyPathType = {
    .name = "policyPathType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_policyPathType_range,
};

static const struct awsc_shape s_policyScopeType = {
    .name = "policyScopeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_policyScopeType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_policyType = {
    .name = "policyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_policyType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_policyVersionIdType = {
    .name = "policyVersionIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_privateKeyIdType = {
    .name = "privateKeyIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_privateKeyIdType_range,
};

static const struct awsc_shape s_privateKeyList = {
    .name = "privateKeyList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_private_key_list),
    .range = &s_privateKeyList_range,
    .item = &s_SAMLPrivateKey,
};

static const struct awsc_shape s_privateKeyType = {
    .name = "privateKeyType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_privateKeyType_range,
};

static const struct awsc_shape s_publicKeyFingerprintType = {
    .name = "publicKeyFingerprintType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_publicKeyFingerprintType_range,
};

static const struct awsc_shape s_publicKeyIdType = {
    .name = "publicKeyIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_publicKeyIdType_range,
};

static const struct awsc_shape s_publicKeyMaterialType = {
    .name = "publicKeyMaterialType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_publicKeyMaterialType_range,
};

static const struct awsc_shape s_redirectUrlType = {
    .name = "redirectUrlType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_redirectUrlType_range,
};

static const struct awsc_shape s_reportGenerationLimitExceededMessage = {
    .name = "reportGenerationLimitExceededMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_requestMessageType = {
    .name = "requestMessageType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_requestMessageType_range,
};

static const struct awsc_shape s_requestorNameType = {
    .name = "requestorNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_requestorNameType_range,
};

static const struct awsc_shape s_requestorWorkflowIdType = {
    .name = "requestorWorkflowIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_requestorWorkflowIdType_range,
};

static const struct awsc_shape s_responseMarkerType = {
    .name = "responseMarkerType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_roleDescriptionType = {
    .name = "roleDescriptionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_roleDescriptionType_range,
};

static const struct awsc_shape s_roleDetailListType = {
    .name = "roleDetailListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_role_detail_list_type),
    .item = &s_RoleDetail,
};

static const struct awsc_shape s_roleListType = {
    .name = "roleListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_role_list_type),
    .item = &s_Role,
};

static const struct awsc_shape s_roleMaxSessionDurationType = {
    .name = "roleMaxSessionDurationType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_roleMaxSessionDurationType_range,
};

static const struct awsc_shape s_roleNameType = {
    .name = "roleNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_roleNameType_range,
};

static const struct awsc_shape s_rolePermissionRestrictionArnListType = {
    .name = "rolePermissionRestrictionArnListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_arnType,
};

static const struct awsc_shape s_serialNumberType = {
    .name = "serialNumberType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serialNumberType_range,
};

static const struct awsc_shape s_serverCertificateMetadataListType = {
    .name = "serverCertificateMetadataListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_server_certificate_metadata_list_type),
    .item = &s_ServerCertificateMetadata,
};

static const struct awsc_shape s_serverCertificateNameType = {
    .name = "serverCertificateNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serverCertificateNameType_range,
};

static const struct awsc_shape s_serviceCredentialAlias = {
    .name = "serviceCredentialAlias",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serviceCredentialAlias_range,
};

static const struct awsc_shape s_serviceCredentialSecret = {
    .name = "serviceCredentialSecret",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_serviceFailureExceptionMessage = {
    .name = "serviceFailureExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_serviceName = {
    .name = "serviceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_serviceNameType = {
    .name = "serviceNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_serviceNamespaceListType = {
    .name = "serviceNamespaceListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .range = &s_serviceNamespaceListType_range,
    .item = &s_serviceNamespaceType,
};

static const struct awsc_shape s_serviceNamespaceType = {
    .name = "serviceNamespaceType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serviceNamespaceType_range,
};

static const struct awsc_shape s_serviceNotSupportedMessage = {
    .name = "serviceNotSupportedMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_servicePassword = {
    .name = "servicePassword",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_serviceSpecificCredentialId = {
    .name = "serviceSpecificCredentialId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serviceSpecificCredentialId_range,
};

static const struct awsc_shape s_serviceUserName = {
    .name = "serviceUserName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serviceUserName_range,
};

static const struct awsc_shape s_sessionDurationType = {
    .name = "sessionDurationType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_sessionDurationType_range,
};

static const struct awsc_shape s_sortKeyType = {
    .name = "sortKeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_sortKeyType_values,
    .enum_count = 4,
};

static const struct awsc_shape s_stateType = {
    .name = "stateType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_stateType_values,
    .enum_count = 7,
};

static const struct awsc_shape s_statusType = {
    .name = "statusType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_statusType_values,
    .enum_count = 3,
};

static const struct awsc_shape s_stringType = {
    .name = "stringType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_summaryContentType = {
    .name = "summaryContentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_summaryContentType_range,
};

static const struct awsc_shape s_summaryKeyType = {
    .name = "summaryKeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_summaryKeyType_values,
    .enum_count = 34,
};

static const struct awsc_shape s_summaryMapType = {
    .name = "summaryMapType",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_iam_summary_map_type),
    .item = &s_summaryValueType,
    .key = &s_summaryKeyType,
    .value_offset = offsetof(struct awsc_iam_summary_map_type_entry, value),
    .entry_size = sizeof(struct awsc_iam_summary_map_type_entry),
};

static const struct awsc_shape s_summaryStateType = {
    .name = "summaryStateType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_summaryStateType_values,
    .enum_count = 4,
};

static const struct awsc_shape s_summaryValueType = {
    .name = "summaryValueType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_tagKeyListType = {
    .name = "tagKeyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .range = &s_tagKeyListType_range,
    .item = &s_tagKeyType,
};

static const struct awsc_shape s_tagKeyType = {
    .name = "tagKeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_tagKeyType_range,
};

static const struct awsc_shape s_tagListType = {
    .name = "tagListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_list_type),
    .range = &s_tagListType_range,
    .item = &s_Tag,
};

static const struct awsc_shape s_tagValueType = {
    .name = "tagValueType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_tagValueType_range,
};

static const struct awsc_shape s_thumbprintListType = {
    .name = "thumbprintListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_tag_key_list_type),
    .item = &s_thumbprintType,
};

static const struct awsc_shape s_thumbprintType = {
    .name = "thumbprintType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_thumbprintType_range,
};

static const struct awsc_shape s_unmodifiableEntityMessage = {
    .name = "unmodifiableEntityMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_unrecognizedPublicKeyEncodingMessage = {
    .name = "unrecognizedPublicKeyEncodingMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_userDetailListType = {
    .name = "userDetailListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_user_detail_list_type),
    .item = &s_UserDetail,
};

static const struct awsc_shape s_userListType = {
    .name = "userListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_user_list_type),
    .item = &s_User,
};

static const struct awsc_shape s_userNameType = {
    .name = "userNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_userNameType_range,
};

static const struct awsc_shape s_virtualMFADeviceListType = {
    .name = "virtualMFADeviceListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_iam_virtual_mfa_device_list_type),
    .item = &s_VirtualMFADevice,
};

static const struct awsc_shape s_virtualMFADeviceName = {
    .name = "virtualMFADeviceName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_virtualMFADeviceName_range,
};
