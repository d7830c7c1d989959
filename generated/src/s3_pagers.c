/*
 * s3_pagers.c - paginators and waiters of S3: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/s3.h>

/* The service's tables object (s3_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__s3_tables awsc__s3_tables;
#define SERVICE ((const struct awsc_service *)&awsc__s3_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* ContinuationToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "ContinuationToken"},
};
static const struct awsc_jmespath jp_0 = {"ContinuationToken", jp_0_nodes, 1};
#endif

/* Buckets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Buckets"},
};
static const struct awsc_jmespath jp_1 = {"Buckets", jp_1_nodes, 1};
#endif

/* Owner */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Owner"},
};
static const struct awsc_jmespath jp_2 = {"Owner", jp_2_nodes, 1};
#endif

/* Prefix */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Prefix"},
};
static const struct awsc_jmespath jp_3 = {"Prefix", jp_3_nodes, 1};
#endif

/* ContinuationToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ContinuationToken"},
};
static const struct awsc_jmespath jp_4 = {"ContinuationToken", jp_4_nodes, 1};
#endif

/* NextKeyMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "NextKeyMarker"},
};
static const struct awsc_jmespath jp_5 = {"NextKeyMarker", jp_5_nodes, 1};
#endif

/* NextUploadIdMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "NextUploadIdMarker"},
};
static const struct awsc_jmespath jp_6 = {"NextUploadIdMarker", jp_6_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_7 = {"IsTruncated", jp_7_nodes, 1};
#endif

/* Uploads */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 9, .string = "Uploads"},
};
static const struct awsc_jmespath jp_8 = {"Uploads", jp_8_nodes, 1};
#endif

/* CommonPrefixes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "CommonPrefixes"},
};
static const struct awsc_jmespath jp_9 = {"CommonPrefixes", jp_9_nodes, 1};
#endif

/* RequestCharged */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 12, .string = "RequestCharged"},
};
static const struct awsc_jmespath jp_10 = {"RequestCharged", jp_10_nodes, 1};
#endif

/* Prefix */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "Prefix"},
};
static const struct awsc_jmespath jp_11 = {"Prefix", jp_11_nodes, 1};
#endif

/* NextContinuationToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "NextContinuationToken"},
};
static const struct awsc_jmespath jp_12 = {"NextContinuationToken", jp_12_nodes, 1};
#endif

/* Annotations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Annotations"},
};
static const struct awsc_jmespath jp_13 = {"Annotations", jp_13_nodes, 1};
#endif

/* AnnotationCount */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "AnnotationCount"},
};
static const struct awsc_jmespath jp_14 = {"AnnotationCount", jp_14_nodes, 1};
#endif

/* AnnotationPrefix */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "AnnotationPrefix"},
};
static const struct awsc_jmespath jp_15 = {"AnnotationPrefix", jp_15_nodes, 1};
#endif

/* Bucket */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Bucket"},
};
static const struct awsc_jmespath jp_16 = {"Bucket", jp_16_nodes, 1};
#endif

/* Key */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "Key"},
};
static const struct awsc_jmespath jp_17 = {"Key", jp_17_nodes, 1};
#endif

/* ObjectVersionId */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_18_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "ObjectVersionId"},
};
static const struct awsc_jmespath jp_18 = {"ObjectVersionId", jp_18_nodes, 1};
#endif

/* RequestCharged */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_19_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 9, .string = "RequestCharged"},
};
static const struct awsc_jmespath jp_19 = {"RequestCharged", jp_19_nodes, 1};
#endif

/* NextVersionIdMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_20_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "NextVersionIdMarker"},
};
static const struct awsc_jmespath jp_20 = {"NextVersionIdMarker", jp_20_nodes, 1};
#endif

/* IsTruncated */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_21_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IsTruncated"},
};
static const struct awsc_jmespath jp_21 = {"IsTruncated", jp_21_nodes, 1};
#endif

