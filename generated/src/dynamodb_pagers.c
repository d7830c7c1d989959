/*
 * dynamodb_pagers.c - paginators and waiters of DynamoDB: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/dynamodb.h>

/* ------------------------------------------------- JMESPath, compiled */

/* LastEvaluatedBackupArn */
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "LastEvaluatedBackupArn"},
};
static const struct awsc_jmespath jp_0 = {"LastEvaluatedBackupArn", jp_0_nodes, 1};

/* BackupSummaries */
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "BackupSummaries"},
};
static const struct awsc_jmespath jp_1 = {"BackupSummaries", jp_1_nodes, 1};

/* LastEvaluatedTableName */
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "LastEvaluatedTableName"},
};
static const struct awsc_jmespath jp_2 = {"LastEvaluatedTableName", jp_2_nodes, 1};

/* TableNames */
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TableNames"},
};
static const struct awsc_jmespath jp_3 = {"TableNames", jp_3_nodes, 1};

/* NextToken */
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_4 = {"NextToken", jp_4_nodes, 1};

/* Tags */
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Tags"},
};
static const struct awsc_jmespath jp_5 = {"Tags", jp_5_nodes, 1};

/* LastEvaluatedKey */
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "LastEvaluatedKey"},
};
static const struct awsc_jmespath jp_6 = {"LastEvaluatedKey", jp_6_nodes, 1};

/* Items */
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Items"},
};
static const struct awsc_jmespath jp_7 = {"Items", jp_7_nodes, 1};

/* Count */
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Count"},
};
static const struct awsc_jmespath jp_8 = {"Count", jp_8_nodes, 1};

/* ScannedCount */
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "ScannedCount"},
};
static const struct awsc_jmespath jp_9 = {"ScannedCount", jp_9_nodes, 1};

/* ConsumedCapacity */
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "ConsumedCapacity"},
};
static const struct awsc_jmespath jp_10 = {"ConsumedCapacity", jp_10_nodes, 1};

/* Table.TableStatus */
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Table"},
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "TableStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_11 = {"Table.TableStatus", jp_11_nodes, 3};

/* ---------------------------------------------------------- paginators */

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
        .service = &awsc_dynamodb_service,
        .operation = 29, /* ListBackups */
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
        .service = &awsc_dynamodb_service,
        .operation = 34, /* ListTables */
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
        .service = &awsc_dynamodb_service,
        .operation = 35, /* ListTagsOfResource */
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
        .service = &awsc_dynamodb_service,
        .operation = 37, /* Query */
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
        .service = &awsc_dynamodb_service,
        .operation = 40, /* Scan */
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

/* ------------------------------------------------------------- waiters */

/* TableExists */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_11, .expected = {.type = AWSC_JP_STRING, .string = "ACTIVE"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

/* TableNotExists */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

const struct awsc_waiter awsc_dynamodb_waiters[2] = {
    {
        .name = "TableExists",
        .service = &awsc_dynamodb_service,
        .operation = 19, /* DescribeTable */
        .delay = 20,
        .max_attempts = 25,
        .acceptors = w_0_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "TableNotExists",
        .service = &awsc_dynamodb_service,
        .operation = 19, /* DescribeTable */
        .delay = 20,
        .max_attempts = 25,
        .acceptors = w_1_acceptors,
        .acceptor_count = 1,
    },
};

int awsc_dynamodb_wait_table_exists(struct awsc_client *client,
                                    const struct awsc_dynamodb_describe_table_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[0], input, options, err);
}

int awsc_dynamodb_wait_table_exists_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_describe_table_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[0], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_not_exists(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_table_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_dynamodb_waiters[1], input, options, err);
}

int awsc_dynamodb_wait_table_not_exists_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_table_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_dynamodb_waiters[1], input, options, cb, user_data, err);
}
