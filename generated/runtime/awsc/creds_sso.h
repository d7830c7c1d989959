/*
 * awsc/creds_sso.h - AWS Single Sign-On (SSO, API 2019-06-10).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_CREDS_SSO_H
#define AWSC_CREDS_SSO_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_creds_sso_service() to awsc_client_new(), or use
 * awsc_creds_sso_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
const struct awsc_service *awsc_creds_sso_service(void);

static inline int awsc_creds_sso_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_creds_sso_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* ----------------------------------------------------------- structures */

struct awsc_creds_sso_get_role_credentials_input;
struct awsc_creds_sso_get_role_credentials_output;
struct awsc_creds_sso_invalid_request_exception;
struct awsc_creds_sso_resource_not_found_exception;
struct awsc_creds_sso_role_credentials;
struct awsc_creds_sso_too_many_requests_exception;
struct awsc_creds_sso_unauthorized_exception;

/* GetRoleCredentialsRequest */
struct awsc_creds_sso_get_role_credentials_input {
    /* roleName:  Required. */
    const char *role_name;
    /* accountId:  Required. */
    const char *account_id;
    /* accessToken:  Required. */
    const char *access_token;
};

/* GetRoleCredentialsResponse */
struct awsc_creds_sso_get_role_credentials_output {
    /* roleCredentials: */
    struct awsc_creds_sso_role_credentials *role_credentials;
};

/* InvalidRequestException */
struct awsc_creds_sso_invalid_request_exception {
    /* message: */
    const char *message;
};

/* ResourceNotFoundException */
struct awsc_creds_sso_resource_not_found_exception {
    /* message: */
    const char *message;
};

/* RoleCredentials */
struct awsc_creds_sso_role_credentials {
    /* accessKeyId: */
    const char *access_key_id;
    /* secretAccessKey: */
    const char *secret_access_key;
    /* sessionToken: */
    const char *session_token;
    /* expiration: */
    bool has_expiration;
    int64_t expiration;
};

/* TooManyRequestsException */
struct awsc_creds_sso_too_many_requests_exception {
    /* message: */
    const char *message;
};

/* UnauthorizedException */
struct awsc_creds_sso_unauthorized_exception {
    /* message: */
    const char *message;
};

/* ----------------------------------------------------------- operations */

/*
 * GetRoleCredentials
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_CREDS_SSO_ERR_INVALID_REQUEST_EXCEPTION,
 *   AWSC_CREDS_SSO_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_CREDS_SSO_ERR_TOO_MANY_REQUESTS_EXCEPTION,
 *   AWSC_CREDS_SSO_ERR_UNAUTHORIZED_EXCEPTION
 */
int awsc_creds_sso_get_role_credentials(struct awsc_client *client,
                                        const struct awsc_creds_sso_get_role_credentials_input *input,
                                        struct awsc_creds_sso_get_role_credentials_output **output,
                                        struct awsc_error *err);
typedef void awsc_creds_sso_get_role_credentials_cb(void *user_data,
                                                    int status,
                                                    struct awsc_creds_sso_get_role_credentials_output *output,
                                                    struct awsc_error *err);
int awsc_creds_sso_get_role_credentials_async(struct awsc_client *client,
                                              const struct awsc_creds_sso_get_role_credentials_input *input,
                                              awsc_creds_sso_get_role_credentials_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err);

/* --------------------------------------------------------------- errors */

#define AWSC_CREDS_SSO_ERR_INVALID_REQUEST_EXCEPTION "InvalidRequestException"
#define AWSC_CREDS_SSO_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_CREDS_SSO_ERR_TOO_MANY_REQUESTS_EXCEPTION "TooManyRequestsException"
#define AWSC_CREDS_SSO_ERR_UNAUTHORIZED_EXCEPTION "UnauthorizedException"

#ifdef __cplusplus
}
#endif
#endif
