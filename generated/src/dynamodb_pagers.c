/*
 * dynamodb_pagers.c - paginators and waiters of DynamoDB: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/dynamodb.h>

/* The service's tables object (dynamodb_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__dynamodb_tables awsc__dynamodb_tables;
#define SERVICE ((const struct awsc_service *)&awsc__dynamodb_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* LastEvaluatedBackupArn */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "LastEvaluatedBackupArn"},
};
static const struct awsc_jmespath jp_0 = {"LastEvaluatedBackupArn", jp_0_nodes, 1};
#endif

/* BackupSummaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "BackupSummaries"},
};
static const struct awsc_jmespath jp_1 = {"BackupSummaries", jp_1_nodes, 1};
#endif

/* LastEvaluatedTableName */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "LastEvaluatedTableName"},
};
static const struct awsc_jmespath jp_2 = {"LastEvaluatedTableName", jp_2_nodes, 1};
#endif

/* TableNames */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TableNames"},
};
static const struct awsc_jmespath jp_3 = {"TableNames", jp_3_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_4 = {"NextToken", jp_4_nodes, 1};
#endif

/* Tags */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Tags"},
};
static const struct awsc_jmespath jp_5 = {"Tags", jp_5_nodes, 1};
#endif

/* LastEvaluatedKey */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "LastEvaluatedKey"},
};
static const struct awsc_jmespath jp_6 = {"LastEvaluatedKey", jp_6_nodes, 1};
#endif

/* Items */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Items"},
};
static const struct awsc_jmespath jp_7 = {"Items", jp_7_nodes, 1};
#endif

/* Count */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Count"},
};
static const struct awsc_jmespath jp_8 = {"Count", jp_8_nodes, 1};
#endif

/* ScannedCount */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "ScannedCount"},
};
static const struct awsc_jmespath jp_9 = {"ScannedCount", jp_9_nodes, 1};
#endif

/* ConsumedCapacity */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "ConsumedCapacity"},
};
static const struct awsc_jmespath jp_10 = {"ConsumedCapacity", jp_10_nodes, 1};
#endif

/* ContributorInsightsStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "ContributorInsightsStatus"},
};
static const struct awsc_jmespath jp_11 = {"ContributorInsightsStatus", jp_11_nodes, 1};
#endif

/* ExportDescription.ExportStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ExportDescription"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ExportStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_12 = {"ExportDescription.ExportStatus", jp_12_nodes, 3};
#endif

/* ImportTableDescription.ImportStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ImportTableDescription"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ImportStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_13 = {"ImportTableDescription.ImportStatus", jp_13_nodes, 3};
#endif

/* KinesisDataStreamDestinations[].DestinationStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "KinesisDataStreamDestinations"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "DestinationStatus"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_14 = {"KinesisDataStreamDestinations[].DestinationStatus", jp_14_nodes, 4};
#endif

/* length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations) */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "KinesisDataStreamDestinations"},
    {.op = AWSC_JP_LENGTH, .a = 0},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 1, .b = 2},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "KinesisDataStreamDestinations"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "DestinationStatus"},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string = "DISABLED"}},
    {.op = AWSC_JP_EQ, .a = 5, .b = 6},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "DestinationStatus"},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string = "ENABLE_FAILED"}},
    {.op = AWSC_JP_EQ, .a = 8, .b = 9},
    {.op = AWSC_JP_OR, .a = 7, .b = 10},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_FILTER, .a = 4, .b = 12, .c = 11},
    {.op = AWSC_JP_LENGTH, .a = 13},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "KinesisDataStreamDestinations"},
    {.op = AWSC_JP_LENGTH, .a = 15},
    {.op = AWSC_JP_EQ, .a = 14, .b = 16},
    {.op = AWSC_JP_AND, .a = 3, .b = 17},
};
static const struct awsc_jmespath jp_15 = {"length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)", jp_15_nodes, 19};
#endif

/* Table.TableStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Table"},
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "TableStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_16 = {"Table.TableStatus", jp_16_nodes, 3};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListBackups */
static const uint16_t pg_0_input_tokens[] = {
    4, /* ExclusiveStartBackupArn */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* ListTables */
static const uint16_t pg_1_input_tokens[] = {
    0, /* ExclusiveStartTableName */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_2};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_3};

/* ListTagsOfResource */
static const uint16_t pg_2_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_4};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_5};

/* Query */
static const uint16_t pg_3_input_tokens[] = {
    10, /* ExclusiveStartKey */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_6};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_7, &jp_8, &jp_9};
