/*
 * lambda_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of Lambda, whose
 * descriptors are in lambda_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__LAMBDA_TABLES
#define AWSC__LAMBDA_TABLES

/* The endpoint rule set of lambda: a part of the service's tables. */
struct awsc__lambda_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[20];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[469];
};
/* The service, its operations and every shape, member and name of
 * Lambda, in one object. */
struct awsc__lambda_tables {
    struct awsc_service service;
    struct awsc_operation operations[85];
    awsc_ref op_errors[521];
    awsc_ref service_errors[56];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__lambda_pagers pagers; /* <awsc/lambda.h> */
#endif
    struct awsc__lambda_rules rules;
    struct awsc_structure_shape structures[322];
    struct awsc_collection_shape collections[50];
    struct awsc_enum_shape enums[46];
    struct awsc_shape scalars[161];
    struct awsc_shape_traits traits[217];
    struct awsc_member members[1040];
    uint16_t by_wire_name[1040];
    struct awsc_range ranges[156];
    char strings[15951];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[11474];
#endif
};
extern const struct awsc__lambda_tables awsc__lambda_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (lambda_tables.c). */
#define PAGERS awsc__lambda_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_lambda_get_durable_execution_history_paginate(struct awsc_client *client,
                                                       const struct awsc_lambda_get_durable_execution_history_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_history_next_page(struct awsc_pager *pager,
                                                        struct awsc_lambda_get_durable_execution_history_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_history_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_get_durable_execution_history_next_page_async(struct awsc_pager *pager,
                                                              awsc_lambda_get_durable_execution_history_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_next_item(struct awsc_pager *pager,
                                                        const struct awsc_lambda_event **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_get_durable_execution_history_next_item_async(struct awsc_pager *pager,
                                                              awsc_lambda_get_durable_execution_history_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_collect(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_history_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_lambda_get_durable_execution_state_paginate(struct awsc_client *client,
                                                     const struct awsc_lambda_get_durable_execution_state_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_state_next_page(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_state_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_state_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_get_durable_execution_state_next_page_async(struct awsc_pager *pager,
                                                            awsc_lambda_get_durable_execution_state_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_next_item(struct awsc_pager *pager,
                                                      const struct awsc_lambda_operation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_state_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_get_durable_execution_state_next_item_async(struct awsc_pager *pager,
                                                            awsc_lambda_get_durable_execution_state_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_collect(struct awsc_pager *pager,
                                                    struct awsc_lambda_get_durable_execution_state_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_lambda_list_aliases_paginate(struct awsc_client *client,
                                      const struct awsc_lambda_list_aliases_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_lambda_list_aliases_next_page(struct awsc_pager *pager,
                                       struct awsc_lambda_list_aliases_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_aliases_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_aliases_next_page_async(struct awsc_pager *pager,
                                             awsc_lambda_list_aliases_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_next_item(struct awsc_pager *pager,
                                       const struct awsc_lambda_alias_configuration **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_aliases_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_aliases_next_item_async(struct awsc_pager *pager,
                                             awsc_lambda_list_aliases_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_collect(struct awsc_pager *pager,
                                     struct awsc_lambda_list_aliases_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_lambda_list_capacity_providers_paginate(struct awsc_client *client,
                                                 const struct awsc_lambda_list_capacity_providers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_lambda_list_capacity_providers_next_page(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_capacity_providers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_capacity_providers_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_capacity_providers_next_page_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_capacity_providers_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_lambda_capacity_provider **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_capacity_providers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_capacity_providers_next_item_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_capacity_providers_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_collect(struct awsc_pager *pager,
                                                struct awsc_lambda_list_capacity_providers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_lambda_list_code_signing_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_code_signing_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_lambda_list_code_signing_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_code_signing_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_code_signing_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_code_signing_configs_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_code_signing_configs_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_code_signing_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_code_signing_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_code_signing_configs_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_code_signing_configs_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_code_signing_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_lambda_list_durable_executions_by_function_paginate(struct awsc_client *client,
                                                             const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_lambda_list_durable_executions_by_function_next_page(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_durable_executions_by_function_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_durable_executions_by_function_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_durable_executions_by_function_next_page_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_durable_executions_by_function_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_next_item(struct awsc_pager *pager,
                                                              const struct awsc_lambda_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_durable_executions_by_function_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_durable_executions_by_function_next_item_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_durable_executions_by_function_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_collect(struct awsc_pager *pager,
                                                            struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_lambda_list_event_source_mappings_paginate(struct awsc_client *client,
                                                    const struct awsc_lambda_list_event_source_mappings_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_lambda_list_event_source_mappings_next_page(struct awsc_pager *pager,
                                                     struct awsc_lambda_list_event_source_mappings_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_event_source_mappings_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_event_source_mappings_next_page_async(struct awsc_pager *pager,
                                                           awsc_lambda_list_event_source_mappings_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_next_item(struct awsc_pager *pager,
                                                     const struct awsc_lambda_event_source_mapping_configuration **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_event_source_mappings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_event_source_mappings_next_item_async(struct awsc_pager *pager,
                                                           awsc_lambda_list_event_source_mappings_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_collect(struct awsc_pager *pager,
                                                   struct awsc_lambda_list_event_source_mappings_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_lambda_list_function_event_invoke_configs_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_function_event_invoke_configs_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_event_invoke_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_page_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_event_invoke_configs_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_function_event_invoke_config **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_event_invoke_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_item_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_event_invoke_configs_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_lambda_list_function_url_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_url_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_lambda_list_function_url_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_function_url_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_url_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_url_configs_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_function_url_configs_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_url_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_url_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_url_configs_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_function_url_configs_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_function_url_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_paginate(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_page(struct awsc_pager *pager,
                                                                      struct awsc_lambda_list_function_versions_by_capacity_provider_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_versions_by_capacity_provider_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_page_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_versions_by_capacity_provider_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_lambda_function_versions_by_capacity_provider_list_item **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_versions_by_capacity_provider_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_item_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_versions_by_capacity_provider_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_collect(struct awsc_pager *pager,
                                                                    struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_lambda_list_functions_paginate(struct awsc_client *client,
                                        const struct awsc_lambda_list_functions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_lambda_list_functions_next_page(struct awsc_pager *pager,
                                         struct awsc_lambda_list_functions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_functions_next_page_async(struct awsc_pager *pager,
                                               awsc_lambda_list_functions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_next_item(struct awsc_pager *pager,
                                         const struct awsc_lambda_function_configuration **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_functions_next_item_async(struct awsc_pager *pager,
                                               awsc_lambda_list_functions_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_collect(struct awsc_pager *pager,
                                       struct awsc_lambda_list_functions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_lambda_list_functions_by_code_signing_config_paginate(struct awsc_client *client,
                                                               const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_page(struct awsc_pager *pager,
                                                                struct awsc_lambda_list_functions_by_code_signing_config_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_by_code_signing_config_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_page_async(struct awsc_pager *pager,
                                                                      awsc_lambda_list_functions_by_code_signing_config_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_item(struct awsc_pager *pager,
                                                                const char **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], true, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_by_code_signing_config_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_item_async(struct awsc_pager *pager,
                                                                      awsc_lambda_list_functions_by_code_signing_config_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_collect(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_lambda_list_layer_versions_paginate(struct awsc_client *client,
                                             const struct awsc_lambda_list_layer_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_lambda_list_layer_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_lambda_list_layer_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_layer_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_layer_versions_next_page_async(struct awsc_pager *pager,
                                                    awsc_lambda_list_layer_versions_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_lambda_layer_versions_list_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_layer_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_layer_versions_next_item_async(struct awsc_pager *pager,
                                                    awsc_lambda_list_layer_versions_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_collect(struct awsc_pager *pager,
                                            struct awsc_lambda_list_layer_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_lambda_list_layers_paginate(struct awsc_client *client,
                                     const struct awsc_lambda_list_layers_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_lambda_list_layers_next_page(struct awsc_pager *pager,
                                      struct awsc_lambda_list_layers_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_layers_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_layers_next_page_async(struct awsc_pager *pager,
                                            awsc_lambda_list_layers_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_next_item(struct awsc_pager *pager,
                                      const struct awsc_lambda_layers_list_item **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_layers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_layers_next_item_async(struct awsc_pager *pager,
                                            awsc_lambda_list_layers_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_collect(struct awsc_pager *pager,
                                    struct awsc_lambda_list_layers_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_paginate(struct awsc_client *client,
                                                              const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_page(struct awsc_pager *pager,
                                                               struct awsc_lambda_list_provisioned_concurrency_configs_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_provisioned_concurrency_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_page_async(struct awsc_pager *pager,
                                                                     awsc_lambda_list_provisioned_concurrency_configs_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_item(struct awsc_pager *pager,
                                                               const struct awsc_lambda_provisioned_concurrency_config_list_item **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_provisioned_concurrency_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_item_async(struct awsc_pager *pager,
                                                                     awsc_lambda_list_provisioned_concurrency_configs_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_collect(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_lambda_list_versions_by_function_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_versions_by_function_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_lambda_list_versions_by_function_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_versions_by_function_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_versions_by_function_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_versions_by_function_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_versions_by_function_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_configuration **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_versions_by_function_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_versions_by_function_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_versions_by_function_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_versions_by_function_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_lambda_wait_function_active(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_configuration_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_lambda_wait_function_active_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_configuration_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_active_v2(struct awsc_client *client,
                                        const struct awsc_lambda_get_function_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_lambda_wait_function_active_v2_async(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_exists(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_lambda_wait_function_exists_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated(struct awsc_client *client,
                                      const struct awsc_lambda_get_function_configuration_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_lambda_wait_function_updated_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_configuration_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated_v2(struct awsc_client *client,
                                         const struct awsc_lambda_get_function_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_lambda_wait_function_updated_v2_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_function_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_lambda_wait_published_version_active(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_configuration_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_lambda_wait_published_version_active_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_configuration_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
