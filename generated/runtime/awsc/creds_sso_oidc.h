/*
 * awsc/creds_sso_oidc.h - AWS SSO OIDC (SSO OIDC, API 2019-06-10).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_CREDS_SSO_OIDC_H
#define AWSC_CREDS_SSO_OIDC_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_creds_sso_oidc_service() to awsc_client_new(), or use
 * awsc_creds_sso_oidc_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
const struct awsc_service *awsc_creds_sso_oidc_service(void);

static inline int awsc_creds_sso_oidc_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_creds_sso_oidc_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AccessDeniedExceptionReason: members of this type are strings; parse them with
 * awsc_creds_sso_oidc_access_denied_exception_reason_parse(). Values newer than this model parse as
 * AWSC_CREDS_SSO_OIDC_ACCESS_DENIED_EXCEPTION_REASON_UNKNOWN. */
enum awsc_creds_sso_oidc_access_denied_exception_reason {
    AWSC_CREDS_SSO_OIDC_ACCESS_DENIED_EXCEPTION_REASON_UNKNOWN = 0,
    AWSC_CREDS_SSO_OIDC_ACCESS_DENIED_EXCEPTION_REASON_KMS_ACCESS_DENIED_EXCEPTION = 1 /* KMS_AccessDeniedException */
};
enum awsc_creds_sso_oidc_access_denied_exception_reason awsc_creds_sso_oidc_access_denied_exception_reason_parse(const char *value);
const char *awsc_creds_sso_oidc_access_denied_exception_reason_str(enum awsc_creds_sso_oidc_access_denied_exception_reason value);

/* InvalidRequestExceptionReason: members of this type are strings; parse them with
 * awsc_creds_sso_oidc_invalid_request_exception_reason_parse(). Values newer than this model parse as
 * AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_UNKNOWN. */
enum awsc_creds_sso_oidc_invalid_request_exception_reason {
    AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_UNKNOWN = 0,
    AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_KMS_NOT_FOUND_EXCEPTION = 1, /* KMS_NotFoundException */
    AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_KMS_INVALID_KEY_USAGE_EXCEPTION = 2, /* KMS_InvalidKeyUsageException */
    AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_KMS_INVALID_STATE_EXCEPTION = 3, /* KMS_InvalidStateException */
    AWSC_CREDS_SSO_OIDC_INVALID_REQUEST_EXCEPTION_REASON_KMS_DISABLED_EXCEPTION = 4 /* KMS_DisabledException */
};
enum awsc_creds_sso_oidc_invalid_request_exception_reason awsc_creds_sso_oidc_invalid_request_exception_reason_parse(const char *value);
const char *awsc_creds_sso_oidc_invalid_request_exception_reason_str(enum awsc_creds_sso_oidc_invalid_request_exception_reason value);

/* ----------------------------------------------------------- structures */

struct awsc_creds_sso_oidc_access_denied_exception;
struct awsc_creds_sso_oidc_authorization_pending_exception;
struct awsc_creds_sso_oidc_create_token_input;
struct awsc_creds_sso_oidc_create_token_output;
struct awsc_creds_sso_oidc_expired_token_exception;
struct awsc_creds_sso_oidc_internal_server_exception;
struct awsc_creds_sso_oidc_invalid_client_exception;
struct awsc_creds_sso_oidc_invalid_client_metadata_exception;
struct awsc_creds_sso_oidc_invalid_grant_exception;
struct awsc_creds_sso_oidc_invalid_redirect_uri_exception;
struct awsc_creds_sso_oidc_invalid_request_exception;
struct awsc_creds_sso_oidc_invalid_request_region_exception;
struct awsc_creds_sso_oidc_invalid_scope_exception;
struct awsc_creds_sso_oidc_slow_down_exception;
struct awsc_creds_sso_oidc_unauthorized_client_exception;
struct awsc_creds_sso_oidc_unsupported_grant_type_exception;

/* Scopes: a list of Scope. */
struct awsc_creds_sso_oidc_scopes {
    const char **items;
    size_t count;
};

/* AccessDeniedException */
struct awsc_creds_sso_oidc_access_denied_exception {
    /* error: */
    const char *error;
    /* reason:  One of enum awsc_creds_sso_oidc_access_denied_exception_reason's
     * values (as its string). */
    const char *reason;
    /* error_description: */
    const char *error_description;
};

/* AuthorizationPendingException */
struct awsc_creds_sso_oidc_authorization_pending_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* CreateTokenRequest */
struct awsc_creds_sso_oidc_create_token_input {
    /* clientId:  Required. */
    const char *client_id;
    /* clientSecret:  Required. */
    const char *client_secret;
    /* grantType:  Required. */
    const char *grant_type;
    /* deviceCode: */
    const char *device_code;
    /* code: */
    const char *code;
    /* refreshToken: */
    const char *refresh_token;
    /* scope: */
    struct awsc_creds_sso_oidc_scopes scope;
    /* redirectUri: */
    const char *redirect_uri;
    /* codeVerifier: */
    const char *code_verifier;
};

