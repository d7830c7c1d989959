/*
 * creds_sts_shapes.c - shape descriptors of STS.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sts.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_creds_sts_provided_contexts_list_type, count) == offsetof(struct awsc_list_view, count), "ProvidedContextsListType");
_Static_assert(offsetof(struct awsc_creds_sts_policy_descriptor_list_type, count) == offsetof(struct awsc_list_view, count), "policyDescriptorListType");
_Static_assert(offsetof(struct awsc_creds_sts_tag_key_list_type, count) == offsetof(struct awsc_list_view, count), "tagKeyListType");
_Static_assert(offsetof(struct awsc_creds_sts_tag_list_type, count) == offsetof(struct awsc_list_view, count), "tagListType");

extern const struct awsc_shape awsc__creds_sts_AssumeRoleRequest;
extern const struct awsc_shape awsc__creds_sts_AssumeRoleResponse;
extern const struct awsc_shape awsc__creds_sts_AssumeRoleWithWebIdentityRequest;
extern const struct awsc_shape awsc__creds_sts_AssumeRoleWithWebIdentityResponse;
static const struct awsc_shape s_AssumedRoleUser;
static const struct awsc_shape s_Audience;
static const struct awsc_shape s_Credentials;
extern const struct awsc_shape awsc__creds_sts_ExpiredTokenException;
extern const struct awsc_shape awsc__creds_sts_ExpiredTradeInTokenException;
extern const struct awsc_shape awsc__creds_sts_IDPCommunicationErrorException;
extern const struct awsc_shape awsc__creds_sts_IDPRejectedClaimException;
extern const struct awsc_shape awsc__creds_sts_InvalidAuthorizationMessageException;
extern const struct awsc_shape awsc__creds_sts_InvalidIdentityTokenException;
static const struct awsc_shape s_Issuer;
extern const struct awsc_shape awsc__creds_sts_JWTPayloadSizeExceededException;
extern const struct awsc_shape awsc__creds_sts_MalformedPolicyDocumentException;
extern const struct awsc_shape awsc__creds_sts_OutboundWebIdentityFederationDisabledException;
extern const struct awsc_shape awsc__creds_sts_PackedPolicyTooLargeException;
static const struct awsc_shape s_PolicyDescriptorType;
static const struct awsc_shape s_ProvidedContext;
static const struct awsc_shape s_ProvidedContextsListType;
extern const struct awsc_shape awsc__creds_sts_RegionDisabledException;
extern const struct awsc_shape awsc__creds_sts_SessionDurationEscalationException;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_accessKeyIdType;
static const struct awsc_shape s_accessKeySecretType;
static const struct awsc_shape s_arnType;
static const struct awsc_shape s_assumedRoleIdType;
static const struct awsc_shape s_clientTokenType;
static const struct awsc_shape s_contextAssertionType;
static const struct awsc_shape s_dateType;
static const struct awsc_shape s_expiredIdentityTokenMessage;
static const struct awsc_shape s_expiredTradeInTokenExceptionMessage;
static const struct awsc_shape s_externalIdType;
static const struct awsc_shape s_idpCommunicationErrorMessage;
static const struct awsc_shape s_idpRejectedClaimMessage;
static const struct awsc_shape s_invalidAuthorizationMessage;
static const struct awsc_shape s_invalidIdentityTokenMessage;
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
static const struct awsc_shape s_unrestrictedSessionPolicyDocumentType;
static const struct awsc_shape s_urlType;
static const struct awsc_shape s_webIdentitySubjectType;

static const struct awsc_range s_ProvidedContextsListType_range = { true, true, 1, 5 };
static const struct awsc_range s_accessKeyIdType_range = { true, true, 16, 128 };
static const struct awsc_range s_arnType_range = { true, true, 20, 2048 };
static const struct awsc_range s_assumedRoleIdType_range = { true, true, 2, 193 };
static const struct awsc_range s_clientTokenType_range = { true, true, 4, 20000 };
static const struct awsc_range s_contextAssertionType_range = { true, true, 4, 2048 };
static const struct awsc_range s_externalIdType_range = { true, true, 2, 1224 };
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
static const struct awsc_range s_webIdentitySubjectType_range = { true, true, 6, 255 };

static const struct awsc_member awsc__creds_sts_AssumeRoleRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleArn", &s_arnType, offsetof(struct awsc_creds_sts_assume_role_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleSessionName", &s_roleSessionNameType, offsetof(struct awsc_creds_sts_assume_role_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_creds_sts_assume_role_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_unrestrictedSessionPolicyDocumentType, offsetof(struct awsc_creds_sts_assume_role_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_roleDurationSecondsType, offsetof(struct awsc_creds_sts_assume_role_input, duration_seconds), offsetof(struct awsc_creds_sts_assume_role_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Tags", &s_tagListType, offsetof(struct awsc_creds_sts_assume_role_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TransitiveTagKeys", &s_tagKeyListType, offsetof(struct awsc_creds_sts_assume_role_input, transitive_tag_keys), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ExternalId", &s_externalIdType, offsetof(struct awsc_creds_sts_assume_role_input, external_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SerialNumber", &s_serialNumberType, offsetof(struct awsc_creds_sts_assume_role_input, serial_number), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"TokenCode", &s_tokenCodeType, offsetof(struct awsc_creds_sts_assume_role_input, token_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_creds_sts_assume_role_input, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProvidedContexts", &s_ProvidedContextsListType, offsetof(struct awsc_creds_sts_assume_role_input, provided_contexts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_AssumeRoleRequest_by_wire_name[] = { 4, 7, 3, 2, 11, 0, 1, 8, 10, 5, 9, 6 };

static const struct awsc_member awsc__creds_sts_AssumeRoleResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_creds_sts_assume_role_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedRoleUser", &s_AssumedRoleUser, offsetof(struct awsc_creds_sts_assume_role_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_creds_sts_assume_role_output, packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_creds_sts_assume_role_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_AssumeRoleResponse_by_wire_name[] = { 1, 0, 2, 3 };

static const struct awsc_member awsc__creds_sts_AssumeRoleWithWebIdentityRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"RoleArn", &s_arnType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"RoleSessionName", &s_roleSessionNameType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, role_session_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"WebIdentityToken", &s_clientTokenType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, web_identity_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ProviderId", &s_urlType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, provider_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PolicyArns", &s_policyDescriptorListType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Policy", &s_sessionPolicyDocumentType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"DurationSeconds", &s_roleDurationSecondsType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, duration_seconds), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_input, has_duration_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_AssumeRoleWithWebIdentityRequest_by_wire_name[] = { 6, 5, 4, 3, 0, 1, 2 };

static const struct awsc_member awsc__creds_sts_AssumeRoleWithWebIdentityResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Credentials", &s_Credentials, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SubjectFromWebIdentityToken", &s_webIdentitySubjectType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, subject_from_web_identity_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"AssumedRoleUser", &s_AssumedRoleUser, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, assumed_role_user), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"PackedPolicySize", &s_nonNegativeIntegerType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, packed_policy_size), offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, has_packed_policy_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Provider", &s_Issuer, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, provider), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Audience", &s_Audience, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, audience), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SourceIdentity", &s_sourceIdentityType, offsetof(struct awsc_creds_sts_assume_role_with_web_identity_output, source_identity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_AssumeRoleWithWebIdentityResponse_by_wire_name[] = { 2, 5, 0, 3, 4, 6, 1 };

static const struct awsc_member s_AssumedRoleUser_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AssumedRoleId", &s_assumedRoleIdType, offsetof(struct awsc_creds_sts_assumed_role_user, assumed_role_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Arn", &s_arnType, offsetof(struct awsc_creds_sts_assumed_role_user, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AssumedRoleUser_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Credentials_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"AccessKeyId", &s_accessKeyIdType, offsetof(struct awsc_creds_sts_credentials, access_key_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SecretAccessKey", &s_accessKeySecretType, offsetof(struct awsc_creds_sts_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"SessionToken", &s_tokenType, offsetof(struct awsc_creds_sts_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Expiration", &s_dateType, offsetof(struct awsc_creds_sts_credentials, expiration), offsetof(struct awsc_creds_sts_credentials, has_expiration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Credentials_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member awsc__creds_sts_ExpiredTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_expiredIdentityTokenMessage, offsetof(struct awsc_creds_sts_expired_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_ExpiredTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_ExpiredTradeInTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_expiredTradeInTokenExceptionMessage, offsetof(struct awsc_creds_sts_expired_trade_in_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_ExpiredTradeInTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_IDPCommunicationErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_idpCommunicationErrorMessage, offsetof(struct awsc_creds_sts_idp_communication_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_IDPCommunicationErrorException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_IDPRejectedClaimException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_idpRejectedClaimMessage, offsetof(struct awsc_creds_sts_idp_rejected_claim_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_IDPRejectedClaimException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_InvalidAuthorizationMessageException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidAuthorizationMessage, offsetof(struct awsc_creds_sts_invalid_authorization_message_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_InvalidAuthorizationMessageException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_InvalidIdentityTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_invalidIdentityTokenMessage, offsetof(struct awsc_creds_sts_invalid_identity_token_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_InvalidIdentityTokenException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_JWTPayloadSizeExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_jwtPayloadSizeExceededException, offsetof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_JWTPayloadSizeExceededException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_MalformedPolicyDocumentException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_malformedPolicyDocumentMessage, offsetof(struct awsc_creds_sts_malformed_policy_document_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_MalformedPolicyDocumentException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_OutboundWebIdentityFederationDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_outboundWebIdentityFederationDisabledException, offsetof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_OutboundWebIdentityFederationDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_PackedPolicyTooLargeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_packedPolicyTooLargeMessage, offsetof(struct awsc_creds_sts_packed_policy_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_PackedPolicyTooLargeException_by_wire_name[] = { 0 };

static const struct awsc_member s_PolicyDescriptorType_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"arn", &s_arnType, offsetof(struct awsc_creds_sts_policy_descriptor_type, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PolicyDescriptorType_by_wire_name[] = { 0 };

static const struct awsc_member s_ProvidedContext_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ProviderArn", &s_arnType, offsetof(struct awsc_creds_sts_provided_context, provider_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ContextAssertion", &s_contextAssertionType, offsetof(struct awsc_creds_sts_provided_context, context_assertion), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ProvidedContext_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__creds_sts_RegionDisabledException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_regionDisabledMessage, offsetof(struct awsc_creds_sts_region_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_RegionDisabledException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sts_SessionDurationEscalationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_sessionDurationEscalationException, offsetof(struct awsc_creds_sts_session_duration_escalation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sts_SessionDurationEscalationException_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"Key", &s_tagKeyType, offsetof(struct awsc_creds_sts_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"Value", &s_tagValueType, offsetof(struct awsc_creds_sts_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

const struct awsc_shape awsc__creds_sts_AssumeRoleRequest = {
    .name = "AssumeRoleRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_assume_role_input),
    .members = awsc__creds_sts_AssumeRoleRequest_members,
    .member_count = 12,
    .by_wire_name = awsc__creds_sts_AssumeRoleRequest_by_wire_name,
};

const struct awsc_shape awsc__creds_sts_AssumeRoleResponse = {
    .name = "AssumeRoleResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_assume_role_output),
    .members = awsc__creds_sts_AssumeRoleResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__creds_sts_AssumeRoleResponse_by_wire_name,
};

const struct awsc_shape awsc__creds_sts_AssumeRoleWithWebIdentityRequest = {
    .name = "AssumeRoleWithWebIdentityRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_input),
    .members = awsc__creds_sts_AssumeRoleWithWebIdentityRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__creds_sts_AssumeRoleWithWebIdentityRequest_by_wire_name,
};

const struct awsc_shape awsc__creds_sts_AssumeRoleWithWebIdentityResponse = {
    .name = "AssumeRoleWithWebIdentityResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_assume_role_with_web_identity_output),
    .members = awsc__creds_sts_AssumeRoleWithWebIdentityResponse_members,
    .member_count = 7,
    .by_wire_name = awsc__creds_sts_AssumeRoleWithWebIdentityResponse_by_wire_name,
};

static const struct awsc_shape s_AssumedRoleUser = {
    .name = "AssumedRoleUser",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_assumed_role_user),
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
    .size = sizeof(struct awsc_creds_sts_credentials),
    .members = s_Credentials_members,
    .member_count = 4,
    .by_wire_name = s_Credentials_by_wire_name,
};

const struct awsc_shape awsc__creds_sts_ExpiredTokenException = {
    .name = "ExpiredTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_expired_token_exception),
    .members = awsc__creds_sts_ExpiredTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_ExpiredTokenException_by_wire_name,
    .error_code = "ExpiredTokenException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_ExpiredTradeInTokenException = {
    .name = "ExpiredTradeInTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_expired_trade_in_token_exception),
    .members = awsc__creds_sts_ExpiredTradeInTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_ExpiredTradeInTokenException_by_wire_name,
    .error_code = "ExpiredTradeInTokenException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_IDPCommunicationErrorException = {
    .name = "IDPCommunicationErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_idp_communication_error_exception),
    .members = awsc__creds_sts_IDPCommunicationErrorException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_IDPCommunicationErrorException_by_wire_name,
    .error_code = "IDPCommunicationError",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_IDPRejectedClaimException = {
    .name = "IDPRejectedClaimException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_idp_rejected_claim_exception),
    .members = awsc__creds_sts_IDPRejectedClaimException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_IDPRejectedClaimException_by_wire_name,
    .error_code = "IDPRejectedClaim",
    .http_status = 403,
};

const struct awsc_shape awsc__creds_sts_InvalidAuthorizationMessageException = {
    .name = "InvalidAuthorizationMessageException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_invalid_authorization_message_exception),
    .members = awsc__creds_sts_InvalidAuthorizationMessageException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_InvalidAuthorizationMessageException_by_wire_name,
    .error_code = "InvalidAuthorizationMessageException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_InvalidIdentityTokenException = {
    .name = "InvalidIdentityTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_invalid_identity_token_exception),
    .members = awsc__creds_sts_InvalidIdentityTokenException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_InvalidIdentityTokenException_by_wire_name,
    .error_code = "InvalidIdentityToken",
    .http_status = 400,
};

static const struct awsc_shape s_Issuer = {
    .name = "Issuer",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sts_JWTPayloadSizeExceededException = {
    .name = "JWTPayloadSizeExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_jwt_payload_size_exceeded_exception),
    .members = awsc__creds_sts_JWTPayloadSizeExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_JWTPayloadSizeExceededException_by_wire_name,
    .error_code = "JWTPayloadSizeExceededException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_MalformedPolicyDocumentException = {
    .name = "MalformedPolicyDocumentException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_malformed_policy_document_exception),
    .members = awsc__creds_sts_MalformedPolicyDocumentException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_MalformedPolicyDocumentException_by_wire_name,
    .error_code = "MalformedPolicyDocument",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sts_OutboundWebIdentityFederationDisabledException = {
    .name = "OutboundWebIdentityFederationDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception),
    .members = awsc__creds_sts_OutboundWebIdentityFederationDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_OutboundWebIdentityFederationDisabledException_by_wire_name,
    .error_code = "OutboundWebIdentityFederationDisabledException",
    .http_status = 403,
};

const struct awsc_shape awsc__creds_sts_PackedPolicyTooLargeException = {
    .name = "PackedPolicyTooLargeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_packed_policy_too_large_exception),
    .members = awsc__creds_sts_PackedPolicyTooLargeException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_PackedPolicyTooLargeException_by_wire_name,
    .error_code = "PackedPolicyTooLarge",
    .http_status = 400,
};

static const struct awsc_shape s_PolicyDescriptorType = {
    .name = "PolicyDescriptorType",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_policy_descriptor_type),
    .members = s_PolicyDescriptorType_members,
    .member_count = 1,
    .by_wire_name = s_PolicyDescriptorType_by_wire_name,
};

static const struct awsc_shape s_ProvidedContext = {
    .name = "ProvidedContext",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_provided_context),
    .members = s_ProvidedContext_members,
    .member_count = 2,
    .by_wire_name = s_ProvidedContext_by_wire_name,
};

static const struct awsc_shape s_ProvidedContextsListType = {
    .name = "ProvidedContextsListType",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_creds_sts_provided_contexts_list_type),
    .range = &s_ProvidedContextsListType_range,
    .item = &s_ProvidedContext,
};

const struct awsc_shape awsc__creds_sts_RegionDisabledException = {
    .name = "RegionDisabledException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_region_disabled_exception),
    .members = awsc__creds_sts_RegionDisabledException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_RegionDisabledException_by_wire_name,
    .error_code = "RegionDisabledException",
    .http_status = 403,
};

const struct awsc_shape awsc__creds_sts_SessionDurationEscalationException = {
    .name = "SessionDurationEscalationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_creds_sts_session_duration_escalation_exception),
    .members = awsc__creds_sts_SessionDurationEscalationException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sts_SessionDurationEscalationException_by_wire_name,
    .error_code = "SessionDurationEscalationException",
    .http_status = 403,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sts_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
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
    .size = sizeof(struct awsc_creds_sts_policy_descriptor_list_type),
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
    .size = sizeof(struct awsc_creds_sts_tag_key_list_type),
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
    .size = sizeof(struct awsc_creds_sts_tag_list_type),
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

static const struct awsc_shape s_webIdentitySubjectType = {
    .name = "webIdentitySubjectType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_webIdentitySubjectType_range,
};
