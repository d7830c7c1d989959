/*
 * awsc/sts.h - AWS Security Token Service (STS, API 2011-06-15).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_STS_H
#define AWSC_STS_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_sts_service() to awsc_client_new(), or use
 * awsc_sts_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_sts_service(void);

static inline int awsc_sts_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_sts_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ----------------------------------------------------------- structures */

struct awsc_sts_assume_role_input;
struct awsc_sts_assume_role_output;
struct awsc_sts_assume_role_with_saml_input;
struct awsc_sts_assume_role_with_saml_output;
struct awsc_sts_assume_role_with_web_identity_input;
struct awsc_sts_assume_role_with_web_identity_output;
struct awsc_sts_assume_root_input;
struct awsc_sts_assume_root_output;
struct awsc_sts_assumed_role_user;
struct awsc_sts_credentials;
struct awsc_sts_decode_authorization_message_input;
struct awsc_sts_decode_authorization_message_output;
struct awsc_sts_expired_token_exception;
struct awsc_sts_expired_trade_in_token_exception;
struct awsc_sts_federated_user;
struct awsc_sts_get_access_key_info_input;
struct awsc_sts_get_access_key_info_output;
struct awsc_sts_get_caller_identity_input;
struct awsc_sts_get_caller_identity_output;
struct awsc_sts_get_delegated_access_token_input;
struct awsc_sts_get_delegated_access_token_output;
struct awsc_sts_get_federation_token_input;
struct awsc_sts_get_federation_token_output;
struct awsc_sts_get_session_token_input;
struct awsc_sts_get_session_token_output;
struct awsc_sts_get_web_identity_token_input;
struct awsc_sts_get_web_identity_token_output;
struct awsc_sts_idp_communication_error_exception;
struct awsc_sts_idp_rejected_claim_exception;
struct awsc_sts_invalid_authorization_message_exception;
struct awsc_sts_invalid_identity_token_exception;
struct awsc_sts_jwt_payload_size_exceeded_exception;
struct awsc_sts_malformed_policy_document_exception;
struct awsc_sts_outbound_web_identity_federation_disabled_exception;
struct awsc_sts_packed_policy_too_large_exception;
struct awsc_sts_policy_descriptor_type;
struct awsc_sts_provided_context;
struct awsc_sts_region_disabled_exception;
struct awsc_sts_session_duration_escalation_exception;
struct awsc_sts_tag;

/* ProvidedContextsListType: a list of ProvidedContext. */
struct awsc_sts_provided_contexts_list_type {
    struct awsc_sts_provided_context *items;
    size_t count;
};

/* policyDescriptorListType: a list of PolicyDescriptorType. */
struct awsc_sts_policy_descriptor_list_type {
    struct awsc_sts_policy_descriptor_type *items;
    size_t count;
};

/*
 * tagKeyListType: a list of tagKeyType.
 * Also the type of webIdentityTokenAudienceListType.
 */
struct awsc_sts_tag_key_list_type {
    const char **items;
    size_t count;
};

/* tagListType: a list of Tag. */
struct awsc_sts_tag_list_type {
    struct awsc_sts_tag *items;
    size_t count;
};

/* AssumeRoleRequest */
struct awsc_sts_assume_role_input {
    /* RoleArn: The Amazon Resource Name (ARN) of the role to assume. Required. */
    const char *role_arn;
    /* RoleSessionName: An identifier for the assumed role session. Required. */
    const char *role_session_name;
    /* PolicyArns: The Amazon Resource Names (ARNs) of the IAM managed policies
     * that you want to use as managed session policies. The policies must exist in
     * the same account as the role. */
    struct awsc_sts_policy_descriptor_list_type policy_arns;
    /* Policy: An IAM policy in JSON format that you want to use as an inline
     * session policy. */
    const char *policy;
    /* DurationSeconds: The duration, in seconds, of the role session. The value
     * specified can range from 900 seconds (15 minutes) up to the maximum session
     * duration set for the role. */
    bool has_duration_seconds;
    int32_t duration_seconds;
    /* Tags: A list of session tags that you want to pass. Each session tag
     * consists of a key name and an associated value. */
    struct awsc_sts_tag_list_type tags;
    /* TransitiveTagKeys: A list of keys for session tags that you want to set as
     * transitive. If you set a tag key as transitive, the corresponding key and
     * value passes to subsequent sessions in a role chain. */
    struct awsc_sts_tag_key_list_type transitive_tag_keys;
    /* ExternalId: A unique identifier that might be required when you assume a
     * role in another account. */
    const char *external_id;
    /* SerialNumber: The identification number of the MFA device that is associated
     * with the user who is making the AssumeRole call. */
    const char *serial_number;
    /* TokenCode: The value provided by the MFA device, if the trust policy of the
     * role being assumed requires MFA. (In other words, if the policy includes a
     * condition that tests for MFA). */
    const char *token_code;
    /* SourceIdentity: The source identity specified by the principal that is
     * calling the AssumeRole operation. The source identity value persists across
     * chained role sessions. */
    const char *source_identity;
    /* ProvidedContexts: A list of previously acquired trusted context assertions
     * in the format of a JSON array. The trusted context assertion is signed and
     * encrypted by Amazon Web Services STS. */
    struct awsc_sts_provided_contexts_list_type provided_contexts;
};

