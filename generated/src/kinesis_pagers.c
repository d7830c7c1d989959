/*
 * kinesis_pagers.c - paginators and waiters of Kinesis: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/kinesis.h>

/* The service's tables object (kinesis_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__kinesis_tables awsc__kinesis_tables;
#define SERVICE ((const struct awsc_service *)&awsc__kinesis_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* StreamDescription.Shards[-1].ShardId */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "Shards"},
    {.op = AWSC_JP_INDEX, .index = -1},
    {.op = AWSC_JP_SUB, .a = 1, .b = 2},
    {.op = AWSC_JP_SUB, .a = 0, .b = 3},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ShardId"},
    {.op = AWSC_JP_SUB, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_0 = {"StreamDescription.Shards[-1].ShardId", jp_0_nodes, 7};
#endif

/* StreamDescription.HasMoreShards */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "HasMoreShards"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_1 = {"StreamDescription.HasMoreShards", jp_1_nodes, 3};
#endif

/* StreamDescription.Shards */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "Shards"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_2 = {"StreamDescription.Shards", jp_2_nodes, 3};
#endif

/* StreamDescription.StreamARN */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "StreamARN"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_3 = {"StreamDescription.StreamARN", jp_3_nodes, 3};
#endif

/* StreamDescription.StreamName */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamName"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_4 = {"StreamDescription.StreamName", jp_4_nodes, 3};
#endif

/* StreamDescription.StreamStatus */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "StreamStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_5 = {"StreamDescription.StreamStatus", jp_5_nodes, 3};
#endif

/* StreamDescription.RetentionPeriodHours */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 6, .string = "RetentionPeriodHours"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_6 = {"StreamDescription.RetentionPeriodHours", jp_6_nodes, 3};
#endif

/* StreamDescription.EnhancedMonitoring */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "EnhancedMonitoring"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_7 = {"StreamDescription.EnhancedMonitoring", jp_7_nodes, 3};
#endif

/* StreamDescription.EncryptionType */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 9, .string = "EncryptionType"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_8 = {"StreamDescription.EncryptionType", jp_8_nodes, 3};
#endif

/* StreamDescription.KeyId */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "KeyId"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_9 = {"StreamDescription.KeyId", jp_9_nodes, 3};
#endif

/* StreamDescription.StreamCreationTimestamp */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamDescription"},
    {.op = AWSC_JP_MEMBER, .member = 7, .string = "StreamCreationTimestamp"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_10 = {"StreamDescription.StreamCreationTimestamp", jp_10_nodes, 3};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_11 = {"NextToken", jp_11_nodes, 1};
#endif

/* Shards */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Shards"},
};
static const struct awsc_jmespath jp_12 = {"Shards", jp_12_nodes, 1};
#endif

/* Consumers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Consumers"},
};
static const struct awsc_jmespath jp_13 = {"Consumers", jp_13_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "NextToken"},
};
static const struct awsc_jmespath jp_14 = {"NextToken", jp_14_nodes, 1};
#endif

/* HasMoreStreams */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "HasMoreStreams"},
};
static const struct awsc_jmespath jp_15 = {"HasMoreStreams", jp_15_nodes, 1};
#endif

/* StreamNames */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StreamNames"},
};
static const struct awsc_jmespath jp_16 = {"StreamNames", jp_16_nodes, 1};
#endif

/* StreamSummaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "StreamSummaries"},
};
static const struct awsc_jmespath jp_17 = {"StreamSummaries", jp_17_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* DescribeStream */
static const uint16_t pg_0_input_tokens[] = {
    2, /* ExclusiveStartShardId */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_2};
static const struct awsc_jmespath *const pg_0_non_aggregate_keys[] = {&jp_3, &jp_4, &jp_5, &jp_6, &jp_7, &jp_8, &jp_9, &jp_10};

/* ListShards */
static const uint16_t pg_1_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_11};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_12};

/* ListStreamConsumers */
static const uint16_t pg_2_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_11};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_13};

/* ListStreams */
static const uint16_t pg_3_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_14};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_16, &jp_17};

const struct awsc_paginator awsc_kinesis_paginators[4] = {
    {
        .name = "DescribeStream",
        .service = SERVICE,
        .operation = 8, /* DescribeStream */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = &jp_1,
        .limit_key = 1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_0_non_aggregate_keys,
        .non_aggregate_key_count = 8,
    },
    {
        .name = "ListShards",
        .service = SERVICE,
        .operation = 17, /* ListShards */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListStreamConsumers",
        .service = SERVICE,
        .operation = 18, /* ListStreamConsumers */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListStreams",
        .service = SERVICE,
        .operation = 19, /* ListStreams */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = &jp_15,
        .limit_key = 0,
        .result_keys = pg_3_result_keys,
        .result_key_count = 2,
    },
};

