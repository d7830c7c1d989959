/*
 * cloudwatch_pagers.c - paginators and waiters of CloudWatch: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/cloudwatch.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__cloudwatch_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__cloudwatch_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeAlarmHistory */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 8,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 6,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* DescribeAlarms */
            .name_ref = PREF(paginators[1].name_ref, strings[21]),
            .operation = 9,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 7,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 3,
        },
        [2] = { /* DescribeAnomalyDetectors */
            .name_ref = PREF(paginators[2].name_ref, strings[36]),
            .operation = 11,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [3] = { /* GetMetricData */
            .name_ref = PREF(paginators[3].name_ref, strings[61]),
            .operation = 22,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[9]),
            .result_key_count = 2,
        },
        [4] = { /* ListAlarmMuteRules */
            .name_ref = PREF(paginators[4].name_ref, strings[75]),
            .operation = 27,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[11]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[12]),
            .result_key_count = 1,
        },
        [5] = { /* ListDashboards */
            .name_ref = PREF(paginators[5].name_ref, strings[94]),
            .operation = 28,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[13]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[14]),
            .result_key_count = 1,
        },
        [6] = { /* ListMetrics */
            .name_ref = PREF(paginators[6].name_ref, strings[109]),
            .operation = 31,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[15]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[16]),
            .result_key_count = 2,
        },
    },
    .input_tokens = {
        7, /* NextToken */
        8, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* AlarmHistoryItems */
        PREF(expr_refs[2], exprs[2]), /* NextToken */
        PREF(expr_refs[3], exprs[3]), /* MetricAlarms */
        PREF(expr_refs[4], exprs[4]), /* CompositeAlarms */
        PREF(expr_refs[5], exprs[5]), /* LogAlarms */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[6]), /* AnomalyDetectors */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[7]), /* MetricDataResults */
        PREF(expr_refs[10], exprs[8]), /* Messages */
        PREF(expr_refs[11], exprs[0]), /* NextToken */
        PREF(expr_refs[12], exprs[9]), /* AlarmMuteRuleSummaries */
        PREF(expr_refs[13], exprs[0]), /* NextToken */
        PREF(expr_refs[14], exprs[10]), /* DashboardEntries */
        PREF(expr_refs[15], exprs[0]), /* NextToken */
        PREF(expr_refs[16], exprs[11]), /* Metrics */
        PREF(expr_refs[17], exprs[12]), /* OwningAccounts */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* AlarmExists */
            .name_ref = PREF(waiters[0].name_ref, strings[121]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 1,
        },
        [1] = { /* AlarmMuteRuleExists */
            .name_ref = PREF(waiters[1].name_ref, strings[133]),
            .operation = 18,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[1]),
            .acceptor_count = 2,
        },
        [2] = { /* CompositeAlarmExists */
            .name_ref = PREF(waiters[2].name_ref, strings[153]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[3]),
            .acceptor_count = 1,
        },
        [3] = { /* LogAlarmExists */
            .name_ref = PREF(waiters[3].name_ref, strings[174]),
            .operation = 9,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[4]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[13]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* AlarmExists: path success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* AlarmMuteRuleExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* AlarmMuteRuleExists: status retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[3].argument_ref, exprs[14]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* CompositeAlarmExists: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[4].argument_ref, exprs[15]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* LogAlarmExists: path success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[189]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[199]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* AlarmHistoryItems */
        {.text_ref = PREF(exprs[2].text_ref, strings[189]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[3].text_ref, strings[217]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* MetricAlarms */
        {.text_ref = PREF(exprs[4].text_ref, strings[230]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* CompositeAlarms */
        {.text_ref = PREF(exprs[5].text_ref, strings[246]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* LogAlarms */
        {.text_ref = PREF(exprs[6].text_ref, strings[256]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* AnomalyDetectors */
        {.text_ref = PREF(exprs[7].text_ref, strings[273]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* MetricDataResults */
        {.text_ref = PREF(exprs[8].text_ref, strings[291]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Messages */
        {.text_ref = PREF(exprs[9].text_ref, strings[300]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* AlarmMuteRuleSummaries */
        {.text_ref = PREF(exprs[10].text_ref, strings[323]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* DashboardEntries */
        {.text_ref = PREF(exprs[11].text_ref, strings[340]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* Metrics */
        {.text_ref = PREF(exprs[12].text_ref, strings[348]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* OwningAccounts */
        {.text_ref = PREF(exprs[13].text_ref, strings[363]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 7}, /* length(MetricAlarms[]) > `0` */
        {.text_ref = PREF(exprs[14].text_ref, strings[392]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[20]), .node_count = 7}, /* length(CompositeAlarms[]) > `0` */
        {.text_ref = PREF(exprs[15].text_ref, strings[424]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[27]), .node_count = 7}, /* length(LogAlarms[]) > `0` */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[199])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[2].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[217])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[4].string_ref, strings[230])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[5].string_ref, strings[246])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[256])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[273])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[8].string_ref, strings[291])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[300])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[323])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[11].string_ref, strings[340])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[12].string_ref, strings[348])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[13].string_ref, strings[217])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[230])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[27].string_ref, strings[246])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
    },
    .strings =
        /*      0 */ "DescribeAlarmHistory\0"
        /*     21 */ "DescribeAlarms\0"
        /*     36 */ "DescribeAnomalyDetectors\0"
        /*     61 */ "GetMetricData\0"
        /*     75 */ "ListAlarmMuteRules\0"
        /*     94 */ "ListDashboards\0"
        /*    109 */ "ListMetrics\0"
        /*    121 */ "AlarmExists\0"
        /*    133 */ "AlarmMuteRuleExists\0"
        /*    153 */ "CompositeAlarmExists\0"
        /*    174 */ "LogAlarmExists\0"
        /*    189 */ "NextToken\0"
        /*    199 */ "AlarmHistoryItems\0"
        /*    217 */ "MetricAlarms\0"
        /*    230 */ "CompositeAlarms\0"
        /*    246 */ "LogAlarms\0"
        /*    256 */ "AnomalyDetectors\0"
        /*    273 */ "MetricDataResults\0"
        /*    291 */ "Messages\0"
        /*    300 */ "AlarmMuteRuleSummaries\0"
        /*    323 */ "DashboardEntries\0"
        /*    340 */ "Metrics\0"
        /*    348 */ "OwningAccounts\0"
        /*    363 */ "length(MetricAlarms[]) > `0`\0"
        /*    392 */ "length(CompositeAlarms[]) > `0`\0"
        /*    424 */ "length(LogAlarms[]) > `0`",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_cloudwatch_describe_alarm_history_paginate(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_cloudwatch_describe_alarm_history_next_page(struct awsc_pager *pager,
                                                     struct awsc_cloudwatch_describe_alarm_history_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarm_history_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_describe_alarm_history_next_page_async(struct awsc_pager *pager,
                                                           awsc_cloudwatch_describe_alarm_history_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_history_next_item(struct awsc_pager *pager,
                                                     const struct awsc_cloudwatch_alarm_history_item **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarm_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_describe_alarm_history_next_item_async(struct awsc_pager *pager,
                                                           awsc_cloudwatch_describe_alarm_history_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_history_collect(struct awsc_pager *pager,
                                                   struct awsc_cloudwatch_describe_alarm_history_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_cloudwatch_describe_alarms_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_describe_alarms_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_cloudwatch_describe_alarms_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_describe_alarms_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarms_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_describe_alarms_next_page_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_describe_alarms_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_metric_alarm **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_alarms_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_describe_alarms_next_item_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_describe_alarms_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_describe_alarms_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_paginate(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_page(struct awsc_pager *pager,
                                                         struct awsc_cloudwatch_describe_anomaly_detectors_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_anomaly_detectors_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_page_async(struct awsc_pager *pager,
                                                               awsc_cloudwatch_describe_anomaly_detectors_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_item(struct awsc_pager *pager,
                                                         const struct awsc_cloudwatch_anomaly_detector **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_describe_anomaly_detectors_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_item_async(struct awsc_pager *pager,
                                                               awsc_cloudwatch_describe_anomaly_detectors_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_collect(struct awsc_pager *pager,
                                                       struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_cloudwatch_get_metric_data_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_get_metric_data_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_cloudwatch_get_metric_data_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_get_metric_data_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_data_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_get_metric_data_next_page_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_get_metric_data_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_data_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_metric_data_result **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_get_metric_data_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_get_metric_data_next_item_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_get_metric_data_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_data_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_get_metric_data_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_paginate(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_page(struct awsc_pager *pager,
                                                    struct awsc_cloudwatch_list_alarm_mute_rules_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_alarm_mute_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_page_async(struct awsc_pager *pager,
                                                          awsc_cloudwatch_list_alarm_mute_rules_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_item(struct awsc_pager *pager,
                                                    const struct awsc_cloudwatch_alarm_mute_rule_summary **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_alarm_mute_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_item_async(struct awsc_pager *pager,
                                                          awsc_cloudwatch_list_alarm_mute_rules_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_collect(struct awsc_pager *pager,
                                                  struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_cloudwatch_list_dashboards_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_list_dashboards_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_cloudwatch_list_dashboards_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_list_dashboards_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_dashboards_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_list_dashboards_next_page_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_list_dashboards_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_dashboards_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_dashboard_entry **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_dashboards_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_list_dashboards_next_item_async(struct awsc_pager *pager,
                                                    awsc_cloudwatch_list_dashboards_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_dashboards_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_list_dashboards_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_cloudwatch_list_metrics_paginate(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_metrics_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_cloudwatch_list_metrics_next_page(struct awsc_pager *pager,
                                           struct awsc_cloudwatch_list_metrics_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_metrics_cb *)cb)(user_data, status, page, err);
}

int awsc_cloudwatch_list_metrics_next_page_async(struct awsc_pager *pager,
                                                 awsc_cloudwatch_list_metrics_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metrics_next_item(struct awsc_pager *pager,
                                           const struct awsc_cloudwatch_metric **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_cloudwatch_list_metrics_item_cb *)cb)(user_data, status, item, err);
}

int awsc_cloudwatch_list_metrics_next_item_async(struct awsc_pager *pager,
                                                 awsc_cloudwatch_list_metrics_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metrics_collect(struct awsc_pager *pager,
                                         struct awsc_cloudwatch_list_metrics_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_cloudwatch_wait_alarm_exists(struct awsc_client *client,
                                      const struct awsc_cloudwatch_describe_alarms_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_cloudwatch_wait_alarm_exists_async(struct awsc_client *client,
                                            const struct awsc_cloudwatch_describe_alarms_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_alarm_mute_rule_exists(struct awsc_client *client,
                                                const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_cloudwatch_wait_alarm_mute_rule_exists_async(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_composite_alarm_exists(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarms_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_cloudwatch_wait_composite_alarm_exists_async(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_describe_alarms_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_log_alarm_exists(struct awsc_client *client,
                                          const struct awsc_cloudwatch_describe_alarms_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_cloudwatch_wait_log_alarm_exists_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarms_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
