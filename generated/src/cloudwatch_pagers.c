/*
 * cloudwatch_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of CloudWatch, whose
 * descriptors are in cloudwatch_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/cloudwatch.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__CLOUDWATCH_TABLES
#define AWSC__CLOUDWATCH_TABLES

/* The endpoint rule set of cloudwatch: a part of the service's tables. */
struct awsc__cloudwatch_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[24];
    struct awsc_ep_expr exprs[38];
    uint16_t args[48];
    struct awsc_ep_endpoint endpoints[5];
    char strings[492];
};
/* The service, its operations and every shape, member and name of
 * CloudWatch, in one object. */
struct awsc__cloudwatch_tables {
    struct awsc_service service;
    struct awsc_operation operations[50];
    awsc_ref op_errors[115];
    awsc_ref service_errors[18];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__cloudwatch_pagers pagers; /* <awsc/cloudwatch.h> */
#endif
    struct awsc__cloudwatch_rules rules;
    struct awsc_structure_shape structures[158];
    struct awsc_collection_shape collections[59];
    struct awsc_enum_shape enums[16];
    struct awsc_shape scalars[123];
    struct awsc_shape_traits traits[101];
    struct awsc_member members[529];
    uint16_t by_wire_name[529];
    struct awsc_range ranges[84];
    char strings[6799];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[6424];
#endif
};
extern const struct awsc__cloudwatch_tables awsc__cloudwatch_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (cloudwatch_tables.c). */
#define PAGERS awsc__cloudwatch_tables.pagers

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
