/*
 * sts_shapes.c - shape descriptors of STS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/sts.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_sts_provided_contexts_list_type, count) == offsetof(struct awsc_list_view, count), "ProvidedContextsListType");
_Static_assert(offsetof(struct awsc_sts_policy_descriptor_list_type, count) == offsetof(struct awsc_list_view, count), "policyDescriptorListType");
_Static_assert(offsetof(struct awsc_sts_tag_key_list_type, count) == offsetof(struct awsc_list_view, count), "tagKeyListType");
_Static_assert(offsetof(struct awsc_sts_tag_list_type, count) == offsetof(struct awsc_list_view, count), "tagListType");

extern const struct awsc_shape awsc__sts_AssumeRoleRequest;
extern const struct awsc_shape awsc__sts_AssumeRoleResponse;
extern const struct awsc_shape awsc__sts_AssumeRoleWithSAMLRequest;
extern const struct awsc_shape awsc__sts_AssumeRoleWithSAMLResponse;
extern const struct awsc_shape awsc__sts_AssumeRoleWithWebIdentityRequest;
extern const struct awsc_shape awsc__sts_AssumeRoleWithWebIdentityResponse;
extern const struct awsc_shape awsc__sts_AssumeRootRequest;
extern const struct awsc_shape awsc__sts_AssumeRootResponse;
static const struct awsc_shape s_AssumedRoleUser;
static const struct awsc_shape s_Audience;
static const struct awsc_shape s_Credentials;
extern const struct awsc_shape awsc__sts_DecodeAuthorizationMessageRequest;
extern const struct awsc_shape awsc__sts_DecodeAuthorizationMessageResponse;
extern const struct awsc_shape awsc__sts_ExpiredTokenException;
extern const struct awsc_shape awsc__sts_ExpiredTradeInTokenException;
static const struct awsc_shape s_FederatedUser;
extern const struct awsc_shape awsc__sts_GetAccessKeyInfoRequest;
extern const struct awsc_shape awsc__sts_GetAccessKeyInfoResponse;
extern const struct awsc_shape awsc__sts_GetCallerIdentityRequest;
extern const struct awsc_shape awsc__sts_GetCallerIdentityResponse;
extern const struct awsc_shape awsc__sts_GetDelegatedAccessTokenRequest;
extern const struct awsc_shape awsc__sts_GetDelegatedAccessTokenResponse;
extern const struct awsc_shape awsc__sts_GetFederationTokenRequest;
extern const struct awsc_shape awsc__sts_GetFederationTokenResponse;
extern const struct awsc_shape awsc__sts_GetSessionTokenRequest;
extern const struct awsc_shape awsc__sts_GetSessionTokenResponse;
extern const struct awsc_shape awsc__sts_GetWebIdentityTokenRequest;
extern const struct awsc_shape awsc__sts_GetWebIdentityTokenResponse;
extern const struct awsc_shape awsc__sts_IDPCommunicationErrorException;
extern const struct awsc_shape awsc__sts_IDPRejectedClaimException;
extern const struct awsc_shape awsc__sts_InvalidAuthorizationMessageException;
extern const struct awsc_shape awsc__sts_InvalidIdentityTokenException;
static const struct awsc_shape s_Issuer;
extern const struct awsc_shape awsc__sts_JWTPayloadSizeExceededException;
extern const struct awsc_shape awsc__sts_MalformedPolicyDocumentException;
static const struct awsc_shape s_NameQualifier;
extern const struct awsc_shape awsc__sts_OutboundWebIdentityFederationDisabledException;
extern const struct awsc_shape awsc__sts_PackedPolicyTooLargeException;
static const struct awsc_shape s_PolicyDescriptorType;
static const struct awsc_shape s_ProvidedContext;
static const struct awsc_shape s_ProvidedContextsListType;
extern const struct awsc_shape awsc__sts_RegionDisabledException;
static const struct awsc_shape s_RootDurationSecondsType;
static const struct awsc_shape s_SAMLAssertionType;
extern const struct awsc_shape awsc__sts_SessionDurationEscalationException;
static const struct awsc_shape s_Subject;
static const struct awsc_shape s_SubjectType;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TargetPrincipalType;
static const struct awsc_shape s_accessKeyIdType;
static const struct awsc_shape s_accessKeySecretType;
static const struct awsc_shape s_accountType;
static const struct awsc_shape s_arnType;
static const struct awsc_shape s_assumedRoleIdType;
static const struct awsc_shape s_clientTokenType;
static const struct awsc_shape s_contextAssertionType;
static const struct awsc_shape s_dateType;
static const struct awsc_shape s_decodedMessageType;
static const struct awsc_shape s_durationSecondsType;
static const struct awsc_shape s_encodedMessageType;
static const struct awsc_shape s_expiredIdentityTokenMessage;
static const struct awsc_shape s_expiredTradeInTokenExceptionMessage;
static const struct awsc_shape s_externalIdType;
static const struct awsc_shape s_federatedIdType;
static const struct awsc_shape s_idpCommunicationErrorMessage;
static const struct awsc_shape s_idpRejectedClaimMessage;
static const struct awsc_shape s_invalidAuthorizationMessage;
static const struct awsc_shape s_invalidIdentityTokenMessage;
static const struct awsc_shape s_jwtAlgorithmType;
static const struct awsc_shape s_jwtPayloadSizeExceededException;
static const struct awsc_shape s_malformedPolicyDocumentMessage;
static const struct awsc_shape s_nonNegativeIntegerType;
static const struct awsc_shape s_outboundWebIdentityFederationDisabledException;
static const struct awsc_shape s_packedPolicyTooLargeMessage;
static const struct awsc_shape s_policyDescriptorListType;
static const struct awsc_shape s_regionDisabledMessage;
static const struct awsc_shape s_roleDurationSecondsType;
static const struct awsc_shape s_roleSessionNameType;
static const struct awsc_shape s_serialNumberType;
static const struct awsc_shape s_sessionDurationEscalationException;
static const struct awsc_shape s_sessionPolicyDocumentType;
static const struct awsc_shape s_sourceIdentityType;
static const struct awsc_shape s_tagKeyListType;
static const struct awsc_shape s_tagKeyType;
static const struct awsc_shape s_tagListType;
static const struct awsc_shape s_tagValueType;
static const struct awsc_shape s_tokenCodeType;
static const struct awsc_shape s_tokenType;
static const struct awsc_shape s_tradeInTokenType;
static const struct awsc_shape s_unrestrictedSessionPolicyDocumentType;
static const struct awsc_shape s_urlType;
static const struct awsc_shape s_userIdType;
static const struct awsc_shape s_userNameType;
static const struct awsc_shape s_webIdentitySubjectType;
static const struct awsc_shape s_webIdentityTokenAudienceListType;
static const struct awsc_shape s_webIdentityTokenAudienceStringType;
static const struct awsc_shape s_webIdentityTokenDurationSecondsType;
static const struct awsc_shape s_webIdentityTokenType;

static const struct awsc_range s_ProvidedContextsListType_range = { true, true, 1, 5 };
static const struct awsc_range s_RootDurationSecondsType_range = { true, true, 0, 900 };
static const struct awsc_range s_SAMLAssertionType_range = { true, true, 4, 100000 };
static const struct awsc_range s_TargetPrincipalType_range = { true, true, 12, 2048 };
static const struct awsc_range s_accessKeyIdType_range = { true, true, 16, 128 };
static const struct awsc_range s_arnType_range = { true, true, 20, 2048 };
static const struct awsc_range s_assumedRoleIdType_range = { true, true, 2, 193 };
static const struct awsc_range s_clientTokenType_range = { true, true, 4, 20000 };
static const struct awsc_range s_contextAssertionType_range = { true, true, 4, 2048 };
static const struct awsc_range s_durationSecondsType_range = { true, true, 900, 129600 };
static const struct awsc_range s_encodedMessageType_range = { true, true, 1, 10240 };
static const struct awsc_range s_externalIdType_range = { true, true, 2, 1224 };
static const struct awsc_range s_federatedIdType_range = { true, true, 2, 193 };
static const struct awsc_range s_jwtAlgorithmType_range = { true, true, 5, 5 };
static const struct awsc_range s_nonNegativeIntegerType_range = { true, false, 0, 0 };
static const struct awsc_range s_roleDurationSecondsType_range = { true, true, 900, 43200 };
static const struct awsc_range s_roleSessionNameType_range = { true, true, 2, 64 };
static const struct awsc_range s_serialNumberType_range = { true, true, 9, 256 };
static const struct awsc_range s_sessionPolicyDocumentType_range = { true, true, 1, 2048 };
static const struct awsc_range s_sourceIdentityType_range = { true, true, 2, 64 };
static const struct awsc_range s_tagKeyListType_range = { false, true, 0, 50 };
static const struct awsc_range s_tagKeyType_range = { true, true, 1, 128 };
static const struct awsc_range s_tagListType_range = { false, true, 0, 50 };
static const struct awsc_range s_tagValueType_range = { true, true, 0, 256 };
static const struct awsc_range s_tokenCodeType_range = { true, true, 6, 6 };
static const struct awsc_range s_unrestrictedSessionPolicyDocumentType_range = { true, false, 1, 0 };
static const struct awsc_range s_urlType_range = { true, true, 4, 2048 };
static const struct awsc_range s_userNameType_range = { true, true, 2, 32 };
static const struct awsc_range s_webIdentitySubjectType_range = { true, true, 6, 255 };
static const struct awsc_range s_webIdentityTokenAudienceListType_range = { true, true, 1, 10 };
static const struct awsc_range s_webIdentityTokenAudienceStringType_range = { true, true, 1, 1000 };
static const struct awsc_range s_webIdentityTokenDurationSecondsType_range = { true, true, 60, 3600 };

static const struct awsc_member awsc__sts_AssumeRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleArn", &s_arnType, offsetof(struct awsc_sts_assume_role_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleSessionName", &s_roleSessionNameType, offsetof(struct awsc_sts_assume_role_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_sts_assume_role_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_unrestrictedSessionPolicyDocumentType, offsetof(struct awsc_sts_assume_role_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_roleDurationSecondsType, offsetof(struct awsc_sts_assume_role_input, duration_seconds), offsetof(struct awsc_sts_assume_role_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_sts_assume_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TransitiveTagKeys", &s_tagKeyListType, offsetof(struct awsc_sts_assume_role_input, transitive_tag_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExternalId", &s_externalIdType, offsetof(struct awsc_sts_assume_role_input, external_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_sts_assume_role_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TokenCode", &s_tokenCodeType, offsetof(struct awsc_sts_assume_role_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_sts_assume_role_input, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvidedContexts", &s_ProvidedContextsListType, offsetof(struct awsc_sts_assume_role_input, provided_contexts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleRequest_by_wire_name[] = { 4, 7, 3, 2, 11, 0, 1, 8, 10, 5, 9, 6 };

static const struct awsc_member awsc__sts_AssumeRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_assume_role_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedRoleUser", &s_AssumedRoleUser, offsetof(struct awsc_sts_assume_role_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_sts_assume_role_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_sts_assume_role_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleResponse_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__sts_AssumeRoleWithSAMLRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleArn", &s_arnType, offsetof(struct awsc_sts_assume_role_with_saml_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PrincipalArn", &s_arnType, offsetof(struct awsc_sts_assume_role_with_saml_input, principal_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SAMLAssertion", &s_SAMLAssertionType, offsetof(struct awsc_sts_assume_role_with_saml_input, saml_assertion), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_sts_assume_role_with_saml_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_sessionPolicyDocumentType, offsetof(struct awsc_sts_assume_role_with_saml_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_roleDurationSecondsType, offsetof(struct awsc_sts_assume_role_with_saml_input, duration_seconds), offsetof(struct awsc_sts_assume_role_with_saml_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleWithSAMLRequest_by_wire_name[] = { 5, 4, 3, 1, 0, 2 };

static const struct awsc_member awsc__sts_AssumeRoleWithSAMLResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_assume_role_with_saml_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedRoleUser", &s_AssumedRoleUser, offsetof(struct awsc_sts_assume_role_with_saml_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_sts_assume_role_with_saml_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_with_saml_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Subject", &s_Subject, offsetof(struct awsc_sts_assume_role_with_saml_output, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubjectType", &s_SubjectType, offsetof(struct awsc_sts_assume_role_with_saml_output, subject_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Issuer", &s_Issuer, offsetof(struct awsc_sts_assume_role_with_saml_output, issuer), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Audience", &s_Audience, offsetof(struct awsc_sts_assume_role_with_saml_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"NameQualifier", &s_NameQualifier, offsetof(struct awsc_sts_assume_role_with_saml_output, name_qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_sts_assume_role_with_saml_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleWithSAMLResponse_by_wire_name[] = { 1, 6, 0, 5, 7, 2, 8, 3, 4 };

static const struct awsc_member awsc__sts_AssumeRoleWithWebIdentityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleArn", &s_arnType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleSessionName", &s_roleSessionNameType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WebIdentityToken", &s_clientTokenType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProviderId", &s_urlType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, provider_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_sessionPolicyDocumentType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_roleDurationSecondsType, offsetof(struct awsc_sts_assume_role_with_web_identity_input, duration_seconds), offsetof(struct awsc_sts_assume_role_with_web_identity_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleWithWebIdentityRequest_by_wire_name[] = { 6, 5, 4, 3, 0, 1, 2 };

static const struct awsc_member awsc__sts_AssumeRoleWithWebIdentityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_assume_role_with_web_identity_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubjectFromWebIdentityToken", &s_webIdentitySubjectType, offsetof(struct awsc_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedRoleUser", &s_AssumedRoleUser, offsetof(struct awsc_sts_assume_role_with_web_identity_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_sts_assume_role_with_web_identity_output, packed_policy_size), offsetof(struct awsc_sts_assume_role_with_web_identity_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Provider", &s_Issuer, offsetof(struct awsc_sts_assume_role_with_web_identity_output, provider), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Audience", &s_Audience, offsetof(struct awsc_sts_assume_role_with_web_identity_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_sts_assume_role_with_web_identity_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRoleWithWebIdentityResponse_by_wire_name[] = { 2, 5, 0, 3, 4, 6, 1 };

static const struct awsc_member awsc__sts_AssumeRootRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TargetPrincipal", &s_TargetPrincipalType, offsetof(struct awsc_sts_assume_root_input, target_principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TaskPolicyArn", &s_PolicyDescriptorType, offsetof(struct awsc_sts_assume_root_input, task_policy_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_RootDurationSecondsType, offsetof(struct awsc_sts_assume_root_input, duration_seconds), offsetof(struct awsc_sts_assume_root_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRootRequest_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sts_AssumeRootResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_assume_root_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_sts_assume_root_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_AssumeRootResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_AssumedRoleUser_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AssumedRoleId", &s_assumedRoleIdType, offsetof(struct awsc_sts_assumed_role_user, assumed_role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_sts_assumed_role_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AssumedRoleUser_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Credentials_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_sts_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecretAccessKey", &s_accessKeySecretType, offsetof(struct awsc_sts_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SessionToken", &s_tokenType, offsetof(struct awsc_sts_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration", &s_dateType, offsetof(struct awsc_sts_credentials, expiration), offsetof(struct awsc_sts_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Credentials_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member awsc__sts_DecodeAuthorizationMessageRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"EncodedMessage", &s_encodedMessageType, offsetof(struct awsc_sts_decode_authorization_message_input, encoded_message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_DecodeAuthorizationMessageRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_DecodeAuthorizationMessageResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DecodedMessage", &s_decodedMessageType, offsetof(struct awsc_sts_decode_authorization_message_output, decoded_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_DecodeAuthorizationMessageResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_ExpiredTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_expiredIdentityTokenMessage, offsetof(struct awsc_sts_expired_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_ExpiredTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_ExpiredTradeInTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_expiredTradeInTokenExceptionMessage, offsetof(struct awsc_sts_expired_trade_in_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_ExpiredTradeInTokenException_by_wire_name[] = { 0 };

static const struct awsc_member s_FederatedUser_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"FederatedUserId", &s_federatedIdType, offsetof(struct awsc_sts_federated_user, federated_user_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_sts_federated_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_FederatedUser_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sts_GetAccessKeyInfoRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_sts_get_access_key_info_input, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetAccessKeyInfoRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_GetAccessKeyInfoResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Account", &s_accountType, offsetof(struct awsc_sts_get_access_key_info_output, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetAccessKeyInfoResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_GetCallerIdentityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"UserId", &s_userIdType, offsetof(struct awsc_sts_get_caller_identity_output, user_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Account", &s_accountType, offsetof(struct awsc_sts_get_caller_identity_output, account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_sts_get_caller_identity_output, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetCallerIdentityResponse_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member awsc__sts_GetDelegatedAccessTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"TradeInToken", &s_tradeInTokenType, offsetof(struct awsc_sts_get_delegated_access_token_input, trade_in_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetDelegatedAccessTokenRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_GetDelegatedAccessTokenResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_get_delegated_access_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_sts_get_delegated_access_token_output, packed_policy_size), offsetof(struct awsc_sts_get_delegated_access_token_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedPrincipal", &s_arnType, offsetof(struct awsc_sts_get_delegated_access_token_output, assumed_principal), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetDelegatedAccessTokenResponse_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__sts_GetFederationTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Name", &s_userNameType, offsetof(struct awsc_sts_get_federation_token_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_sessionPolicyDocumentType, offsetof(struct awsc_sts_get_federation_token_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_sts_get_federation_token_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_durationSecondsType, offsetof(struct awsc_sts_get_federation_token_input, duration_seconds), offsetof(struct awsc_sts_get_federation_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_sts_get_federation_token_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetFederationTokenRequest_by_wire_name[] = { 3, 0, 1, 2, 4 };

static const struct awsc_member awsc__sts_GetFederationTokenResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_get_federation_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"FederatedUser", &s_FederatedUser, offsetof(struct awsc_sts_get_federation_token_output, federated_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_sts_get_federation_token_output, packed_policy_size), offsetof(struct awsc_sts_get_federation_token_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetFederationTokenResponse_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sts_GetSessionTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"DurationSeconds", &s_durationSecondsType, offsetof(struct awsc_sts_get_session_token_input, duration_seconds), offsetof(struct awsc_sts_get_session_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_sts_get_session_token_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TokenCode", &s_tokenCodeType, offsetof(struct awsc_sts_get_session_token_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetSessionTokenRequest_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__sts_GetSessionTokenResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_sts_get_session_token_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetSessionTokenResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_GetWebIdentityTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Audience", &s_webIdentityTokenAudienceListType, offsetof(struct awsc_sts_get_web_identity_token_input, audience), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_webIdentityTokenDurationSecondsType, offsetof(struct awsc_sts_get_web_identity_token_input, duration_seconds), offsetof(struct awsc_sts_get_web_identity_token_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SigningAlgorithm", &s_jwtAlgorithmType, offsetof(struct awsc_sts_get_web_identity_token_input, signing_algorithm), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_sts_get_web_identity_token_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetWebIdentityTokenRequest_by_wire_name[] = { 0, 1, 2, 3 };

static const struct awsc_member awsc__sts_GetWebIdentityTokenResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"WebIdentityToken", &s_webIdentityTokenType, offsetof(struct awsc_sts_get_web_identity_token_output, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration", &s_dateType, offsetof(struct awsc_sts_get_web_identity_token_output, expiration), offsetof(struct awsc_sts_get_web_identity_token_output, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_GetWebIdentityTokenResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sts_IDPCommunicationErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_idpCommunicationErrorMessage, offsetof(struct awsc_sts_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_IDPCommunicationErrorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_IDPRejectedClaimException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_idpRejectedClaimMessage, offsetof(struct awsc_sts_idp_rejected_claim_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_IDPRejectedClaimException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_InvalidAuthorizationMessageException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidAuthorizationMessage, offsetof(struct awsc_sts_invalid_authorization_message_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_InvalidAuthorizationMessageException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_InvalidIdentityTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidIdentityTokenMessage, offsetof(struct awsc_sts_invalid_identity_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_InvalidIdentityTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_JWTPayloadSizeExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_jwtPayloadSizeExceededException, offsetof(struct awsc_sts_jwt_payload_size_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_JWTPayloadSizeExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_MalformedPolicyDocumentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_malformedPolicyDocumentMessage, offsetof(struct awsc_sts_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_MalformedPolicyDocumentException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_OutboundWebIdentityFederationDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_outboundWebIdentityFederationDisabledException, offsetof(struct awsc_sts_outbound_web_identity_federation_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_OutboundWebIdentityFederationDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_PackedPolicyTooLargeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_packedPolicyTooLargeMessage, offsetof(struct awsc_sts_packed_policy_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_PackedPolicyTooLargeException_by_wire_name[] = { 0 };

static const struct awsc_member s_PolicyDescriptorType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"arn", &s_arnType, offsetof(struct awsc_sts_policy_descriptor_type, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyDescriptorType_by_wire_name[] = { 0 };

static const struct awsc_member s_ProvidedContext_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ProviderArn", &s_arnType, offsetof(struct awsc_sts_provided_context, provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextAssertion", &s_contextAssertionType, offsetof(struct awsc_sts_provided_context, context_assertion), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvidedContext_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__sts_RegionDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_regionDisabledMessage, offsetof(struct awsc_sts_region_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_RegionDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__sts_SessionDurationEscalationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_sessionDurationEscalationException, offsetof(struct awsc_sts_session_duration_escalation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__sts_SessionDurationEscalationException_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_tagKeyType, offsetof(struct awsc_sts_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_tagValueType, offsetof(struct awsc_sts_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

const struct awsc_shape awsc__sts_AssumeRoleRequest = {
    .name = "AssumeRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_input),
    .members = awsc__sts_AssumeRoleRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__sts_AssumeRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRoleResponse = {
    .name = "AssumeRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_output),
    .members = awsc__sts_AssumeRoleResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__sts_AssumeRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRoleWithSAMLRequest = {
    .name = "AssumeRoleWithSAMLRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_with_saml_input),
    .members = awsc__sts_AssumeRoleWithSAMLRequest_members,
    .member_count = 6,
    .by_wire_name = awsc__sts_AssumeRoleWithSAMLRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRoleWithSAMLResponse = {
    .name = "AssumeRoleWithSAMLResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_with_saml_output),
    .members = awsc__sts_AssumeRoleWithSAMLResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__sts_AssumeRoleWithSAMLResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRoleWithWebIdentityRequest = {
    .name = "AssumeRoleWithWebIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_with_web_identity_input),
    .members = awsc__sts_AssumeRoleWithWebIdentityRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__sts_AssumeRoleWithWebIdentityRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRoleWithWebIdentityResponse = {
    .name = "AssumeRoleWithWebIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_role_with_web_identity_output),
    .members = awsc__sts_AssumeRoleWithWebIdentityResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__sts_AssumeRoleWithWebIdentityResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRootRequest = {
    .name = "AssumeRootRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_root_input),
    .members = awsc__sts_AssumeRootRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sts_AssumeRootRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_AssumeRootResponse = {
    .name = "AssumeRootResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assume_root_output),
    .members = awsc__sts_AssumeRootResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sts_AssumeRootResponse_by_wire_name,
};

static const struct awsc_shape s_AssumedRoleUser = {
    .name = "AssumedRoleUser",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_assumed_role_user),
    .members = s_AssumedRoleUser_members,
    .member_count = 2,
    .by_wire_name = s_AssumedRoleUser_by_wire_name,
};

static const struct awsc_shape s_Audience = {
    .name = "Audience",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Credentials = {
    .name = "Credentials",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_credentials),
    .members = s_Credentials_members,
    .member_count = 4,
    .by_wire_name = s_Credentials_by_wire_name,
};

const struct awsc_shape awsc__sts_DecodeAuthorizationMessageRequest = {
    .name = "DecodeAuthorizationMessageRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_decode_authorization_message_input),
    .members = awsc__sts_DecodeAuthorizationMessageRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_DecodeAuthorizationMessageRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_DecodeAuthorizationMessageResponse = {
    .name = "DecodeAuthorizationMessageResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_decode_authorization_message_output),
    .members = awsc__sts_DecodeAuthorizationMessageResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_DecodeAuthorizationMessageResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_ExpiredTokenException = {
    .name = "ExpiredTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_expired_token_exception),
    .members = awsc__sts_ExpiredTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_ExpiredTokenException_by_wire_name,
    .error_code = "ExpiredTokenException",
    .http_status = 400,
};

const struct awsc_shape awsc__sts_ExpiredTradeInTokenException = {
    .name = "ExpiredTradeInTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_expired_trade_in_token_exception),
    .members = awsc__sts_ExpiredTradeInTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_ExpiredTradeInTokenException_by_wire_name,
    .error_code = "ExpiredTradeInTokenException",
    .http_status = 400,
};

static const struct awsc_shape s_FederatedUser = {
    .name = "FederatedUser",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_federated_user),
    .members = s_FederatedUser_members,
    .member_count = 2,
    .by_wire_name = s_FederatedUser_by_wire_name,
};

const struct awsc_shape awsc__sts_GetAccessKeyInfoRequest = {
    .name = "GetAccessKeyInfoRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_access_key_info_input),
    .members = awsc__sts_GetAccessKeyInfoRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_GetAccessKeyInfoRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_GetAccessKeyInfoResponse = {
    .name = "GetAccessKeyInfoResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_access_key_info_output),
    .members = awsc__sts_GetAccessKeyInfoResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_GetAccessKeyInfoResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_GetCallerIdentityRequest = {
    .name = "GetCallerIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_caller_identity_input),
};

const struct awsc_shape awsc__sts_GetCallerIdentityResponse = {
    .name = "GetCallerIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_caller_identity_output),
    .members = awsc__sts_GetCallerIdentityResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sts_GetCallerIdentityResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_GetDelegatedAccessTokenRequest = {
    .name = "GetDelegatedAccessTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_delegated_access_token_input),
    .members = awsc__sts_GetDelegatedAccessTokenRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_GetDelegatedAccessTokenRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_GetDelegatedAccessTokenResponse = {
    .name = "GetDelegatedAccessTokenResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_delegated_access_token_output),
    .members = awsc__sts_GetDelegatedAccessTokenResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sts_GetDelegatedAccessTokenResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_GetFederationTokenRequest = {
    .name = "GetFederationTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_federation_token_input),
    .members = awsc__sts_GetFederationTokenRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__sts_GetFederationTokenRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_GetFederationTokenResponse = {
    .name = "GetFederationTokenResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_federation_token_output),
    .members = awsc__sts_GetFederationTokenResponse_members,
    .member_count = 3,
    .by_wire_name = awsc__sts_GetFederationTokenResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_GetSessionTokenRequest = {
    .name = "GetSessionTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_session_token_input),
    .members = awsc__sts_GetSessionTokenRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__sts_GetSessionTokenRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_GetSessionTokenResponse = {
    .name = "GetSessionTokenResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_session_token_output),
    .members = awsc__sts_GetSessionTokenResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_GetSessionTokenResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_GetWebIdentityTokenRequest = {
    .name = "GetWebIdentityTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_web_identity_token_input),
    .members = awsc__sts_GetWebIdentityTokenRequest_members,
    .member_count = 4,
    .by_wire_name = awsc__sts_GetWebIdentityTokenRequest_by_wire_name,
};

const struct awsc_shape awsc__sts_GetWebIdentityTokenResponse = {
    .name = "GetWebIdentityTokenResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_get_web_identity_token_output),
    .members = awsc__sts_GetWebIdentityTokenResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__sts_GetWebIdentityTokenResponse_by_wire_name,
};

const struct awsc_shape awsc__sts_IDPCommunicationErrorException = {
    .name = "IDPCommunicationErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_idp_communication_error_exception),
    .members = awsc__sts_IDPCommunicationErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_IDPCommunicationErrorException_by_wire_name,
    .error_code = "IDPCommunicationError",
    .http_status = 400,
};

const struct awsc_shape awsc__sts_IDPRejectedClaimException = {
    .name = "IDPRejectedClaimException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_idp_rejected_claim_exception),
    .members = awsc__sts_IDPRejectedClaimException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_IDPRejectedClaimException_by_wire_name,
    .error_code = "IDPRejectedClaim",
    .http_status = 403,
};

const struct awsc_shape awsc__sts_InvalidAuthorizationMessageException = {
    .name = "InvalidAuthorizationMessageException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_invalid_authorization_message_exception),
    .members = awsc__sts_InvalidAuthorizationMessageException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_InvalidAuthorizationMessageException_by_wire_name,
    .error_code = "InvalidAuthorizationMessageException",
    .http_status = 400,
};

const struct awsc_shape awsc__sts_InvalidIdentityTokenException = {
    .name = "InvalidIdentityTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_invalid_identity_token_exception),
    .members = awsc__sts_InvalidIdentityTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_InvalidIdentityTokenException_by_wire_name,
    .error_code = "InvalidIdentityToken",
    .http_status = 400,
};

static const struct awsc_shape s_Issuer = {
    .name = "Issuer",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sts_JWTPayloadSizeExceededException = {
    .name = "JWTPayloadSizeExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_jwt_payload_size_exceeded_exception),
    .members = awsc__sts_JWTPayloadSizeExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_JWTPayloadSizeExceededException_by_wire_name,
    .error_code = "JWTPayloadSizeExceededException",
    .http_status = 400,
};

const struct awsc_shape awsc__sts_MalformedPolicyDocumentException = {
    .name = "MalformedPolicyDocumentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_malformed_policy_document_exception),
    .members = awsc__sts_MalformedPolicyDocumentException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_MalformedPolicyDocumentException_by_wire_name,
    .error_code = "MalformedPolicyDocument",
    .http_status = 400,
};

static const struct awsc_shape s_NameQualifier = {
    .name = "NameQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__sts_OutboundWebIdentityFederationDisabledException = {
    .name = "OutboundWebIdentityFederationDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_outbound_web_identity_federation_disabled_exception),
    .members = awsc__sts_OutboundWebIdentityFederationDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_OutboundWebIdentityFederationDisabledException_by_wire_name,
    .error_code = "OutboundWebIdentityFederationDisabledException",
    .http_status = 403,
};

const struct awsc_shape awsc__sts_PackedPolicyTooLargeException = {
    .name = "PackedPolicyTooLargeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_packed_policy_too_large_exception),
    .members = awsc__sts_PackedPolicyTooLargeException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_PackedPolicyTooLargeException_by_wire_name,
    .error_code = "PackedPolicyTooLarge",
    .http_status = 400,
};

static const struct awsc_shape s_PolicyDescriptorType = {
    .name = "PolicyDescriptorType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_policy_descriptor_type),
    .members = s_PolicyDescriptorType_members,
    .member_count = 1,
    .by_wire_name = s_PolicyDescriptorType_by_wire_name,
};

static const struct awsc_shape s_ProvidedContext = {
    .name = "ProvidedContext",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_provided_context),
    .members = s_ProvidedContext_members,
    .member_count = 2,
    .by_wire_name = s_ProvidedContext_by_wire_name,
};

static const struct awsc_shape s_ProvidedContextsListType = {
    .name = "ProvidedContextsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sts_provided_contexts_list_type),
    .range = &s_ProvidedContextsListType_range,
    .item = &s_ProvidedContext,
};

const struct awsc_shape awsc__sts_RegionDisabledException = {
    .name = "RegionDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_region_disabled_exception),
    .members = awsc__sts_RegionDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_RegionDisabledException_by_wire_name,
    .error_code = "RegionDisabledException",
    .http_status = 403,
};

static const struct awsc_shape s_RootDurationSecondsType = {
    .name = "RootDurationSecondsType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_RootDurationSecondsType_range,
};

static const struct awsc_shape s_SAMLAssertionType = {
    .name = "SAMLAssertionType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_SAMLAssertionType_range,
};

const struct awsc_shape awsc__sts_SessionDurationEscalationException = {
    .name = "SessionDurationEscalationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_sts_session_duration_escalation_exception),
    .members = awsc__sts_SessionDurationEscalationException_members,
    .member_count = 1,
    .by_wire_name = awsc__sts_SessionDurationEscalationException_by_wire_name,
    .error_code = "SessionDurationEscalationException",
    .http_status = 403,
};

static const struct awsc_shape s_Subject = {
    .name = "Subject",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SubjectType = {
    .name = "SubjectType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_sts_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TargetPrincipalType = {
    .name = "TargetPrincipalType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TargetPrincipalType_range,
};

static const struct awsc_shape s_accessKeyIdType = {
    .name = "accessKeyIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_accessKeyIdType_range,
};

static const struct awsc_shape s_accessKeySecretType = {
    .name = "accessKeySecretType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_accountType = {
    .name = "accountType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_arnType = {
    .name = "arnType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_arnType_range,
};

static const struct awsc_shape s_assumedRoleIdType = {
    .name = "assumedRoleIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_assumedRoleIdType_range,
};

static const struct awsc_shape s_clientTokenType = {
    .name = "clientTokenType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_clientTokenType_range,
};

static const struct awsc_shape s_contextAssertionType = {
    .name = "contextAssertionType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_contextAssertionType_range,
};

static const struct awsc_shape s_dateType = {
    .name = "dateType",
    .type = AWSC_SHAPE_TIMESTAMP,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_decodedMessageType = {
    .name = "decodedMessageType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_durationSecondsType = {
    .name = "durationSecondsType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_durationSecondsType_range,
};

static const struct awsc_shape s_encodedMessageType = {
    .name = "encodedMessageType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_encodedMessageType_range,
};

static const struct awsc_shape s_expiredIdentityTokenMessage = {
    .name = "expiredIdentityTokenMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_expiredTradeInTokenExceptionMessage = {
    .name = "expiredTradeInTokenExceptionMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_externalIdType = {
    .name = "externalIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_externalIdType_range,
};

static const struct awsc_shape s_federatedIdType = {
    .name = "federatedIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_federatedIdType_range,
};

static const struct awsc_shape s_idpCommunicationErrorMessage = {
    .name = "idpCommunicationErrorMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_idpRejectedClaimMessage = {
    .name = "idpRejectedClaimMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidAuthorizationMessage = {
    .name = "invalidAuthorizationMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_invalidIdentityTokenMessage = {
    .name = "invalidIdentityTokenMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_jwtAlgorithmType = {
    .name = "jwtAlgorithmType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_jwtAlgorithmType_range,
};

static const struct awsc_shape s_jwtPayloadSizeExceededException = {
    .name = "jwtPayloadSizeExceededException",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_malformedPolicyDocumentMessage = {
    .name = "malformedPolicyDocumentMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_nonNegativeIntegerType = {
    .name = "nonNegativeIntegerType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_nonNegativeIntegerType_range,
};

static const struct awsc_shape s_outboundWebIdentityFederationDisabledException = {
    .name = "outboundWebIdentityFederationDisabledException",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_packedPolicyTooLargeMessage = {
    .name = "packedPolicyTooLargeMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_policyDescriptorListType = {
    .name = "policyDescriptorListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sts_policy_descriptor_list_type),
    .item = &s_PolicyDescriptorType,
};

static const struct awsc_shape s_regionDisabledMessage = {
    .name = "regionDisabledMessage",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_roleDurationSecondsType = {
    .name = "roleDurationSecondsType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_roleDurationSecondsType_range,
};

static const struct awsc_shape s_roleSessionNameType = {
    .name = "roleSessionNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_roleSessionNameType_range,
};

static const struct awsc_shape s_serialNumberType = {
    .name = "serialNumberType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_serialNumberType_range,
};

static const struct awsc_shape s_sessionDurationEscalationException = {
    .name = "sessionDurationEscalationException",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_sessionPolicyDocumentType = {
    .name = "sessionPolicyDocumentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_sessionPolicyDocumentType_range,
};

static const struct awsc_shape s_sourceIdentityType = {
    .name = "sourceIdentityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_sourceIdentityType_range,
};

static const struct awsc_shape s_tagKeyListType = {
    .name = "tagKeyListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sts_tag_key_list_type),
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
    .size = sizeof(struct awsc_sts_tag_list_type),
    .range = &s_tagListType_range,
    .item = &s_Tag,
};

static const struct awsc_shape s_tagValueType = {
    .name = "tagValueType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_tagValueType_range,
};

static const struct awsc_shape s_tokenCodeType = {
    .name = "tokenCodeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_tokenCodeType_range,
};

static const struct awsc_shape s_tokenType = {
    .name = "tokenType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_tradeInTokenType = {
    .name = "tradeInTokenType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_unrestrictedSessionPolicyDocumentType = {
    .name = "unrestrictedSessionPolicyDocumentType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_unrestrictedSessionPolicyDocumentType_range,
};

static const struct awsc_shape s_urlType = {
    .name = "urlType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_urlType_range,
};

static const struct awsc_shape s_userIdType = {
    .name = "userIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_userNameType = {
    .name = "userNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_userNameType_range,
};

static const struct awsc_shape s_webIdentitySubjectType = {
    .name = "webIdentitySubjectType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_webIdentitySubjectType_range,
};

static const struct awsc_shape s_webIdentityTokenAudienceListType = {
    .name = "webIdentityTokenAudienceListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_sts_tag_key_list_type),
    .range = &s_webIdentityTokenAudienceListType_range,
    .item = &s_webIdentityTokenAudienceStringType,
};

static const struct awsc_shape s_webIdentityTokenAudienceStringType = {
    .name = "webIdentityTokenAudienceStringType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_webIdentityTokenAudienceStringType_range,
};

static const struct awsc_shape s_webIdentityTokenDurationSecondsType = {
    .name = "webIdentityTokenDurationSecondsType",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_webIdentityTokenDurationSecondsType_range,
};

static const struct awsc_shape s_webIdentityTokenType = {
    .name = "webIdentityTokenType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};
