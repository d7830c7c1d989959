/*
 * s3_ops.c - operations of S3: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * s3_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/s3.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__S3_TABLES
#define AWSC__S3_TABLES

/* The endpoint rule set of s3: a part of the service's tables. */
struct awsc__s3_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[17];
    uint16_t slots[36];
    struct awsc_ep_rule rules[303];
    struct awsc_ep_expr exprs[419];
    uint16_t args[979];
    struct awsc_ep_endpoint endpoints[78];
    struct awsc_ep_prop props[79];
    char strings[3856];
};
/* The service, its operations and every shape, member and name of
 * S3, in one object. */
struct awsc__s3_tables {
    struct awsc_service service;
    struct awsc_operation operations[116];
    awsc_ref op_errors[38];
    awsc_ref service_errors[20];
    struct awsc_endpoint_static_param static_params[5];
    struct awsc_endpoint_context_param context_params[22];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__s3_pagers pagers; /* <awsc/s3.h> */
#endif
    struct awsc__s3_rules rules;
    struct awsc_structure_shape structures[376];
    struct awsc_collection_shape collections[46];
    struct awsc_enum_shape enums[75];
    struct awsc_shape scalars[221];
    struct awsc_shape_traits traits[78];
    struct awsc_member members[1699];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[9];
    char strings[22891];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[14107];
#endif
};
extern const struct awsc__s3_tables awsc__s3_tables AWSC__HIDDEN;
#endif

