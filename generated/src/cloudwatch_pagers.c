/*
 * cloudwatch_pagers.c - paginators and waiters of CloudWatch: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/cloudwatch.h>

/* The service's tables object (cloudwatch_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__cloudwatch_tables awsc__cloudwatch_tables;
#define SERVICE ((const struct awsc_service *)&awsc__cloudwatch_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* AlarmHistoryItems */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AlarmHistoryItems"},
};
static const struct awsc_jmespath jp_1 = {"AlarmHistoryItems", jp_1_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "NextToken"},
};
static const struct awsc_jmespath jp_2 = {"NextToken", jp_2_nodes, 1};
#endif

/* MetricAlarms */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "MetricAlarms"},
};
static const struct awsc_jmespath jp_3 = {"MetricAlarms", jp_3_nodes, 1};
#endif

/* CompositeAlarms */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CompositeAlarms"},
};
static const struct awsc_jmespath jp_4 = {"CompositeAlarms", jp_4_nodes, 1};
#endif

/* LogAlarms */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "LogAlarms"},
};
static const struct awsc_jmespath jp_5 = {"LogAlarms", jp_5_nodes, 1};
#endif

/* AnomalyDetectors */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AnomalyDetectors"},
};
static const struct awsc_jmespath jp_6 = {"AnomalyDetectors", jp_6_nodes, 1};
#endif

/* MetricDataResults */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MetricDataResults"},
};
static const struct awsc_jmespath jp_7 = {"MetricDataResults", jp_7_nodes, 1};
#endif

/* Messages */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "Messages"},
};
static const struct awsc_jmespath jp_8 = {"Messages", jp_8_nodes, 1};
#endif

/* AlarmMuteRuleSummaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AlarmMuteRuleSummaries"},
};
static const struct awsc_jmespath jp_9 = {"AlarmMuteRuleSummaries", jp_9_nodes, 1};
#endif

/* DashboardEntries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "DashboardEntries"},
};
static const struct awsc_jmespath jp_10 = {"DashboardEntries", jp_10_nodes, 1};
#endif

/* Metrics */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Metrics"},
};
static const struct awsc_jmespath jp_11 = {"Metrics", jp_11_nodes, 1};
#endif

/* OwningAccounts */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "OwningAccounts"},
};
static const struct awsc_jmespath jp_12 = {"OwningAccounts", jp_12_nodes, 1};
#endif

/* length(MetricAlarms[]) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "MetricAlarms"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_13 = {"length(MetricAlarms[]) > `0`", jp_13_nodes, 7};
#endif

/* length(CompositeAlarms[]) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CompositeAlarms"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_14 = {"length(CompositeAlarms[]) > `0`", jp_14_nodes, 7};
#endif

/* length(LogAlarms[]) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "LogAlarms"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_15 = {"length(LogAlarms[]) > `0`", jp_15_nodes, 7};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* DescribeAlarmHistory */
static const uint16_t pg_0_input_tokens[] = {
    7, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* DescribeAlarms */
static const uint16_t pg_1_input_tokens[] = {
    8, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_2};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_3, &jp_4, &jp_5};

/* DescribeAnomalyDetectors */
static const uint16_t pg_2_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_6};

/* GetMetricData */
static const uint16_t pg_3_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_7, &jp_8};

/* ListAlarmMuteRules */
static const uint16_t pg_4_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_9};

/* ListDashboards */
static const uint16_t pg_5_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_10};

/* ListMetrics */
static const uint16_t pg_6_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_11, &jp_12};

const struct awsc_paginator awsc_cloudwatch_paginators[7] = {
    {
        .name = "DescribeAlarmHistory",
        .service = SERVICE,
        .operation = 8, /* DescribeAlarmHistory */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 6,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAlarms",
        .service = SERVICE,
        .operation = 9, /* DescribeAlarms */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 7,
        .result_keys = pg_1_result_keys,
        .result_key_count = 3,
    },
    {
        .name = "DescribeAnomalyDetectors",
        .service = SERVICE,
        .operation = 11, /* DescribeAnomalyDetectors */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetMetricData",
        .service = SERVICE,
        .operation = 22, /* GetMetricData */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_3_result_keys,
        .result_key_count = 2,
    },
    {
        .name = "ListAlarmMuteRules",
        .service = SERVICE,
        .operation = 27, /* ListAlarmMuteRules */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListDashboards",
        .service = SERVICE,
        .operation = 28, /* ListDashboards */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListMetrics",
        .service = SERVICE,
        .operation = 31, /* ListMetrics */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_6_result_keys,
        .result_key_count = 2,
    },
};

int awsc_cloudwatch_describe_alarm_history_paginate(struct awsc_client *client,
                                                    const struct awsc_cloudwatch_describe_alarm_history_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[0], input, options, pager, err);
}

int awsc_cloudwatch_describe_alarm_history_next_page(struct awsc_pager *pager,
                                                     struct awsc_cloudwatch_describe_alarm_history_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_history_next_item(struct awsc_pager *pager,
                                                     const struct awsc_cloudwatch_alarm_history_item **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarm_history_collect(struct awsc_pager *pager,
                                                   struct awsc_cloudwatch_describe_alarm_history_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[0], output, err);
}

int awsc_cloudwatch_describe_alarms_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_describe_alarms_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[1], input, options, pager, err);
}