/* Versions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_22_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "Versions"},
};
static const struct awsc_jmespath jp_22 = {"Versions", jp_22_nodes, 1};
#endif

/* DeleteMarkers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_23_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "DeleteMarkers"},
};
static const struct awsc_jmespath jp_23 = {"DeleteMarkers", jp_23_nodes, 1};
#endif

/* CommonPrefixes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_24_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 11, .string = "CommonPrefixes"},
};
static const struct awsc_jmespath jp_24 = {"CommonPrefixes", jp_24_nodes, 1};
#endif

/* RequestCharged */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_25_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 13, .string = "RequestCharged"},
};
static const struct awsc_jmespath jp_25 = {"RequestCharged", jp_25_nodes, 1};
#endif

/* Prefix */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_26_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "Prefix"},
};
static const struct awsc_jmespath jp_26 = {"Prefix", jp_26_nodes, 1};
#endif

/* NextMarker || Contents[-1].Key */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_27_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "NextMarker"},
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Contents"},
    {.op = AWSC_JP_INDEX, .index = -1},
    {.op = AWSC_JP_SUB, .a = 1, .b = 2},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Key"},
    {.op = AWSC_JP_SUB, .a = 3, .b = 4},
    {.op = AWSC_JP_OR, .a = 0, .b = 5},
};
static const struct awsc_jmespath jp_27 = {"NextMarker || Contents[-1].Key", jp_27_nodes, 7};
#endif

/* Contents */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_28_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Contents"},
};
static const struct awsc_jmespath jp_28 = {"Contents", jp_28_nodes, 1};
#endif

/* CommonPrefixes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_29_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "CommonPrefixes"},
};
static const struct awsc_jmespath jp_29 = {"CommonPrefixes", jp_29_nodes, 1};
#endif

/* RequestCharged */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_30_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "RequestCharged"},
};
static const struct awsc_jmespath jp_30 = {"RequestCharged", jp_30_nodes, 1};
#endif

/* Prefix */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_31_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "Prefix"},
};
static const struct awsc_jmespath jp_31 = {"Prefix", jp_31_nodes, 1};
#endif

/* NextContinuationToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_32_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "NextContinuationToken"},
};
static const struct awsc_jmespath jp_32 = {"NextContinuationToken", jp_32_nodes, 1};
#endif

/* Contents */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_33_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Contents"},
};
static const struct awsc_jmespath jp_33 = {"Contents", jp_33_nodes, 1};
#endif

/* CommonPrefixes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_34_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "CommonPrefixes"},
};
static const struct awsc_jmespath jp_34 = {"CommonPrefixes", jp_34_nodes, 1};
#endif

/* NextPartNumberMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_35_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "NextPartNumberMarker"},
};
static const struct awsc_jmespath jp_35 = {"NextPartNumberMarker", jp_35_nodes, 1};
#endif

/* Parts */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_36_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 9, .string = "Parts"},
};
static const struct awsc_jmespath jp_36 = {"Parts", jp_36_nodes, 1};
#endif

/* ChecksumAlgorithm */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_37_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 14, .string = "ChecksumAlgorithm"},
};
static const struct awsc_jmespath jp_37 = {"ChecksumAlgorithm", jp_37_nodes, 1};
#endif

/* Initiator */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_38_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "Initiator"},
};
static const struct awsc_jmespath jp_38 = {"Initiator", jp_38_nodes, 1};
#endif

/* Owner */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_39_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 11, .string = "Owner"},
};
static const struct awsc_jmespath jp_39 = {"Owner", jp_39_nodes, 1};
#endif

/* StorageClass */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_40_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 12, .string = "StorageClass"},
};
static const struct awsc_jmespath jp_40 = {"StorageClass", jp_40_nodes, 1};
#endif