int awsc_s3_abort_multipart_upload(struct awsc_client *client,
                                   const struct awsc_s3_abort_multipart_upload_input *input,
                                   struct awsc_s3_abort_multipart_upload_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[0], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[0], input, abort_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_complete_multipart_upload(struct awsc_client *client,
                                      const struct awsc_s3_complete_multipart_upload_input *input,
                                      struct awsc_s3_complete_multipart_upload_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[1], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[1], input, complete_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_copy_object(struct awsc_client *client,
                        const struct awsc_s3_copy_object_input *input,
                        struct awsc_s3_copy_object_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[2], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[2], input, copy_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_create_bucket(struct awsc_client *client,
                          const struct awsc_s3_create_bucket_input *input,
                          struct awsc_s3_create_bucket_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[3], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[3], input, create_bucket_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_create_bucket_metadata_configuration(struct awsc_client *client,
                                                 const struct awsc_s3_create_bucket_metadata_configuration_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[4], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[4], input, create_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_create_bucket_metadata_table_configuration(struct awsc_client *client,
                                                       const struct awsc_s3_create_bucket_metadata_table_configuration_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[5], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[5], input, create_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_create_multipart_upload(struct awsc_client *client,
                                    const struct awsc_s3_create_multipart_upload_input *input,
                                    struct awsc_s3_create_multipart_upload_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[6], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[6], input, create_multipart_upload_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_create_session(struct awsc_client *client,
                           const struct awsc_s3_create_session_input *input,
                           struct awsc_s3_create_session_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[7], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[7], input, create_session_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket(struct awsc_client *client,
                          const struct awsc_s3_delete_bucket_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[8], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[8], input, delete_bucket_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_analytics_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_delete_bucket_analytics_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[9], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[9], input, delete_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_cors(struct awsc_client *client,
                               const struct awsc_s3_delete_bucket_cors_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[10], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[10], input, delete_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_encryption(struct awsc_client *client,
                                     const struct awsc_s3_delete_bucket_encryption_input *input,
                                     struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[11], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[11], input, delete_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                            const struct awsc_s3_delete_bucket_intelligent_tiering_configuration_input *input,
                                                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[12], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[12], input, delete_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_inventory_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_delete_bucket_inventory_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[13], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[13], input, delete_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_lifecycle(struct awsc_client *client,
                                    const struct awsc_s3_delete_bucket_lifecycle_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[14], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[14], input, delete_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_metadata_configuration(struct awsc_client *client,
                                                 const struct awsc_s3_delete_bucket_metadata_configuration_input *input,
                                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[15], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[15], input, delete_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_metadata_table_configuration(struct awsc_client *client,
                                                       const struct awsc_s3_delete_bucket_metadata_table_configuration_input *input,
                                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[16], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[16], input, delete_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_metrics_configuration(struct awsc_client *client,
                                                const struct awsc_s3_delete_bucket_metrics_configuration_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[17], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[17], input, delete_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_ownership_controls(struct awsc_client *client,
                                             const struct awsc_s3_delete_bucket_ownership_controls_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[18], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[18], input, delete_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_policy(struct awsc_client *client,
                                 const struct awsc_s3_delete_bucket_policy_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[19], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[19], input, delete_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_replication(struct awsc_client *client,
                                      const struct awsc_s3_delete_bucket_replication_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[20], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[20], input, delete_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_tagging(struct awsc_client *client,
                                  const struct awsc_s3_delete_bucket_tagging_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[21], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[21], input, delete_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_bucket_website(struct awsc_client *client,
                                  const struct awsc_s3_delete_bucket_website_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[22], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[22], input, delete_bucket_website_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_object(struct awsc_client *client,
                          const struct awsc_s3_delete_object_input *input,
                          struct awsc_s3_delete_object_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[23], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[23], input, delete_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_object_annotation(struct awsc_client *client,
                                     const struct awsc_s3_delete_object_annotation_input *input,
                                     struct awsc_s3_delete_object_annotation_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[24], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[24], input, delete_object_annotation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_object_tagging(struct awsc_client *client,
                                  const struct awsc_s3_delete_object_tagging_input *input,
                                  struct awsc_s3_delete_object_tagging_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[25], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[25], input, delete_object_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_objects(struct awsc_client *client,
                           const struct awsc_s3_delete_objects_input *input,
                           struct awsc_s3_delete_objects_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[26], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[26], input, delete_objects_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_delete_public_access_block(struct awsc_client *client,
                                       const struct awsc_s3_delete_public_access_block_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[27], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[27], input, delete_public_access_block_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_abac(struct awsc_client *client,
                            const struct awsc_s3_get_bucket_abac_input *input,
                            struct awsc_s3_get_bucket_abac_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[28], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[28], input, get_bucket_abac_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_accelerate_configuration(struct awsc_client *client,
                                                const struct awsc_s3_get_bucket_accelerate_configuration_input *input,
                                                struct awsc_s3_get_bucket_accelerate_configuration_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[29], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[29], input, get_bucket_accelerate_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_acl(struct awsc_client *client,
                           const struct awsc_s3_get_bucket_acl_input *input,
                           struct awsc_s3_get_bucket_acl_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[30], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[30], input, get_bucket_acl_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_analytics_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_analytics_configuration_input *input,
                                               struct awsc_s3_get_bucket_analytics_configuration_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[31], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[31], input, get_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_cors(struct awsc_client *client,
                            const struct awsc_s3_get_bucket_cors_input *input,
                            struct awsc_s3_get_bucket_cors_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[32], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[32], input, get_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_encryption(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_encryption_input *input,
                                  struct awsc_s3_get_bucket_encryption_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[33], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[33], input, get_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_get_bucket_intelligent_tiering_configuration_input *input,
                                                         struct awsc_s3_get_bucket_intelligent_tiering_configuration_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[34], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[34], input, get_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_inventory_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_inventory_configuration_input *input,
                                               struct awsc_s3_get_bucket_inventory_configuration_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[35], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[35], input, get_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_lifecycle(struct awsc_client *client,
                                 const struct awsc_s3_get_bucket_lifecycle_input *input,
                                 struct awsc_s3_get_bucket_lifecycle_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[36], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[36], input, get_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_lifecycle_configuration(struct awsc_client *client,
                                               const struct awsc_s3_get_bucket_lifecycle_configuration_input *input,
                                               struct awsc_s3_get_bucket_lifecycle_configuration_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[37], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[37], input, get_bucket_lifecycle_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_location(struct awsc_client *client,
                                const struct awsc_s3_get_bucket_location_input *input,
                                struct awsc_s3_get_bucket_location_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[38], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[38], input, get_bucket_location_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_logging(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_logging_input *input,
                               struct awsc_s3_get_bucket_logging_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[39], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[39], input, get_bucket_logging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_metadata_configuration(struct awsc_client *client,
                                              const struct awsc_s3_get_bucket_metadata_configuration_input *input,
                                              struct awsc_s3_get_bucket_metadata_configuration_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[40], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[40], input, get_bucket_metadata_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_metadata_table_configuration(struct awsc_client *client,
                                                    const struct awsc_s3_get_bucket_metadata_table_configuration_input *input,
                                                    struct awsc_s3_get_bucket_metadata_table_configuration_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[41], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[41], input, get_bucket_metadata_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_metrics_configuration(struct awsc_client *client,
                                             const struct awsc_s3_get_bucket_metrics_configuration_input *input,
                                             struct awsc_s3_get_bucket_metrics_configuration_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[42], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[42], input, get_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_notification(struct awsc_client *client,
                                    const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                    struct awsc_s3_notification_configuration_deprecated **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[43], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[43], input, get_bucket_notification_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_notification_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_get_bucket_notification_configuration_request *input,
                                                  struct awsc_s3_notification_configuration **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[44], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[44], input, get_bucket_notification_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_ownership_controls(struct awsc_client *client,
                                          const struct awsc_s3_get_bucket_ownership_controls_input *input,
                                          struct awsc_s3_get_bucket_ownership_controls_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[45], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[45], input, get_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_policy(struct awsc_client *client,
                              const struct awsc_s3_get_bucket_policy_input *input,
                              struct awsc_s3_get_bucket_policy_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[46], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[46], input, get_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_policy_status(struct awsc_client *client,
                                     const struct awsc_s3_get_bucket_policy_status_input *input,
                                     struct awsc_s3_get_bucket_policy_status_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[47], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[47], input, get_bucket_policy_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_replication(struct awsc_client *client,
                                   const struct awsc_s3_get_bucket_replication_input *input,
                                   struct awsc_s3_get_bucket_replication_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[48], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[48], input, get_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_request_payment(struct awsc_client *client,
                                       const struct awsc_s3_get_bucket_request_payment_input *input,
                                       struct awsc_s3_get_bucket_request_payment_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[49], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[49], input, get_bucket_request_payment_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_tagging(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_tagging_input *input,
                               struct awsc_s3_get_bucket_tagging_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[50], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[50], input, get_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_versioning(struct awsc_client *client,
                                  const struct awsc_s3_get_bucket_versioning_input *input,
                                  struct awsc_s3_get_bucket_versioning_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[51], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[51], input, get_bucket_versioning_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_bucket_website(struct awsc_client *client,
                               const struct awsc_s3_get_bucket_website_input *input,
                               struct awsc_s3_get_bucket_website_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[52], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[52], input, get_bucket_website_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object(struct awsc_client *client,
                       const struct awsc_s3_get_object_input *input,
                       struct awsc_s3_get_object_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[53], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[53], input, get_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_acl(struct awsc_client *client,
                           const struct awsc_s3_get_object_acl_input *input,
                           struct awsc_s3_get_object_acl_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[54], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[54], input, get_object_acl_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_annotation(struct awsc_client *client,
                                  const struct awsc_s3_get_object_annotation_input *input,
                                  struct awsc_s3_get_object_annotation_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[55], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[55], input, get_object_annotation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_attributes(struct awsc_client *client,
                                  const struct awsc_s3_get_object_attributes_input *input,
                                  struct awsc_s3_get_object_attributes_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[56], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[56], input, get_object_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_legal_hold(struct awsc_client *client,
                                  const struct awsc_s3_get_object_legal_hold_input *input,
                                  struct awsc_s3_get_object_legal_hold_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[57], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[57], input, get_object_legal_hold_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_lock_configuration(struct awsc_client *client,
                                          const struct awsc_s3_get_object_lock_configuration_input *input,
                                          struct awsc_s3_get_object_lock_configuration_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[58], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[58], input, get_object_lock_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_retention(struct awsc_client *client,
                                 const struct awsc_s3_get_object_retention_input *input,
                                 struct awsc_s3_get_object_retention_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[59], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[59], input, get_object_retention_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_tagging(struct awsc_client *client,
                               const struct awsc_s3_get_object_tagging_input *input,
                               struct awsc_s3_get_object_tagging_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[60], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[60], input, get_object_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_object_torrent(struct awsc_client *client,
                               const struct awsc_s3_get_object_torrent_input *input,
                               struct awsc_s3_get_object_torrent_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[61], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[61], input, get_object_torrent_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_get_public_access_block(struct awsc_client *client,
                                    const struct awsc_s3_get_public_access_block_input *input,
                                    struct awsc_s3_get_public_access_block_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[62], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[62], input, get_public_access_block_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_head_bucket(struct awsc_client *client,
                        const struct awsc_s3_head_bucket_input *input,
                        struct awsc_s3_head_bucket_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[63], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[63], input, head_bucket_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_head_object(struct awsc_client *client,
                        const struct awsc_s3_head_object_input *input,
                        struct awsc_s3_head_object_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[64], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[64], input, head_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_bucket_analytics_configurations(struct awsc_client *client,
                                                 const struct awsc_s3_list_bucket_analytics_configurations_input *input,
                                                 struct awsc_s3_list_bucket_analytics_configurations_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[65], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[65], input, list_bucket_analytics_configurations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_bucket_intelligent_tiering_configurations(struct awsc_client *client,
                                                           const struct awsc_s3_list_bucket_intelligent_tiering_configurations_input *input,
                                                           struct awsc_s3_list_bucket_intelligent_tiering_configurations_output **output,
                                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[66], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[66], input, list_bucket_intelligent_tiering_configurations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_bucket_inventory_configurations(struct awsc_client *client,
                                                 const struct awsc_s3_list_bucket_inventory_configurations_input *input,
                                                 struct awsc_s3_list_bucket_inventory_configurations_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[67], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[67], input, list_bucket_inventory_configurations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_bucket_metrics_configurations(struct awsc_client *client,
                                               const struct awsc_s3_list_bucket_metrics_configurations_input *input,
                                               struct awsc_s3_list_bucket_metrics_configurations_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[68], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[68], input, list_bucket_metrics_configurations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets(struct awsc_client *client,
                         const struct awsc_s3_list_buckets_input *input,
                         struct awsc_s3_list_buckets_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[69], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[69], input, list_buckets_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets(struct awsc_client *client,
                                   const struct awsc_s3_list_directory_buckets_input *input,
                                   struct awsc_s3_list_directory_buckets_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[70], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[70], input, list_directory_buckets_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads(struct awsc_client *client,
                                   const struct awsc_s3_list_multipart_uploads_input *input,
                                   struct awsc_s3_list_multipart_uploads_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[71], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[71], input, list_multipart_uploads_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations(struct awsc_client *client,
                                    const struct awsc_s3_list_object_annotations_input *input,
                                    struct awsc_s3_list_object_annotations_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[72], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[72], input, list_object_annotations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions(struct awsc_client *client,
                                 const struct awsc_s3_list_object_versions_input *input,
                                 struct awsc_s3_list_object_versions_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[73], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[73], input, list_object_versions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects(struct awsc_client *client,
                         const struct awsc_s3_list_objects_input *input,
                         struct awsc_s3_list_objects_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[74], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[74], input, list_objects_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2(struct awsc_client *client,
                            const struct awsc_s3_list_objects_v2_input *input,
                            struct awsc_s3_list_objects_v2_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[75], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[75], input, list_objects_v2_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts(struct awsc_client *client,
                       const struct awsc_s3_list_parts_input *input,
                       struct awsc_s3_list_parts_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[76], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[76], input, list_parts_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_abac(struct awsc_client *client,
                            const struct awsc_s3_put_bucket_abac_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[77], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[77], input, put_bucket_abac_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_accelerate_configuration(struct awsc_client *client,
                                                const struct awsc_s3_put_bucket_accelerate_configuration_input *input,
                                                struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[78], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[78], input, put_bucket_accelerate_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_acl(struct awsc_client *client,
                           const struct awsc_s3_put_bucket_acl_input *input,
                           struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[79], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[79], input, put_bucket_acl_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_analytics_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_analytics_configuration_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[80], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[80], input, put_bucket_analytics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_cors(struct awsc_client *client,
                            const struct awsc_s3_put_bucket_cors_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[81], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[81], input, put_bucket_cors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_encryption(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_encryption_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[82], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[82], input, put_bucket_encryption_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_intelligent_tiering_configuration(struct awsc_client *client,
                                                         const struct awsc_s3_put_bucket_intelligent_tiering_configuration_input *input,
                                                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[83], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[83], input, put_bucket_intelligent_tiering_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_inventory_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_inventory_configuration_input *input,
                                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[84], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[84], input, put_bucket_inventory_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_lifecycle(struct awsc_client *client,
                                 const struct awsc_s3_put_bucket_lifecycle_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[85], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[85], input, put_bucket_lifecycle_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_lifecycle_configuration(struct awsc_client *client,
                                               const struct awsc_s3_put_bucket_lifecycle_configuration_input *input,
                                               struct awsc_s3_put_bucket_lifecycle_configuration_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[86], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[86], input, put_bucket_lifecycle_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_logging(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_logging_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[87], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[87], input, put_bucket_logging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_metrics_configuration(struct awsc_client *client,
                                             const struct awsc_s3_put_bucket_metrics_configuration_input *input,
                                             struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[88], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[88], input, put_bucket_metrics_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_notification(struct awsc_client *client,
                                    const struct awsc_s3_put_bucket_notification_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[89], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[89], input, put_bucket_notification_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_notification_configuration(struct awsc_client *client,
                                                  const struct awsc_s3_put_bucket_notification_configuration_input *input,
                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[90], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[90], input, put_bucket_notification_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_ownership_controls(struct awsc_client *client,
                                          const struct awsc_s3_put_bucket_ownership_controls_input *input,
                                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[91], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[91], input, put_bucket_ownership_controls_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_policy(struct awsc_client *client,
                              const struct awsc_s3_put_bucket_policy_input *input,
                              struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[92], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[92], input, put_bucket_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_replication(struct awsc_client *client,
                                   const struct awsc_s3_put_bucket_replication_input *input,
                                   struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[93], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[93], input, put_bucket_replication_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_request_payment(struct awsc_client *client,
                                       const struct awsc_s3_put_bucket_request_payment_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[94], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[94], input, put_bucket_request_payment_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_tagging(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_tagging_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[95], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[95], input, put_bucket_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_versioning(struct awsc_client *client,
                                  const struct awsc_s3_put_bucket_versioning_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[96], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[96], input, put_bucket_versioning_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_bucket_website(struct awsc_client *client,
                               const struct awsc_s3_put_bucket_website_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[97], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[97], input, put_bucket_website_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object(struct awsc_client *client,
                       const struct awsc_s3_put_object_input *input,
                       struct awsc_s3_put_object_output **output,
                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[98], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[98], input, put_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_acl(struct awsc_client *client,
                           const struct awsc_s3_put_object_acl_input *input,
                           struct awsc_s3_put_object_acl_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[99], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[99], input, put_object_acl_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_annotation(struct awsc_client *client,
                                  const struct awsc_s3_put_object_annotation_input *input,
                                  struct awsc_s3_put_object_annotation_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[100], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[100], input, put_object_annotation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_legal_hold(struct awsc_client *client,
                                  const struct awsc_s3_put_object_legal_hold_input *input,
                                  struct awsc_s3_put_object_legal_hold_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[101], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[101], input, put_object_legal_hold_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_lock_configuration(struct awsc_client *client,
                                          const struct awsc_s3_put_object_lock_configuration_input *input,
                                          struct awsc_s3_put_object_lock_configuration_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[102], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[102], input, put_object_lock_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_retention(struct awsc_client *client,
                                 const struct awsc_s3_put_object_retention_input *input,
                                 struct awsc_s3_put_object_retention_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[103], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[103], input, put_object_retention_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_object_tagging(struct awsc_client *client,
                               const struct awsc_s3_put_object_tagging_input *input,
                               struct awsc_s3_put_object_tagging_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[104], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[104], input, put_object_tagging_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_put_public_access_block(struct awsc_client *client,
                                    const struct awsc_s3_put_public_access_block_input *input,
                                    struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[105], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[105], input, put_public_access_block_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_rename_object(struct awsc_client *client,
                          const struct awsc_s3_rename_object_input *input,
                          struct awsc_s3_rename_object_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[106], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[106], input, rename_object_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_restore_object(struct awsc_client *client,
                           const struct awsc_s3_restore_object_input *input,
                           struct awsc_s3_restore_object_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[107], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[107], input, restore_object_done, (awsc_fn *)cb, user_data, err);
}

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
    int status = awsc_call_events_typed(client, &awsc__s3_tables.operations[108], input, select_object_content_event, (awsc_fn *)on_event, user_data, &out, err);
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
    return awsc_call_events_async_typed(client, &awsc__s3_tables.operations[108], input, select_object_content_event, (awsc_fn *)on_event, select_object_content_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_update_bucket_metadata_annotation_table_configuration(struct awsc_client *client,
                                                                  const struct awsc_s3_update_bucket_metadata_annotation_table_configuration_input *input,
                                                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[109], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[109], input, update_bucket_metadata_annotation_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_update_bucket_metadata_inventory_table_configuration(struct awsc_client *client,
                                                                 const struct awsc_s3_update_bucket_metadata_inventory_table_configuration_input *input,
                                                                 struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[110], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[110], input, update_bucket_metadata_inventory_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_update_bucket_metadata_journal_table_configuration(struct awsc_client *client,
                                                               const struct awsc_s3_update_bucket_metadata_journal_table_configuration_input *input,
                                                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[111], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[111], input, update_bucket_metadata_journal_table_configuration_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_update_object_encryption(struct awsc_client *client,
                                     const struct awsc_s3_update_object_encryption_input *input,
                                     struct awsc_s3_update_object_encryption_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[112], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[112], input, update_object_encryption_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_upload_part(struct awsc_client *client,
                        const struct awsc_s3_upload_part_input *input,
                        struct awsc_s3_upload_part_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[113], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[113], input, upload_part_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_upload_part_copy(struct awsc_client *client,
                             const struct awsc_s3_upload_part_copy_input *input,
                             struct awsc_s3_upload_part_copy_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__s3_tables.operations[114], input, output, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[114], input, upload_part_copy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_write_get_object_response(struct awsc_client *client,
                                      const struct awsc_s3_write_get_object_response_input *input,
                                      struct awsc_error *err)
{
    return awsc_call(client, &awsc__s3_tables.operations[115], input, NULL, err);
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
    return awsc_call_async_typed(client, &awsc__s3_tables.operations[115], input, write_get_object_response_done, (awsc_fn *)cb, user_data, err);
}
