/*
 * kinesis_pagers.c - paginators and waiters of Kinesis: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/kinesis.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__kinesis_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__kinesis_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeStream */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 8,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[0].more_results_ref, exprs[1]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[0].non_aggregate_keys_ref, expr_refs[2]),
            .non_aggregate_key_count = 8,
        },
        [1] = { /* ListShards */
            .name_ref = PREF(paginators[1].name_ref, strings[15]),
            .operation = 17,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [2] = { /* ListStreamConsumers */
            .name_ref = PREF(paginators[2].name_ref, strings[26]),
            .operation = 18,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [3] = { /* ListStreams */
            .name_ref = PREF(paginators[3].name_ref, strings[46]),
            .operation = 19,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[3].more_results_ref, exprs[15]),
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[15]),
            .result_key_count = 2,
        },
    },
    .input_tokens = {
        2, /* ExclusiveStartShardId */
        1, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* StreamDescription.Shards[-1].ShardId */
        PREF(expr_refs[1], exprs[2]), /* StreamDescription.Shards */
        PREF(expr_refs[2], exprs[3]), /* StreamDescription.StreamARN */
        PREF(expr_refs[3], exprs[4]), /* StreamDescription.StreamName */
        PREF(expr_refs[4], exprs[5]), /* StreamDescription.StreamStatus */
        PREF(expr_refs[5], exprs[6]), /* StreamDescription.RetentionPeriodHours */
        PREF(expr_refs[6], exprs[7]), /* StreamDescription.EnhancedMonitoring */
        PREF(expr_refs[7], exprs[8]), /* StreamDescription.EncryptionType */
        PREF(expr_refs[8], exprs[9]), /* StreamDescription.KeyId */
        PREF(expr_refs[9], exprs[10]), /* StreamDescription.StreamCreationTimestamp */
        PREF(expr_refs[10], exprs[11]), /* NextToken */
        PREF(expr_refs[11], exprs[12]), /* Shards */
        PREF(expr_refs[12], exprs[11]), /* NextToken */
        PREF(expr_refs[13], exprs[13]), /* Consumers */
        PREF(expr_refs[14], exprs[14]), /* NextToken */
        PREF(expr_refs[15], exprs[16]), /* StreamNames */
        PREF(expr_refs[16], exprs[17]), /* StreamSummaries */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* StreamExists */
            .name_ref = PREF(waiters[0].name_ref, strings[58]),
            .operation = 8,
            .delay = 10,
            .max_attempts = 18,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 1,
        },
        [1] = { /* StreamNotExists */
            .name_ref = PREF(waiters[1].name_ref, strings[78]),
            .operation = 8,
            .delay = 10,
            .max_attempts = 18,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[1]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[5]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[71])}}, /* StreamExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[94])}}, /* StreamNotExists: error success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[120]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 7}, /* StreamDescription.Shards[-1].ShardId */
        {.text_ref = PREF(exprs[1].text_ref, strings[190]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[7]), .node_count = 3}, /* StreamDescription.HasMoreShards */
        {.text_ref = PREF(exprs[2].text_ref, strings[236]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[10]), .node_count = 3}, /* StreamDescription.Shards */
        {.text_ref = PREF(exprs[3].text_ref, strings[261]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[13]), .node_count = 3}, /* StreamDescription.StreamARN */
        {.text_ref = PREF(exprs[4].text_ref, strings[299]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[16]), .node_count = 3}, /* StreamDescription.StreamName */
        {.text_ref = PREF(exprs[5].text_ref, strings[339]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[19]), .node_count = 3}, /* StreamDescription.StreamStatus */
        {.text_ref = PREF(exprs[6].text_ref, strings[383]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[22]), .node_count = 3}, /* StreamDescription.RetentionPeriodHours */
        {.text_ref = PREF(exprs[7].text_ref, strings[443]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[25]), .node_count = 3}, /* StreamDescription.EnhancedMonitoring */
        {.text_ref = PREF(exprs[8].text_ref, strings[499]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[28]), .node_count = 3}, /* StreamDescription.EncryptionType */
        {.text_ref = PREF(exprs[9].text_ref, strings[547]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[31]), .node_count = 3}, /* StreamDescription.KeyId */
        {.text_ref = PREF(exprs[10].text_ref, strings[577]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[34]), .node_count = 3}, /* StreamDescription.StreamCreationTimestamp */
        {.text_ref = PREF(exprs[11].text_ref, strings[643]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[37]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[12].text_ref, strings[175]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[38]), .node_count = 1}, /* Shards */
        {.text_ref = PREF(exprs[13].text_ref, strings[653]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[39]), .node_count = 1}, /* Consumers */
        {.text_ref = PREF(exprs[14].text_ref, strings[643]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[40]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[15].text_ref, strings[663]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[41]), .node_count = 1}, /* HasMoreStreams */
        {.text_ref = PREF(exprs[16].text_ref, strings[678]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[42]), .node_count = 1}, /* StreamNames */
        {.text_ref = PREF(exprs[17].text_ref, strings[690]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[43]), .node_count = 1}, /* StreamSummaries */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[0].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[1].string_ref, strings[175])},
        {.op = AWSC_JP_INDEX, .index = -1},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_SUB, .a = 0, .b = 3},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[182])},
        {.op = AWSC_JP_SUB, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[8].string_ref, strings[222])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[11].string_ref, strings[175])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[14].string_ref, strings[289])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[16].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[328])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[19].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[20].string_ref, strings[370])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[22].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[23].string_ref, strings[422])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[26].string_ref, strings[480])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[28].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[29].string_ref, strings[532])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[32].string_ref, strings[571])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[34].string_ref, strings[157])},
        {.op = AWSC_JP_MEMBER, .member = 7, .string_ref = PREF(nodes[35].string_ref, strings[619])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[37].string_ref, strings[643])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[38].string_ref, strings[175])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[39].string_ref, strings[653])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[40].string_ref, strings[643])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[41].string_ref, strings[663])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[42].string_ref, strings[678])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[43].string_ref, strings[690])},
    },
    .strings =
        /*      0 */ "DescribeStream\0"
        /*     15 */ "ListShards\0"
        /*     26 */ "ListStreamConsumers\0"
        /*     46 */ "ListStreams\0"
        /*     58 */ "StreamExists\0"
        /*     71 */ "ACTIVE\0"
        /*     78 */ "StreamNotExists\0"
        /*     94 */ "ResourceNotFoundException\0"
        /*    120 */ "StreamDescription.Shards[-1].ShardId\0"
        /*    157 */ "StreamDescription\0"
        /*    175 */ "Shards\0"
        /*    182 */ "ShardId\0"
        /*    190 */ "StreamDescription.HasMoreShards\0"
        /*    222 */ "HasMoreShards\0"
        /*    236 */ "StreamDescription.Shards\0"
        /*    261 */ "StreamDescription.StreamARN\0"
        /*    289 */ "StreamARN\0"
        /*    299 */ "StreamDescription.StreamName\0"
        /*    328 */ "StreamName\0"
        /*    339 */ "StreamDescription.StreamStatus\0"
        /*    370 */ "StreamStatus\0"
        /*    383 */ "StreamDescription.RetentionPeriodHours\0"
        /*    422 */ "RetentionPeriodHours\0"
        /*    443 */ "StreamDescription.EnhancedMonitoring\0"
        /*    480 */ "EnhancedMonitoring\0"
        /*    499 */ "StreamDescription.EncryptionType\0"
        /*    532 */ "EncryptionType\0"
        /*    547 */ "StreamDescription.KeyId\0"
        /*    571 */ "KeyId\0"
        /*    577 */ "StreamDescription.StreamCreationTimestamp\0"
        /*    619 */ "StreamCreationTimestamp\0"
        /*    643 */ "NextToken\0"
        /*    653 */ "Consumers\0"
        /*    663 */ "HasMoreStreams\0"
        /*    678 */ "StreamNames\0"
        /*    690 */ "StreamSummaries",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_kinesis_describe_stream_paginate(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_kinesis_describe_stream_next_page(struct awsc_pager *pager,
                                           struct awsc_kinesis_describe_stream_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_next_item(struct awsc_pager *pager,
                                           const struct awsc_kinesis_shard **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_describe_stream_collect(struct awsc_pager *pager,
                                         struct awsc_kinesis_describe_stream_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_kinesis_list_shards_paginate(struct awsc_client *client,
                                      const struct awsc_kinesis_list_shards_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_kinesis_list_shards_next_page(struct awsc_pager *pager,
                                       struct awsc_kinesis_list_shards_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_next_item(struct awsc_pager *pager,
                                       const struct awsc_kinesis_shard **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_shards_collect(struct awsc_pager *pager,
                                     struct awsc_kinesis_list_shards_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_kinesis_list_stream_consumers_paginate(struct awsc_client *client,
                                                const struct awsc_kinesis_list_stream_consumers_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_kinesis_list_stream_consumers_next_page(struct awsc_pager *pager,
                                                 struct awsc_kinesis_list_stream_consumers_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_next_item(struct awsc_pager *pager,
                                                 const struct awsc_kinesis_consumer **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_stream_consumers_collect(struct awsc_pager *pager,
                                               struct awsc_kinesis_list_stream_consumers_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_kinesis_list_streams_paginate(struct awsc_client *client,
                                       const struct awsc_kinesis_list_streams_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_kinesis_list_streams_next_page(struct awsc_pager *pager,
                                        struct awsc_kinesis_list_streams_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_kinesis_list_streams_collect(struct awsc_pager *pager,
                                      struct awsc_kinesis_list_streams_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_kinesis_wait_stream_exists(struct awsc_client *client,
                                    const struct awsc_kinesis_describe_stream_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_kinesis_wait_stream_exists_async(struct awsc_client *client,
                                          const struct awsc_kinesis_describe_stream_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_kinesis_wait_stream_not_exists(struct awsc_client *client,
                                        const struct awsc_kinesis_describe_stream_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_kinesis_wait_stream_not_exists_async(struct awsc_client *client,
                                              const struct awsc_kinesis_describe_stream_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