/* ChecksumType */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_41_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 15, .string = "ChecksumType"},
};
static const struct awsc_jmespath jp_41 = {"ChecksumType", jp_41_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListBuckets */
static const uint16_t pg_0_input_tokens[] = {
    1, /* ContinuationToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};
static const struct awsc_jmespath *const pg_0_non_aggregate_keys[] = {&jp_2, &jp_3};

/* ListDirectoryBuckets */
static const uint16_t pg_1_input_tokens[] = {
    0, /* ContinuationToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_4};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_1};

/* ListMultipartUploads */
static const uint16_t pg_2_input_tokens[] = {
    3, /* KeyMarker */
    6, /* UploadIdMarker */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_5, &jp_6};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_8, &jp_9};
static const struct awsc_jmespath *const pg_2_non_aggregate_keys[] = {&jp_10, &jp_11};

/* ListObjectAnnotations */
static const uint16_t pg_3_input_tokens[] = {
    5, /* ContinuationToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_12};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_13};
static const struct awsc_jmespath *const pg_3_non_aggregate_keys[] = {&jp_14, &jp_15, &jp_16, &jp_17, &jp_18, &jp_19};

/* ListObjectVersions */
static const uint16_t pg_4_input_tokens[] = {
    3, /* KeyMarker */
    6, /* VersionIdMarker */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_5, &jp_20};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_22, &jp_23, &jp_24};
static const struct awsc_jmespath *const pg_4_non_aggregate_keys[] = {&jp_25, &jp_26};

/* ListObjects */
static const uint16_t pg_5_input_tokens[] = {
    3, /* Marker */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_27};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_28, &jp_29};
static const struct awsc_jmespath *const pg_5_non_aggregate_keys[] = {&jp_30, &jp_31};

/* ListObjectsV2 */
static const uint16_t pg_6_input_tokens[] = {
    5, /* ContinuationToken */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_32};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_33, &jp_34};
static const struct awsc_jmespath *const pg_6_non_aggregate_keys[] = {&jp_10, &jp_3};

/* ListParts */
static const uint16_t pg_7_input_tokens[] = {
    3, /* PartNumberMarker */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_35};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_36};
static const struct awsc_jmespath *const pg_7_non_aggregate_keys[] = {&jp_37, &jp_38, &jp_39, &jp_40, &jp_41};

const struct awsc_paginator awsc_s3_paginators[8] = {
    {
        .name = "ListBuckets",
        .service = SERVICE,
        .operation = 69, /* ListBuckets */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_0_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "ListDirectoryBuckets",
        .service = SERVICE,
        .operation = 70, /* ListDirectoryBuckets */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListMultipartUploads",
        .service = SERVICE,
        .operation = 71, /* ListMultipartUploads */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 2,
        .more_results = &jp_7,
        .limit_key = 4,
        .result_keys = pg_2_result_keys,
        .result_key_count = 2,
        .non_aggregate_keys = pg_2_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "ListObjectAnnotations",
        .service = SERVICE,
        .operation = 72, /* ListObjectAnnotations */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_3_non_aggregate_keys,
        .non_aggregate_key_count = 6,
    },
    {
        .name = "ListObjectVersions",
        .service = SERVICE,
        .operation = 73, /* ListObjectVersions */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 2,
        .more_results = &jp_21,
        .limit_key = 4,
        .result_keys = pg_4_result_keys,
        .result_key_count = 3,
        .non_aggregate_keys = pg_4_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "ListObjects",
        .service = SERVICE,
        .operation = 74, /* ListObjects */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = &jp_21,
        .limit_key = 4,
        .result_keys = pg_5_result_keys,
        .result_key_count = 2,
        .non_aggregate_keys = pg_5_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "ListObjectsV2",
        .service = SERVICE,
        .operation = 75, /* ListObjectsV2 */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = &jp_21,
        .limit_key = 3,
        .result_keys = pg_6_result_keys,
        .result_key_count = 2,
        .non_aggregate_keys = pg_6_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "ListParts",
        .service = SERVICE,
        .operation = 76, /* ListParts */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = &jp_7,
        .limit_key = 2,
        .result_keys = pg_7_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_7_non_aggregate_keys,
        .non_aggregate_key_count = 5,
    },
};

int awsc_s3_list_buckets_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_buckets_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[0], input, options, pager, err);
}

int awsc_s3_list_buckets_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_buckets_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_bucket **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_buckets_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[0], output, err);
}

int awsc_s3_list_directory_buckets_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_directory_buckets_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[1], input, options, pager, err);
}

int awsc_s3_list_directory_buckets_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_directory_buckets_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_bucket **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_directory_buckets_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[1], output, err);
}

int awsc_s3_list_multipart_uploads_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_multipart_uploads_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[2], input, options, pager, err);
}

int awsc_s3_list_multipart_uploads_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_multipart_uploads_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_multipart_upload **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_multipart_uploads_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[2], output, err);
}

