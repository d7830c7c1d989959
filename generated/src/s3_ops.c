/*
 * s3_ops.c - operations of S3: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/s3.h>
#include <awsc/shape.h>
#include <awsc/endpoint.h>

#ifndef AWSC__S3_TABLES
#define AWSC__S3_TABLES
/* Every shape, member and name of S3 in one object (s3_shapes.c). */
struct awsc__s3_tables {
    struct awsc_shape shapes[718];
    struct awsc_member members[1699];
    uint16_t by_wire_name[1699];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[9];
    char strings[29483];
};
extern const struct awsc__s3_tables awsc__s3_tables;
#endif
extern const struct awsc_ruleset awsc__s3_ruleset;
static const struct awsc_shape *const op_AbortMultipartUpload_errors[] = {
    &awsc__s3_tables.shapes[452],
};
static const struct awsc_endpoint_context_param op_AbortMultipartUpload_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_AbortMultipartUpload = {
    .name = "AbortMultipartUpload",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[4],
    .output = &awsc__s3_tables.shapes[3],
    .errors = op_AbortMultipartUpload_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_AbortMultipartUpload_context_params,
    .context_param_count = 2,
};

int awsc_s3_abort_multipart_upload(struct awsc_client *client,
                                   const struct awsc_s3_abort_multipart_upload_input *input,
                                   struct awsc_s3_abort_multipart_upload_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AbortMultipartUpload, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void abort_multipart_upload_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_abort_multipart_upload_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_abort_multipart_upload_async(struct awsc_client *client,
                                         const struct awsc_s3_abort_multipart_upload_input *input,
                                         awsc_s3_abort_multipart_upload_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AbortMultipartUpload, input, abort_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_CompleteMultipartUpload_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_CompleteMultipartUpload = {
    .name = "CompleteMultipartUpload",
    .http_method = "POST",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[99],
    .output = &awsc__s3_tables.shapes[98],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_CompleteMultipartUpload_context_params,
    .context_param_count = 2,
};

int awsc_s3_complete_multipart_upload(struct awsc_client *client,
                                      const struct awsc_s3_complete_multipart_upload_input *input,
                                      struct awsc_s3_complete_multipart_upload_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CompleteMultipartUpload, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void complete_multipart_upload_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_complete_multipart_upload_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_complete_multipart_upload_async(struct awsc_client *client,
                                            const struct awsc_s3_complete_multipart_upload_input *input,
                                            awsc_s3_complete_multipart_upload_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CompleteMultipartUpload, input, complete_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CopyObject_errors[] = {
    &awsc__s3_tables.shapes[483],
};
static const struct awsc_endpoint_param op_CopyObject_static_params[] = {
    {"DisableS3ExpressSessionAuth", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_CopyObject_context_params[] = {
    {"Bucket", "Bucket", 1, NULL},
    {"CopySource", "CopySource", 8, NULL},
    {"Key", "Key", 20, NULL},
};

static const struct awsc_operation op_CopyObject = {
    .name = "CopyObject",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[115],
    .output = &awsc__s3_tables.shapes[114],
    .errors = op_CopyObject_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_CopyObject_static_params,
    .static_param_count = 1,
    .context_params = op_CopyObject_context_params,
    .context_param_count = 3,
};

int awsc_s3_copy_object(struct awsc_client *client,
                        const struct awsc_s3_copy_object_input *input,
                        struct awsc_s3_copy_object_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CopyObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void copy_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_copy_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_copy_object_async(struct awsc_client *client,
                              const struct awsc_s3_copy_object_input *input,
                              awsc_s3_copy_object_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CopyObject, input, copy_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateBucket_errors[] = {
    &awsc__s3_tables.shapes[49],
    &awsc__s3_tables.shapes[50],
};
static const struct awsc_endpoint_param op_CreateBucket_static_params[] = {
    {"DisableAccessPoints", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_CreateBucket_context_params[] = {
    {"Bucket", "Bucket", 1, NULL},
};

static const struct awsc_operation op_CreateBucket = {
    .name = "CreateBucket",
    .http_method = "PUT",
    .request_uri = "/{Bucket}",
    .input = &awsc__s3_tables.shapes[132],
    .output = &awsc__s3_tables.shapes[131],
    .errors = op_CreateBucket_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_CreateBucket_static_params,
    .static_param_count = 2,
    .context_params = op_CreateBucket_context_params,
    .context_param_count = 1,
};

int awsc_s3_create_bucket(struct awsc_client *client,
                          const struct awsc_s3_create_bucket_input *input,
                          struct awsc_s3_create_bucket_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateBucket, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_bucket_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_create_bucket_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_create_bucket_async(struct awsc_client *client,
                                const struct awsc_s3_create_bucket_input *input,
                                awsc_s3_create_bucket_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateBucket, input, create_bucket_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_CreateBucketMetadataConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_CreateBucketMetadataConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_CreateBucketMetadataConfiguration = {
    .name = "CreateBucketMetadataConfiguration",
    .http_method = "POST",
    .request_uri = "/{Bucket}?metadataConfiguration",
    .input = &awsc__s3_tables.shapes[129],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_CreateBucketMetadataConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_CreateBucketMetadataConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_create_bucket_metadata_configuration(struct awsc_client *client,
                                                 const struct awsc_s3_create_bucket_metadata_configuration_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &op_CreateBucketMetadataConfiguration, input, NULL, err);
}

static void create_bucket_metadata_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_create_bucket_metadata_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_create_bucket_metadata_configuration_async(struct awsc_client *client,
                                                       const struct awsc_s3_create_bucket_metadata_configuration_input *input,
                                                       awsc_s3_create_bucket_metadata_configuration_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateBucketMetadataConfiguration, input, create_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_CreateBucketMetadataTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_CreateBucketMetadataTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_CreateBucketMetadataTableConfiguration = {
    .name = "CreateBucketMetadataTableConfiguration",
    .http_method = "POST",
    .request_uri = "/{Bucket}?metadataTable",
    .input = &awsc__s3_tables.shapes[130],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_CreateBucketMetadataTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_CreateBucketMetadataTableConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_create_bucket_metadata_table_configuration(struct awsc_client *client,
                                                       const struct awsc_s3_create_bucket_metadata_table_configuration_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &op_CreateBucketMetadataTableConfiguration, input, NULL, err);
}

static void create_bucket_metadata_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_create_bucket_metadata_table_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_create_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                             const struct awsc_s3_create_bucket_metadata_table_configuration_input *input,
                                                             awsc_s3_create_bucket_metadata_table_configuration_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateBucketMetadataTableConfiguration, input, create_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_CreateMultipartUpload_context_params[] = {
    {"Bucket", "Bucket", 1, NULL},
    {"Key", "Key", 12, NULL},
};

static const struct awsc_operation op_CreateMultipartUpload = {
    .name = "CreateMultipartUpload",
    .http_method = "POST",
    .request_uri = "/{Bucket}/{Key+}?uploads",
    .input = &awsc__s3_tables.shapes[134],
    .output = &awsc__s3_tables.shapes[133],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_CreateMultipartUpload_context_params,
    .context_param_count = 2,
};

int awsc_s3_create_multipart_upload(struct awsc_client *client,
                                    const struct awsc_s3_create_multipart_upload_input *input,
                                    struct awsc_s3_create_multipart_upload_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateMultipartUpload, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_multipart_upload_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_create_multipart_upload_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_create_multipart_upload_async(struct awsc_client *client,
                                          const struct awsc_s3_create_multipart_upload_input *input,
                                          awsc_s3_create_multipart_upload_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateMultipartUpload, input, create_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateSession_errors[] = {
    &awsc__s3_tables.shapes[450],
};
static const struct awsc_endpoint_param op_CreateSession_static_params[] = {
    {"DisableS3ExpressSessionAuth", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_CreateSession_context_params[] = {
    {"Bucket", "Bucket", 1, NULL},
};

static const struct awsc_operation op_CreateSession = {
    .name = "CreateSession",
    .http_method = "GET",
    .request_uri = "/{Bucket}?session",
    .input = &awsc__s3_tables.shapes[136],
    .output = &awsc__s3_tables.shapes[135],
    .errors = op_CreateSession_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_CreateSession_static_params,
    .static_param_count = 1,
    .context_params = op_CreateSession_context_params,
    .context_param_count = 1,
};

int awsc_s3_create_session(struct awsc_client *client,
                           const struct awsc_s3_create_session_input *input,
                           struct awsc_s3_create_session_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_create_session_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_create_session_async(struct awsc_client *client,
                                 const struct awsc_s3_create_session_input *input,
                                 awsc_s3_create_session_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateSession, input, create_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucket_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucket_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucket = {
    .name = "DeleteBucket",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}",
    .input = &awsc__s3_tables.shapes[156],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucket_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucket_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket(struct awsc_client *client,
                          const struct awsc_s3_delete_bucket_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucket, input, NULL, err);
}

static void delete_bucket_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_async(struct awsc_client *client,
                                const struct awsc_s3_delete_bucket_input *input,
                                awsc_s3_delete_bucket_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucket, input, delete_bucket_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketAnalyticsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketAnalyticsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketAnalyticsConfiguration = {
    .name = "DeleteBucketAnalyticsConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?analytics",
    .input = &awsc__s3_tables.shapes[144],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketAnalyticsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketAnalyticsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_analytics_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_delete_bucket_analytics_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketAnalyticsConfiguration, input, NULL, err);
}

static void delete_bucket_analytics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_analytics_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_analytics_configuration_async(struct awsc_client *client,
                                                        const struct awsc_s3_delete_bucket_analytics_configuration_input *input,
                                                        awsc_s3_delete_bucket_analytics_configuration_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketAnalyticsConfiguration, input, delete_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketCors_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketCors_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketCors = {
    .name = "DeleteBucketCors",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?cors",
    .input = &awsc__s3_tables.shapes[145],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketCors_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketCors_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_cors(struct awsc_client *client,
                               const struct awsc_s3_delete_bucket_cors_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketCors, input, NULL, err);
}

static void delete_bucket_cors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_cors_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_cors_async(struct awsc_client *client,
                                     const struct awsc_s3_delete_bucket_cors_input *input,
                                     awsc_s3_delete_bucket_cors_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketCors, input, delete_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketEncryption_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketEncryption_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketEncryption = {
    .name = "DeleteBucketEncryption",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?encryption",
    .input = &awsc__s3_tables.shapes[146],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketEncryption_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketEncryption_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_encryption(struct awsc_client *client,
                                     const struct awsc_s3_delete_bucket_encryption_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketEncryption, input, NULL, err);
}

static void delete_bucket_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_encryption_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_encryption_async(struct awsc_client *client,
                                           const struct awsc_s3_delete_bucket_encryption_input *input,
                                           awsc_s3_delete_bucket_encryption_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketEncryption, input, delete_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketIntelligentTieringConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketIntelligentTieringConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketIntelligentTieringConfiguration = {
    .name = "DeleteBucketIntelligentTieringConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?intelligent-tiering",
    .input = &awsc__s3_tables.shapes[147],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketIntelligentTieringConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketIntelligentTieringConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                            const struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input *input,
                                                            struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketIntelligentTieringConfiguration, input, NULL, err);
}

static void delete_bucket_intelligent_tiering_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_intelligent_tiering_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                                  const struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input *input,
                                                                  awsc_s3_delete_bucket_intelligent_tiering_configuration_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketIntelligentTieringConfiguration, input, delete_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketInventoryConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketInventoryConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketInventoryConfiguration = {
    .name = "DeleteBucketInventoryConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?inventory",
    .input = &awsc__s3_tables.shapes[148],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketInventoryConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketInventoryConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_inventory_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_delete_bucket_inventory_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketInventoryConfiguration, input, NULL, err);
}

static void delete_bucket_inventory_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_inventory_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_inventory_configuration_async(struct awsc_client *client,
                                                        const struct awsc_s3_delete_bucket_inventory_configuration_input *input,
                                                        awsc_s3_delete_bucket_inventory_configuration_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketInventoryConfiguration, input, delete_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketLifecycle_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketLifecycle_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketLifecycle = {
    .name = "DeleteBucketLifecycle",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?lifecycle",
    .input = &awsc__s3_tables.shapes[149],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketLifecycle_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketLifecycle_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_lifecycle(struct awsc_client *client,
                                    const struct awsc_s3_delete_bucket_lifecycle_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketLifecycle, input, NULL, err);
}

static void delete_bucket_lifecycle_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_lifecycle_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_lifecycle_async(struct awsc_client *client,
                                          const struct awsc_s3_delete_bucket_lifecycle_input *input,
                                          awsc_s3_delete_bucket_lifecycle_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketLifecycle, input, delete_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketMetadataConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketMetadataConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketMetadataConfiguration = {
    .name = "DeleteBucketMetadataConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?metadataConfiguration",
    .input = &awsc__s3_tables.shapes[150],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketMetadataConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketMetadataConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_metadata_configuration(struct awsc_client *client,
                                                 const struct awsc_s3_delete_bucket_metadata_configuration_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketMetadataConfiguration, input, NULL, err);
}

static void delete_bucket_metadata_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_metadata_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_metadata_configuration_async(struct awsc_client *client,
                                                       const struct awsc_s3_delete_bucket_metadata_configuration_input *input,
                                                       awsc_s3_delete_bucket_metadata_configuration_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketMetadataConfiguration, input, delete_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketMetadataTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketMetadataTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketMetadataTableConfiguration = {
    .name = "DeleteBucketMetadataTableConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?metadataTable",
    .input = &awsc__s3_tables.shapes[151],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketMetadataTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketMetadataTableConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_metadata_table_configuration(struct awsc_client *client,
                                                       const struct awsc_s3_delete_bucket_metadata_table_configuration_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketMetadataTableConfiguration, input, NULL, err);
}

static void delete_bucket_metadata_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_metadata_table_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                             const struct awsc_s3_delete_bucket_metadata_table_configuration_input *input,
                                                             awsc_s3_delete_bucket_metadata_table_configuration_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketMetadataTableConfiguration, input, delete_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketMetricsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketMetricsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketMetricsConfiguration = {
    .name = "DeleteBucketMetricsConfiguration",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?metrics",
    .input = &awsc__s3_tables.shapes[152],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketMetricsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketMetricsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_metrics_configuration(struct awsc_client *client,
                                                const struct awsc_s3_delete_bucket_metrics_configuration_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketMetricsConfiguration, input, NULL, err);
}

static void delete_bucket_metrics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_metrics_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_metrics_configuration_async(struct awsc_client *client,
                                                      const struct awsc_s3_delete_bucket_metrics_configuration_input *input,
                                                      awsc_s3_delete_bucket_metrics_configuration_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketMetricsConfiguration, input, delete_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketOwnershipControls_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketOwnershipControls_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketOwnershipControls = {
    .name = "DeleteBucketOwnershipControls",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?ownershipControls",
    .input = &awsc__s3_tables.shapes[153],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketOwnershipControls_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketOwnershipControls_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_ownership_controls(struct awsc_client *client,
                                             const struct awsc_s3_delete_bucket_ownership_controls_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketOwnershipControls, input, NULL, err);
}

static void delete_bucket_ownership_controls_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_ownership_controls_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_ownership_controls_async(struct awsc_client *client,
                                                   const struct awsc_s3_delete_bucket_ownership_controls_input *input,
                                                   awsc_s3_delete_bucket_ownership_controls_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketOwnershipControls, input, delete_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketPolicy_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketPolicy_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketPolicy = {
    .name = "DeleteBucketPolicy",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?policy",
    .input = &awsc__s3_tables.shapes[154],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketPolicy_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketPolicy_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_policy(struct awsc_client *client,
                                 const struct awsc_s3_delete_bucket_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketPolicy, input, NULL, err);
}

static void delete_bucket_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_policy_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_policy_async(struct awsc_client *client,
                                       const struct awsc_s3_delete_bucket_policy_input *input,
                                       awsc_s3_delete_bucket_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketPolicy, input, delete_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketReplication_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketReplication_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketReplication = {
    .name = "DeleteBucketReplication",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?replication",
    .input = &awsc__s3_tables.shapes[155],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketReplication_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketReplication_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_replication(struct awsc_client *client,
                                      const struct awsc_s3_delete_bucket_replication_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketReplication, input, NULL, err);
}

static void delete_bucket_replication_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_replication_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_replication_async(struct awsc_client *client,
                                            const struct awsc_s3_delete_bucket_replication_input *input,
                                            awsc_s3_delete_bucket_replication_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketReplication, input, delete_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketTagging_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketTagging = {
    .name = "DeleteBucketTagging",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?tagging",
    .input = &awsc__s3_tables.shapes[157],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketTagging_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketTagging_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_tagging(struct awsc_client *client,
                                  const struct awsc_s3_delete_bucket_tagging_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketTagging, input, NULL, err);
}

static void delete_bucket_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_tagging_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_tagging_async(struct awsc_client *client,
                                        const struct awsc_s3_delete_bucket_tagging_input *input,
                                        awsc_s3_delete_bucket_tagging_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketTagging, input, delete_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeleteBucketWebsite_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeleteBucketWebsite_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteBucketWebsite = {
    .name = "DeleteBucketWebsite",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?website",
    .input = &awsc__s3_tables.shapes[158],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeleteBucketWebsite_static_params,
    .static_param_count = 1,
    .context_params = op_DeleteBucketWebsite_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_bucket_website(struct awsc_client *client,
                                  const struct awsc_s3_delete_bucket_website_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_DeleteBucketWebsite, input, NULL, err);
}

static void delete_bucket_website_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_bucket_website_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_bucket_website_async(struct awsc_client *client,
                                        const struct awsc_s3_delete_bucket_website_input *input,
                                        awsc_s3_delete_bucket_website_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBucketWebsite, input, delete_bucket_website_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_DeleteObject_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_DeleteObject = {
    .name = "DeleteObject",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[168],
    .output = &awsc__s3_tables.shapes[167],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_DeleteObject_context_params,
    .context_param_count = 2,
};

int awsc_s3_delete_object(struct awsc_client *client,
                          const struct awsc_s3_delete_object_input *input,
                          struct awsc_s3_delete_object_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_delete_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_delete_object_async(struct awsc_client *client,
                                const struct awsc_s3_delete_object_input *input,
                                awsc_s3_delete_object_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteObject, input, delete_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteObjectAnnotation_errors[] = {
    &awsc__s3_tables.shapes[450],
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_DeleteObjectAnnotation_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteObjectAnnotation = {
    .name = "DeleteObjectAnnotation",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}/{Key+}?annotation",
    .input = &awsc__s3_tables.shapes[166],
    .output = &awsc__s3_tables.shapes[165],
    .errors = op_DeleteObjectAnnotation_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_DeleteObjectAnnotation_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_object_annotation(struct awsc_client *client,
                                     const struct awsc_s3_delete_object_annotation_input *input,
                                     struct awsc_s3_delete_object_annotation_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteObjectAnnotation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_object_annotation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_delete_object_annotation_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_delete_object_annotation_async(struct awsc_client *client,
                                           const struct awsc_s3_delete_object_annotation_input *input,
                                           awsc_s3_delete_object_annotation_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteObjectAnnotation, input, delete_object_annotation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_DeleteObjectTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteObjectTagging = {
    .name = "DeleteObjectTagging",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}/{Key+}?tagging",
    .input = &awsc__s3_tables.shapes[170],
    .output = &awsc__s3_tables.shapes[169],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_DeleteObjectTagging_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_object_tagging(struct awsc_client *client,
                                  const struct awsc_s3_delete_object_tagging_input *input,
                                  struct awsc_s3_delete_object_tagging_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteObjectTagging, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_object_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_delete_object_tagging_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_delete_object_tagging_async(struct awsc_client *client,
                                        const struct awsc_s3_delete_object_tagging_input *input,
                                        awsc_s3_delete_object_tagging_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteObjectTagging, input, delete_object_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_DeleteObjects_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeleteObjects = {
    .name = "DeleteObjects",
    .http_method = "POST",
    .request_uri = "/{Bucket}?delete",
    .input = &awsc__s3_tables.shapes[172],
    .output = &awsc__s3_tables.shapes[171],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_DeleteObjects_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_delete_objects(struct awsc_client *client,
                           const struct awsc_s3_delete_objects_input *input,
                           struct awsc_s3_delete_objects_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteObjects, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_objects_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_delete_objects_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_delete_objects_async(struct awsc_client *client,
                                 const struct awsc_s3_delete_objects_input *input,
                                 awsc_s3_delete_objects_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteObjects, input, delete_objects_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_DeletePublicAccessBlock_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_DeletePublicAccessBlock_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_DeletePublicAccessBlock = {
    .name = "DeletePublicAccessBlock",
    .http_method = "DELETE",
    .request_uri = "/{Bucket}?publicAccessBlock",
    .input = &awsc__s3_tables.shapes[173],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_DeletePublicAccessBlock_static_params,
    .static_param_count = 1,
    .context_params = op_DeletePublicAccessBlock_context_params,
    .context_param_count = 1,
};

int awsc_s3_delete_public_access_block(struct awsc_client *client,
                                       const struct awsc_s3_delete_public_access_block_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_DeletePublicAccessBlock, input, NULL, err);
}

static void delete_public_access_block_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_delete_public_access_block_cb *)cb)(user_data, status, err);
}

int awsc_s3_delete_public_access_block_async(struct awsc_client *client,
                                             const struct awsc_s3_delete_public_access_block_input *input,
                                             awsc_s3_delete_public_access_block_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeletePublicAccessBlock, input, delete_public_access_block_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetBucketAbac_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketAbac = {
    .name = "GetBucketAbac",
    .http_method = "GET",
    .request_uri = "/{Bucket}?abac",
    .input = &awsc__s3_tables.shapes[221],
    .output = &awsc__s3_tables.shapes[220],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetBucketAbac_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_abac(struct awsc_client *client,
                            const struct awsc_s3_get_bucket_abac_input *input,
                            struct awsc_s3_get_bucket_abac_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketAbac, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_abac_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_abac_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_abac_async(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_abac_input *input,
                                  awsc_s3_get_bucket_abac_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketAbac, input, get_bucket_abac_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketAccelerateConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketAccelerateConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketAccelerateConfiguration = {
    .name = "GetBucketAccelerateConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?accelerate",
    .input = &awsc__s3_tables.shapes[223],
    .output = &awsc__s3_tables.shapes[222],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketAccelerateConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketAccelerateConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_accelerate_configuration(struct awsc_client *client,
                                                const struct awsc_s3_get_bucket_accelerate_configuration_input *input,
                                                struct awsc_s3_get_bucket_accelerate_configuration_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketAccelerateConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_accelerate_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_accelerate_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_accelerate_configuration_async(struct awsc_client *client,
                                                      const struct awsc_s3_get_bucket_accelerate_configuration_input *input,
                                                      awsc_s3_get_bucket_accelerate_configuration_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketAccelerateConfiguration, input, get_bucket_accelerate_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketAcl_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketAcl_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketAcl = {
    .name = "GetBucketAcl",
    .http_method = "GET",
    .request_uri = "/{Bucket}?acl",
    .input = &awsc__s3_tables.shapes[225],
    .output = &awsc__s3_tables.shapes[224],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketAcl_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketAcl_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_acl(struct awsc_client *client,
                           const struct awsc_s3_get_bucket_acl_input *input,
                           struct awsc_s3_get_bucket_acl_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketAcl, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_acl_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_acl_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_acl_async(struct awsc_client *client,
                                 const struct awsc_s3_get_bucket_acl_input *input,
                                 awsc_s3_get_bucket_acl_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketAcl, input, get_bucket_acl_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketAnalyticsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketAnalyticsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketAnalyticsConfiguration = {
    .name = "GetBucketAnalyticsConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?analytics",
    .input = &awsc__s3_tables.shapes[227],
    .output = &awsc__s3_tables.shapes[226],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketAnalyticsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketAnalyticsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_analytics_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_analytics_configuration_input *input,
                                               struct awsc_s3_get_bucket_analytics_configuration_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketAnalyticsConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_analytics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_analytics_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_analytics_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_get_bucket_analytics_configuration_input *input,
                                                     awsc_s3_get_bucket_analytics_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketAnalyticsConfiguration, input, get_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketCors_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketCors_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketCors = {
    .name = "GetBucketCors",
    .http_method = "GET",
    .request_uri = "/{Bucket}?cors",
    .input = &awsc__s3_tables.shapes[229],
    .output = &awsc__s3_tables.shapes[228],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketCors_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketCors_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_cors(struct awsc_client *client,
                            const struct awsc_s3_get_bucket_cors_input *input,
                            struct awsc_s3_get_bucket_cors_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketCors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_cors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_cors_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_cors_async(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_cors_input *input,
                                  awsc_s3_get_bucket_cors_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketCors, input, get_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketEncryption_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketEncryption_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketEncryption = {
    .name = "GetBucketEncryption",
    .http_method = "GET",
    .request_uri = "/{Bucket}?encryption",
    .input = &awsc__s3_tables.shapes[231],
    .output = &awsc__s3_tables.shapes[230],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketEncryption_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketEncryption_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_encryption(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_encryption_input *input,
                                  struct awsc_s3_get_bucket_encryption_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketEncryption, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_encryption_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_encryption_async(struct awsc_client *client,
                                        const struct awsc_s3_get_bucket_encryption_input *input,
                                        awsc_s3_get_bucket_encryption_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketEncryption, input, get_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketIntelligentTieringConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketIntelligentTieringConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketIntelligentTieringConfiguration = {
    .name = "GetBucketIntelligentTieringConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?intelligent-tiering",
    .input = &awsc__s3_tables.shapes[233],
    .output = &awsc__s3_tables.shapes[232],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketIntelligentTieringConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketIntelligentTieringConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_get_bucket_intelligent_tiering_configuration_input *input,
                                                         struct awsc_s3_get_bucket_intelligent_tiering_configuration_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketIntelligentTieringConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_intelligent_tiering_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_intelligent_tiering_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                               const struct awsc_s3_get_bucket_intelligent_tiering_configuration_input *input,
                                                               awsc_s3_get_bucket_intelligent_tiering_configuration_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketIntelligentTieringConfiguration, input, get_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketInventoryConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketInventoryConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketInventoryConfiguration = {
    .name = "GetBucketInventoryConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?inventory",
    .input = &awsc__s3_tables.shapes[235],
    .output = &awsc__s3_tables.shapes[234],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketInventoryConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketInventoryConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_inventory_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_inventory_configuration_input *input,
                                               struct awsc_s3_get_bucket_inventory_configuration_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketInventoryConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_inventory_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_inventory_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_inventory_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_get_bucket_inventory_configuration_input *input,
                                                     awsc_s3_get_bucket_inventory_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketInventoryConfiguration, input, get_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketLifecycle_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketLifecycle_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketLifecycle = {
    .name = "GetBucketLifecycle",
    .http_method = "GET",
    .request_uri = "/{Bucket}?lifecycle",
    .input = &awsc__s3_tables.shapes[239],
    .output = &awsc__s3_tables.shapes[238],
    .flags = AWSC_OF_DEPRECATED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketLifecycle_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketLifecycle_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_lifecycle(struct awsc_client *client,
                                 const struct awsc_s3_get_bucket_lifecycle_input *input,
                                 struct awsc_s3_get_bucket_lifecycle_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketLifecycle, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_lifecycle_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_lifecycle_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_lifecycle_async(struct awsc_client *client,
                                       const struct awsc_s3_get_bucket_lifecycle_input *input,
                                       awsc_s3_get_bucket_lifecycle_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketLifecycle, input, get_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketLifecycleConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketLifecycleConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketLifecycleConfiguration = {
    .name = "GetBucketLifecycleConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?lifecycle",
    .input = &awsc__s3_tables.shapes[237],
    .output = &awsc__s3_tables.shapes[236],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketLifecycleConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketLifecycleConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_lifecycle_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_lifecycle_configuration_input *input,
                                               struct awsc_s3_get_bucket_lifecycle_configuration_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketLifecycleConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_lifecycle_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_lifecycle_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_lifecycle_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_get_bucket_lifecycle_configuration_input *input,
                                                     awsc_s3_get_bucket_lifecycle_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketLifecycleConfiguration, input, get_bucket_lifecycle_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketLocation_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketLocation_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketLocation = {
    .name = "GetBucketLocation",
    .http_method = "GET",
    .request_uri = "/{Bucket}?location",
    .input = &awsc__s3_tables.shapes[241],
    .output = &awsc__s3_tables.shapes[240],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketLocation_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketLocation_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_location(struct awsc_client *client,
                                const struct awsc_s3_get_bucket_location_input *input,
                                struct awsc_s3_get_bucket_location_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketLocation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_location_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_location_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_location_async(struct awsc_client *client,
                                      const struct awsc_s3_get_bucket_location_input *input,
                                      awsc_s3_get_bucket_location_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketLocation, input, get_bucket_location_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketLogging_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketLogging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketLogging = {
    .name = "GetBucketLogging",
    .http_method = "GET",
    .request_uri = "/{Bucket}?logging",
    .input = &awsc__s3_tables.shapes[243],
    .output = &awsc__s3_tables.shapes[242],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketLogging_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketLogging_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_logging(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_logging_input *input,
                               struct awsc_s3_get_bucket_logging_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketLogging, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_logging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_logging_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_logging_async(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_logging_input *input,
                                     awsc_s3_get_bucket_logging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketLogging, input, get_bucket_logging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketMetadataConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketMetadataConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketMetadataConfiguration = {
    .name = "GetBucketMetadataConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?metadataConfiguration",
    .input = &awsc__s3_tables.shapes[245],
    .output = &awsc__s3_tables.shapes[244],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketMetadataConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketMetadataConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_metadata_configuration(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_metadata_configuration_input *input,
                                              struct awsc_s3_get_bucket_metadata_configuration_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketMetadataConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_metadata_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_metadata_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_metadata_configuration_async(struct awsc_client *client,
                                                    const struct awsc_s3_get_bucket_metadata_configuration_input *input,
                                                    awsc_s3_get_bucket_metadata_configuration_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketMetadataConfiguration, input, get_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketMetadataTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketMetadataTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketMetadataTableConfiguration = {
    .name = "GetBucketMetadataTableConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?metadataTable",
    .input = &awsc__s3_tables.shapes[248],
    .output = &awsc__s3_tables.shapes[247],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketMetadataTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketMetadataTableConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_metadata_table_configuration(struct awsc_client *client,
                                                    const struct awsc_s3_get_bucket_metadata_table_configuration_input *input,
                                                    struct awsc_s3_get_bucket_metadata_table_configuration_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketMetadataTableConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_metadata_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_metadata_table_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_metadata_table_configuration_async(struct awsc_client *client,
                                                          const struct awsc_s3_get_bucket_metadata_table_configuration_input *input,
                                                          awsc_s3_get_bucket_metadata_table_configuration_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketMetadataTableConfiguration, input, get_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketMetricsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketMetricsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketMetricsConfiguration = {
    .name = "GetBucketMetricsConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?metrics",
    .input = &awsc__s3_tables.shapes[251],
    .output = &awsc__s3_tables.shapes[250],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketMetricsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketMetricsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_metrics_configuration(struct awsc_client *client,
                                             const struct awsc_s3_get_bucket_metrics_configuration_input *input,
                                             struct awsc_s3_get_bucket_metrics_configuration_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketMetricsConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_metrics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_metrics_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_metrics_configuration_async(struct awsc_client *client,
                                                   const struct awsc_s3_get_bucket_metrics_configuration_input *input,
                                                   awsc_s3_get_bucket_metrics_configuration_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketMetricsConfiguration, input, get_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketNotification_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketNotification_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketNotification = {
    .name = "GetBucketNotification",
    .http_method = "GET",
    .request_uri = "/{Bucket}?notification",
    .input = &awsc__s3_tables.shapes[252],
    .output = &awsc__s3_tables.shapes[458],
    .flags = AWSC_OF_DEPRECATED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketNotification_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketNotification_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_notification(struct awsc_client *client,
                                    const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                    struct awsc_s3_notification_configuration_deprecated **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketNotification, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_notification_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_notification_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_notification_async(struct awsc_client *client,
                                          const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                          awsc_s3_get_bucket_notification_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketNotification, input, get_bucket_notification_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketNotificationConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketNotificationConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketNotificationConfiguration = {
    .name = "GetBucketNotificationConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?notification",
    .input = &awsc__s3_tables.shapes[252],
    .output = &awsc__s3_tables.shapes[457],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketNotificationConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketNotificationConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_notification_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                  struct awsc_s3_notification_configuration **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketNotificationConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_notification_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_notification_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_notification_configuration_async(struct awsc_client *client,
                                                        const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                        awsc_s3_get_bucket_notification_configuration_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketNotificationConfiguration, input, get_bucket_notification_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketOwnershipControls_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketOwnershipControls_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketOwnershipControls = {
    .name = "GetBucketOwnershipControls",
    .http_method = "GET",
    .request_uri = "/{Bucket}?ownershipControls",
    .input = &awsc__s3_tables.shapes[254],
    .output = &awsc__s3_tables.shapes[253],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketOwnershipControls_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketOwnershipControls_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_ownership_controls(struct awsc_client *client,
                                          const struct awsc_s3_get_bucket_ownership_controls_input *input,
                                          struct awsc_s3_get_bucket_ownership_controls_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketOwnershipControls, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_ownership_controls_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_ownership_controls_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_ownership_controls_async(struct awsc_client *client,
                                                const struct awsc_s3_get_bucket_ownership_controls_input *input,
                                                awsc_s3_get_bucket_ownership_controls_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketOwnershipControls, input, get_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketPolicy_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketPolicy_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketPolicy = {
    .name = "GetBucketPolicy",
    .http_method = "GET",
    .request_uri = "/{Bucket}?policy",
    .input = &awsc__s3_tables.shapes[256],
    .output = &awsc__s3_tables.shapes[255],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketPolicy_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketPolicy_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_policy(struct awsc_client *client,
                              const struct awsc_s3_get_bucket_policy_input *input,
                              struct awsc_s3_get_bucket_policy_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketPolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_policy_async(struct awsc_client *client,
                                    const struct awsc_s3_get_bucket_policy_input *input,
                                    awsc_s3_get_bucket_policy_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketPolicy, input, get_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketPolicyStatus_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketPolicyStatus_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketPolicyStatus = {
    .name = "GetBucketPolicyStatus",
    .http_method = "GET",
    .request_uri = "/{Bucket}?policyStatus",
    .input = &awsc__s3_tables.shapes[258],
    .output = &awsc__s3_tables.shapes[257],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketPolicyStatus_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketPolicyStatus_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_policy_status(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_policy_status_input *input,
                                     struct awsc_s3_get_bucket_policy_status_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketPolicyStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_policy_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_policy_status_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_policy_status_async(struct awsc_client *client,
                                           const struct awsc_s3_get_bucket_policy_status_input *input,
                                           awsc_s3_get_bucket_policy_status_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketPolicyStatus, input, get_bucket_policy_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketReplication_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketReplication_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketReplication = {
    .name = "GetBucketReplication",
    .http_method = "GET",
    .request_uri = "/{Bucket}?replication",
    .input = &awsc__s3_tables.shapes[260],
    .output = &awsc__s3_tables.shapes[259],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketReplication_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketReplication_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_replication(struct awsc_client *client,
                                   const struct awsc_s3_get_bucket_replication_input *input,
                                   struct awsc_s3_get_bucket_replication_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketReplication, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_replication_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_replication_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_replication_async(struct awsc_client *client,
                                         const struct awsc_s3_get_bucket_replication_input *input,
                                         awsc_s3_get_bucket_replication_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketReplication, input, get_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketRequestPayment_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketRequestPayment_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketRequestPayment = {
    .name = "GetBucketRequestPayment",
    .http_method = "GET",
    .request_uri = "/{Bucket}?requestPayment",
    .input = &awsc__s3_tables.shapes[262],
    .output = &awsc__s3_tables.shapes[261],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketRequestPayment_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketRequestPayment_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_request_payment(struct awsc_client *client,
                                       const struct awsc_s3_get_bucket_request_payment_input *input,
                                       struct awsc_s3_get_bucket_request_payment_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketRequestPayment, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_request_payment_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_request_payment_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_request_payment_async(struct awsc_client *client,
                                             const struct awsc_s3_get_bucket_request_payment_input *input,
                                             awsc_s3_get_bucket_request_payment_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketRequestPayment, input, get_bucket_request_payment_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketTagging_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketTagging = {
    .name = "GetBucketTagging",
    .http_method = "GET",
    .request_uri = "/{Bucket}?tagging",
    .input = &awsc__s3_tables.shapes[264],
    .output = &awsc__s3_tables.shapes[263],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketTagging_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketTagging_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_tagging(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_tagging_input *input,
                               struct awsc_s3_get_bucket_tagging_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketTagging, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_tagging_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_tagging_async(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_tagging_input *input,
                                     awsc_s3_get_bucket_tagging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketTagging, input, get_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketVersioning_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketVersioning_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketVersioning = {
    .name = "GetBucketVersioning",
    .http_method = "GET",
    .request_uri = "/{Bucket}?versioning",
    .input = &awsc__s3_tables.shapes[266],
    .output = &awsc__s3_tables.shapes[265],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketVersioning_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketVersioning_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_versioning(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_versioning_input *input,
                                  struct awsc_s3_get_bucket_versioning_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketVersioning, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_versioning_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_versioning_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_versioning_async(struct awsc_client *client,
                                        const struct awsc_s3_get_bucket_versioning_input *input,
                                        awsc_s3_get_bucket_versioning_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketVersioning, input, get_bucket_versioning_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetBucketWebsite_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetBucketWebsite_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetBucketWebsite = {
    .name = "GetBucketWebsite",
    .http_method = "GET",
    .request_uri = "/{Bucket}?website",
    .input = &awsc__s3_tables.shapes[268],
    .output = &awsc__s3_tables.shapes[267],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetBucketWebsite_static_params,
    .static_param_count = 1,
    .context_params = op_GetBucketWebsite_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_bucket_website(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_website_input *input,
                               struct awsc_s3_get_bucket_website_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetBucketWebsite, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_bucket_website_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_bucket_website_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_bucket_website_async(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_website_input *input,
                                     awsc_s3_get_bucket_website_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetBucketWebsite, input, get_bucket_website_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetObject_errors[] = {
    &awsc__s3_tables.shapes[329],
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_GetObject_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 5, NULL},
};

static const struct awsc_operation op_GetObject = {
    .name = "GetObject",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[281],
    .output = &awsc__s3_tables.shapes[280],
    .errors = op_GetObject_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObject_context_params,
    .context_param_count = 2,
    .checksum_mode_member = "ChecksumMode",
    .response_checksums = AWSC_CHECKSUM_CRC64NVME | AWSC_CHECKSUM_CRC32 | AWSC_CHECKSUM_CRC32C | AWSC_CHECKSUM_SHA256 | AWSC_CHECKSUM_SHA1 | AWSC_CHECKSUM_SHA512 | AWSC_CHECKSUM_MD5 | AWSC_CHECKSUM_XXHASH64 | AWSC_CHECKSUM_XXHASH3 | AWSC_CHECKSUM_XXHASH128,
};

int awsc_s3_get_object(struct awsc_client *client,
                       const struct awsc_s3_get_object_input *input,
                       struct awsc_s3_get_object_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_async(struct awsc_client *client,
                             const struct awsc_s3_get_object_input *input,
                             awsc_s3_get_object_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObject, input, get_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetObjectAcl_errors[] = {
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_GetObjectAcl_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_GetObjectAcl = {
    .name = "GetObjectAcl",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?acl",
    .input = &awsc__s3_tables.shapes[270],
    .output = &awsc__s3_tables.shapes[269],
    .errors = op_GetObjectAcl_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectAcl_context_params,
    .context_param_count = 2,
};

int awsc_s3_get_object_acl(struct awsc_client *client,
                           const struct awsc_s3_get_object_acl_input *input,
                           struct awsc_s3_get_object_acl_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectAcl, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_acl_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_acl_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_acl_async(struct awsc_client *client,
                                 const struct awsc_s3_get_object_acl_input *input,
                                 awsc_s3_get_object_acl_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectAcl, input, get_object_acl_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetObjectAnnotation_errors[] = {
    &awsc__s3_tables.shapes[449],
    &awsc__s3_tables.shapes[450],
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_GetObjectAnnotation_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_GetObjectAnnotation = {
    .name = "GetObjectAnnotation",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?annotation",
    .input = &awsc__s3_tables.shapes[272],
    .output = &awsc__s3_tables.shapes[271],
    .errors = op_GetObjectAnnotation_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectAnnotation_context_params,
    .context_param_count = 2,
    .checksum_mode_member = "ChecksumMode",
    .response_checksums = AWSC_CHECKSUM_CRC64NVME | AWSC_CHECKSUM_CRC32 | AWSC_CHECKSUM_CRC32C | AWSC_CHECKSUM_SHA256 | AWSC_CHECKSUM_SHA1 | AWSC_CHECKSUM_SHA512 | AWSC_CHECKSUM_MD5 | AWSC_CHECKSUM_XXHASH64 | AWSC_CHECKSUM_XXHASH3 | AWSC_CHECKSUM_XXHASH128,
};

int awsc_s3_get_object_annotation(struct awsc_client *client,
                                  const struct awsc_s3_get_object_annotation_input *input,
                                  struct awsc_s3_get_object_annotation_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectAnnotation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_annotation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_annotation_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_annotation_async(struct awsc_client *client,
                                        const struct awsc_s3_get_object_annotation_input *input,
                                        awsc_s3_get_object_annotation_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectAnnotation, input, get_object_annotation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetObjectAttributes_errors[] = {
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_GetObjectAttributes_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectAttributes = {
    .name = "GetObjectAttributes",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?attributes",
    .input = &awsc__s3_tables.shapes[275],
    .output = &awsc__s3_tables.shapes[273],
    .errors = op_GetObjectAttributes_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectAttributes_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_attributes(struct awsc_client *client,
                                  const struct awsc_s3_get_object_attributes_input *input,
                                  struct awsc_s3_get_object_attributes_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectAttributes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_attributes_async(struct awsc_client *client,
                                        const struct awsc_s3_get_object_attributes_input *input,
                                        awsc_s3_get_object_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectAttributes, input, get_object_attributes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetObjectLegalHold_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectLegalHold = {
    .name = "GetObjectLegalHold",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?legal-hold",
    .input = &awsc__s3_tables.shapes[277],
    .output = &awsc__s3_tables.shapes[276],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectLegalHold_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_legal_hold(struct awsc_client *client,
                                  const struct awsc_s3_get_object_legal_hold_input *input,
                                  struct awsc_s3_get_object_legal_hold_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectLegalHold, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_legal_hold_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_legal_hold_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_legal_hold_async(struct awsc_client *client,
                                        const struct awsc_s3_get_object_legal_hold_input *input,
                                        awsc_s3_get_object_legal_hold_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectLegalHold, input, get_object_legal_hold_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetObjectLockConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectLockConfiguration = {
    .name = "GetObjectLockConfiguration",
    .http_method = "GET",
    .request_uri = "/{Bucket}?object-lock",
    .input = &awsc__s3_tables.shapes[279],
    .output = &awsc__s3_tables.shapes[278],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectLockConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_lock_configuration(struct awsc_client *client,
                                          const struct awsc_s3_get_object_lock_configuration_input *input,
                                          struct awsc_s3_get_object_lock_configuration_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectLockConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_lock_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_lock_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_lock_configuration_async(struct awsc_client *client,
                                                const struct awsc_s3_get_object_lock_configuration_input *input,
                                                awsc_s3_get_object_lock_configuration_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectLockConfiguration, input, get_object_lock_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetObjectRetention_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectRetention = {
    .name = "GetObjectRetention",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?retention",
    .input = &awsc__s3_tables.shapes[284],
    .output = &awsc__s3_tables.shapes[283],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectRetention_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_retention(struct awsc_client *client,
                                 const struct awsc_s3_get_object_retention_input *input,
                                 struct awsc_s3_get_object_retention_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectRetention, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_retention_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_retention_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_retention_async(struct awsc_client *client,
                                       const struct awsc_s3_get_object_retention_input *input,
                                       awsc_s3_get_object_retention_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectRetention, input, get_object_retention_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetObjectTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectTagging = {
    .name = "GetObjectTagging",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?tagging",
    .input = &awsc__s3_tables.shapes[286],
    .output = &awsc__s3_tables.shapes[285],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectTagging_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_tagging(struct awsc_client *client,
                               const struct awsc_s3_get_object_tagging_input *input,
                               struct awsc_s3_get_object_tagging_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectTagging, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_tagging_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_tagging_async(struct awsc_client *client,
                                     const struct awsc_s3_get_object_tagging_input *input,
                                     awsc_s3_get_object_tagging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectTagging, input, get_object_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_GetObjectTorrent_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetObjectTorrent = {
    .name = "GetObjectTorrent",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?torrent",
    .input = &awsc__s3_tables.shapes[288],
    .output = &awsc__s3_tables.shapes[287],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_GetObjectTorrent_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_object_torrent(struct awsc_client *client,
                               const struct awsc_s3_get_object_torrent_input *input,
                               struct awsc_s3_get_object_torrent_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetObjectTorrent, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_object_torrent_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_object_torrent_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_object_torrent_async(struct awsc_client *client,
                                     const struct awsc_s3_get_object_torrent_input *input,
                                     awsc_s3_get_object_torrent_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetObjectTorrent, input, get_object_torrent_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_GetPublicAccessBlock_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_GetPublicAccessBlock_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_GetPublicAccessBlock = {
    .name = "GetPublicAccessBlock",
    .http_method = "GET",
    .request_uri = "/{Bucket}?publicAccessBlock",
    .input = &awsc__s3_tables.shapes[290],
    .output = &awsc__s3_tables.shapes[289],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_GetPublicAccessBlock_static_params,
    .static_param_count = 1,
    .context_params = op_GetPublicAccessBlock_context_params,
    .context_param_count = 1,
};

int awsc_s3_get_public_access_block(struct awsc_client *client,
                                    const struct awsc_s3_get_public_access_block_input *input,
                                    struct awsc_s3_get_public_access_block_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPublicAccessBlock, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_public_access_block_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_get_public_access_block_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_get_public_access_block_async(struct awsc_client *client,
                                          const struct awsc_s3_get_public_access_block_input *input,
                                          awsc_s3_get_public_access_block_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPublicAccessBlock, input, get_public_access_block_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_HeadBucket_errors[] = {
    &awsc__s3_tables.shapes[450],
};
static const struct awsc_endpoint_context_param op_HeadBucket_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_HeadBucket = {
    .name = "HeadBucket",
    .http_method = "HEAD",
    .request_uri = "/{Bucket}",
    .input = &awsc__s3_tables.shapes[301],
    .output = &awsc__s3_tables.shapes[300],
    .errors = op_HeadBucket_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_HeadBucket_context_params,
    .context_param_count = 1,
};

int awsc_s3_head_bucket(struct awsc_client *client,
                        const struct awsc_s3_head_bucket_input *input,
                        struct awsc_s3_head_bucket_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_HeadBucket, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void head_bucket_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_head_bucket_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_head_bucket_async(struct awsc_client *client,
                              const struct awsc_s3_head_bucket_input *input,
                              awsc_s3_head_bucket_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_HeadBucket, input, head_bucket_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_HeadObject_errors[] = {
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_HeadObject_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 5, NULL},
};

static const struct awsc_operation op_HeadObject = {
    .name = "HeadObject",
    .http_method = "HEAD",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[303],
    .output = &awsc__s3_tables.shapes[302],
    .errors = op_HeadObject_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_HeadObject_context_params,
    .context_param_count = 2,
};

int awsc_s3_head_object(struct awsc_client *client,
                        const struct awsc_s3_head_object_input *input,
                        struct awsc_s3_head_object_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_HeadObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void head_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_head_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_head_object_async(struct awsc_client *client,
                              const struct awsc_s3_head_object_input *input,
                              awsc_s3_head_object_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_HeadObject, input, head_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_ListBucketAnalyticsConfigurations_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListBucketAnalyticsConfigurations_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_ListBucketAnalyticsConfigurations = {
    .name = "ListBucketAnalyticsConfigurations",
    .http_method = "GET",
    .request_uri = "/{Bucket}?analytics",
    .input = &awsc__s3_tables.shapes[378],
    .output = &awsc__s3_tables.shapes[377],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_ListBucketAnalyticsConfigurations_static_params,
    .static_param_count = 1,
    .context_params = op_ListBucketAnalyticsConfigurations_context_params,
    .context_param_count = 1,
};

int awsc_s3_list_bucket_analytics_configurations(struct awsc_client *client,
                                                 const struct awsc_s3_list_bucket_analytics_configurations_input *input,
                                                 struct awsc_s3_list_bucket_analytics_configurations_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBucketAnalyticsConfigurations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_bucket_analytics_configurations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_bucket_analytics_configurations_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_bucket_analytics_configurations_async(struct awsc_client *client,
                                                       const struct awsc_s3_list_bucket_analytics_configurations_input *input,
                                                       awsc_s3_list_bucket_analytics_configurations_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBucketAnalyticsConfigurations, input, list_bucket_analytics_configurations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_ListBucketIntelligentTieringConfigurations_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListBucketIntelligentTieringConfigurations_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_ListBucketIntelligentTieringConfigurations = {
    .name = "ListBucketIntelligentTieringConfigurations",
    .http_method = "GET",
    .request_uri = "/{Bucket}?intelligent-tiering",
    .input = &awsc__s3_tables.shapes[380],
    .output = &awsc__s3_tables.shapes[379],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_ListBucketIntelligentTieringConfigurations_static_params,
    .static_param_count = 1,
    .context_params = op_ListBucketIntelligentTieringConfigurations_context_params,
    .context_param_count = 1,
};

int awsc_s3_list_bucket_intelligent_tiering_configurations(struct awsc_client *client,
                                                           const struct awsc_s3_list_bucket_intelligent_tiering_configurations_input *input,
                                                           struct awsc_s3_list_bucket_intelligent_tiering_configurations_output **output,
                                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBucketIntelligentTieringConfigurations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_bucket_intelligent_tiering_configurations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_bucket_intelligent_tiering_configurations_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_bucket_intelligent_tiering_configurations_async(struct awsc_client *client,
                                                                 const struct awsc_s3_list_bucket_intelligent_tiering_configurations_input *input,
                                                                 awsc_s3_list_bucket_intelligent_tiering_configurations_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBucketIntelligentTieringConfigurations, input, list_bucket_intelligent_tiering_configurations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_ListBucketInventoryConfigurations_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListBucketInventoryConfigurations_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_ListBucketInventoryConfigurations = {
    .name = "ListBucketInventoryConfigurations",
    .http_method = "GET",
    .request_uri = "/{Bucket}?inventory",
    .input = &awsc__s3_tables.shapes[382],
    .output = &awsc__s3_tables.shapes[381],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_ListBucketInventoryConfigurations_static_params,
    .static_param_count = 1,
    .context_params = op_ListBucketInventoryConfigurations_context_params,
    .context_param_count = 1,
};

int awsc_s3_list_bucket_inventory_configurations(struct awsc_client *client,
                                                 const struct awsc_s3_list_bucket_inventory_configurations_input *input,
                                                 struct awsc_s3_list_bucket_inventory_configurations_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBucketInventoryConfigurations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_bucket_inventory_configurations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_bucket_inventory_configurations_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_bucket_inventory_configurations_async(struct awsc_client *client,
                                                       const struct awsc_s3_list_bucket_inventory_configurations_input *input,
                                                       awsc_s3_list_bucket_inventory_configurations_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBucketInventoryConfigurations, input, list_bucket_inventory_configurations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_ListBucketMetricsConfigurations_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_ListBucketMetricsConfigurations_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_ListBucketMetricsConfigurations = {
    .name = "ListBucketMetricsConfigurations",
    .http_method = "GET",
    .request_uri = "/{Bucket}?metrics",
    .input = &awsc__s3_tables.shapes[384],
    .output = &awsc__s3_tables.shapes[383],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_ListBucketMetricsConfigurations_static_params,
    .static_param_count = 1,
    .context_params = op_ListBucketMetricsConfigurations_context_params,
    .context_param_count = 1,
};

int awsc_s3_list_bucket_metrics_configurations(struct awsc_client *client,
                                               const struct awsc_s3_list_bucket_metrics_configurations_input *input,
                                               struct awsc_s3_list_bucket_metrics_configurations_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBucketMetricsConfigurations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_bucket_metrics_configurations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_bucket_metrics_configurations_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_bucket_metrics_configurations_async(struct awsc_client *client,
                                                     const struct awsc_s3_list_bucket_metrics_configurations_input *input,
                                                     awsc_s3_list_bucket_metrics_configurations_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBucketMetricsConfigurations, input, list_bucket_metrics_configurations_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_ListBuckets = {
    .name = "ListBuckets",
    .http_method = "GET",
    .request_uri = "/",
    .input = &awsc__s3_tables.shapes[386],
    .output = &awsc__s3_tables.shapes[385],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
};

int awsc_s3_list_buckets(struct awsc_client *client,
                         const struct awsc_s3_list_buckets_input *input,
                         struct awsc_s3_list_buckets_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBuckets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_buckets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_buckets_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_buckets_async(struct awsc_client *client,
                               const struct awsc_s3_list_buckets_input *input,
                               awsc_s3_list_buckets_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBuckets, input, list_buckets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_ListDirectoryBuckets_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};

static const struct awsc_operation op_ListDirectoryBuckets = {
    .name = "ListDirectoryBuckets",
    .http_method = "GET",
    .request_uri = "/",
    .input = &awsc__s3_tables.shapes[388],
    .output = &awsc__s3_tables.shapes[387],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_ListDirectoryBuckets_static_params,
    .static_param_count = 1,
};

int awsc_s3_list_directory_buckets(struct awsc_client *client,
                                   const struct awsc_s3_list_directory_buckets_input *input,
                                   struct awsc_s3_list_directory_buckets_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDirectoryBuckets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_directory_buckets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_directory_buckets_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_directory_buckets_async(struct awsc_client *client,
                                         const struct awsc_s3_list_directory_buckets_input *input,
                                         awsc_s3_list_directory_buckets_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDirectoryBuckets, input, list_directory_buckets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_ListMultipartUploads_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Prefix", "Prefix", 5, NULL},
};

static const struct awsc_operation op_ListMultipartUploads = {
    .name = "ListMultipartUploads",
    .http_method = "GET",
    .request_uri = "/{Bucket}?uploads",
    .input = &awsc__s3_tables.shapes[390],
    .output = &awsc__s3_tables.shapes[389],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListMultipartUploads_context_params,
    .context_param_count = 2,
};

int awsc_s3_list_multipart_uploads(struct awsc_client *client,
                                   const struct awsc_s3_list_multipart_uploads_input *input,
                                   struct awsc_s3_list_multipart_uploads_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListMultipartUploads, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_multipart_uploads_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_multipart_uploads_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_multipart_uploads_async(struct awsc_client *client,
                                         const struct awsc_s3_list_multipart_uploads_input *input,
                                         awsc_s3_list_multipart_uploads_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListMultipartUploads, input, list_multipart_uploads_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListObjectAnnotations_errors[] = {
    &awsc__s3_tables.shapes[330],
    &awsc__s3_tables.shapes[450],
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_ListObjectAnnotations_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_ListObjectAnnotations = {
    .name = "ListObjectAnnotations",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}?annotation",
    .input = &awsc__s3_tables.shapes[392],
    .output = &awsc__s3_tables.shapes[391],
    .errors = op_ListObjectAnnotations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListObjectAnnotations_context_params,
    .context_param_count = 1,
};

int awsc_s3_list_object_annotations(struct awsc_client *client,
                                    const struct awsc_s3_list_object_annotations_input *input,
                                    struct awsc_s3_list_object_annotations_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListObjectAnnotations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_object_annotations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_object_annotations_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_object_annotations_async(struct awsc_client *client,
                                          const struct awsc_s3_list_object_annotations_input *input,
                                          awsc_s3_list_object_annotations_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListObjectAnnotations, input, list_object_annotations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_ListObjectVersions_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Prefix", "Prefix", 5, NULL},
};

static const struct awsc_operation op_ListObjectVersions = {
    .name = "ListObjectVersions",
    .http_method = "GET",
    .request_uri = "/{Bucket}?versions",
    .input = &awsc__s3_tables.shapes[394],
    .output = &awsc__s3_tables.shapes[393],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListObjectVersions_context_params,
    .context_param_count = 2,
};

int awsc_s3_list_object_versions(struct awsc_client *client,
                                 const struct awsc_s3_list_object_versions_input *input,
                                 struct awsc_s3_list_object_versions_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListObjectVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_object_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_object_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_object_versions_async(struct awsc_client *client,
                                       const struct awsc_s3_list_object_versions_input *input,
                                       awsc_s3_list_object_versions_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListObjectVersions, input, list_object_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListObjects_errors[] = {
    &awsc__s3_tables.shapes[450],
};
static const struct awsc_endpoint_context_param op_ListObjects_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Prefix", "Prefix", 5, NULL},
};

static const struct awsc_operation op_ListObjects = {
    .name = "ListObjects",
    .http_method = "GET",
    .request_uri = "/{Bucket}",
    .input = &awsc__s3_tables.shapes[396],
    .output = &awsc__s3_tables.shapes[395],
    .errors = op_ListObjects_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListObjects_context_params,
    .context_param_count = 2,
};

int awsc_s3_list_objects(struct awsc_client *client,
                         const struct awsc_s3_list_objects_input *input,
                         struct awsc_s3_list_objects_output **output,
                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListObjects, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_objects_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_objects_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_objects_async(struct awsc_client *client,
                               const struct awsc_s3_list_objects_input *input,
                               awsc_s3_list_objects_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListObjects, input, list_objects_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListObjectsV2_errors[] = {
    &awsc__s3_tables.shapes[450],
};
static const struct awsc_endpoint_context_param op_ListObjectsV2_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Prefix", "Prefix", 4, NULL},
};

static const struct awsc_operation op_ListObjectsV2 = {
    .name = "ListObjectsV2",
    .http_method = "GET",
    .request_uri = "/{Bucket}?list-type=2",
    .input = &awsc__s3_tables.shapes[398],
    .output = &awsc__s3_tables.shapes[397],
    .errors = op_ListObjectsV2_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListObjectsV2_context_params,
    .context_param_count = 2,
};

int awsc_s3_list_objects_v2(struct awsc_client *client,
                            const struct awsc_s3_list_objects_v2_input *input,
                            struct awsc_s3_list_objects_v2_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListObjectsV2, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_objects_v2_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_objects_v2_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_objects_v2_async(struct awsc_client *client,
                                  const struct awsc_s3_list_objects_v2_input *input,
                                  awsc_s3_list_objects_v2_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListObjectsV2, input, list_objects_v2_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_ListParts_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_ListParts = {
    .name = "ListParts",
    .http_method = "GET",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[400],
    .output = &awsc__s3_tables.shapes[399],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_ListParts_context_params,
    .context_param_count = 2,
};

int awsc_s3_list_parts(struct awsc_client *client,
                       const struct awsc_s3_list_parts_input *input,
                       struct awsc_s3_list_parts_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListParts, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_parts_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_list_parts_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_list_parts_async(struct awsc_client *client,
                             const struct awsc_s3_list_parts_input *input,
                             awsc_s3_list_parts_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListParts, input, list_parts_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_PutBucketAbac_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketAbac = {
    .name = "PutBucketAbac",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?abac",
    .input = &awsc__s3_tables.shapes[522],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutBucketAbac_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_abac(struct awsc_client *client,
                            const struct awsc_s3_put_bucket_abac_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketAbac, input, NULL, err);
}

static void put_bucket_abac_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_abac_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_abac_async(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_abac_input *input,
                                  awsc_s3_put_bucket_abac_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketAbac, input, put_bucket_abac_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketAccelerateConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketAccelerateConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketAccelerateConfiguration = {
    .name = "PutBucketAccelerateConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?accelerate",
    .input = &awsc__s3_tables.shapes[523],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketAccelerateConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketAccelerateConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_accelerate_configuration(struct awsc_client *client,
                                                const struct awsc_s3_put_bucket_accelerate_configuration_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketAccelerateConfiguration, input, NULL, err);
}

static void put_bucket_accelerate_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_accelerate_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_accelerate_configuration_async(struct awsc_client *client,
                                                      const struct awsc_s3_put_bucket_accelerate_configuration_input *input,
                                                      awsc_s3_put_bucket_accelerate_configuration_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketAccelerateConfiguration, input, put_bucket_accelerate_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketAcl_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketAcl_context_params[] = {
    {"Bucket", "Bucket", 2, NULL},
};

static const struct awsc_operation op_PutBucketAcl = {
    .name = "PutBucketAcl",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?acl",
    .input = &awsc__s3_tables.shapes[524],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketAcl_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketAcl_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_acl(struct awsc_client *client,
                           const struct awsc_s3_put_bucket_acl_input *input,
                           struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketAcl, input, NULL, err);
}

static void put_bucket_acl_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_acl_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_acl_async(struct awsc_client *client,
                                 const struct awsc_s3_put_bucket_acl_input *input,
                                 awsc_s3_put_bucket_acl_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketAcl, input, put_bucket_acl_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketAnalyticsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketAnalyticsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketAnalyticsConfiguration = {
    .name = "PutBucketAnalyticsConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?analytics",
    .input = &awsc__s3_tables.shapes[525],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketAnalyticsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketAnalyticsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_put_bucket_analytics_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_analytics_configuration_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketAnalyticsConfiguration, input, NULL, err);
}

static void put_bucket_analytics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_analytics_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_analytics_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_put_bucket_analytics_configuration_input *input,
                                                     awsc_s3_put_bucket_analytics_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketAnalyticsConfiguration, input, put_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketCors_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketCors_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketCors = {
    .name = "PutBucketCors",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?cors",
    .input = &awsc__s3_tables.shapes[526],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketCors_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketCors_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_cors(struct awsc_client *client,
                            const struct awsc_s3_put_bucket_cors_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketCors, input, NULL, err);
}

static void put_bucket_cors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_cors_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_cors_async(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_cors_input *input,
                                  awsc_s3_put_bucket_cors_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketCors, input, put_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketEncryption_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketEncryption_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketEncryption = {
    .name = "PutBucketEncryption",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?encryption",
    .input = &awsc__s3_tables.shapes[527],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketEncryption_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketEncryption_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_encryption(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_encryption_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketEncryption, input, NULL, err);
}

static void put_bucket_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_encryption_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_encryption_async(struct awsc_client *client,
                                        const struct awsc_s3_put_bucket_encryption_input *input,
                                        awsc_s3_put_bucket_encryption_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketEncryption, input, put_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketIntelligentTieringConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketIntelligentTieringConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketIntelligentTieringConfiguration = {
    .name = "PutBucketIntelligentTieringConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?intelligent-tiering",
    .input = &awsc__s3_tables.shapes[528],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketIntelligentTieringConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketIntelligentTieringConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_put_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_put_bucket_intelligent_tiering_configuration_input *input,
                                                         struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketIntelligentTieringConfiguration, input, NULL, err);
}

static void put_bucket_intelligent_tiering_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_intelligent_tiering_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_intelligent_tiering_configuration_async(struct awsc_client *client,
                                                               const struct awsc_s3_put_bucket_intelligent_tiering_configuration_input *input,
                                                               awsc_s3_put_bucket_intelligent_tiering_configuration_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketIntelligentTieringConfiguration, input, put_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketInventoryConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketInventoryConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketInventoryConfiguration = {
    .name = "PutBucketInventoryConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?inventory",
    .input = &awsc__s3_tables.shapes[529],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketInventoryConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketInventoryConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_put_bucket_inventory_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_inventory_configuration_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketInventoryConfiguration, input, NULL, err);
}

static void put_bucket_inventory_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_inventory_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_inventory_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_put_bucket_inventory_configuration_input *input,
                                                     awsc_s3_put_bucket_inventory_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketInventoryConfiguration, input, put_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketLifecycle_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketLifecycle_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketLifecycle = {
    .name = "PutBucketLifecycle",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?lifecycle",
    .input = &awsc__s3_tables.shapes[532],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED | AWSC_OF_DEPRECATED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketLifecycle_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketLifecycle_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_lifecycle(struct awsc_client *client,
                                 const struct awsc_s3_put_bucket_lifecycle_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketLifecycle, input, NULL, err);
}

static void put_bucket_lifecycle_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_lifecycle_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_lifecycle_async(struct awsc_client *client,
                                       const struct awsc_s3_put_bucket_lifecycle_input *input,
                                       awsc_s3_put_bucket_lifecycle_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketLifecycle, input, put_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketLifecycleConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketLifecycleConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketLifecycleConfiguration = {
    .name = "PutBucketLifecycleConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?lifecycle",
    .input = &awsc__s3_tables.shapes[531],
    .output = &awsc__s3_tables.shapes[530],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketLifecycleConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketLifecycleConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_lifecycle_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                               struct awsc_s3_put_bucket_lifecycle_configuration_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutBucketLifecycleConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_bucket_lifecycle_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_bucket_lifecycle_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_bucket_lifecycle_configuration_async(struct awsc_client *client,
                                                     const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                                     awsc_s3_put_bucket_lifecycle_configuration_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketLifecycleConfiguration, input, put_bucket_lifecycle_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketLogging_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketLogging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketLogging = {
    .name = "PutBucketLogging",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?logging",
    .input = &awsc__s3_tables.shapes[533],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketLogging_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketLogging_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_logging(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_logging_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketLogging, input, NULL, err);
}

static void put_bucket_logging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_logging_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_logging_async(struct awsc_client *client,
                                     const struct awsc_s3_put_bucket_logging_input *input,
                                     awsc_s3_put_bucket_logging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketLogging, input, put_bucket_logging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketMetricsConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketMetricsConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketMetricsConfiguration = {
    .name = "PutBucketMetricsConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?metrics",
    .input = &awsc__s3_tables.shapes[534],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketMetricsConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketMetricsConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_put_bucket_metrics_configuration(struct awsc_client *client,
                                             const struct awsc_s3_put_bucket_metrics_configuration_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketMetricsConfiguration, input, NULL, err);
}

static void put_bucket_metrics_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_metrics_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_metrics_configuration_async(struct awsc_client *client,
                                                   const struct awsc_s3_put_bucket_metrics_configuration_input *input,
                                                   awsc_s3_put_bucket_metrics_configuration_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketMetricsConfiguration, input, put_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketNotification_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketNotification_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketNotification = {
    .name = "PutBucketNotification",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?notification",
    .input = &awsc__s3_tables.shapes[536],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED | AWSC_OF_DEPRECATED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketNotification_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketNotification_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_notification(struct awsc_client *client,
                                    const struct awsc_s3_put_bucket_notification_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketNotification, input, NULL, err);
}

static void put_bucket_notification_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_notification_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_notification_async(struct awsc_client *client,
                                          const struct awsc_s3_put_bucket_notification_input *input,
                                          awsc_s3_put_bucket_notification_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketNotification, input, put_bucket_notification_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketNotificationConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketNotificationConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketNotificationConfiguration = {
    .name = "PutBucketNotificationConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?notification",
    .input = &awsc__s3_tables.shapes[535],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketNotificationConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketNotificationConfiguration_context_params,
    .context_param_count = 1,
};

int awsc_s3_put_bucket_notification_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_put_bucket_notification_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketNotificationConfiguration, input, NULL, err);
}

static void put_bucket_notification_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_notification_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_notification_configuration_async(struct awsc_client *client,
                                                        const struct awsc_s3_put_bucket_notification_configuration_input *input,
                                                        awsc_s3_put_bucket_notification_configuration_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketNotificationConfiguration, input, put_bucket_notification_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketOwnershipControls_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketOwnershipControls_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketOwnershipControls = {
    .name = "PutBucketOwnershipControls",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?ownershipControls",
    .input = &awsc__s3_tables.shapes[537],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketOwnershipControls_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketOwnershipControls_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_ownership_controls(struct awsc_client *client,
                                          const struct awsc_s3_put_bucket_ownership_controls_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketOwnershipControls, input, NULL, err);
}

static void put_bucket_ownership_controls_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_ownership_controls_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_ownership_controls_async(struct awsc_client *client,
                                                const struct awsc_s3_put_bucket_ownership_controls_input *input,
                                                awsc_s3_put_bucket_ownership_controls_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketOwnershipControls, input, put_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketPolicy_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketPolicy_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketPolicy = {
    .name = "PutBucketPolicy",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?policy",
    .input = &awsc__s3_tables.shapes[538],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketPolicy_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketPolicy_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_policy(struct awsc_client *client,
                              const struct awsc_s3_put_bucket_policy_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketPolicy, input, NULL, err);
}

static void put_bucket_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_policy_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_policy_async(struct awsc_client *client,
                                    const struct awsc_s3_put_bucket_policy_input *input,
                                    awsc_s3_put_bucket_policy_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketPolicy, input, put_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketReplication_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketReplication_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketReplication = {
    .name = "PutBucketReplication",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?replication",
    .input = &awsc__s3_tables.shapes[539],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketReplication_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketReplication_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_replication(struct awsc_client *client,
                                   const struct awsc_s3_put_bucket_replication_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketReplication, input, NULL, err);
}

static void put_bucket_replication_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_replication_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_replication_async(struct awsc_client *client,
                                         const struct awsc_s3_put_bucket_replication_input *input,
                                         awsc_s3_put_bucket_replication_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketReplication, input, put_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketRequestPayment_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketRequestPayment_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketRequestPayment = {
    .name = "PutBucketRequestPayment",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?requestPayment",
    .input = &awsc__s3_tables.shapes[540],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketRequestPayment_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketRequestPayment_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_request_payment(struct awsc_client *client,
                                       const struct awsc_s3_put_bucket_request_payment_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketRequestPayment, input, NULL, err);
}

static void put_bucket_request_payment_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_request_payment_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_request_payment_async(struct awsc_client *client,
                                             const struct awsc_s3_put_bucket_request_payment_input *input,
                                             awsc_s3_put_bucket_request_payment_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketRequestPayment, input, put_bucket_request_payment_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketTagging_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketTagging = {
    .name = "PutBucketTagging",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?tagging",
    .input = &awsc__s3_tables.shapes[541],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketTagging_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketTagging_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_tagging(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_tagging_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketTagging, input, NULL, err);
}

static void put_bucket_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_tagging_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_tagging_async(struct awsc_client *client,
                                     const struct awsc_s3_put_bucket_tagging_input *input,
                                     awsc_s3_put_bucket_tagging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketTagging, input, put_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketVersioning_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketVersioning_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketVersioning = {
    .name = "PutBucketVersioning",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?versioning",
    .input = &awsc__s3_tables.shapes[542],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketVersioning_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketVersioning_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_versioning(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_versioning_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketVersioning, input, NULL, err);
}

static void put_bucket_versioning_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_versioning_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_versioning_async(struct awsc_client *client,
                                        const struct awsc_s3_put_bucket_versioning_input *input,
                                        awsc_s3_put_bucket_versioning_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketVersioning, input, put_bucket_versioning_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutBucketWebsite_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutBucketWebsite_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutBucketWebsite = {
    .name = "PutBucketWebsite",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?website",
    .input = &awsc__s3_tables.shapes[543],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutBucketWebsite_static_params,
    .static_param_count = 1,
    .context_params = op_PutBucketWebsite_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_bucket_website(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_website_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_PutBucketWebsite, input, NULL, err);
}

static void put_bucket_website_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_bucket_website_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_bucket_website_async(struct awsc_client *client,
                                     const struct awsc_s3_put_bucket_website_input *input,
                                     awsc_s3_put_bucket_website_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutBucketWebsite, input, put_bucket_website_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutObject_errors[] = {
    &awsc__s3_tables.shapes[190],
    &awsc__s3_tables.shapes[331],
    &awsc__s3_tables.shapes[332],
    &awsc__s3_tables.shapes[686],
};
static const struct awsc_endpoint_context_param op_PutObject_context_params[] = {
    {"Bucket", "Bucket", 2, NULL},
    {"Key", "Key", 28, NULL},
};

static const struct awsc_operation op_PutObject = {
    .name = "PutObject",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[553],
    .output = &awsc__s3_tables.shapes[552],
    .errors = op_PutObject_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObject_context_params,
    .context_param_count = 2,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object(struct awsc_client *client,
                       const struct awsc_s3_put_object_input *input,
                       struct awsc_s3_put_object_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_async(struct awsc_client *client,
                             const struct awsc_s3_put_object_input *input,
                             awsc_s3_put_object_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObject, input, put_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutObjectAcl_errors[] = {
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_PutObjectAcl_context_params[] = {
    {"Bucket", "Bucket", 2, NULL},
    {"Key", "Key", 10, NULL},
};

static const struct awsc_operation op_PutObjectAcl = {
    .name = "PutObjectAcl",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?acl",
    .input = &awsc__s3_tables.shapes[545],
    .output = &awsc__s3_tables.shapes[544],
    .errors = op_PutObjectAcl_errors,
    .error_count = 1,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectAcl_context_params,
    .context_param_count = 2,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_acl(struct awsc_client *client,
                           const struct awsc_s3_put_object_acl_input *input,
                           struct awsc_s3_put_object_acl_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectAcl, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_acl_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_acl_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_acl_async(struct awsc_client *client,
                                 const struct awsc_s3_put_object_acl_input *input,
                                 awsc_s3_put_object_acl_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectAcl, input, put_object_acl_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutObjectAnnotation_errors[] = {
    &awsc__s3_tables.shapes[34],
    &awsc__s3_tables.shapes[37],
    &awsc__s3_tables.shapes[328],
    &awsc__s3_tables.shapes[331],
    &awsc__s3_tables.shapes[450],
    &awsc__s3_tables.shapes[451],
    &awsc__s3_tables.shapes[697],
};
static const struct awsc_endpoint_context_param op_PutObjectAnnotation_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_PutObjectAnnotation = {
    .name = "PutObjectAnnotation",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?annotation",
    .input = &awsc__s3_tables.shapes[547],
    .output = &awsc__s3_tables.shapes[546],
    .errors = op_PutObjectAnnotation_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectAnnotation_context_params,
    .context_param_count = 2,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_annotation(struct awsc_client *client,
                                  const struct awsc_s3_put_object_annotation_input *input,
                                  struct awsc_s3_put_object_annotation_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectAnnotation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_annotation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_annotation_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_annotation_async(struct awsc_client *client,
                                        const struct awsc_s3_put_object_annotation_input *input,
                                        awsc_s3_put_object_annotation_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectAnnotation, input, put_object_annotation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_PutObjectLegalHold_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutObjectLegalHold = {
    .name = "PutObjectLegalHold",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?legal-hold",
    .input = &awsc__s3_tables.shapes[549],
    .output = &awsc__s3_tables.shapes[548],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectLegalHold_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_legal_hold(struct awsc_client *client,
                                  const struct awsc_s3_put_object_legal_hold_input *input,
                                  struct awsc_s3_put_object_legal_hold_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectLegalHold, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_legal_hold_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_legal_hold_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_legal_hold_async(struct awsc_client *client,
                                        const struct awsc_s3_put_object_legal_hold_input *input,
                                        awsc_s3_put_object_legal_hold_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectLegalHold, input, put_object_legal_hold_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_PutObjectLockConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutObjectLockConfiguration = {
    .name = "PutObjectLockConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?object-lock",
    .input = &awsc__s3_tables.shapes[551],
    .output = &awsc__s3_tables.shapes[550],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectLockConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_lock_configuration(struct awsc_client *client,
                                          const struct awsc_s3_put_object_lock_configuration_input *input,
                                          struct awsc_s3_put_object_lock_configuration_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectLockConfiguration, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_lock_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_lock_configuration_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_lock_configuration_async(struct awsc_client *client,
                                                const struct awsc_s3_put_object_lock_configuration_input *input,
                                                awsc_s3_put_object_lock_configuration_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectLockConfiguration, input, put_object_lock_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_PutObjectRetention_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutObjectRetention = {
    .name = "PutObjectRetention",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?retention",
    .input = &awsc__s3_tables.shapes[555],
    .output = &awsc__s3_tables.shapes[554],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectRetention_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_retention(struct awsc_client *client,
                                 const struct awsc_s3_put_object_retention_input *input,
                                 struct awsc_s3_put_object_retention_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectRetention, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_retention_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_retention_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_retention_async(struct awsc_client *client,
                                       const struct awsc_s3_put_object_retention_input *input,
                                       awsc_s3_put_object_retention_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectRetention, input, put_object_retention_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_PutObjectTagging_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutObjectTagging = {
    .name = "PutObjectTagging",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?tagging",
    .input = &awsc__s3_tables.shapes[557],
    .output = &awsc__s3_tables.shapes[556],
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_PutObjectTagging_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_object_tagging(struct awsc_client *client,
                               const struct awsc_s3_put_object_tagging_input *input,
                               struct awsc_s3_put_object_tagging_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutObjectTagging, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_object_tagging_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_put_object_tagging_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_put_object_tagging_async(struct awsc_client *client,
                                     const struct awsc_s3_put_object_tagging_input *input,
                                     awsc_s3_put_object_tagging_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutObjectTagging, input, put_object_tagging_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_PutPublicAccessBlock_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_PutPublicAccessBlock_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_PutPublicAccessBlock = {
    .name = "PutPublicAccessBlock",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?publicAccessBlock",
    .input = &awsc__s3_tables.shapes[558],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_PutPublicAccessBlock_static_params,
    .static_param_count = 1,
    .context_params = op_PutPublicAccessBlock_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_put_public_access_block(struct awsc_client *client,
                                    const struct awsc_s3_put_public_access_block_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &op_PutPublicAccessBlock, input, NULL, err);
}

static void put_public_access_block_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_put_public_access_block_cb *)cb)(user_data, status, err);
}

int awsc_s3_put_public_access_block_async(struct awsc_client *client,
                                          const struct awsc_s3_put_public_access_block_input *input,
                                          awsc_s3_put_public_access_block_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutPublicAccessBlock, input, put_public_access_block_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RenameObject_errors[] = {
    &awsc__s3_tables.shapes[308],
};
static const struct awsc_endpoint_context_param op_RenameObject_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
    {"Key", "Key", 1, NULL},
};

static const struct awsc_operation op_RenameObject = {
    .name = "RenameObject",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?renameObject",
    .input = &awsc__s3_tables.shapes[576],
    .output = &awsc__s3_tables.shapes[575],
    .errors = op_RenameObject_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_RenameObject_context_params,
    .context_param_count = 2,
};

int awsc_s3_rename_object(struct awsc_client *client,
                          const struct awsc_s3_rename_object_input *input,
                          struct awsc_s3_rename_object_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RenameObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void rename_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_rename_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_rename_object_async(struct awsc_client *client,
                                const struct awsc_s3_rename_object_input *input,
                                awsc_s3_rename_object_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RenameObject, input, rename_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RestoreObject_errors[] = {
    &awsc__s3_tables.shapes[462],
};
static const struct awsc_endpoint_context_param op_RestoreObject_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_RestoreObject = {
    .name = "RestoreObject",
    .http_method = "POST",
    .request_uri = "/{Bucket}/{Key+}?restore",
    .input = &awsc__s3_tables.shapes[612],
    .output = &awsc__s3_tables.shapes[611],
    .errors = op_RestoreObject_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_RestoreObject_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_restore_object(struct awsc_client *client,
                           const struct awsc_s3_restore_object_input *input,
                           struct awsc_s3_restore_object_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RestoreObject, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void restore_object_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_restore_object_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_restore_object_async(struct awsc_client *client,
                                 const struct awsc_s3_restore_object_input *input,
                                 awsc_s3_restore_object_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RestoreObject, input, restore_object_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_SelectObjectContent_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_SelectObjectContent = {
    .name = "SelectObjectContent",
    .http_method = "POST",
    .request_uri = "/{Bucket}/{Key+}?select&select-type=2",
    .input = &awsc__s3_tables.shapes[643],
    .output = &awsc__s3_tables.shapes[642],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_SelectObjectContent_context_params,
    .context_param_count = 1,
};

static int select_object_content_event(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_s3_select_object_content_event_cb *)on_event)(user_data, event);
}

int awsc_s3_select_object_content(struct awsc_client *client,
                                  const struct awsc_s3_select_object_content_input *input,
                                  awsc_s3_select_object_content_event_cb *on_event,
                                  void *user_data,
                                  struct awsc_s3_select_object_content_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call_events_typed(client, &op_SelectObjectContent, input, select_object_content_event, (awsc_fn *)on_event, user_data, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void select_object_content_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_select_object_content_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_select_object_content_async(struct awsc_client *client,
                                        const struct awsc_s3_select_object_content_input *input,
                                        awsc_s3_select_object_content_event_cb *on_event,
                                        awsc_s3_select_object_content_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_events_async_typed(client, &op_SelectObjectContent, input, select_object_content_event, (awsc_fn *)on_event, select_object_content_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_UpdateBucketMetadataAnnotationTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateBucketMetadataAnnotationTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_UpdateBucketMetadataAnnotationTableConfiguration = {
    .name = "UpdateBucketMetadataAnnotationTableConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?metadataAnnotationTable",
    .input = &awsc__s3_tables.shapes[698],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_UpdateBucketMetadataAnnotationTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateBucketMetadataAnnotationTableConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_update_bucket_metadata_annotation_table_configuration(struct awsc_client *client,
                                                                  const struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input *input,
                                                                  struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateBucketMetadataAnnotationTableConfiguration, input, NULL, err);
}

static void update_bucket_metadata_annotation_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_update_bucket_metadata_annotation_table_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_update_bucket_metadata_annotation_table_configuration_async(struct awsc_client *client,
                                                                        const struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input *input,
                                                                        awsc_s3_update_bucket_metadata_annotation_table_configuration_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateBucketMetadataAnnotationTableConfiguration, input, update_bucket_metadata_annotation_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_UpdateBucketMetadataInventoryTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateBucketMetadataInventoryTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_UpdateBucketMetadataInventoryTableConfiguration = {
    .name = "UpdateBucketMetadataInventoryTableConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?metadataInventoryTable",
    .input = &awsc__s3_tables.shapes[699],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_UpdateBucketMetadataInventoryTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateBucketMetadataInventoryTableConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_update_bucket_metadata_inventory_table_configuration(struct awsc_client *client,
                                                                 const struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input *input,
                                                                 struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateBucketMetadataInventoryTableConfiguration, input, NULL, err);
}

static void update_bucket_metadata_inventory_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_update_bucket_metadata_inventory_table_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_update_bucket_metadata_inventory_table_configuration_async(struct awsc_client *client,
                                                                       const struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input *input,
                                                                       awsc_s3_update_bucket_metadata_inventory_table_configuration_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateBucketMetadataInventoryTableConfiguration, input, update_bucket_metadata_inventory_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_UpdateBucketMetadataJournalTableConfiguration_static_params[] = {
    {"UseS3ExpressControlEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_UpdateBucketMetadataJournalTableConfiguration_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_UpdateBucketMetadataJournalTableConfiguration = {
    .name = "UpdateBucketMetadataJournalTableConfiguration",
    .http_method = "PUT",
    .request_uri = "/{Bucket}?metadataJournalTable",
    .input = &awsc__s3_tables.shapes[700],
    .output = NULL,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_UpdateBucketMetadataJournalTableConfiguration_static_params,
    .static_param_count = 1,
    .context_params = op_UpdateBucketMetadataJournalTableConfiguration_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_update_bucket_metadata_journal_table_configuration(struct awsc_client *client,
                                                               const struct awsc_s3_update_bucket_metadata_journal_table_configuration_input *input,
                                                               struct awsc_error *err)
{
    return awsc_call(client, &op_UpdateBucketMetadataJournalTableConfiguration, input, NULL, err);
}

static void update_bucket_metadata_journal_table_configuration_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_update_bucket_metadata_journal_table_configuration_cb *)cb)(user_data, status, err);
}

int awsc_s3_update_bucket_metadata_journal_table_configuration_async(struct awsc_client *client,
                                                                     const struct awsc_s3_update_bucket_metadata_journal_table_configuration_input *input,
                                                                     awsc_s3_update_bucket_metadata_journal_table_configuration_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateBucketMetadataJournalTableConfiguration, input, update_bucket_metadata_journal_table_configuration_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateObjectEncryption_errors[] = {
    &awsc__s3_tables.shapes[10],
    &awsc__s3_tables.shapes[331],
    &awsc__s3_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_UpdateObjectEncryption_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_UpdateObjectEncryption = {
    .name = "UpdateObjectEncryption",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}?encryption",
    .input = &awsc__s3_tables.shapes[701],
    .output = &awsc__s3_tables.shapes[702],
    .errors = op_UpdateObjectEncryption_errors,
    .error_count = 3,
    .flags = AWSC_OF_CHECKSUM_REQUIRED,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_UpdateObjectEncryption_context_params,
    .context_param_count = 1,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_update_object_encryption(struct awsc_client *client,
                                     const struct awsc_s3_update_object_encryption_input *input,
                                     struct awsc_s3_update_object_encryption_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateObjectEncryption, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_object_encryption_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_update_object_encryption_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_update_object_encryption_async(struct awsc_client *client,
                                           const struct awsc_s3_update_object_encryption_input *input,
                                           awsc_s3_update_object_encryption_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateObjectEncryption, input, update_object_encryption_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_context_param op_UploadPart_context_params[] = {
    {"Bucket", "Bucket", 1, NULL},
    {"Key", "Key", 15, NULL},
};

static const struct awsc_operation op_UploadPart = {
    .name = "UploadPart",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[707],
    .output = &awsc__s3_tables.shapes[706],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .context_params = op_UploadPart_context_params,
    .context_param_count = 2,
    .checksum_algorithm_member = "ChecksumAlgorithm",
};

int awsc_s3_upload_part(struct awsc_client *client,
                        const struct awsc_s3_upload_part_input *input,
                        struct awsc_s3_upload_part_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UploadPart, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void upload_part_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_upload_part_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_upload_part_async(struct awsc_client *client,
                              const struct awsc_s3_upload_part_input *input,
                              awsc_s3_upload_part_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UploadPart, input, upload_part_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_UploadPartCopy_static_params[] = {
    {"DisableS3ExpressSessionAuth", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_UploadPartCopy_context_params[] = {
    {"Bucket", "Bucket", 0, NULL},
};

static const struct awsc_operation op_UploadPartCopy = {
    .name = "UploadPartCopy",
    .http_method = "PUT",
    .request_uri = "/{Bucket}/{Key+}",
    .input = &awsc__s3_tables.shapes[705],
    .output = &awsc__s3_tables.shapes[704],
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_s3_service,
    .static_params = op_UploadPartCopy_static_params,
    .static_param_count = 1,
    .context_params = op_UploadPartCopy_context_params,
    .context_param_count = 1,
};

int awsc_s3_upload_part_copy(struct awsc_client *client,
                             const struct awsc_s3_upload_part_copy_input *input,
                             struct awsc_s3_upload_part_copy_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UploadPartCopy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void upload_part_copy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_s3_upload_part_copy_cb *)cb)(user_data, status, output, err);
}

int awsc_s3_upload_part_copy_async(struct awsc_client *client,
                                   const struct awsc_s3_upload_part_copy_input *input,
                                   awsc_s3_upload_part_copy_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UploadPartCopy, input, upload_part_copy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_endpoint_param op_WriteGetObjectResponse_static_params[] = {
    {"UseObjectLambdaEndpoint", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};

static const struct awsc_operation op_WriteGetObjectResponse = {
    .name = "WriteGetObjectResponse",
    .http_method = "POST",
    .request_uri = "/WriteGetObjectResponse",
    .input = &awsc__s3_tables.shapes[715],
    .output = NULL,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4_UNSIGNED_BODY,
    .host_prefix = "{RequestRoute}.",
    .service = &awsc_s3_service,
    .static_params = op_WriteGetObjectResponse_static_params,
    .static_param_count = 1,
};

int awsc_s3_write_get_object_response(struct awsc_client *client,
                                      const struct awsc_s3_write_get_object_response_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &op_WriteGetObjectResponse, input, NULL, err);
}

static void write_get_object_response_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_s3_write_get_object_response_cb *)cb)(user_data, status, err);
}

int awsc_s3_write_get_object_response_async(struct awsc_client *client,
                                            const struct awsc_s3_write_get_object_response_input *input,
                                            awsc_s3_write_get_object_response_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_WriteGetObjectResponse, input, write_get_object_response_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AbortMultipartUpload,
    &op_CompleteMultipartUpload,
    &op_CopyObject,
    &op_CreateBucket,
    &op_CreateBucketMetadataConfiguration,
    &op_CreateBucketMetadataTableConfiguration,
    &op_CreateMultipartUpload,
    &op_CreateSession,
    &op_DeleteBucket,
    &op_DeleteBucketAnalyticsConfiguration,
    &op_DeleteBucketCors,
    &op_DeleteBucketEncryption,
    &op_DeleteBucketIntelligentTieringConfiguration,
    &op_DeleteBucketInventoryConfiguration,
    &op_DeleteBucketLifecycle,
    &op_DeleteBucketMetadataConfiguration,
    &op_DeleteBucketMetadataTableConfiguration,
    &op_DeleteBucketMetricsConfiguration,
    &op_DeleteBucketOwnershipControls,
    &op_DeleteBucketPolicy,
    &op_DeleteBucketReplication,
    &op_DeleteBucketTagging,
    &op_DeleteBucketWebsite,
    &op_DeleteObject,
    &op_DeleteObjectAnnotation,
    &op_DeleteObjectTagging,
    &op_DeleteObjects,
    &op_DeletePublicAccessBlock,
    &op_GetBucketAbac,
    &op_GetBucketAccelerateConfiguration,
    &op_GetBucketAcl,
    &op_GetBucketAnalyticsConfiguration,
    &op_GetBucketCors,
    &op_GetBucketEncryption,
    &op_GetBucketIntelligentTieringConfiguration,
    &op_GetBucketInventoryConfiguration,
    &op_GetBucketLifecycle,
    &op_GetBucketLifecycleConfiguration,
    &op_GetBucketLocation,
    &op_GetBucketLogging,
    &op_GetBucketMetadataConfiguration,
    &op_GetBucketMetadataTableConfiguration,
    &op_GetBucketMetricsConfiguration,
    &op_GetBucketNotification,
    &op_GetBucketNotificationConfiguration,
    &op_GetBucketOwnershipControls,
    &op_GetBucketPolicy,
    &op_GetBucketPolicyStatus,
    &op_GetBucketReplication,
    &op_GetBucketRequestPayment,
    &op_GetBucketTagging,
    &op_GetBucketVersioning,
    &op_GetBucketWebsite,
    &op_GetObject,
    &op_GetObjectAcl,
    &op_GetObjectAnnotation,
    &op_GetObjectAttributes,
    &op_GetObjectLegalHold,
    &op_GetObjectLockConfiguration,
    &op_GetObjectRetention,
    &op_GetObjectTagging,
    &op_GetObjectTorrent,
    &op_GetPublicAccessBlock,
    &op_HeadBucket,
    &op_HeadObject,
    &op_ListBucketAnalyticsConfigurations,
    &op_ListBucketIntelligentTieringConfigurations,
    &op_ListBucketInventoryConfigurations,
    &op_ListBucketMetricsConfigurations,
    &op_ListBuckets,
    &op_ListDirectoryBuckets,
    &op_ListMultipartUploads,
    &op_ListObjectAnnotations,
    &op_ListObjectVersions,
    &op_ListObjects,
    &op_ListObjectsV2,
    &op_ListParts,
    &op_PutBucketAbac,
    &op_PutBucketAccelerateConfiguration,
    &op_PutBucketAcl,
    &op_PutBucketAnalyticsConfiguration,
    &op_PutBucketCors,
    &op_PutBucketEncryption,
    &op_PutBucketIntelligentTieringConfiguration,
    &op_PutBucketInventoryConfiguration,
    &op_PutBucketLifecycle,
    &op_PutBucketLifecycleConfiguration,
    &op_PutBucketLogging,
    &op_PutBucketMetricsConfiguration,
    &op_PutBucketNotification,
    &op_PutBucketNotificationConfiguration,
    &op_PutBucketOwnershipControls,
    &op_PutBucketPolicy,
    &op_PutBucketReplication,
    &op_PutBucketRequestPayment,
    &op_PutBucketTagging,
    &op_PutBucketVersioning,
    &op_PutBucketWebsite,
    &op_PutObject,
    &op_PutObjectAcl,
    &op_PutObjectAnnotation,
    &op_PutObjectLegalHold,
    &op_PutObjectLockConfiguration,
    &op_PutObjectRetention,
    &op_PutObjectTagging,
    &op_PutPublicAccessBlock,
    &op_RenameObject,
    &op_RestoreObject,
    &op_SelectObjectContent,
    &op_UpdateBucketMetadataAnnotationTableConfiguration,
    &op_UpdateBucketMetadataInventoryTableConfiguration,
    &op_UpdateBucketMetadataJournalTableConfiguration,
    &op_UpdateObjectEncryption,
    &op_UploadPart,
    &op_UploadPartCopy,
    &op_WriteGetObjectResponse,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__s3_tables.shapes[10],
    &awsc__s3_tables.shapes[34],
    &awsc__s3_tables.shapes[37],
    &awsc__s3_tables.shapes[49],
    &awsc__s3_tables.shapes[50],
    &awsc__s3_tables.shapes[190],
    &awsc__s3_tables.shapes[308],
    &awsc__s3_tables.shapes[328],
    &awsc__s3_tables.shapes[329],
    &awsc__s3_tables.shapes[330],
    &awsc__s3_tables.shapes[331],
    &awsc__s3_tables.shapes[332],
    &awsc__s3_tables.shapes[449],
    &awsc__s3_tables.shapes[450],
    &awsc__s3_tables.shapes[451],
    &awsc__s3_tables.shapes[452],
    &awsc__s3_tables.shapes[462],
    &awsc__s3_tables.shapes[483],
    &awsc__s3_tables.shapes[686],
    &awsc__s3_tables.shapes[697],
};

const struct awsc_service awsc_s3_service = {
    .name = "s3",
    .service_id = "S3",
    .full_name = "Amazon Simple Storage Service",
    .api_version = "2006-03-01",
    .endpoint_prefix = "s3",
    .signing_name = "s3",
    .target_prefix = NULL,
    .json_version = NULL,
    .xml_namespace = NULL,
    .env_name = "S3",
    .protocol = AWSC_PROTO_REST_XML,
    .operations = operations,
    .operation_count = 116,
    .errors = errors,
    .error_count = 20,
    .flags = AWSC_SVC_S3 | AWSC_SVC_S3_SIGNING,
    .ruleset = &awsc__s3_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__s3_pagers.paginators,
    .paginator_count = 8,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__s3_pagers.waiters,
    .waiter_count = 4,
#endif
};