/*
 * Contains the response to a successful AssumeRole request, including
 * temporary Amazon Web Services credentials that can be used to make Amazon
 * Web Services requests.
 */
struct awsc_sts_assume_role_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security (or session) token. The size of the
     * security token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
    /* AssumedRoleUser: The Amazon Resource Name (ARN) and the assumed role ID,
     * which are identifiers that you can use to refer to the resulting temporary
     * security credentials. */
    struct awsc_sts_assumed_role_user *assumed_role_user;
    /* PackedPolicySize: A percentage value that indicates the packed size of the
     * session policies and session tags combined passed in the request. */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* SourceIdentity: The source identity specified by the principal that is
     * calling the AssumeRole operation. */
    const char *source_identity;
};

/* AssumeRoleWithSAMLRequest */
struct awsc_sts_assume_role_with_saml_input {
    /* RoleArn: The Amazon Resource Name (ARN) of the role that the caller is
     * assuming. Required. */
    const char *role_arn;
    /* PrincipalArn: The Amazon Resource Name (ARN) of the SAML provider in IAM
     * that describes the IdP. Required. */
    const char *principal_arn;
    /* SAMLAssertion: The base64 encoded SAML authentication response provided by
     * the IdP. Required. */
    const char *saml_assertion;
    /* PolicyArns: The Amazon Resource Names (ARNs) of the IAM managed policies
     * that you want to use as managed session policies. The policies must exist in
     * the same account as the role. */
    struct awsc_sts_policy_descriptor_list_type policy_arns;
    /* Policy: An IAM policy in JSON format that you want to use as an inline
     * session policy. */
    const char *policy;
    /* DurationSeconds: The duration, in seconds, of the role session. Your role
     * session lasts for the duration that you specify for the DurationSeconds
     * parameter, or until the time specified in the SAML authentication ... */
    bool has_duration_seconds;
    int32_t duration_seconds;
};

/*
 * Contains the response to a successful AssumeRoleWithSAML request, including
 * temporary Amazon Web Services credentials that can be used to make Amazon
 * Web Services requests.
 */
struct awsc_sts_assume_role_with_saml_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security (or session) token. The size of the
     * security token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
    /* AssumedRoleUser: The identifiers for the temporary security credentials that
     * the operation returns. */
    struct awsc_sts_assumed_role_user *assumed_role_user;
    /* PackedPolicySize: A percentage value that indicates the packed size of the
     * session policies and session tags combined passed in the request. */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* Subject: The value of the NameID element in the Subject element of the SAML
     * assertion. */
    const char *subject;
    /* SubjectType: The format of the name ID, as defined by the Format attribute
     * in the NameID element of the SAML assertion. Typical examples of the format
     * are transient or persistent . */
    const char *subject_type;
    /* Issuer: The value of the Issuer element of the SAML assertion. */
    const char *issuer;
    /* Audience: The value of the Recipient attribute of the
     * SubjectConfirmationData element of the SAML assertion. */
    const char *audience;
    /* NameQualifier: A hash value based on the concatenation of the following: The
     * Issuer response value. The Amazon Web Services account ID. The friendly name
     * (the last part of the ARN) of the SAML provider in IAM. */
    const char *name_qualifier;
    /* SourceIdentity: The value in the SourceIdentity attribute in the SAML
     * assertion. The source identity value persists across chained role sessions. */
    const char *source_identity;
};

