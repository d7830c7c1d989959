/*
 * dynamodb_pagers.c - paginators and waiters of DynamoDB: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/dynamodb.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__dynamodb_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__dynamodb_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListBackups */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 31,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* ListTables */
            .name_ref = PREF(paginators[1].name_ref, strings[12]),
            .operation = 36,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListTagsOfResource */
            .name_ref = PREF(paginators[2].name_ref, strings[23]),
            .operation = 37,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* Query */
            .name_ref = PREF(paginators[3].name_ref, strings[42]),
            .operation = 40,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 3,
            .non_aggregate_keys_ref = PREF(paginators[3].non_aggregate_keys_ref, expr_refs[10]),
            .non_aggregate_key_count = 1,
        },
        [4] = { /* Scan */
            .name_ref = PREF(paginators[4].name_ref, strings[48]),
            .operation = 43,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[11]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[12]),
            .result_key_count = 3,
            .non_aggregate_keys_ref = PREF(paginators[4].non_aggregate_keys_ref, expr_refs[15]),
            .non_aggregate_key_count = 1,
        },
    },
    .input_tokens = {
        4, /* ExclusiveStartBackupArn */
        0, /* ExclusiveStartTableName */
        1, /* NextToken */
        10, /* ExclusiveStartKey */
        7, /* ExclusiveStartKey */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* LastEvaluatedBackupArn */
        PREF(expr_refs[1], exprs[1]), /* BackupSummaries */
        PREF(expr_refs[2], exprs[2]), /* LastEvaluatedTableName */
        PREF(expr_refs[3], exprs[3]), /* TableNames */
        PREF(expr_refs[4], exprs[4]), /* NextToken */
        PREF(expr_refs[5], exprs[5]), /* Tags */
        PREF(expr_refs[6], exprs[6]), /* LastEvaluatedKey */
        PREF(expr_refs[7], exprs[7]), /* Items */
        PREF(expr_refs[8], exprs[8]), /* Count */
        PREF(expr_refs[9], exprs[9]), /* ScannedCount */
        PREF(expr_refs[10], exprs[10]), /* ConsumedCapacity */
        PREF(expr_refs[11], exprs[6]), /* LastEvaluatedKey */
        PREF(expr_refs[12], exprs[7]), /* Items */
        PREF(expr_refs[13], exprs[8]), /* Count */
        PREF(expr_refs[14], exprs[9]), /* ScannedCount */
        PREF(expr_refs[15], exprs[10]), /* ConsumedCapacity */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* ContributorInsightsEnabled */
            .name_ref = PREF(waiters[0].name_ref, strings[53]),
            .operation = 12,
            .delay = 20,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 2,
        },
        [1] = { /* ExportCompleted */
            .name_ref = PREF(waiters[1].name_ref, strings[95]),
            .operation = 14,
            .delay = 20,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[2]),
            .acceptor_count = 2,
        },
        [2] = { /* ImportCompleted */
            .name_ref = PREF(waiters[2].name_ref, strings[121]),
            .operation = 17,
            .delay = 20,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[4]),
            .acceptor_count = 3,
        },
        [3] = { /* KinesisStreamingDestinationActive */
            .name_ref = PREF(waiters[3].name_ref, strings[147]),
            .operation = 18,
            .delay = 20,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[7]),
            .acceptor_count = 2,
        },
        [4] = { /* TableExists */
            .name_ref = PREF(waiters[4].name_ref, strings[188]),
            .operation = 20,
            .delay = 20,
            .max_attempts = 25,
            .acceptors_ref = PREF(waiters[4].acceptors_ref, acceptors[9]),
            .acceptor_count = 2,
        },
        [5] = { /* TableNotExists */
            .name_ref = PREF(waiters[5].name_ref, strings[226]),
            .operation = 20,
            .delay = 20,
            .max_attempts = 25,
            .acceptors_ref = PREF(waiters[5].acceptors_ref, acceptors[11]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[11]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[80])}}, /* ContributorInsightsEnabled: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[1].argument_ref, exprs[11]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[88])}}, /* ContributorInsightsEnabled: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[2].argument_ref, exprs[12]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[2].expected.string_ref, strings[111])}}, /* ExportCompleted: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[3].argument_ref, exprs[12]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[88])}}, /* ExportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[4].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[4].expected.string_ref, strings[111])}}, /* ImportCompleted: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[5].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[88])}}, /* ImportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[6].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[6].expected.string_ref, strings[137])}}, /* ImportCompleted: path failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[7].argument_ref, exprs[14]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[181])}}, /* KinesisStreamingDestinationActive: pathAny success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[8].argument_ref, exprs[15]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* KinesisStreamingDestinationActive: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[9].argument_ref, exprs[16]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[9].expected.string_ref, strings[181])}}, /* TableExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[10].expected.string_ref, strings[200])}}, /* TableExists: error retry */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[11].expected.string_ref, strings[200])}}, /* TableNotExists: error success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[241]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* LastEvaluatedBackupArn */
        {.text_ref = PREF(exprs[1].text_ref, strings[264]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* BackupSummaries */
        {.text_ref = PREF(exprs[2].text_ref, strings[280]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* LastEvaluatedTableName */
        {.text_ref = PREF(exprs[3].text_ref, strings[303]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* TableNames */
        {.text_ref = PREF(exprs[4].text_ref, strings[314]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[5].text_ref, strings[324]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Tags */
        {.text_ref = PREF(exprs[6].text_ref, strings[329]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* LastEvaluatedKey */
        {.text_ref = PREF(exprs[7].text_ref, strings[346]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* Items */
        {.text_ref = PREF(exprs[8].text_ref, strings[352]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Count */
        {.text_ref = PREF(exprs[9].text_ref, strings[358]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* ScannedCount */
        {.text_ref = PREF(exprs[10].text_ref, strings[371]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* ConsumedCapacity */
        {.text_ref = PREF(exprs[11].text_ref, strings[388]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* ContributorInsightsStatus */
        {.text_ref = PREF(exprs[12].text_ref, strings[414]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 3}, /* ExportDescription.ExportStatus */
        {.text_ref = PREF(exprs[13].text_ref, strings[476]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[15]), .node_count = 3}, /* ImportTableDescription.ImportStatus */
        {.text_ref = PREF(exprs[14].text_ref, strings[548]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[18]), .node_count = 4}, /* KinesisDataStreamDestinations[].DestinationStatus */
        {.text_ref = PREF(exprs[15].text_ref, strings[646]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[22]), .node_count = 19}, /* length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations) */
        {.text_ref = PREF(exprs[16].text_ref, strings[871]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[41]), .node_count = 3}, /* Table.TableStatus */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[241])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[264])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[2].string_ref, strings[280])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[303])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[314])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[324])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[6].string_ref, strings[329])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[346])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[8].string_ref, strings[352])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[9].string_ref, strings[358])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[10].string_ref, strings[371])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[11].string_ref, strings[388])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[12].string_ref, strings[445])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[13].string_ref, strings[463])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[15].string_ref, strings[512])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[16].string_ref, strings[535])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[18].string_ref, strings[598])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[20].string_ref, strings[628])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[22].string_ref, strings[598])},
        {.op = AWSC_JP_LENGTH, .a = 0},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[26].string_ref, strings[598])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[27].string_ref, strings[628])},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string_ref = PREF(nodes[28].literal.string_ref, strings[848])}},
        {.op = AWSC_JP_EQ, .a = 5, .b = 6},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[30].string_ref, strings[628])},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_STRING, .string_ref = PREF(nodes[31].literal.string_ref, strings[857])}},
        {.op = AWSC_JP_EQ, .a = 8, .b = 9},
        {.op = AWSC_JP_OR, .a = 7, .b = 10},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_FILTER, .a = 4, .b = 12, .c = 11},
        {.op = AWSC_JP_LENGTH, .a = 13},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[37].string_ref, strings[598])},
        {.op = AWSC_JP_LENGTH, .a = 15},
        {.op = AWSC_JP_EQ, .a = 14, .b = 16},
        {.op = AWSC_JP_AND, .a = 3, .b = 17},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[41].string_ref, strings[889])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[42].string_ref, strings[895])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
    },
    .strings =
        /*      0 */ "ListBackups\0"
        /*     12 */ "ListTables\0"
        /*     23 */ "ListTagsOfResource\0"
        /*     42 */ "Query\0"
        /*     48 */ "Scan\0"
        /*     53 */ "ContributorInsightsEnabled\0"
        /*     80 */ "ENABLED\0"
        /*     88 */ "FAILED\0"
        /*     95 */ "ExportCompleted\0"
        /*    111 */ "COMPLETED\0"
        /*    121 */ "ImportCompleted\0"
        /*    137 */ "CANCELLED\0"
        /*    147 */ "KinesisStreamingDestinationActive\0"
        /*    181 */ "ACTIVE\0"
        /*    188 */ "TableExists\0"
        /*    200 */ "ResourceNotFoundException\0"
        /*    226 */ "TableNotExists\0"
        /*    241 */ "LastEvaluatedBackupArn\0"
        /*    264 */ "BackupSummaries\0"
        /*    280 */ "LastEvaluatedTableName\0"
        /*    303 */ "TableNames\0"
        /*    314 */ "NextToken\0"
        /*    324 */ "Tags\0"
        /*    329 */ "LastEvaluatedKey\0"
        /*    346 */ "Items\0"
        /*    352 */ "Count\0"
        /*    358 */ "ScannedCount\0"
        /*    371 */ "ConsumedCapacity\0"
        /*    388 */ "ContributorInsightsStatus\0"
        /*    414 */ "ExportDescription.ExportStatus\0"
        /*    445 */ "ExportDescription\0"
        /*    463 */ "ExportStatus\0"
        /*    476 */ "ImportTableDescription.ImportStatus\0"
        /*    512 */ "ImportTableDescription\0"
        /*    535 */ "ImportStatus\0"
        /*    548 */ "KinesisDataStreamDestinations[].DestinationStatus\0"
        /*    598 */ "KinesisDataStreamDestinations\0"
        /*    628 */ "DestinationStatus\0"
        /*    646 */ "length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations)\0"
        /*    848 */ "DISABLED\0"
        /*    857 */ "ENABLE_FAILED\0"
        /*    871 */ "Table.TableStatus\0"
        /*    889 */ "Table\0"
        /*    895 */ "TableStatus",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_dynamodb_list_backups_paginate(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_backups_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_dynamodb_list_backups_next_page(struct awsc_pager *pager,
                                         struct awsc_dynamodb_list_backups_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_next_item(struct awsc_pager *pager,
                                         const struct awsc_dynamodb_backup_summary **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_backups_collect(struct awsc_pager *pager,
                                       struct awsc_dynamodb_list_backups_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_dynamodb_list_tables_paginate(struct awsc_client *client,
                                       const struct awsc_dynamodb_list_tables_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_dynamodb_list_tables_next_page(struct awsc_pager *pager,
                                        struct awsc_dynamodb_list_tables_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_next_item(struct awsc_pager *pager,
                                        const char **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tables_collect(struct awsc_pager *pager,
                                      struct awsc_dynamodb_list_tables_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_dynamodb_list_tags_of_resource_paginate(struct awsc_client *client,
                                                 const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_dynamodb_list_tags_of_resource_next_page(struct awsc_pager *pager,
                                                  struct awsc_dynamodb_list_tags_of_resource_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_next_item(struct awsc_pager *pager,
                                                  const struct awsc_dynamodb_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_list_tags_of_resource_collect(struct awsc_pager *pager,
                                                struct awsc_dynamodb_list_tags_of_resource_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_dynamodb_query_paginate(struct awsc_client *client,
                                 const struct awsc_dynamodb_query_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_dynamodb_query_next_page(struct awsc_pager *pager,
                                  struct awsc_dynamodb_query_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_next_item(struct awsc_pager *pager,
                                  const struct awsc_dynamodb_attribute_map **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_query_collect(struct awsc_pager *pager,
                                struct awsc_dynamodb_query_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_dynamodb_scan_paginate(struct awsc_client *client,
                                const struct awsc_dynamodb_scan_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_dynamodb_scan_next_page(struct awsc_pager *pager,
                                 struct awsc_dynamodb_scan_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_next_item(struct awsc_pager *pager,
                                 const struct awsc_dynamodb_attribute_map **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_dynamodb_scan_collect(struct awsc_pager *pager,
                               struct awsc_dynamodb_scan_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_dynamodb_wait_contributor_insights_enabled(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_dynamodb_wait_contributor_insights_enabled_async(struct awsc_client *client,
                                                          const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_export_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_export_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_dynamodb_wait_export_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_export_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_import_completed(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_import_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_dynamodb_wait_import_completed_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_import_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active(struct awsc_client *client,
                                                            const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_dynamodb_wait_kinesis_streaming_destination_active_async(struct awsc_client *client,
                                                                  const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_exists(struct awsc_client *client,
                                    const struct awsc_dynamodb_describe_table_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_dynamodb_wait_table_exists_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_describe_table_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_dynamodb_wait_table_not_exists(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_table_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_dynamodb_wait_table_not_exists_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_table_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