static const struct awsc_jmespath *const pg_3_non_aggregate_keys[] = {&jp_10};

/* Scan */
static const uint16_t pg_4_input_tokens[] = {
    7, /* ExclusiveStartKey */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_6};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_7, &jp_8, &jp_9};
static const struct awsc_jmespath *const pg_4_non_aggregate_keys[] = {&jp_10};

const struct awsc_paginator awsc_dynamodb_paginators[5] = {
    {
        .name = "ListBackups",
        .service = SERVICE,
        .operation = 31, /* ListBackups */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListTables",
        .service = SERVICE,
        .operation = 36, /* ListTables */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListTagsOfResource",
        .service = SERVICE,
        .operation = 37, /* ListTagsOfResource */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "Query",
        .service = SERVICE,
        .operation = 40, /* Query */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_3_result_keys,
        .result_key_count = 3,
        .non_aggregate_keys = pg_3_non_aggregate_keys,
        .non_aggregate_key_count = 1,
    },
    {
        .name = "Scan",
        .service = SERVICE,
        .operation = 43, /* Scan */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_4_result_keys,
        .result_key_count = 3,
        .non_aggregate_keys = pg_4_non_aggregate_keys,
        .non_aggregate_key_count = 1,
    },
};

int awsc_dynamodb_list_backups_paginate(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_backups_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_dynamodb_paginators[0], input, options, pager, err);
}