/* AssumeRoleWithWebIdentityRequest */
struct awsc_sts_assume_role_with_web_identity_input {
    /* RoleArn: The Amazon Resource Name (ARN) of the role that the caller is
     * assuming. Additional considerations apply to Amazon Cognito identity pools
     * that assume cross-account IAM roles . Required. */
    const char *role_arn;
    /* RoleSessionName: An identifier for the assumed role session. Typically, you
     * pass the name or identifier that is associated with the user who is using
     * your application. Required. */
    const char *role_session_name;
    /* WebIdentityToken: The OAuth 2.0 access token or OpenID Connect ID token that
     * is provided by the identity provider. Required. */
    const char *web_identity_token;
    /* ProviderId: The fully qualified host component of the domain name of the
     * OAuth 2.0 identity provider. Do not specify this value for an OpenID Connect
     * identity provider. */
    const char *provider_id;
    /* PolicyArns: The Amazon Resource Names (ARNs) of the IAM managed policies
     * that you want to use as managed session policies. The policies must exist in
     * the same account as the role. */
    struct awsc_sts_policy_descriptor_list_type policy_arns;
    /* Policy: An IAM policy in JSON format that you want to use as an inline
     * session policy. */
    const char *policy;
    /* DurationSeconds: The duration, in seconds, of the role session. The value
     * can range from 900 seconds (15 minutes) up to the maximum session duration
     * setting for the role. */
    bool has_duration_seconds;
    int32_t duration_seconds;
};

/*
 * Contains the response to a successful AssumeRoleWithWebIdentity request,
 * including temporary Amazon Web Services credentials that can be used to make
 * Amazon Web Services requests.
 */
struct awsc_sts_assume_role_with_web_identity_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security token. The size of the security
     * token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
    /* SubjectFromWebIdentityToken: The unique user identifier that is returned by
     * the identity provider. This identifier is associated with the
     * WebIdentityToken that was submitted with the AssumeRoleWithWebIdentity call. */
    const char *subject_from_web_identity_token;
    /* AssumedRoleUser: The Amazon Resource Name (ARN) and the assumed role ID,
     * which are identifiers that you can use to refer to the resulting temporary
     * security credentials. */
    struct awsc_sts_assumed_role_user *assumed_role_user;
    /* PackedPolicySize: A percentage value that indicates the packed size of the
     * session policies and session tags combined passed in the request. */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* Provider: The issuing authority of the web identity token presented. For
     * OpenID Connect ID tokens, this contains the value of the iss field. */
    const char *provider;
    /* Audience: The intended audience (also known as client ID) of the web
     * identity token. This is traditionally the client identifier issued to the
     * application that requested the web identity token. */
    const char *audience;
    /* SourceIdentity: The value of the source identity that is returned in the
     * JSON web token (JWT) from the identity provider. */
    const char *source_identity;
};

/* AssumeRootRequest */
struct awsc_sts_assume_root_input {
    /* TargetPrincipal: The member account principal ARN or account ID. Required. */
    const char *target_principal;
    /* TaskPolicyArn: The identity based policy that scopes the session to the
     * privileged tasks that can be performed. Required. */
    struct awsc_sts_policy_descriptor_type *task_policy_arn;
    /* DurationSeconds: The duration, in seconds, of the privileged session. The
     * value can range from 0 seconds up to the maximum session duration of 900
     * seconds (15 minutes). */
    bool has_duration_seconds;
    int32_t duration_seconds;
};

/* AssumeRootResponse */
struct awsc_sts_assume_root_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security token. The size of the security
     * token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
    /* SourceIdentity: The source identity specified by the principal that is
     * calling the AssumeRoot operation. */
    const char *source_identity;
};

/*
 * The identifiers for the temporary security credentials that the operation
 * returns.
 */
struct awsc_sts_assumed_role_user {
    /* AssumedRoleId: A unique identifier that contains the role ID and the role
     * session name of the role that is being assumed. The role ID is generated by
     * Amazon Web Services when the role is created. Required. */
    const char *assumed_role_id;
    /* Arn: The ARN of the temporary security credentials that are returned from
     * the AssumeRole action. For more information about ARNs and how to use them
     * in policies, see IAM Identifiers in the IAM User Guide . Required. */
    const char *arn;
};

/*
 * Amazon Web Services credentials for API authentication.
 */
struct awsc_sts_credentials {
    /* AccessKeyId: The access key ID that identifies the temporary security
     * credentials. Required. */
    const char *access_key_id;
    /* SecretAccessKey: The secret access key that can be used to sign requests.
     * Required. */
    const char *secret_access_key;
    /* SessionToken: The token that users must pass to the service API to use the
     * temporary credentials. Required. */
    const char *session_token;
    /* Expiration: The date on which the current credentials expire. Required. */
    bool has_expiration;
    struct awsc_timestamp expiration;
};

/* DecodeAuthorizationMessageRequest */
struct awsc_sts_decode_authorization_message_input {
    /* EncodedMessage: The encoded message that was returned with the response.
     * Required. */
    const char *encoded_message;
};