int awsc_kinesis_describe_stream_paginate(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_kinesis_paginators[0], input, options, pager, err);
}

int awsc_kinesis_describe_stream_next_page(struct awsc_pager *pager,
                                           struct awsc_kinesis_describe_stream_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_kinesis_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_describe_stream_next_page_async(struct awsc_pager *pager,
                                                 awsc_kinesis_describe_stream_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_kinesis_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_next_item(struct awsc_pager *pager,
                                           const struct awsc_kinesis_shard **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_kinesis_paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_describe_stream_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_describe_stream_next_item_async(struct awsc_pager *pager,
                                                 awsc_kinesis_describe_stream_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_kinesis_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_collect(struct awsc_pager *pager,
                                         struct awsc_kinesis_describe_stream_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_kinesis_paginators[0], output, err);
}

int awsc_kinesis_list_shards_paginate(struct awsc_client *client,
                                      const struct awsc_kinesis_list_shards_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_kinesis_paginators[1], input, options, pager, err);
}

int awsc_kinesis_list_shards_next_page(struct awsc_pager *pager,
                                       struct awsc_kinesis_list_shards_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_kinesis_paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_shards_next_page_async(struct awsc_pager *pager,
                                             awsc_kinesis_list_shards_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_kinesis_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_next_item(struct awsc_pager *pager,
                                       const struct awsc_kinesis_shard **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_kinesis_paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_shards_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_list_shards_next_item_async(struct awsc_pager *pager,
                                             awsc_kinesis_list_shards_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_kinesis_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_collect(struct awsc_pager *pager,
                                     struct awsc_kinesis_list_shards_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_kinesis_paginators[1], output, err);
}

int awsc_kinesis_list_stream_consumers_paginate(struct awsc_client *client,
                                                const struct awsc_kinesis_list_stream_consumers_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_kinesis_paginators[2], input, options, pager, err);
}

int awsc_kinesis_list_stream_consumers_next_page(struct awsc_pager *pager,
                                                 struct awsc_kinesis_list_stream_consumers_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_kinesis_paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_stream_consumers_next_page_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_stream_consumers_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_kinesis_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_next_item(struct awsc_pager *pager,
                                                 const struct awsc_kinesis_consumer **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_kinesis_paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_stream_consumers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_kinesis_list_stream_consumers_next_item_async(struct awsc_pager *pager,
                                                       awsc_kinesis_list_stream_consumers_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_kinesis_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_collect(struct awsc_pager *pager,
                                               struct awsc_kinesis_list_stream_consumers_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_kinesis_paginators[2], output, err);
}

int awsc_kinesis_list_streams_paginate(struct awsc_client *client,
                                       const struct awsc_kinesis_list_streams_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_kinesis_paginators[3], input, options, pager, err);
}

int awsc_kinesis_list_streams_next_page(struct awsc_pager *pager,
                                        struct awsc_kinesis_list_streams_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_kinesis_paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_cb *)cb)(user_data, status, page, err);
}

int awsc_kinesis_list_streams_next_page_async(struct awsc_pager *pager,
                                              awsc_kinesis_list_streams_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_kinesis_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_kinesis_paginators[3], true, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_kinesis_list_streams_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_kinesis_list_streams_next_item_async(struct awsc_pager *pager,
                                              awsc_kinesis_list_streams_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_kinesis_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_collect(struct awsc_pager *pager,
                                      struct awsc_kinesis_list_streams_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_kinesis_paginators[3], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* StreamExists */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_5, .expected = {.type = AWSC_JP_STRING, .string = "ACTIVE"}},
};

/* StreamNotExists */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

const struct awsc_waiter awsc_kinesis_waiters[2] = {
    {
        .name = "StreamExists",
        .service = SERVICE,
        .operation = 8, /* DescribeStream */
        .delay = 10,
        .max_attempts = 18,
        .acceptors = w_0_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "StreamNotExists",
        .service = SERVICE,
        .operation = 8, /* DescribeStream */
        .delay = 10,
        .max_attempts = 18,
        .acceptors = w_1_acceptors,
        .acceptor_count = 1,
    },
};

int awsc_kinesis_wait_stream_exists(struct awsc_client *client,
                                    const struct awsc_kinesis_describe_stream_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_kinesis_waiters[0], input, options, err);
}

int awsc_kinesis_wait_stream_exists_async(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_kinesis_waiters[0], input, options, cb, user_data, err);
}

int awsc_kinesis_wait_stream_not_exists(struct awsc_client *client,
                                        const struct awsc_kinesis_describe_stream_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_kinesis_waiters[1], input, options, err);
}

int awsc_kinesis_wait_stream_not_exists_async(struct awsc_client *client,
                                              const struct awsc_kinesis_describe_stream_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_kinesis_waiters[1], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