int awsc_cloudwatch_describe_alarms_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_describe_alarms_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_metric_alarm **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_alarms_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_describe_alarms_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[1], output, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_paginate(struct awsc_client *client,
                                                        const struct awsc_cloudwatch_describe_anomaly_detectors_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[2], input, options, pager, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_page(struct awsc_pager *pager,
                                                         struct awsc_cloudwatch_describe_anomaly_detectors_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_next_item(struct awsc_pager *pager,
                                                         const struct awsc_cloudwatch_anomaly_detector **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_describe_anomaly_detectors_collect(struct awsc_pager *pager,
                                                       struct awsc_cloudwatch_describe_anomaly_detectors_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[2], output, err);
}

int awsc_cloudwatch_get_metric_data_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_get_metric_data_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[3], input, options, pager, err);
}

int awsc_cloudwatch_get_metric_data_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_get_metric_data_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_data_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_metric_data_result **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_get_metric_data_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_get_metric_data_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[3], output, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_paginate(struct awsc_client *client,
                                                   const struct awsc_cloudwatch_list_alarm_mute_rules_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[4], input, options, pager, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_page(struct awsc_pager *pager,
                                                    struct awsc_cloudwatch_list_alarm_mute_rules_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_next_item(struct awsc_pager *pager,
                                                    const struct awsc_cloudwatch_alarm_mute_rule_summary **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_alarm_mute_rules_collect(struct awsc_pager *pager,
                                                  struct awsc_cloudwatch_list_alarm_mute_rules_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[4], output, err);
}

int awsc_cloudwatch_list_dashboards_paginate(struct awsc_client *client,
                                             const struct awsc_cloudwatch_list_dashboards_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[5], input, options, pager, err);
}

int awsc_cloudwatch_list_dashboards_next_page(struct awsc_pager *pager,
                                              struct awsc_cloudwatch_list_dashboards_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_dashboards_next_item(struct awsc_pager *pager,
                                              const struct awsc_cloudwatch_dashboard_entry **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_dashboards_collect(struct awsc_pager *pager,
                                            struct awsc_cloudwatch_list_dashboards_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[5], output, err);
}

int awsc_cloudwatch_list_metrics_paginate(struct awsc_client *client,
                                          const struct awsc_cloudwatch_list_metrics_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_cloudwatch_paginators[6], input, options, pager, err);
}

int awsc_cloudwatch_list_metrics_next_page(struct awsc_pager *pager,
                                           struct awsc_cloudwatch_list_metrics_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_cloudwatch_paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_cloudwatch_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metrics_next_item(struct awsc_pager *pager,
                                           const struct awsc_cloudwatch_metric **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_cloudwatch_paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_cloudwatch_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_cloudwatch_list_metrics_collect(struct awsc_pager *pager,
                                         struct awsc_cloudwatch_list_metrics_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_cloudwatch_paginators[6], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* AlarmExists */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_13, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

/* AlarmMuteRuleExists */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}},
};

/* CompositeAlarmExists */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_14, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

/* LogAlarmExists */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_15, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

const struct awsc_waiter awsc_cloudwatch_waiters[4] = {
    {
        .name = "AlarmExists",
        .service = SERVICE,
        .operation = 9, /* DescribeAlarms */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_0_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "AlarmMuteRuleExists",
        .service = SERVICE,
        .operation = 18, /* GetAlarmMuteRule */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_1_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "CompositeAlarmExists",
        .service = SERVICE,
        .operation = 9, /* DescribeAlarms */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_2_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "LogAlarmExists",
        .service = SERVICE,
        .operation = 9, /* DescribeAlarms */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_3_acceptors,
        .acceptor_count = 1,
    },
};

int awsc_cloudwatch_wait_alarm_exists(struct awsc_client *client,
                                      const struct awsc_cloudwatch_describe_alarms_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &awsc_cloudwatch_waiters[0], input, options, err);
}

int awsc_cloudwatch_wait_alarm_exists_async(struct awsc_client *client,
                                            const struct awsc_cloudwatch_describe_alarms_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_cloudwatch_waiters[0], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_alarm_mute_rule_exists(struct awsc_client *client,
                                                const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_cloudwatch_waiters[1], input, options, err);
}

int awsc_cloudwatch_wait_alarm_mute_rule_exists_async(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_get_alarm_mute_rule_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_cloudwatch_waiters[1], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_composite_alarm_exists(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarms_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_cloudwatch_waiters[2], input, options, err);
}

int awsc_cloudwatch_wait_composite_alarm_exists_async(struct awsc_client *client,
                                                      const struct awsc_cloudwatch_describe_alarms_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_cloudwatch_waiters[2], input, options, cb, user_data, err);
}

int awsc_cloudwatch_wait_log_alarm_exists(struct awsc_client *client,
                                          const struct awsc_cloudwatch_describe_alarms_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &awsc_cloudwatch_waiters[3], input, options, err);
}

int awsc_cloudwatch_wait_log_alarm_exists_async(struct awsc_client *client,
                                                const struct awsc_cloudwatch_describe_alarms_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_cloudwatch_waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