int awsc_s3_list_object_annotations_paginate(struct awsc_client *client,
                                             const struct awsc_s3_list_object_annotations_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[3], input, options, pager, err);
}

int awsc_s3_list_object_annotations_next_page(struct awsc_pager *pager,
                                              struct awsc_s3_list_object_annotations_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_next_item(struct awsc_pager *pager,
                                              const struct awsc_s3_annotation_entry **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_collect(struct awsc_pager *pager,
                                            struct awsc_s3_list_object_annotations_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[3], output, err);
}

int awsc_s3_list_object_versions_paginate(struct awsc_client *client,
                                          const struct awsc_s3_list_object_versions_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[4], input, options, pager, err);
}

int awsc_s3_list_object_versions_next_page(struct awsc_pager *pager,
                                           struct awsc_s3_list_object_versions_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_next_item(struct awsc_pager *pager,
                                           const struct awsc_s3_object_version **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_collect(struct awsc_pager *pager,
                                         struct awsc_s3_list_object_versions_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[4], output, err);
}

int awsc_s3_list_objects_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_objects_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[5], input, options, pager, err);
}

int awsc_s3_list_objects_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_objects_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_object **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_objects_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[5], output, err);
}

int awsc_s3_list_objects_v2_paginate(struct awsc_client *client,
                                     const struct awsc_s3_list_objects_v2_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[6], input, options, pager, err);
}

int awsc_s3_list_objects_v2_next_page(struct awsc_pager *pager,
                                      struct awsc_s3_list_objects_v2_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_next_item(struct awsc_pager *pager,
                                      const struct awsc_s3_object **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_collect(struct awsc_pager *pager,
                                    struct awsc_s3_list_objects_v2_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[6], output, err);
}

int awsc_s3_list_parts_paginate(struct awsc_client *client,
                                const struct awsc_s3_list_parts_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_s3_paginators[7], input, options, pager, err);
}

int awsc_s3_list_parts_next_page(struct awsc_pager *pager,
                                 struct awsc_s3_list_parts_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_s3_paginators[7], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_s3_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_next_item(struct awsc_pager *pager,
                                 const struct awsc_s3_part **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_s3_paginators[7], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_s3_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_collect(struct awsc_pager *pager,
                               struct awsc_s3_list_parts_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_s3_paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* BucketExists */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 301.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 403.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

/* BucketNotExists */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

/* ObjectExists */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

/* ObjectNotExists */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

const struct awsc_waiter awsc_s3_waiters[4] = {
    {
        .name = "BucketExists",
        .service = SERVICE,
        .operation = 63, /* HeadBucket */
        .delay = 5,
        .max_attempts = 20,
        .acceptors = w_0_acceptors,
        .acceptor_count = 4,
    },
    {
        .name = "BucketNotExists",
        .service = SERVICE,
        .operation = 63, /* HeadBucket */
        .delay = 5,
        .max_attempts = 20,
        .acceptors = w_1_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "ObjectExists",
        .service = SERVICE,
        .operation = 64, /* HeadObject */
        .delay = 5,
        .max_attempts = 20,
        .acceptors = w_2_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ObjectNotExists",
        .service = SERVICE,
        .operation = 64, /* HeadObject */
        .delay = 5,
        .max_attempts = 20,
        .acceptors = w_3_acceptors,
        .acceptor_count = 1,
    },
};

int awsc_s3_wait_bucket_exists(struct awsc_client *client,
                               const struct awsc_s3_head_bucket_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &awsc_s3_waiters[0], input, options, err);
}

int awsc_s3_wait_bucket_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_bucket_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_s3_waiters[0], input, options, cb, user_data, err);
}

int awsc_s3_wait_bucket_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_bucket_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_s3_waiters[1], input, options, err);
}

int awsc_s3_wait_bucket_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_bucket_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_s3_waiters[1], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_exists(struct awsc_client *client,
                               const struct awsc_s3_head_object_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &awsc_s3_waiters[2], input, options, err);
}

int awsc_s3_wait_object_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_object_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_s3_waiters[2], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_object_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_s3_waiters[3], input, options, err);
}

int awsc_s3_wait_object_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_object_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_s3_waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
