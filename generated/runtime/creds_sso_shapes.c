/*
 * creds_sso_shapes.c - shape descriptors of SSO.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/creds_sso.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */

static const struct awsc_shape s_AccessKeyType;
static const struct awsc_shape s_AccessTokenType;
static const struct awsc_shape s_AccountIdType;
static const struct awsc_shape s_ErrorDescription;
static const struct awsc_shape s_ExpirationTimestampType;
extern const struct awsc_shape awsc__creds_sso_GetRoleCredentialsRequest;
extern const struct awsc_shape awsc__creds_sso_GetRoleCredentialsResponse;
extern const struct awsc_shape awsc__creds_sso_InvalidRequestException;
extern const struct awsc_shape awsc__creds_sso_ResourceNotFoundException;
static const struct awsc_shape s_RoleCredentials;
static const struct awsc_shape s_RoleNameType;
static const struct awsc_shape s_SecretAccessKeyType;
static const struct awsc_shape s_SessionTokenType;
extern const struct awsc_shape awsc__creds_sso_TooManyRequestsException;
extern const struct awsc_shape awsc__creds_sso_UnauthorizedException;

static const struct awsc_member awsc__creds_sso_GetRoleCredentialsRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"roleName\0" "role_name", &s_RoleNameType, offsetof(struct awsc_creds_sso_get_role_credentials_input, role_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"accountId\0" "account_id", &s_AccountIdType, offsetof(struct awsc_creds_sso_get_role_credentials_input, account_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"accessToken\0" "x-amz-sso_bearer_token", &s_AccessTokenType, offsetof(struct awsc_creds_sso_get_role_credentials_input, access_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_GetRoleCredentialsRequest_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__creds_sso_GetRoleCredentialsResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"roleCredentials", &s_RoleCredentials, offsetof(struct awsc_creds_sso_get_role_credentials_output, role_credentials), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_GetRoleCredentialsResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sso_InvalidRequestException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorDescription, offsetof(struct awsc_creds_sso_invalid_request_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_InvalidRequestException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sso_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorDescription, offsetof(struct awsc_creds_sso_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_RoleCredentials_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"accessKeyId", &s_AccessKeyType, offsetof(struct awsc_creds_sso_role_credentials, access_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"secretAccessKey", &s_SecretAccessKeyType, offsetof(struct awsc_creds_sso_role_credentials, secret_access_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sessionToken", &s_SessionTokenType, offsetof(struct awsc_creds_sso_role_credentials, session_token), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"expiration", &s_ExpirationTimestampType, offsetof(struct awsc_creds_sso_role_credentials, expiration), offsetof(struct awsc_creds_sso_role_credentials, has_expiration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_RoleCredentials_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member awsc__creds_sso_TooManyRequestsException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorDescription, offsetof(struct awsc_creds_sso_too_many_requests_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_TooManyRequestsException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__creds_sso_UnauthorizedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_ErrorDescription, offsetof(struct awsc_creds_sso_unauthorized_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__creds_sso_UnauthorizedException_by_wire_name[] = { 0 };

static const struct awsc_shape s_AccessKeyType = {
    .name = "AccessKeyType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccessTokenType = {
    .name = "AccessTokenType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AccountIdType = {
    .name = "AccountIdType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ErrorDescription = {
    .name = "ErrorDescription",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_ExpirationTimestampType = {
    .name = "ExpirationTimestampType",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

const struct awsc_shape awsc__creds_sso_GetRoleCredentialsRequest = {
    .name = "GetRoleCredentialsRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sso_get_role_credentials_input),
    .members = awsc__creds_sso_GetRoleCredentialsRequest_members,
    .member_count = 3,
    .by_wire_name = awsc__creds_sso_GetRoleCredentialsRequest_by_wire_name,
};

const struct awsc_shape awsc__creds_sso_GetRoleCredentialsResponse = {
    .name = "GetRoleCredentialsResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sso_get_role_credentials_output),
    .members = awsc__creds_sso_GetRoleCredentialsResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sso_GetRoleCredentialsResponse_by_wire_name,
};

const struct awsc_shape awsc__creds_sso_InvalidRequestException = {
    .name = "InvalidRequestException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_invalid_request_exception),
    .members = awsc__creds_sso_InvalidRequestException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sso_InvalidRequestException_by_wire_name,
    .error_code = "InvalidRequestException",
    .http_status = 400,
};

const struct awsc_shape awsc__creds_sso_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_resource_not_found_exception),
    .members = awsc__creds_sso_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sso_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_RoleCredentials = {
    .name = "RoleCredentials",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_creds_sso_role_credentials),
    .members = s_RoleCredentials_members,
    .member_count = 4,
    .by_wire_name = s_RoleCredentials_by_wire_name,
};

static const struct awsc_shape s_RoleNameType = {
    .name = "RoleNameType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SecretAccessKeyType = {
    .name = "SecretAccessKeyType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SessionTokenType = {
    .name = "SessionTokenType",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__creds_sso_TooManyRequestsException = {
    .name = "TooManyRequestsException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_too_many_requests_exception),
    .members = awsc__creds_sso_TooManyRequestsException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sso_TooManyRequestsException_by_wire_name,
    .error_code = "TooManyRequestsException",
    .http_status = 429,
};

const struct awsc_shape awsc__creds_sso_UnauthorizedException = {
    .name = "UnauthorizedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_creds_sso_unauthorized_exception),
    .members = awsc__creds_sso_UnauthorizedException_members,
    .member_count = 1,
    .by_wire_name = awsc__creds_sso_UnauthorizedException_by_wire_name,
    .error_code = "UnauthorizedException",
    .http_status = 401,
};
