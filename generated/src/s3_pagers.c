/*
 * s3_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of S3, whose
 * descriptors are in s3_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
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

/* The paginators and waiters are in the service's tables object
 * (s3_tables.c). */
#define PAGERS awsc__s3_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_s3_list_buckets_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_buckets_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_s3_list_buckets_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_buckets_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_buckets_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_buckets_next_page_async(struct awsc_pager *pager,
                                         awsc_s3_list_buckets_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_bucket **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_buckets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_buckets_next_item_async(struct awsc_pager *pager,
                                         awsc_s3_list_buckets_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_buckets_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_s3_list_directory_buckets_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_directory_buckets_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_s3_list_directory_buckets_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_directory_buckets_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_directory_buckets_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_directory_buckets_next_page_async(struct awsc_pager *pager,
                                                   awsc_s3_list_directory_buckets_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_bucket **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_directory_buckets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_directory_buckets_next_item_async(struct awsc_pager *pager,
                                                   awsc_s3_list_directory_buckets_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_directory_buckets_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_s3_list_multipart_uploads_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_multipart_uploads_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_s3_list_multipart_uploads_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_multipart_uploads_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_multipart_uploads_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_multipart_uploads_next_page_async(struct awsc_pager *pager,
                                                   awsc_s3_list_multipart_uploads_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_multipart_upload **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_multipart_uploads_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_multipart_uploads_next_item_async(struct awsc_pager *pager,
                                                   awsc_s3_list_multipart_uploads_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_multipart_uploads_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_s3_list_object_annotations_paginate(struct awsc_client *client,
                                             const struct awsc_s3_list_object_annotations_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_s3_list_object_annotations_next_page(struct awsc_pager *pager,
                                              struct awsc_s3_list_object_annotations_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_object_annotations_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_object_annotations_next_page_async(struct awsc_pager *pager,
                                                    awsc_s3_list_object_annotations_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_next_item(struct awsc_pager *pager,
                                              const struct awsc_s3_annotation_entry **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_object_annotations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_object_annotations_next_item_async(struct awsc_pager *pager,
                                                    awsc_s3_list_object_annotations_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_collect(struct awsc_pager *pager,
                                            struct awsc_s3_list_object_annotations_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_s3_list_object_versions_paginate(struct awsc_client *client,
                                          const struct awsc_s3_list_object_versions_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_s3_list_object_versions_next_page(struct awsc_pager *pager,
                                           struct awsc_s3_list_object_versions_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_object_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_object_versions_next_page_async(struct awsc_pager *pager,
                                                 awsc_s3_list_object_versions_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_next_item(struct awsc_pager *pager,
                                           const struct awsc_s3_object_version **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_object_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_object_versions_next_item_async(struct awsc_pager *pager,
                                                 awsc_s3_list_object_versions_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_collect(struct awsc_pager *pager,
                                         struct awsc_s3_list_object_versions_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_s3_list_objects_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_objects_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_s3_list_objects_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_objects_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_objects_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_objects_next_page_async(struct awsc_pager *pager,
                                         awsc_s3_list_objects_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_object **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_objects_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_objects_next_item_async(struct awsc_pager *pager,
                                         awsc_s3_list_objects_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_objects_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_s3_list_objects_v2_paginate(struct awsc_client *client,
                                     const struct awsc_s3_list_objects_v2_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_s3_list_objects_v2_next_page(struct awsc_pager *pager,
                                      struct awsc_s3_list_objects_v2_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_objects_v2_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_objects_v2_next_page_async(struct awsc_pager *pager,
                                            awsc_s3_list_objects_v2_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_next_item(struct awsc_pager *pager,
                                      const struct awsc_s3_object **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_objects_v2_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_objects_v2_next_item_async(struct awsc_pager *pager,
                                            awsc_s3_list_objects_v2_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_collect(struct awsc_pager *pager,
                                    struct awsc_s3_list_objects_v2_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_s3_list_parts_paginate(struct awsc_client *client,
                                const struct awsc_s3_list_parts_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_s3_list_parts_next_page(struct awsc_pager *pager,
                                 struct awsc_s3_list_parts_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_parts_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_parts_next_page_async(struct awsc_pager *pager,
                                       awsc_s3_list_parts_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_next_item(struct awsc_pager *pager,
                                 const struct awsc_s3_part **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_parts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_parts_next_item_async(struct awsc_pager *pager,
                                       awsc_s3_list_parts_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_collect(struct awsc_pager *pager,
                               struct awsc_s3_list_parts_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_s3_wait_bucket_exists(struct awsc_client *client,
                               const struct awsc_s3_head_bucket_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_s3_wait_bucket_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_bucket_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_s3_wait_bucket_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_bucket_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_s3_wait_bucket_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_bucket_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_exists(struct awsc_client *client,
                               const struct awsc_s3_head_object_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_s3_wait_object_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_object_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_object_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_s3_wait_object_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_object_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
