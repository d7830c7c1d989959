/*
 * awsc/presign.h - presigned requests: a URL that lets whoever holds it
 * make one operation's request with the client's credentials until it
 * expires (SigV4 query signing, for any operation: S3 GET and PUT above
 * all), and S3 POST policies for uploads straight from a browser form.
 *
 * Both are computed locally: nothing is sent. They follow botocore
 * 1.29.27's generate_presigned_url and generate_presigned_post, with one
 * difference: botocore presigns S3 with SigV2 in the regions that still
 * accept it unless signature_version is "s3v4"; awsc always signs with
 * SigV4.
 *
 * The results are outputs: one arena each, freed with awsc_output_free().
 */
#ifndef AWSC_PRESIGN_H
#define AWSC_PRESIGN_H

#include <awsc/client.h>
#include <awsc/transport.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A build without them (-Dpresign=false) declares nothing here. */
#if AWSC_WITH_PRESIGN

struct awsc_presign_options {
    int64_t expires_in;      /* seconds the URL stays valid; 0: 3600. S3 takes
                                at most 604800 (7 days) */
    const char *http_method; /* NULL: the operation's own ("GET", "PUT", ...) */
};

struct awsc_presigned_url {
    const char *url;    /* scheme://host/path?query with the X-Amz-* signature */
    const char *method; /* the method the URL was signed for */
    /* The headers the signature covers besides Host, which whoever uses
     * the URL must send with exactly these values (from the input: a
     * PutObject's ContentType, x-amz-meta-*, SSE-C headers ...). Usually
     * none. */
    const struct awsc_http_header *headers;
    size_t header_count;
};

/*
 * Presigns the request `operation` (its model name: "GetObject") of the
 * client's service would make for input (the operation's input struct, as
 * for the call; NULL when it has none), as botocore's
 * client.generate_presigned_url does: the input is validated and
 * serialized as for a call (S3's input customizations apply: SSE-C keys,
 * CopySource, EncodingType=url on the List operations), the endpoint comes
 * from the rule set, and the signature goes in the query string
 * (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires,
 * X-Amz-SignedHeaders, X-Amz-Security-Token with a session token,
 * X-Amz-Signature). S3 and S3 Control sign the payload as
 * UNSIGNED-PAYLOAD; a query-protocol operation's parameters go in the
 * query string. The signing region is the client's (the endpoint's for an
 * S3 ARN bucket), as botocore does.
 *
 * A request body cannot travel in a URL: an input that sets a streaming
 * body or any body member of a JSON or XML body is AWSC_E_UNSUPPORTED
 * (upload the body with the presigned request itself). Other errors:
 * AWSC_E_NOT_FOUND for an unknown operation, AWSC_E_VALIDATION for an
 * input the call would refuse, AWSC_E_CREDENTIALS, AWSC_E_ENDPOINT,
 * AWSC_E_INVALID_ARG (a negative expires_in), AWSC_E_NOMEM. On AWSC_OK
 * free *out with awsc_output_free().
 */
AWSC_API int awsc_presign_url(struct awsc_client *client, const char *operation, const void *input,
                              const struct awsc_presign_options *options,
                              struct awsc_presigned_url **out, struct awsc_error *err);

/* ---------------------------------------------- RDS IAM authentication */

/*
 * An IAM authentication token for a database of RDS or Aurora (MySQL,
 * PostgreSQL), as botocore's generate_db_auth_token makes it: the request
 * "connect to hostname:port as username" presigned for the rds-db
 * service, valid for 15 minutes, written without its scheme
 * ("host:port/?Action=connect&DBUser=...&X-Amz-..."). The database takes
 * it as the password (over TLS).
 *
 * client is any client (an RDS one usually): its credentials sign the
 * token, for region, or the client's region when region is NULL.
 * Nothing is sent. Errors: AWSC_E_INVALID_ARG (no client, hostname,
 * username or token; a port outside 1-65535; a hostname with '/', '?',
 * '#', '@' or white space in it), AWSC_E_CONFIG (no region),
 * AWSC_E_CREDENTIALS, AWSC_E_NOMEM. On AWSC_OK free *token with
 * awsc_output_free().
 */
AWSC_API int awsc_rds_db_auth_token(struct awsc_client *client, const char *hostname, int port,
                                    const char *username, const char *region, char **token,
                                    struct awsc_error *err);

/* ------------------------------------------------------------ S3 POST */

/* A form field: name and value. */
struct awsc_form_field {
    const char *name;
    const char *value;
};

/* One condition of a POST policy document. */
enum awsc_post_condition_type {
    AWSC_POST_MATCH = 1,           /* {"field": "value"}: field must be exactly value */
    AWSC_POST_EQ,                  /* ["eq", "$field", "value"] */
    AWSC_POST_STARTS_WITH,         /* ["starts-with", "$field", "value"] */
    AWSC_POST_CONTENT_LENGTH_RANGE /* ["content-length-range", min, max] */
};
struct awsc_post_condition {
    enum awsc_post_condition_type type;
    /* The form field: as S3 names it in each form, "acl" for MATCH and
     * "$acl" for EQ and STARTS_WITH. Unused for CONTENT_LENGTH_RANGE. */
    const char *field;
    const char *value;
    int64_t min, max; /* CONTENT_LENGTH_RANGE, in bytes */
};

struct awsc_presign_post_input {
    const char *bucket; /* required */
    /* Required. A key ending in "${filename}" lets the browser's file name
     * complete it: the policy then only asks that the key start with what
     * comes before. */
    const char *key;
    /* Fields to prefill (acl, Cache-Control, Content-Type,
     * success_action_status, x-amz-meta-*, ...). A prefilled field is not
     * a condition by itself: give one for it too. */
    const struct awsc_form_field *fields;
    size_t field_count;
    /* Conditions of the policy, besides the bucket and key ones awsc adds. */
    const struct awsc_post_condition *conditions;
    size_t condition_count;
    int64_t expires_in; /* seconds the policy stays valid; 0: 3600 */
};

struct awsc_presigned_post {
    const char *url; /* where the form posts to */
    /* Every field the form must send before the file, in this order: the
     * prefilled ones, "key", "x-amz-algorithm", "x-amz-credential",
     * "x-amz-date", "x-amz-security-token" (with a session token),
     * "policy" (the base64 policy document) and "x-amz-signature". */
    const struct awsc_form_field *fields;
    size_t field_count;
    const char *policy; /* the policy document, JSON, as signed */
};

/*
 * An S3 POST policy for uploading to in->bucket under in->key from an
 * HTML form, signed with SigV4 as botocore's generate_presigned_post does
 * (the same fields, JSON document and signature for the same credentials
 * and clock). client must be an S3 client (AWSC_E_INVALID_ARG otherwise).
 * On AWSC_OK free *out with awsc_output_free().
 */
AWSC_API int awsc_presign_post(struct awsc_client *client, const struct awsc_presign_post_input *in,
                               struct awsc_presigned_post **out, struct awsc_error *err);

#endif /* AWSC_WITH_PRESIGN */

#ifdef __cplusplus
}
#endif
#endif
