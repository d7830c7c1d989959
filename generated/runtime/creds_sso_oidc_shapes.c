/*
 * creds_sso_oidc_shapes.c - shape descriptors of SSO OIDC.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sso_oidc.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_creds_sso_oidc_scopes, count) == offsetof(struct awsc_list_view, count), "Scopes");

extern const struct awsc_shape awsc__creds_sso_oidc_AccessDeniedException;
static const struct awsc_shape s_AccessDeniedExceptionReason;
static const struct awsc_shape s_AccessToken;
static const struct awsc_shape s_AuthCode;
extern const struct awsc_shape awsc__creds_sso_oidc_AuthorizationPendingException;
static const struct awsc_shape s_ClientId;
static const struct awsc_shape s_ClientSecret;
static const struct awsc_shape s_CodeVerifier;
extern const struct awsc_shape awsc__creds_sso_oidc_CreateTokenRequest;
extern const struct awsc_shape awsc__creds_sso_oidc_CreateTokenResponse;
static const struct awsc_shape s_DeviceCode;
static const struct awsc_shape s_Error;
static const struct awsc_shape s_ErrorDescription;
static const struct awsc_shape s_ExpirationInSeconds;
extern const struct awsc_shape awsc__creds_sso_oidc_ExpiredTokenException;
static const struct awsc_shape s_GrantType;
static const struct awsc_shape s_IdToken;
extern const struct awsc_shape awsc__creds_sso_oidc_InternalServerException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidClientException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidClientMetadataException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidGrantException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidRedirectUriException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidRequestException;
static const struct awsc_shape s_InvalidRequestExceptionReason;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidRequestRegionException;
extern const struct awsc_shape awsc__creds_sso_oidc_InvalidScopeException;
static const struct awsc_shape s_Location;
static const struct awsc_shape s_RefreshToken;
static const struct awsc_shape s_Region;
static const struct awsc_shape s_Scope;
static const struct awsc_shape s_Scopes;
extern const struct awsc_shape awsc__creds_sso_oidc_SlowDownException;
static const struct awsc_shape s_TokenType;
static const struct awsc_shape s_URI;
extern const struct awsc_shape awsc__creds_sso_oidc_UnauthorizedClientException;
extern const struct awsc_shape awsc__creds_sso_oidc_UnsupportedGrantTypeException;

/* one after the other, each ending with its NUL */
static const char s_AccessDeniedExceptionReason_values[] =
    "KMS_AccessDeniedException\0";

enum awsc_creds_sso_oidc_access_denied_exception_reason awsc_creds_sso_oidc_access_denied_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_access_denied_exception_reason)awsc_enum_parse(s_AccessDeniedExceptionReason_values, 1, value);
}