/*
 * A document that contains additional information about the authorization
 * status of a request from an encoded message that is returned in response to
 * an Amazon Web Services request.
 */
struct awsc_sts_decode_authorization_message_output {
    /* DecodedMessage: The API returns a response with the decoded message. */
    const char *decoded_message;
};

/*
 * The web identity token that was passed is expired or is not valid. Get a new
 * identity token from the identity provider and then retry the request.
 */
struct awsc_sts_expired_token_exception {
    /* message: */
    const char *message;
};

/*
 * The trade-in token provided in the request has expired and can no longer be
 * exchanged for credentials. Request a new token and retry the operation.
 */
struct awsc_sts_expired_trade_in_token_exception {
    /* message: */
    const char *message;
};

/*
 * Identifiers for the federated user that is associated with the credentials.
 */
struct awsc_sts_federated_user {
    /* FederatedUserId: The string that identifies the federated user associated
     * with the credentials, similar to the unique ID of an IAM user. Required. */
    const char *federated_user_id;
    /* Arn: The ARN that specifies the federated user that is associated with the
     * credentials. For more information about ARNs and how to use them in
     * policies, see IAM Identifiers in the IAM User Guide . Required. */
    const char *arn;
};

/* GetAccessKeyInfoRequest */
struct awsc_sts_get_access_key_info_input {
    /* AccessKeyId: The identifier of an access key. This parameter allows (through
     * its regex pattern) a string of characters that can consist of any upper- or
     * lowercase letter or digit. Required. */
    const char *access_key_id;
};

/* GetAccessKeyInfoResponse */
struct awsc_sts_get_access_key_info_output {
    /* Account: The number used to identify the Amazon Web Services account. */
    const char *account;
};

/* GetCallerIdentityRequest */
struct awsc_sts_get_caller_identity_input {
    char unused_; /* no members */
};

/*
 * Contains the response to a successful GetCallerIdentity request, including
 * information about the entity making the request.
 */
struct awsc_sts_get_caller_identity_output {
    /* UserId: The unique identifier of the calling entity. The exact value depends
     * on the type of entity that is making the call. */
    const char *user_id;
    /* Account: The Amazon Web Services account ID number of the account that owns
     * or contains the calling entity. */
    const char *account;
    /* Arn: The Amazon Web Services ARN associated with the calling entity. */
    const char *arn;
};

/* GetDelegatedAccessTokenRequest */
struct awsc_sts_get_delegated_access_token_input {
    /* TradeInToken: The token to exchange for temporary Amazon Web Services
     * credentials. This token must be valid and unexpired at the time of the
     * request. Required. */
    const char *trade_in_token;
};

/* GetDelegatedAccessTokenResponse */
struct awsc_sts_get_delegated_access_token_output {
    /* Credentials: */
    struct awsc_sts_credentials *credentials;
    /* PackedPolicySize: The percentage of the maximum policy size that is used by
     * the session policy. The policy size is calculated as the sum of all the
     * session policies and permission boundaries attached to the session. */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
    /* AssumedPrincipal: The Amazon Resource Name (ARN) of the principal that was
     * assumed when obtaining the delegated access token. */
    const char *assumed_principal;
};

/* GetFederationTokenRequest */
struct awsc_sts_get_federation_token_input {
    /* Name: The name of the federated user. The name is used as an identifier for
     * the temporary security credentials (such as Bob ). Required. */
    const char *name;
    /* Policy: An IAM policy in JSON format that you want to use as an inline
     * session policy. */
    const char *policy;
    /* PolicyArns: The Amazon Resource Names (ARNs) of the IAM managed policies
     * that you want to use as a managed session policy. */
    struct awsc_sts_policy_descriptor_list_type policy_arns;
    /* DurationSeconds: The duration, in seconds, that the session should last.
     * Acceptable durations for federation sessions range from 900 seconds (15
     * minutes) to 129,600 seconds (36 hours), with 43,200 seconds (12 hours) ... */
    bool has_duration_seconds;
    int32_t duration_seconds;
    /* Tags: A list of session tags. Each session tag consists of a key name and an
     * associated value. For more information about session tags, see Passing
     * Session Tags in STS in the IAM User Guide . */
    struct awsc_sts_tag_list_type tags;
};

/*
 * Contains the response to a successful GetFederationToken request, including
 * temporary Amazon Web Services credentials that can be used to make Amazon
 * Web Services requests.
 */
