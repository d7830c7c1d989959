/*
 * awsc/creds_sts.h - AWS Security Token Service (STS, API 2011-06-15).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_CREDS_STS_H
#define AWSC_CREDS_STS_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_creds_sts_service() to awsc_client_new(), or use
 * awsc_creds_sts_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
const struct awsc_service *awsc_creds_sts_service(void);

static inline int awsc_creds_sts_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_creds_sts_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ----------------------------------------------------------- structures */

struct awsc_creds_sts_assume_role_input;
struct awsc_creds_sts_assume_role_output;
struct awsc_creds_sts_assume_role_with_web_identity_input;
struct awsc_creds_sts_assume_role_with_web_identity_output;
struct awsc_creds_sts_assumed_role_user;
struct awsc_creds_sts_credentials;
struct awsc_creds_sts_expired_token_exception;
struct awsc_creds_sts_expired_trade_in_token_exception;
struct awsc_creds_sts_idp_communication_error_exception;
struct awsc_creds_sts_idp_rejected_claim_exception;
struct awsc_creds_sts_invalid_authorization_message_exception;
struct awsc_creds_sts_invalid_identity_token_exception;
struct awsc_creds_sts_jwt_payload_size_exceeded_exception;
struct awsc_creds_sts_malformed_policy_document_exception;
struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception;
struct awsc_creds_sts_packed_policy_too_large_exception;
struct awsc_creds_sts_policy_descriptor_type;
struct awsc_creds_sts_provided_context;
struct awsc_creds_sts_region_disabled_exception;
struct awsc_creds_sts_session_duration_escalation_exception;
struct awsc_creds_sts_tag;

/* ProvidedContextsListType: a list of ProvidedContext. */
struct awsc_creds_sts_provided_contexts_list_type {
    struct awsc_creds_sts_provided_context *items;
    size_t count;
};

/* policyDescriptorListType: a list of PolicyDescriptorType. */
struct awsc_creds_sts_policy_descriptor_list_type {
    struct awsc_creds_sts_policy_descriptor_type *items;
    size_t count;
};

/* tagKeyListType: a list of tagKeyType. */
struct awsc_creds_sts_tag_key_list_type {
    const char **items;
    size_t count;
};

/* tagListType: a list of Tag. */
struct awsc_creds_sts_tag_list_type {
    struct awsc_creds_sts_tag *items;
    size_t count;
};

/* AssumeRoleRequest */
struct awsc_creds_sts_assume_role_input {
    /* RoleArn:  Required. */
    const char *role_arn;
    /* RoleSessionName:  Required. */
    const char *role_session_name;
    /* PolicyArns: */
    struct awsc_creds_sts_policy_descriptor_list_type policy_arns;
    /* Policy: */
    const char *policy;
    /* DurationSeconds: */
    bool has_duration_seconds;
    int32_t duration_seconds;
    /* Tags: */
    struct awsc_creds_sts_tag_list_type tags;
    /* TransitiveTagKeys: */
    struct awsc_creds_sts_tag_key_list_type transitive_tag_keys;
    /* ExternalId: */
    const char *external_id;
    /* SerialNumber: */
    const char *serial_number;
    /* TokenCode: */
    const char *token_code;
    /* SourceIdentity: */
    const char *source_identity;
    /* ProvidedContexts: */
    struct awsc_creds_sts_provided_contexts_list_type provided_contexts;
};

/* AssumeRoleResponse */
struct awsc_creds_sts_assume_role_output {
    /* Credentials: */
    struct awsc_creds_sts_credentials *credentials;
    /* AssumedRoleUser: */
    struct awsc_creds_sts_assumed_role_user *assumed_role_user;
    /* PackedPolicySize: */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* SourceIdentity: */
    const char *source_identity;
};

/* AssumeRoleWithWebIdentityRequest */
struct awsc_creds_sts_assume_role_with_web_identity_input {
    /* RoleArn:  Required. */
    const char *role_arn;
    /* RoleSessionName:  Required. */
    const char *role_session_name;
    /* WebIdentityToken:  Required. */
    const char *web_identity_token;
    /* ProviderId: */
    const char *provider_id;
    /* PolicyArns: */
    struct awsc_creds_sts_policy_descriptor_list_type policy_arns;
    /* Policy: */
    const char *policy;
    /* DurationSeconds: */
    bool has_duration_seconds;
    int32_t duration_seconds;
};

/* AssumeRoleWithWebIdentityResponse */
struct awsc_creds_sts_assume_role_with_web_identity_output {
    /* Credentials: */
    struct awsc_creds_sts_credentials *credentials;
    /* SubjectFromWebIdentityToken: */
    const char *subject_from_web_identity_token;
    /* AssumedRoleUser: */
    struct awsc_creds_sts_assumed_role_user *assumed_role_user;
    /* PackedPolicySize: */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* Provider: */
    const char *provider;
    /* Audience: */
    const char *audience;
    /* SourceIdentity: */
    const char *source_identity;
};

/* AssumedRoleUser */
struct awsc_creds_sts_assumed_role_user {
    /* AssumedRoleId:  Required. */
    const char *assumed_role_id;
    /* Arn:  Required. */
    const char *arn;
};

/* Credentials */
struct awsc_creds_sts_credentials {
    /* AccessKeyId:  Required. */
    const char *access_key_id;
    /* SecretAccessKey:  Required. */
    const char *secret_access_key;
    /* SessionToken:  Required. */
    const char *session_token;
    /* Expiration:  Required. */
    bool has_expiration;
    struct awsc_timestamp expiration;
};