/* CreateTokenResponse */
struct awsc_creds_sso_oidc_create_token_output {
    /* accessToken: */
    const char *access_token;
    /* tokenType: */
    const char *token_type;
    /* expiresIn: */
    bool has_expires_in;
    int32_t expires_in;
    /* refreshToken: */
    const char *refresh_token;
    /* idToken: */
    const char *id_token;
};

/* ExpiredTokenException */
struct awsc_creds_sso_oidc_expired_token_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InternalServerException */
struct awsc_creds_sso_oidc_internal_server_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InvalidClientException */
struct awsc_creds_sso_oidc_invalid_client_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InvalidClientMetadataException */
struct awsc_creds_sso_oidc_invalid_client_metadata_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InvalidGrantException */
struct awsc_creds_sso_oidc_invalid_grant_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InvalidRedirectUriException */
struct awsc_creds_sso_oidc_invalid_redirect_uri_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* InvalidRequestException */
struct awsc_creds_sso_oidc_invalid_request_exception {
    /* error: */
    const char *error;
    /* reason:  One of enum awsc_creds_sso_oidc_invalid_request_exception_reason's
     * values (as its string). */
    const char *reason;
    /* error_description: */
    const char *error_description;
};

/* InvalidRequestRegionException */
struct awsc_creds_sso_oidc_invalid_request_region_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
    /* endpoint: */
    const char *endpoint;
    /* region: */
    const char *region;
};

/* InvalidScopeException */
struct awsc_creds_sso_oidc_invalid_scope_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* SlowDownException */
struct awsc_creds_sso_oidc_slow_down_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* UnauthorizedClientException */
struct awsc_creds_sso_oidc_unauthorized_client_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* UnsupportedGrantTypeException */
struct awsc_creds_sso_oidc_unsupported_grant_type_exception {
    /* error: */
    const char *error;
    /* error_description: */
    const char *error_description;
};

/* ----------------------------------------------------------- operations */

/*
 * CreateToken
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CREDS_SSO_OIDC_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_AUTHORIZATION_PENDING_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_EXPIRED_TOKEN_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_INVALID_CLIENT_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_INVALID_GRANT_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_INVALID_REQUEST_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_INVALID_SCOPE_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_SLOW_DOWN_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_UNAUTHORIZED_CLIENT_EXCEPTION,
 *   AWSC_CREDS_SSO_OIDC_ERR_UNSUPPORTED_GRANT_TYPE_EXCEPTION
 */
int awsc_creds_sso_oidc_create_token(struct awsc_client *client,
                                     const struct awsc_creds_sso_oidc_create_token_input *input,
                                     struct awsc_creds_sso_oidc_create_token_output **output,
                                     struct awsc_error *err);
typedef void awsc_creds_sso_oidc_create_token_cb(void *user_data,
                                                 int status,
                                                 struct awsc_creds_sso_oidc_create_token_output *output,
                                                 struct awsc_error *err);
int awsc_creds_sso_oidc_create_token_async(struct awsc_client *client,
                                           const struct awsc_creds_sso_oidc_create_token_input *input,
                                           awsc_creds_sso_oidc_create_token_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err);

/* --------------------------------------------------------------- errors */

#define AWSC_CREDS_SSO_OIDC_ERR_ACCESS_DENIED_EXCEPTION "AccessDeniedException"
#define AWSC_CREDS_SSO_OIDC_ERR_AUTHORIZATION_PENDING_EXCEPTION "AuthorizationPendingException"
#define AWSC_CREDS_SSO_OIDC_ERR_EXPIRED_TOKEN_EXCEPTION "ExpiredTokenException"
#define AWSC_CREDS_SSO_OIDC_ERR_INTERNAL_SERVER_EXCEPTION "InternalServerException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_CLIENT_EXCEPTION "InvalidClientException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_CLIENT_METADATA_EXCEPTION "InvalidClientMetadataException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_GRANT_EXCEPTION "InvalidGrantException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_REDIRECT_URI_EXCEPTION "InvalidRedirectUriException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_REQUEST_EXCEPTION "InvalidRequestException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_REQUEST_REGION_EXCEPTION "InvalidRequestRegionException"
#define AWSC_CREDS_SSO_OIDC_ERR_INVALID_SCOPE_EXCEPTION "InvalidScopeException"
#define AWSC_CREDS_SSO_OIDC_ERR_SLOW_DOWN_EXCEPTION "SlowDownException"
#define AWSC_CREDS_SSO_OIDC_ERR_UNAUTHORIZED_CLIENT_EXCEPTION "UnauthorizedClientException"
#define AWSC_CREDS_SSO_OIDC_ERR_UNSUPPORTED_GRANT_TYPE_EXCEPTION "UnsupportedGrantTypeException"

#ifdef __cplusplus
}
#endif
#endif