struct awsc_sts_get_federation_token_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security (or session) token. The size of the
     * security token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
    /* FederatedUser: Identifiers for the federated user associated with the
     * credentials (such as arn:aws:sts::123456789012:federated-user/Bob or
     * 123456789012:Bob ). */
    struct awsc_sts_federated_user *federated_user;
    /* PackedPolicySize: A percentage value that indicates the packed size of the
     * session policies and session tags combined passed in the request. */
    bool has_packed_policy_size;
    int32_t packed_policy_size;
};

/* GetSessionTokenRequest */
struct awsc_sts_get_session_token_input {
    /* DurationSeconds: The duration, in seconds, that the credentials should
     * remain valid. Acceptable durations for IAM user sessions range from 900
     * seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200 seconds ... */
    bool has_duration_seconds;
    int32_t duration_seconds;
    /* SerialNumber: The identification number of the MFA device that is associated
     * with the IAM user who is making the GetSessionToken call. */
    const char *serial_number;
    /* TokenCode: The value provided by the MFA device, if MFA is required. If any
     * policy requires the IAM user to submit an MFA code, specify this value. */
    const char *token_code;
};

/*
 * Contains the response to a successful GetSessionToken request, including
 * temporary Amazon Web Services credentials that can be used to make Amazon
 * Web Services requests.
 */
struct awsc_sts_get_session_token_output {
    /* Credentials: The temporary security credentials, which include an access key
     * ID, a secret access key, and a security (or session) token. The size of the
     * security token that STS API operations return is not fixed. */
    struct awsc_sts_credentials *credentials;
};

/* GetWebIdentityTokenRequest */
struct awsc_sts_get_web_identity_token_input {
    /* Audience: The intended recipient of the web identity token. This value
     * populates the aud claim in the JWT and should identify the service or
     * application that will validate and use the token. Required. */
    struct awsc_sts_tag_key_list_type audience;
    /* DurationSeconds: The duration, in seconds, for which the JSON Web Token
     * (JWT) will remain valid. The value can range from 60 seconds (1 minute) to
     * 3600 seconds (1 hour). */
    bool has_duration_seconds;
    int32_t duration_seconds;
    /* SigningAlgorithm: The cryptographic algorithm to use for signing the JSON
     * Web Token (JWT). Valid values are RS256 (RSA with SHA-256) and ES384 (ECDSA
     * using P-384 curve with SHA-384). Required. */
    const char *signing_algorithm;
    /* Tags: An optional list of tags to include in the JSON Web Token (JWT). These
     * tags are added as custom claims to the JWT and can be used by the downstream
     * service for authorization decisions. */
    struct awsc_sts_tag_list_type tags;
};

/* GetWebIdentityTokenResponse */
struct awsc_sts_get_web_identity_token_output {
    /* WebIdentityToken: A signed JSON Web Token (JWT) that represents the caller's
     * Amazon Web Services identity. */
    const char *web_identity_token;
    /* Expiration: The date and time when the web identity token expires, in UTC.
     * The expiration is determined by adding the DurationSeconds value to the time
     * the token was issued. */
    bool has_expiration;
    struct awsc_timestamp expiration;
};

/*
 * The request could not be fulfilled because the identity provider (IDP) that
 * was asked to verify the incoming identity token could not be reached. This
 * is often a transient error caused by network conditions. Retry the request a
 * limited number of times so that you don't exceed the request rate.
 */
struct awsc_sts_idp_communication_error_exception {
    /* message: */
    const char *message;
};

/*
 * The identity provider (IdP) reported that authentication failed. This might
 * be because the claim is invalid.
 */
struct awsc_sts_idp_rejected_claim_exception {
    /* message: */
    const char *message;
};

/*
 * The error returned if the message passed to DecodeAuthorizationMessage was
 * invalid. This can happen if the token contains invalid characters, such as
 * line breaks, or if the message has expired.
 */
struct awsc_sts_invalid_authorization_message_exception {
    /* message: */
    const char *message;
};

/*
 * The web identity token that was passed could not be validated by Amazon Web
 * Services. Get a new identity token from the identity provider and then retry
 * the request.
 */
struct awsc_sts_invalid_identity_token_exception {
    /* message: */
    const char *message;
};

/*
 * The requested token payload size exceeds the maximum allowed size. Reduce
 * the number of request tags included in the GetWebIdentityToken API call to
 * reduce the token payload size.
 */
struct awsc_sts_jwt_payload_size_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the policy document was malformed. The
 * error message describes the specific error.
 */
struct awsc_sts_malformed_policy_document_exception {
    /* message: */
    const char *message;
};

/*
 * The outbound web identity federation feature is not enabled for this
 * account. To use this feature, you must first enable it through the Amazon
 * Web Services Management Console or API.
 */