const char *awsc_creds_sso_oidc_access_denied_exception_reason_str(enum awsc_creds_sso_oidc_access_denied_exception_reason value)
{
    return awsc_enum_str(s_AccessDeniedExceptionReason_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_InvalidRequestExceptionReason_values[] =
    "KMS_NotFoundException\0"
    "KMS_InvalidKeyUsageException\0"
    "KMS_InvalidStateException\0"
    "KMS_DisabledException\0";

enum awsc_creds_sso_oidc_invalid_request_exception_reason awsc_creds_sso_oidc_invalid_request_exception_reason_parse(const char *value)
{
    return (enum awsc_creds_sso_oidc_invalid_request_exception_reason)awsc_enum_parse(s_InvalidRequestExceptionReason_values, 4, value);
}

const char *awsc_creds_sso_oidc_invalid_request_exception_reason_str(enum awsc_creds_sso_oidc_invalid_request_exception_reason value)
{
    return awsc_enum_str(s_InvalidRequestExceptionReason_values, 4, (int)value);
}

static const struct awsc_member awsc__creds_sso_oidc_AccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"reason", &s_AccessDeniedExceptionReason, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_access_denied_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_AccessDeniedException_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__creds_sso_oidc_AuthorizationPendingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_authorization_pending_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_AuthorizationPendingException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_CreateTokenRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"clientId", &s_ClientId, offsetof(struct awsc_creds_sso_oidc_create_token_input, client_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"clientSecret", &s_ClientSecret, offsetof(struct awsc_creds_sso_oidc_create_token_input, client_secret), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"grantType", &s_GrantType, offsetof(struct awsc_creds_sso_oidc_create_token_input, grant_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"deviceCode", &s_DeviceCode, offsetof(struct awsc_creds_sso_oidc_create_token_input, device_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"code", &s_AuthCode, offsetof(struct awsc_creds_sso_oidc_create_token_input, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"refreshToken", &s_RefreshToken, offsetof(struct awsc_creds_sso_oidc_create_token_input, refresh_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"scope", &s_Scopes, offsetof(struct awsc_creds_sso_oidc_create_token_input, scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"redirectUri", &s_URI, offsetof(struct awsc_creds_sso_oidc_create_token_input, redirect_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"codeVerifier", &s_CodeVerifier, offsetof(struct awsc_creds_sso_oidc_create_token_input, code_verifier), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_CreateTokenRequest_by_wire_name[] = { 0, 1, 4, 8, 3, 2, 7, 5, 6 };

static const struct awsc_member awsc__creds_sso_oidc_CreateTokenResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"accessToken", &s_AccessToken, offsetof(struct awsc_creds_sso_oidc_create_token_output, access_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"tokenType", &s_TokenType, offsetof(struct awsc_creds_sso_oidc_create_token_output, token_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"expiresIn", &s_ExpirationInSeconds, offsetof(struct awsc_creds_sso_oidc_create_token_output, expires_in), offsetof(struct awsc_creds_sso_oidc_create_token_output, has_expires_in), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"refreshToken", &s_RefreshToken, offsetof(struct awsc_creds_sso_oidc_create_token_output, refresh_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"idToken", &s_IdToken, offsetof(struct awsc_creds_sso_oidc_create_token_output, id_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_CreateTokenResponse_by_wire_name[] = { 0, 2, 4, 3, 1 };

static const struct awsc_member awsc__creds_sso_oidc_ExpiredTokenException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_expired_token_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_ExpiredTokenException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InternalServerException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_internal_server_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InternalServerException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidClientException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_client_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidClientException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidClientMetadataException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidClientMetadataException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidGrantException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_grant_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidGrantException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidRedirectUriException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidRedirectUriException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidRequestException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"reason", &s_InvalidRequestExceptionReason, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_request_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidRequestException_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidRequestRegionException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"endpoint", &s_Location, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, endpoint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"region", &s_Region, offsetof(struct awsc_creds_sso_oidc_invalid_request_region_exception, region), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidRequestRegionException_by_wire_name[] = { 2, 0, 1, 3 };

static const struct awsc_member awsc__creds_sso_oidc_InvalidScopeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_invalid_scope_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_InvalidScopeException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_SlowDownException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_slow_down_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_SlowDownException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_UnauthorizedClientException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_unauthorized_client_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_UnauthorizedClientException_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__creds_sso_oidc_UnsupportedGrantTypeException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"error", &s_Error, offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error_description", &s_ErrorDescription, offsetof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception, error_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_oidc_UnsupportedGrantTypeException_by_wire_name[] = { 0, 1 };

const struct awsc_shape awsc__creds_sso_oidc_AccessDeniedException = {
    .name = "AccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_access_denied_exception),
    .members = awsc__creds_sso_oidc_AccessDeniedException_members,
    .member_count = 3,
    .by_wire_name = awsc__creds_sso_oidc_AccessDeniedException_by_wire_name,
    .error_code = "AccessDeniedException",
    .http_status = 400,
};

static const struct awsc_shape s_AccessDeniedExceptionReason = {
    .name = "AccessDeniedExceptionReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AccessDeniedExceptionReason_values,
    .enum_count = 1,
};

static const struct awsc_shape s_AccessToken = {
    .name = "AccessToken",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AuthCode = {
    .name = "AuthCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sso_oidc_AuthorizationPendingException = {
    .name = "AuthorizationPendingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_authorization_pending_exception),
    .members = awsc__creds_sso_oidc_AuthorizationPendingException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_AuthorizationPendingException_by_wire_name,
    .error_code = "AuthorizationPendingException",
    .http_status = 400,
};

static const struct awsc_shape s_ClientId = {
    .name = "ClientId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ClientSecret = {
    .name = "ClientSecret",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_CodeVerifier = {
    .name = "CodeVerifier",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sso_oidc_CreateTokenRequest = {
    .name = "CreateTokenRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sso_oidc_create_token_input),
    .members = awsc__creds_sso_oidc_CreateTokenRequest_members,
    .member_count = 9,
    .by_wire_name = awsc__creds_sso_oidc_CreateTokenRequest_by_wire_name,
};

const struct awsc_shape awsc__creds_sso_oidc_CreateTokenResponse = {
    .name = "CreateTokenResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sso_oidc_create_token_output),
    .members = awsc__creds_sso_oidc_CreateTokenResponse_members,
    .member_count = 5,
    .by_wire_name = awsc__creds_sso_oidc_CreateTokenResponse_by_wire_name,
};

static const struct awsc_shape s_DeviceCode = {
    .name = "DeviceCode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Error = {
    .name = "Error",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorDescription = {
    .name = "ErrorDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExpirationInSeconds = {
    .name = "ExpirationInSeconds",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__creds_sso_oidc_ExpiredTokenException = {
    .name = "ExpiredTokenException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_expired_token_exception),
    .members = awsc__creds_sso_oidc_ExpiredTokenException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_ExpiredTokenException_by_wire_name,
    .error_code = "ExpiredTokenException",
    .http_status = 400,
};

static const struct awsc_shape s_GrantType = {
    .name = "GrantType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_IdToken = {
    .name = "IdToken",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sso_oidc_InternalServerException = {
    .name = "InternalServerException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_internal_server_exception),
    .members = awsc__creds_sso_oidc_InternalServerException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InternalServerException_by_wire_name,
    .error_code = "InternalServerException",
    .http_status = 500,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidClientException = {
    .name = "InvalidClientException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_exception),
    .members = awsc__creds_sso_oidc_InvalidClientException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InvalidClientException_by_wire_name,
    .error_code = "InvalidClientException",
    .http_status = 401,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidClientMetadataException = {
    .name = "InvalidClientMetadataException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_client_metadata_exception),
    .members = awsc__creds_sso_oidc_InvalidClientMetadataException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InvalidClientMetadataException_by_wire_name,
    .error_code = "InvalidClientMetadataException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidGrantException = {
    .name = "InvalidGrantException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_grant_exception),
    .members = awsc__creds_sso_oidc_InvalidGrantException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InvalidGrantException_by_wire_name,
    .error_code = "InvalidGrantException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidRedirectUriException = {
    .name = "InvalidRedirectUriException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_redirect_uri_exception),
    .members = awsc__creds_sso_oidc_InvalidRedirectUriException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InvalidRedirectUriException_by_wire_name,
    .error_code = "InvalidRedirectUriException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidRequestException = {
    .name = "InvalidRequestException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_exception),
    .members = awsc__creds_sso_oidc_InvalidRequestException_members,
    .member_count = 3,
    .by_wire_name = awsc__creds_sso_oidc_InvalidRequestException_by_wire_name,
    .error_code = "InvalidRequestException",
    .http_status = 400,
};

static const struct awsc_shape s_InvalidRequestExceptionReason = {
    .name = "InvalidRequestExceptionReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_InvalidRequestExceptionReason_values,
    .enum_count = 4,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidRequestRegionException = {
    .name = "InvalidRequestRegionException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_request_region_exception),
    .members = awsc__creds_sso_oidc_InvalidRequestRegionException_members,
    .member_count = 4,
    .by_wire_name = awsc__creds_sso_oidc_InvalidRequestRegionException_by_wire_name,
    .error_code = "InvalidRequestRegionException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_oidc_InvalidScopeException = {
    .name = "InvalidScopeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_invalid_scope_exception),
    .members = awsc__creds_sso_oidc_InvalidScopeException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_InvalidScopeException_by_wire_name,
    .error_code = "InvalidScopeException",
    .http_status = 400,
};

static const struct awsc_shape s_Location = {
    .name = "Location",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_RefreshToken = {
    .name = "RefreshToken",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Region = {
    .name = "Region",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Scope = {
    .name = "Scope",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_Scopes = {
    .name = "Scopes",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_creds_sso_oidc_scopes),
    .item = &s_Scope,
};

const struct awsc_shape awsc__creds_sso_oidc_SlowDownException = {
    .name = "SlowDownException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_slow_down_exception),
    .members = awsc__creds_sso_oidc_SlowDownException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_SlowDownException_by_wire_name,
    .error_code = "SlowDownException",
    .http_status = 400,
};

static const struct awsc_shape s_TokenType = {
    .name = "TokenType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_URI = {
    .name = "URI",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sso_oidc_UnauthorizedClientException = {
    .name = "UnauthorizedClientException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_unauthorized_client_exception),
    .members = awsc__creds_sso_oidc_UnauthorizedClientException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_UnauthorizedClientException_by_wire_name,
    .error_code = "UnauthorizedClientException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_oidc_UnsupportedGrantTypeException = {
    .name = "UnsupportedGrantTypeException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_oidc_unsupported_grant_type_exception),
    .members = awsc__creds_sso_oidc_UnsupportedGrantTypeException_members,
    .member_count = 2,
    .by_wire_name = awsc__creds_sso_oidc_UnsupportedGrantTypeException_by_wire_name,
    .error_code = "UnsupportedGrantTypeException",
    .http_status = 400,
};