/* ExpiredTokenException */
struct awsc_creds_sts_expired_token_exception {
    /* message: */
    const char *message;
};

/* ExpiredTradeInTokenException */
struct awsc_creds_sts_expired_trade_in_token_exception {
    /* message: */
    const char *message;
};

/* IDPCommunicationErrorException */
struct awsc_creds_sts_idp_communication_error_exception {
    /* message: */
    const char *message;
};

/* IDPRejectedClaimException */
struct awsc_creds_sts_idp_rejected_claim_exception {
    /* message: */
    const char *message;
};

/* InvalidAuthorizationMessageException */
struct awsc_creds_sts_invalid_authorization_message_exception {
    /* message: */
    const char *message;
};

/* InvalidIdentityTokenException */
struct awsc_creds_sts_invalid_identity_token_exception {
    /* message: */
    const char *message;
};

/* JWTPayloadSizeExceededException */
struct awsc_creds_sts_jwt_payload_size_exceeded_exception {
    /* message: */
    const char *message;
};

/* MalformedPolicyDocumentException */
struct awsc_creds_sts_malformed_policy_document_exception {
    /* message: */
    const char *message;
};

/* OutboundWebIdentityFederationDisabledException */
struct awsc_creds_sts_outbound_web_identity_federation_disabled_exception {
    /* message: */
    const char *message;
};

/* PackedPolicyTooLargeException */
struct awsc_creds_sts_packed_policy_too_large_exception {
    /* message: */
    const char *message;
};

/* PolicyDescriptorType */
struct awsc_creds_sts_policy_descriptor_type {
    /* arn: */
    const char *arn;
};

/* ProvidedContext */
struct awsc_creds_sts_provided_context {
    /* ProviderArn: */
    const char *provider_arn;
    /* ContextAssertion: */
    const char *context_assertion;
};

/* RegionDisabledException */
struct awsc_creds_sts_region_disabled_exception {
    /* message: */
    const char *message;
};

/* SessionDurationEscalationException */
struct awsc_creds_sts_session_duration_escalation_exception {
    /* message: */
    const char *message;
};

/* Tag */
struct awsc_creds_sts_tag {
    /* Key:  Required. */
    const char *key;
    /* Value:  Required. */
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AssumeRole
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CREDS_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_REGION_DISABLED_EXCEPTION
 */
int awsc_creds_sts_assume_role(struct awsc_client *client,
                               const struct awsc_creds_sts_assume_role_input *input,
                               struct awsc_creds_sts_assume_role_output **output,
                               struct awsc_error *err);
typedef void awsc_creds_sts_assume_role_cb(void *user_data,
                                           int status,
                                           struct awsc_creds_sts_assume_role_output *output,
                                           struct awsc_error *err);
int awsc_creds_sts_assume_role_async(struct awsc_client *client,
                                     const struct awsc_creds_sts_assume_role_input *input,
                                     awsc_creds_sts_assume_role_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err);

/*
 * AssumeRoleWithWebIdentity
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CREDS_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_IDPCOMMUNICATION_ERROR_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_IDPREJECTED_CLAIM_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_INVALID_IDENTITY_TOKEN_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_CREDS_STS_ERR_REGION_DISABLED_EXCEPTION
 */
int awsc_creds_sts_assume_role_with_web_identity(struct awsc_client *client,
                                                 const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                 struct awsc_creds_sts_assume_role_with_web_identity_output **output,
                                                 struct awsc_error *err);
typedef void awsc_creds_sts_assume_role_with_web_identity_cb(void *user_data,
                                                             int status,
                                                             struct awsc_creds_sts_assume_role_with_web_identity_output *output,
                                                             struct awsc_error *err);
int awsc_creds_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                       const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                       awsc_creds_sts_assume_role_with_web_identity_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/* --------------------------------------------------------------- errors */

#define AWSC_CREDS_STS_ERR_EXPIRED_TOKEN_EXCEPTION "ExpiredTokenException"
#define AWSC_CREDS_STS_ERR_EXPIRED_TRADE_IN_TOKEN_EXCEPTION "ExpiredTradeInTokenException"
#define AWSC_CREDS_STS_ERR_IDPCOMMUNICATION_ERROR_EXCEPTION "IDPCommunicationError"
#define AWSC_CREDS_STS_ERR_IDPREJECTED_CLAIM_EXCEPTION "IDPRejectedClaim"
#define AWSC_CREDS_STS_ERR_INVALID_AUTHORIZATION_MESSAGE_EXCEPTION "InvalidAuthorizationMessageException"
#define AWSC_CREDS_STS_ERR_INVALID_IDENTITY_TOKEN_EXCEPTION "InvalidIdentityToken"
#define AWSC_CREDS_STS_ERR_JWTPAYLOAD_SIZE_EXCEEDED_EXCEPTION "JWTPayloadSizeExceededException"
#define AWSC_CREDS_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION "MalformedPolicyDocument"
#define AWSC_CREDS_STS_ERR_OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION "OutboundWebIdentityFederationDisabledException"
#define AWSC_CREDS_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION "PackedPolicyTooLarge"
#define AWSC_CREDS_STS_ERR_REGION_DISABLED_EXCEPTION "RegionDisabledException"
#define AWSC_CREDS_STS_ERR_SESSION_DURATION_ESCALATION_EXCEPTION "SessionDurationEscalationException"

#ifdef __cplusplus
}
#endif
#endif