struct awsc_sts_outbound_web_identity_federation_disabled_exception {
    /* message: */
    const char *message;
};

/*
 * The request was rejected because the total packed size of the session
 * policies and session tags combined was too large. An Amazon Web Services
 * conversion compresses the session policy document, session policy ARNs, and
 * session tags into a packed binary format that has a separate limit.
 */
struct awsc_sts_packed_policy_too_large_exception {
    /* message: */
    const char *message;
};

/*
 * A reference to the IAM managed policy that is passed as a session policy for
 * a role session or a federated user session.
 */
struct awsc_sts_policy_descriptor_type {
    /* arn: The Amazon Resource Name (ARN) of the IAM managed policy to use as a
     * session policy for the role. */
    const char *arn;
};

/*
 * Contains information about the provided context. This includes the signed
 * and encrypted trusted context assertion and the context provider ARN from
 * which the trusted context assertion was generated.
 */
struct awsc_sts_provided_context {
    /* ProviderArn: The context provider ARN from which the trusted context
     * assertion was generated. */
    const char *provider_arn;
    /* ContextAssertion: The signed and encrypted trusted context assertion
     * generated by the context provider. The trusted context assertion is signed
     * and encrypted by Amazon Web Services STS. */
    const char *context_assertion;
};

/*
 * STS is not activated in the requested region for the account that is being
 * asked to generate credentials. The account administrator must use the IAM
 * console to activate STS in that region.
 */
struct awsc_sts_region_disabled_exception {
    /* message: */
    const char *message;
};

/*
 * The requested token duration would extend the session beyond its original
 * expiration time. You cannot use this operation to extend the lifetime of a
 * session beyond what was granted when the session was originally created.
 */
struct awsc_sts_session_duration_escalation_exception {
    /* message: */
    const char *message;
};

/*
 * You can pass custom key-value pair attributes when you assume a role or
 * federate a user. These are called session tags. You can then use the session
 * tags to control access to resources. For more information, see Tagging
 * Amazon Web Services STS Sessions in the IAM User Guide .
 */