int awsc_dynamodb_list_backups_next_page(struct awsc_pager *pager,
                                         struct awsc_dynamodb_list_backups_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_dynamodb_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_backups_next_page_async(struct awsc_pager *pager,
                                               awsc_dynamodb_list_backups_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_dynamodb_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_next_item(struct awsc_pager *pager,
                                         const struct awsc_dynamodb_backup_summary **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_dynamodb_paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_list_backups_next_item_async(struct awsc_pager *pager,
                                               awsc_dynamodb_list_backups_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_dynamodb_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_collect(struct awsc_pager *pager,
                                       struct awsc_dynamodb_list_backups_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_dynamodb_paginators[0], output, err);
}

int awsc_dynamodb_list_tables_paginate(struct awsc_client *client,
                                       const struct awsc_dynamodb_list_tables_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_dynamodb_paginators[1], input, options, pager, err);
}

int awsc_dynamodb_list_tables_next_page(struct awsc_pager *pager,
                                        struct awsc_dynamodb_list_tables_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_dynamodb_paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_tables_next_page_async(struct awsc_pager *pager,
                                              awsc_dynamodb_list_tables_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_dynamodb_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_dynamodb_paginators[1], true, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_dynamodb_list_tables_next_item_async(struct awsc_pager *pager,
                                              awsc_dynamodb_list_tables_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_dynamodb_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_collect(struct awsc_pager *pager,
                                      struct awsc_dynamodb_list_tables_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_dynamodb_paginators[1], output, err);
}

int awsc_dynamodb_list_tags_of_resource_paginate(struct awsc_client *client,
                                                 const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_dynamodb_paginators[2], input, options, pager, err);
}

int awsc_dynamodb_list_tags_of_resource_next_page(struct awsc_pager *pager,
                                                  struct awsc_dynamodb_list_tags_of_resource_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_dynamodb_paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_list_tags_of_resource_next_page_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_tags_of_resource_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_dynamodb_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_next_item(struct awsc_pager *pager,
                                                  const struct awsc_dynamodb_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_dynamodb_paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_list_tags_of_resource_next_item_async(struct awsc_pager *pager,
                                                        awsc_dynamodb_list_tags_of_resource_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_dynamodb_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_collect(struct awsc_pager *pager,
                                                struct awsc_dynamodb_list_tags_of_resource_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_dynamodb_paginators[2], output, err);
}

int awsc_dynamodb_query_paginate(struct awsc_client *client,
                                 const struct awsc_dynamodb_query_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_dynamodb_paginators[3], input, options, pager, err);
}

int awsc_dynamodb_query_next_page(struct awsc_pager *pager,
                                  struct awsc_dynamodb_query_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_dynamodb_paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_query_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_query_next_page_async(struct awsc_pager *pager,
                                        awsc_dynamodb_query_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_dynamodb_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_next_item(struct awsc_pager *pager,
                                  const struct awsc_dynamodb_attribute_map **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_dynamodb_paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_query_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_query_next_item_async(struct awsc_pager *pager,
                                        awsc_dynamodb_query_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_dynamodb_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_collect(struct awsc_pager *pager,
                                struct awsc_dynamodb_query_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_dynamodb_paginators[3], output, err);
}

int awsc_dynamodb_scan_paginate(struct awsc_client *client,
                                const struct awsc_dynamodb_scan_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_dynamodb_paginators[4], input, options, pager, err);
}

int awsc_dynamodb_scan_next_page(struct awsc_pager *pager,
                                 struct awsc_dynamodb_scan_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_dynamodb_paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_cb *)cb)(user_data, status, page, err);
}

int awsc_dynamodb_scan_next_page_async(struct awsc_pager *pager,
                                       awsc_dynamodb_scan_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_dynamodb_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_next_item(struct awsc_pager *pager,
                                 const struct awsc_dynamodb_attribute_map **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_dynamodb_paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_item_cb *)cb)(user_data, status, item, err);
}

int awsc_dynamodb_scan_next_item_async(struct awsc_pager *pager,
                                       awsc_dynamodb_scan_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_dynamodb_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_collect(struct awsc_pager *pager,
                               struct awsc_dynamodb_scan_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_dynamodb_paginators[4], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* ContributorInsightsEnabled */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_11, .expected = {.type = AWSC_JP_STRING, .string = "ENABLED"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_11, .expected = {.type = AWSC_JP_STRING, .string = "FAILED"}},
};

/* ExportCompleted */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_12, .expected = {.type = AWSC_JP_STRING, .string = "COMPLETED"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_12, .expected = {.type = AWSC_JP_STRING, .string = "FAILED"}},
};

/* ImportCompleted */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_13, .expected = {.type = AWSC_JP_STRING, .string = "COMPLETED"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_13, .expected = {.type = AWSC_JP_STRING, .string = "FAILED"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_13, .expected = {.type = AWSC_JP_STRING, .string = "CANCELLED"}},
};

/* KinesisStreamingDestinationActive */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_SUCCESS, .argument = &jp_14, .expected = {.type = AWSC_JP_STRING, .string = "ACTIVE"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_15, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

/* TableExists */
static const struct awsc_waiter_acceptor w_4_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_16, .expected = {.type = AWSC_JP_STRING, .string = "ACTIVE"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

/* TableNotExists */
static const struct awsc_waiter_acceptor w_5_acceptors[] = {
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

const struct awsc_waiter awsc_dynamodb_waiters[6] = {
    {
        .name = "ContributorInsightsEnabled",
        .service = SERVICE,
        .operation = 12, /* DescribeContributorInsights */
        .delay = 20,
        .max_attempts = 30,
        .acceptors = w_0_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ExportCompleted",
        .service = SERVICE,
        .operation = 14, /* DescribeExport */
        .delay = 20,
        .max_attempts = 60,
        .acceptors = w_1_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ImportCompleted",
        .service = SERVICE,
        .operation = 17, /* DescribeImport */
        .delay = 20,
        .max_attempts = 60,
        .acceptors = w_2_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "KinesisStreamingDestinationActive",
        .service = SERVICE,
        .operation = 18, /* DescribeKinesisStreamingDestination */
        .delay = 20,
        .max_attempts = 30,
        .acceptors = w_3_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "TableExists",
        .service = SERVICE,
        .operation = 20, /* DescribeTable */
        .delay = 20,
        .max_attempts = 25,
        .acceptors = w_4_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "TableNotExists",
        .service = SERVICE,
        .operation = 20, /* DescribeTable */
        .delay = 20,
        .max_attempts = 25,
        .acceptors = w_5_acceptors,
        .acceptor_count = 1,
    },
};

int awsc_dynamodb_wait_contributor_insights_enabled(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[0], input, options, err);
}

int awsc_dynamodb_wait_contributor_insights_enabled_async(struct awsc_client *client,
                                                          const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[0], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_export_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_export_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[1], input, options, err);
}

int awsc_dynamodb_wait_export_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_export_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[1], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_import_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_import_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[2], input, options, err);
}

int awsc_dynamodb_wait_import_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_import_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[2], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active(struct awsc_client *client,
                                                            const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[3], input, options, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active_async(struct awsc_client *client,
                                                                  const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[3], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_exists(struct awsc_client *client,
                                    const struct awsc_dynamodb_describe_table_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[4], input, options, err);
}

int awsc_dynamodb_wait_table_exists_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_describe_table_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[4], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_not_exists(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_table_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[5], input, options, err);
}

int awsc_dynamodb_wait_table_not_exists_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_table_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