struct awsc_sts_tag {
    /* Key: The key for a session tag. You can pass up to 50 session tags. The
     * plain text session tag keys can’t exceed 128 characters. Required. */
    const char *key;
    /* Value: The value for a session tag. You can pass up to 50 session tags. The
     * plain text session tag values can’t exceed 256 characters. Required. */
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * AssumeRole
 * Returns a set of temporary security credentials that you can use to access
 * Amazon Web Services resources. These temporary credentials consist of an
 * access key ID, a secret access key, and a security token. Typically, you use
 * AssumeRole within your account or for cross-account access.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_assume_role(struct awsc_client *client,
                                  const struct awsc_sts_assume_role_input *input,
                                  struct awsc_sts_assume_role_output **output,
                                  struct awsc_error *err);
typedef void awsc_sts_assume_role_cb(void *user_data,
                                     int status,
                                     struct awsc_sts_assume_role_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_sts_assume_role_async(struct awsc_client *client,
                                        const struct awsc_sts_assume_role_input *input,
                                        awsc_sts_assume_role_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * AssumeRoleWithSAML
 * Returns a set of temporary security credentials for users who have been
 * authenticated via a SAML authentication response.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_IDPREJECTED_CLAIM_EXCEPTION,
 *   AWSC_STS_ERR_INVALID_IDENTITY_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_assume_role_with_saml(struct awsc_client *client,
                                            const struct awsc_sts_assume_role_with_saml_input *input,
                                            struct awsc_sts_assume_role_with_saml_output **output,
                                            struct awsc_error *err);
typedef void awsc_sts_assume_role_with_saml_cb(void *user_data,
                                               int status,
                                               struct awsc_sts_assume_role_with_saml_output *output,
                                               struct awsc_error *err);
AWSC_API int awsc_sts_assume_role_with_saml_async(struct awsc_client *client,
                                                  const struct awsc_sts_assume_role_with_saml_input *input,
                                                  awsc_sts_assume_role_with_saml_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err);

/*
 * AssumeRoleWithWebIdentity
 * Returns a set of temporary security credentials for users who have been
 * authenticated in a mobile or web application with a web identity provider.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_IDPCOMMUNICATION_ERROR_EXCEPTION,
 *   AWSC_STS_ERR_IDPREJECTED_CLAIM_EXCEPTION,
 *   AWSC_STS_ERR_INVALID_IDENTITY_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_assume_role_with_web_identity(struct awsc_client *client,
                                                    const struct awsc_sts_assume_role_with_web_identity_input *input,
                                                    struct awsc_sts_assume_role_with_web_identity_output **output,
                                                    struct awsc_error *err);
typedef void awsc_sts_assume_role_with_web_identity_cb(void *user_data,
                                                       int status,
                                                       struct awsc_sts_assume_role_with_web_identity_output *output,
                                                       struct awsc_error *err);
AWSC_API int awsc_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                          const struct awsc_sts_assume_role_with_web_identity_input *input,
                                                          awsc_sts_assume_role_with_web_identity_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err);

/*
 * AssumeRoot
 * Returns a set of short term credentials you can use to perform privileged
 * tasks on a member account in your organization. You must use credentials
 * from an Organizations management account or a delegated administrator
 * account for IAM to call AssumeRoot .
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_assume_root(struct awsc_client *client,
                                  const struct awsc_sts_assume_root_input *input,
                                  struct awsc_sts_assume_root_output **output,
                                  struct awsc_error *err);
typedef void awsc_sts_assume_root_cb(void *user_data,
                                     int status,
                                     struct awsc_sts_assume_root_output *output,
                                     struct awsc_error *err);
AWSC_API int awsc_sts_assume_root_async(struct awsc_client *client,
                                        const struct awsc_sts_assume_root_input *input,
                                        awsc_sts_assume_root_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err);

/*
 * DecodeAuthorizationMessage
 * Decodes additional information about the authorization status of a request
 * from an encoded message returned in response to an Amazon Web Services
 * request.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_INVALID_AUTHORIZATION_MESSAGE_EXCEPTION
 */
AWSC_API int awsc_sts_decode_authorization_message(struct awsc_client *client,
                                                   const struct awsc_sts_decode_authorization_message_input *input,
                                                   struct awsc_sts_decode_authorization_message_output **output,
                                                   struct awsc_error *err);
typedef void awsc_sts_decode_authorization_message_cb(void *user_data,
                                                      int status,
                                                      struct awsc_sts_decode_authorization_message_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_sts_decode_authorization_message_async(struct awsc_client *client,
                                                         const struct awsc_sts_decode_authorization_message_input *input,
                                                         awsc_sts_decode_authorization_message_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * GetAccessKeyInfo
 * Returns the account identifier for the specified access key ID.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_sts_get_access_key_info(struct awsc_client *client,
                                          const struct awsc_sts_get_access_key_info_input *input,
                                          struct awsc_sts_get_access_key_info_output **output,
                                          struct awsc_error *err);
typedef void awsc_sts_get_access_key_info_cb(void *user_data,
                                             int status,
                                             struct awsc_sts_get_access_key_info_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sts_get_access_key_info_async(struct awsc_client *client,
                                                const struct awsc_sts_get_access_key_info_input *input,
                                                awsc_sts_get_access_key_info_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetCallerIdentity
 * Returns details about the IAM user or role whose credentials are used to
 * call the operation. No permissions are required to perform this operation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 */
AWSC_API int awsc_sts_get_caller_identity(struct awsc_client *client,
                                          const struct awsc_sts_get_caller_identity_input *input,
                                          struct awsc_sts_get_caller_identity_output **output,
                                          struct awsc_error *err);
typedef void awsc_sts_get_caller_identity_cb(void *user_data,
                                             int status,
                                             struct awsc_sts_get_caller_identity_output *output,
                                             struct awsc_error *err);
AWSC_API int awsc_sts_get_caller_identity_async(struct awsc_client *client,
                                                const struct awsc_sts_get_caller_identity_input *input,
                                                awsc_sts_get_caller_identity_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err);

/*
 * GetDelegatedAccessToken
 * Exchanges a trade-in token for temporary Amazon Web Services credentials
 * with the permissions associated with the assumed principal. This operation
 * allows you to obtain credentials for a specific principal based on a
 * trade-in token, enabling delegation of access to Amazon Web Services
 * resources.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_EXPIRED_TRADE_IN_TOKEN_EXCEPTION,
 *   AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_get_delegated_access_token(struct awsc_client *client,
                                                 const struct awsc_sts_get_delegated_access_token_input *input,
                                                 struct awsc_sts_get_delegated_access_token_output **output,
                                                 struct awsc_error *err);
typedef void awsc_sts_get_delegated_access_token_cb(void *user_data,
                                                    int status,
                                                    struct awsc_sts_get_delegated_access_token_output *output,
                                                    struct awsc_error *err);
AWSC_API int awsc_sts_get_delegated_access_token_async(struct awsc_client *client,
                                                       const struct awsc_sts_get_delegated_access_token_input *input,
                                                       awsc_sts_get_delegated_access_token_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err);

/*
 * GetFederationToken
 * Returns a set of temporary security credentials (consisting of an access key
 * ID, a secret access key, and a security token) for a user. A typical use is
 * in a proxy application that gets temporary security credentials on behalf of
 * distributed applications inside a corporate network.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION,
 *   AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION,
 *   AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_get_federation_token(struct awsc_client *client,
                                           const struct awsc_sts_get_federation_token_input *input,
                                           struct awsc_sts_get_federation_token_output **output,
                                           struct awsc_error *err);
typedef void awsc_sts_get_federation_token_cb(void *user_data,
                                              int status,
                                              struct awsc_sts_get_federation_token_output *output,
                                              struct awsc_error *err);
AWSC_API int awsc_sts_get_federation_token_async(struct awsc_client *client,
                                                 const struct awsc_sts_get_federation_token_input *input,
                                                 awsc_sts_get_federation_token_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * GetSessionToken
 * Returns a set of temporary credentials for an Amazon Web Services account or
 * IAM user. The credentials consist of an access key ID, a secret access key,
 * and a security token.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_REGION_DISABLED_EXCEPTION
 */
AWSC_API int awsc_sts_get_session_token(struct awsc_client *client,
                                        const struct awsc_sts_get_session_token_input *input,
                                        struct awsc_sts_get_session_token_output **output,
                                        struct awsc_error *err);
typedef void awsc_sts_get_session_token_cb(void *user_data,
                                           int status,
                                           struct awsc_sts_get_session_token_output *output,
                                           struct awsc_error *err);
AWSC_API int awsc_sts_get_session_token_async(struct awsc_client *client,
                                              const struct awsc_sts_get_session_token_input *input,
                                              awsc_sts_get_session_token_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/*
 * GetWebIdentityToken
 * Returns a signed JSON Web Token (JWT) that represents the calling Amazon Web
 * Services identity. The returned JWT can be used to authenticate with
 * external services that support OIDC discovery.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_STS_ERR_JWTPAYLOAD_SIZE_EXCEEDED_EXCEPTION,
 *   AWSC_STS_ERR_OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION,
 *   AWSC_STS_ERR_SESSION_DURATION_ESCALATION_EXCEPTION
 */
AWSC_API int awsc_sts_get_web_identity_token(struct awsc_client *client,
                                             const struct awsc_sts_get_web_identity_token_input *input,
                                             struct awsc_sts_get_web_identity_token_output **output,
                                             struct awsc_error *err);
typedef void awsc_sts_get_web_identity_token_cb(void *user_data,
                                                int status,
                                                struct awsc_sts_get_web_identity_token_output *output,
                                                struct awsc_error *err);
AWSC_API int awsc_sts_get_web_identity_token_async(struct awsc_client *client,
                                                   const struct awsc_sts_get_web_identity_token_input *input,
                                                   awsc_sts_get_web_identity_token_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err);

/* --------------------------------------------------------------- errors */

#define AWSC_STS_ERR_EXPIRED_TOKEN_EXCEPTION "ExpiredTokenException"
#define AWSC_STS_ERR_EXPIRED_TRADE_IN_TOKEN_EXCEPTION "ExpiredTradeInTokenException"
#define AWSC_STS_ERR_IDPCOMMUNICATION_ERROR_EXCEPTION "IDPCommunicationError"
#define AWSC_STS_ERR_IDPREJECTED_CLAIM_EXCEPTION "IDPRejectedClaim"
#define AWSC_STS_ERR_INVALID_AUTHORIZATION_MESSAGE_EXCEPTION "InvalidAuthorizationMessageException"
#define AWSC_STS_ERR_INVALID_IDENTITY_TOKEN_EXCEPTION "InvalidIdentityToken"
#define AWSC_STS_ERR_JWTPAYLOAD_SIZE_EXCEEDED_EXCEPTION "JWTPayloadSizeExceededException"
#define AWSC_STS_ERR_MALFORMED_POLICY_DOCUMENT_EXCEPTION "MalformedPolicyDocument"
#define AWSC_STS_ERR_OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED_EXCEPTION "OutboundWebIdentityFederationDisabledException"
#define AWSC_STS_ERR_PACKED_POLICY_TOO_LARGE_EXCEPTION "PackedPolicyTooLarge"
#define AWSC_STS_ERR_REGION_DISABLED_EXCEPTION "RegionDisabledException"
#define AWSC_STS_ERR_SESSION_DURATION_ESCALATION_EXCEPTION "SessionDurationEscalationException"

#ifdef __cplusplus
}
#endif
#endif
