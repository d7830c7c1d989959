/*
 * lambda_pagers.c - paginators and waiters of Lambda: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/lambda.h>

/* The service's tables object (lambda_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__lambda_tables awsc__lambda_tables;
#define SERVICE ((const struct awsc_service *)&awsc__lambda_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextMarker"},
};
static const struct awsc_jmespath jp_0 = {"NextMarker", jp_0_nodes, 1};
#endif

/* Events */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Events"},
};
static const struct awsc_jmespath jp_1 = {"Events", jp_1_nodes, 1};
#endif

/* Operations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Operations"},
};
static const struct awsc_jmespath jp_2 = {"Operations", jp_2_nodes, 1};
#endif

/* NextMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NextMarker"},
};
static const struct awsc_jmespath jp_3 = {"NextMarker", jp_3_nodes, 1};
#endif

/* Aliases */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Aliases"},
};
static const struct awsc_jmespath jp_4 = {"Aliases", jp_4_nodes, 1};
#endif

/* CapacityProviders */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityProviders"},
};
static const struct awsc_jmespath jp_5 = {"CapacityProviders", jp_5_nodes, 1};
#endif

/* CodeSigningConfigs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "CodeSigningConfigs"},
};
static const struct awsc_jmespath jp_6 = {"CodeSigningConfigs", jp_6_nodes, 1};
#endif

/* DurableExecutions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "DurableExecutions"},
};
static const struct awsc_jmespath jp_7 = {"DurableExecutions", jp_7_nodes, 1};
#endif

/* EventSourceMappings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "EventSourceMappings"},
};
static const struct awsc_jmespath jp_8 = {"EventSourceMappings", jp_8_nodes, 1};
#endif

/* FunctionEventInvokeConfigs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FunctionEventInvokeConfigs"},
};
static const struct awsc_jmespath jp_9 = {"FunctionEventInvokeConfigs", jp_9_nodes, 1};
#endif

/* FunctionUrlConfigs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FunctionUrlConfigs"},
};
static const struct awsc_jmespath jp_10 = {"FunctionUrlConfigs", jp_10_nodes, 1};
#endif

/* NextMarker */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "NextMarker"},
};
static const struct awsc_jmespath jp_11 = {"NextMarker", jp_11_nodes, 1};
#endif

/* FunctionVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "FunctionVersions"},
};
static const struct awsc_jmespath jp_12 = {"FunctionVersions", jp_12_nodes, 1};
#endif

/* CapacityProviderArn */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityProviderArn"},
};
static const struct awsc_jmespath jp_13 = {"CapacityProviderArn", jp_13_nodes, 1};
#endif

/* Functions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Functions"},
};
static const struct awsc_jmespath jp_14 = {"Functions", jp_14_nodes, 1};
#endif

/* FunctionArns */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "FunctionArns"},
};
static const struct awsc_jmespath jp_15 = {"FunctionArns", jp_15_nodes, 1};
#endif

/* LayerVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "LayerVersions"},
};
static const struct awsc_jmespath jp_16 = {"LayerVersions", jp_16_nodes, 1};
#endif

/* Layers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Layers"},
};
static const struct awsc_jmespath jp_17 = {"Layers", jp_17_nodes, 1};
#endif

/* ProvisionedConcurrencyConfigs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_18_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ProvisionedConcurrencyConfigs"},
};
static const struct awsc_jmespath jp_18 = {"ProvisionedConcurrencyConfigs", jp_18_nodes, 1};
#endif

/* Versions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_19_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Versions"},
};
static const struct awsc_jmespath jp_19 = {"Versions", jp_19_nodes, 1};
#endif

/* State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_20_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 20, .string = "State"},
};
static const struct awsc_jmespath jp_20 = {"State", jp_20_nodes, 1};
#endif

/* Configuration.State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_21_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Configuration"},
    {.op = AWSC_JP_MEMBER, .member = 20, .string = "State"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_21 = {"Configuration.State", jp_21_nodes, 3};
#endif

/* LastUpdateStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_22_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 23, .string = "LastUpdateStatus"},
};
static const struct awsc_jmespath jp_22 = {"LastUpdateStatus", jp_22_nodes, 1};
#endif

/* Configuration.LastUpdateStatus */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_23_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Configuration"},
    {.op = AWSC_JP_MEMBER, .member = 23, .string = "LastUpdateStatus"},
    {.op = AWSC_JP_SUB, .a = 0, .b = 1},
};
static const struct awsc_jmespath jp_23 = {"Configuration.LastUpdateStatus", jp_23_nodes, 3};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* GetDurableExecutionHistory */
static const uint16_t pg_0_input_tokens[] = {
    3, /* Marker */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* GetDurableExecutionState */
static const uint16_t pg_1_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_2};

/* ListAliases */
static const uint16_t pg_2_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_4};

/* ListCapacityProviders */
static const uint16_t pg_3_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_5};

/* ListCodeSigningConfigs */
static const uint16_t pg_4_input_tokens[] = {
    0, /* Marker */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_6};

/* ListDurableExecutionsByFunction */
static const uint16_t pg_5_input_tokens[] = {
    7, /* Marker */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_7};

/* ListEventSourceMappings */
static const uint16_t pg_6_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_8};

/* ListFunctionEventInvokeConfigs */
static const uint16_t pg_7_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_9};

/* ListFunctionUrlConfigs */
static const uint16_t pg_8_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_8_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_8_result_keys[] = {&jp_10};

/* ListFunctionVersionsByCapacityProvider */
static const uint16_t pg_9_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_9_output_tokens[] = {&jp_11};
static const struct awsc_jmespath *const pg_9_result_keys[] = {&jp_12};
static const struct awsc_jmespath *const pg_9_non_aggregate_keys[] = {&jp_13};

/* ListFunctions */
static const uint16_t pg_10_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_10_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_10_result_keys[] = {&jp_14};

/* ListFunctionsByCodeSigningConfig */
static const uint16_t pg_11_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_11_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_11_result_keys[] = {&jp_15};

/* ListLayerVersions */
static const uint16_t pg_12_input_tokens[] = {
    3, /* Marker */
};
static const struct awsc_jmespath *const pg_12_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_12_result_keys[] = {&jp_16};

/* ListLayers */
static const uint16_t pg_13_input_tokens[] = {
    2, /* Marker */
};
static const struct awsc_jmespath *const pg_13_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_13_result_keys[] = {&jp_17};

/* ListProvisionedConcurrencyConfigs */
static const uint16_t pg_14_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_14_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_14_result_keys[] = {&jp_18};

/* ListVersionsByFunction */
static const uint16_t pg_15_input_tokens[] = {
    1, /* Marker */
};
static const struct awsc_jmespath *const pg_15_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_15_result_keys[] = {&jp_19};

const struct awsc_paginator awsc_lambda_paginators[16] = {
    {
        .name = "GetDurableExecutionHistory",
        .service = SERVICE,
        .operation = 25, /* GetDurableExecutionHistory */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetDurableExecutionState",
        .service = SERVICE,
        .operation = 26, /* GetDurableExecutionState */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAliases",
        .service = SERVICE,
        .operation = 45, /* ListAliases */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListCapacityProviders",
        .service = SERVICE,
        .operation = 46, /* ListCapacityProviders */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListCodeSigningConfigs",
        .service = SERVICE,
        .operation = 47, /* ListCodeSigningConfigs */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListDurableExecutionsByFunction",
        .service = SERVICE,
        .operation = 48, /* ListDurableExecutionsByFunction */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 8,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListEventSourceMappings",
        .service = SERVICE,
        .operation = 49, /* ListEventSourceMappings */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_6_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListFunctionEventInvokeConfigs",
        .service = SERVICE,
        .operation = 50, /* ListFunctionEventInvokeConfigs */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_7_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListFunctionUrlConfigs",
        .service = SERVICE,
        .operation = 51, /* ListFunctionUrlConfigs */
        .input_tokens = pg_8_input_tokens,
        .output_tokens = pg_8_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_8_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListFunctionVersionsByCapacityProvider",
        .service = SERVICE,
        .operation = 52, /* ListFunctionVersionsByCapacityProvider */
        .input_tokens = pg_9_input_tokens,
        .output_tokens = pg_9_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_9_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_9_non_aggregate_keys,
        .non_aggregate_key_count = 1,
    },
    {
        .name = "ListFunctions",
        .service = SERVICE,
        .operation = 53, /* ListFunctions */
        .input_tokens = pg_10_input_tokens,
        .output_tokens = pg_10_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_10_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListFunctionsByCodeSigningConfig",
        .service = SERVICE,
        .operation = 54, /* ListFunctionsByCodeSigningConfig */
        .input_tokens = pg_11_input_tokens,
        .output_tokens = pg_11_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_11_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListLayerVersions",
        .service = SERVICE,
        .operation = 55, /* ListLayerVersions */
        .input_tokens = pg_12_input_tokens,
        .output_tokens = pg_12_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_12_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListLayers",
        .service = SERVICE,
        .operation = 56, /* ListLayers */
        .input_tokens = pg_13_input_tokens,
        .output_tokens = pg_13_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_13_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListProvisionedConcurrencyConfigs",
        .service = SERVICE,
        .operation = 57, /* ListProvisionedConcurrencyConfigs */
        .input_tokens = pg_14_input_tokens,
        .output_tokens = pg_14_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_14_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListVersionsByFunction",
        .service = SERVICE,
        .operation = 59, /* ListVersionsByFunction */
        .input_tokens = pg_15_input_tokens,
        .output_tokens = pg_15_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_15_result_keys,
        .result_key_count = 1,
    },
};

int awsc_lambda_get_durable_execution_history_paginate(struct awsc_client *client,
                                                       const struct awsc_lambda_get_durable_execution_history_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[0], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_history_next_page(struct awsc_pager *pager,
                                                        struct awsc_lambda_get_durable_execution_history_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_next_item(struct awsc_pager *pager,
                                                        const struct awsc_lambda_event **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_collect(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_history_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[0], output, err);
}

int awsc_lambda_get_durable_execution_state_paginate(struct awsc_client *client,
                                                     const struct awsc_lambda_get_durable_execution_state_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[1], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_state_next_page(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_state_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_next_item(struct awsc_pager *pager,
                                                      const struct awsc_lambda_operation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_collect(struct awsc_pager *pager,
                                                    struct awsc_lambda_get_durable_execution_state_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[1], output, err);
}

int awsc_lambda_list_aliases_paginate(struct awsc_client *client,
                                      const struct awsc_lambda_list_aliases_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[2], input, options, pager, err);
}

int awsc_lambda_list_aliases_next_page(struct awsc_pager *pager,
                                       struct awsc_lambda_list_aliases_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_next_item(struct awsc_pager *pager,
                                       const struct awsc_lambda_alias_configuration **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_collect(struct awsc_pager *pager,
                                     struct awsc_lambda_list_aliases_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[2], output, err);
}

int awsc_lambda_list_capacity_providers_paginate(struct awsc_client *client,
                                                 const struct awsc_lambda_list_capacity_providers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[3], input, options, pager, err);
}

int awsc_lambda_list_capacity_providers_next_page(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_capacity_providers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_lambda_capacity_provider **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_collect(struct awsc_pager *pager,
                                                struct awsc_lambda_list_capacity_providers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[3], output, err);
}

int awsc_lambda_list_code_signing_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_code_signing_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[4], input, options, pager, err);
}

int awsc_lambda_list_code_signing_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_code_signing_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_code_signing_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_code_signing_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[4], output, err);
}

int awsc_lambda_list_durable_executions_by_function_paginate(struct awsc_client *client,
                                                             const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[5], input, options, pager, err);
}

int awsc_lambda_list_durable_executions_by_function_next_page(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_durable_executions_by_function_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_next_item(struct awsc_pager *pager,
                                                              const struct awsc_lambda_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_collect(struct awsc_pager *pager,
                                                            struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[5], output, err);
}

int awsc_lambda_list_event_source_mappings_paginate(struct awsc_client *client,
                                                    const struct awsc_lambda_list_event_source_mappings_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[6], input, options, pager, err);
}

int awsc_lambda_list_event_source_mappings_next_page(struct awsc_pager *pager,
                                                     struct awsc_lambda_list_event_source_mappings_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_next_item(struct awsc_pager *pager,
                                                     const struct awsc_lambda_event_source_mapping_configuration **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_collect(struct awsc_pager *pager,
                                                   struct awsc_lambda_list_event_source_mappings_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[6], output, err);
}

int awsc_lambda_list_function_event_invoke_configs_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[7], input, options, pager, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_function_event_invoke_configs_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[7], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_function_event_invoke_config **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[7], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[7], output, err);
}

int awsc_lambda_list_function_url_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_url_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[8], input, options, pager, err);
}

int awsc_lambda_list_function_url_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_function_url_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[8], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_url_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[8], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_function_url_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[8], output, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_paginate(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[9], input, options, pager, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_page(struct awsc_pager *pager,
                                                                      struct awsc_lambda_list_function_versions_by_capacity_provider_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[9], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_lambda_function_versions_by_capacity_provider_list_item **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[9], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_collect(struct awsc_pager *pager,
                                                                    struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[9], output, err);
}

int awsc_lambda_list_functions_paginate(struct awsc_client *client,
                                        const struct awsc_lambda_list_functions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[10], input, options, pager, err);
}

int awsc_lambda_list_functions_next_page(struct awsc_pager *pager,
                                         struct awsc_lambda_list_functions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[10], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_next_item(struct awsc_pager *pager,
                                         const struct awsc_lambda_function_configuration **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[10], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_collect(struct awsc_pager *pager,
                                       struct awsc_lambda_list_functions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[10], output, err);
}

int awsc_lambda_list_functions_by_code_signing_config_paginate(struct awsc_client *client,
                                                               const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[11], input, options, pager, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_page(struct awsc_pager *pager,
                                                                struct awsc_lambda_list_functions_by_code_signing_config_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[11], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_item(struct awsc_pager *pager,
                                                                const char **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[11], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_collect(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[11], output, err);
}

int awsc_lambda_list_layer_versions_paginate(struct awsc_client *client,
                                             const struct awsc_lambda_list_layer_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[12], input, options, pager, err);
}

int awsc_lambda_list_layer_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_lambda_list_layer_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[12], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_lambda_layer_versions_list_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[12], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_collect(struct awsc_pager *pager,
                                            struct awsc_lambda_list_layer_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[12], output, err);
}

int awsc_lambda_list_layers_paginate(struct awsc_client *client,
                                     const struct awsc_lambda_list_layers_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[13], input, options, pager, err);
}

int awsc_lambda_list_layers_next_page(struct awsc_pager *pager,
                                      struct awsc_lambda_list_layers_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[13], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_next_item(struct awsc_pager *pager,
                                      const struct awsc_lambda_layers_list_item **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[13], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_collect(struct awsc_pager *pager,
                                    struct awsc_lambda_list_layers_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[13], output, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_paginate(struct awsc_client *client,
                                                              const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[14], input, options, pager, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_page(struct awsc_pager *pager,
                                                               struct awsc_lambda_list_provisioned_concurrency_configs_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[14], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_item(struct awsc_pager *pager,
                                                               const struct awsc_lambda_provisioned_concurrency_config_list_item **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[14], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_collect(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[14], output, err);
}

int awsc_lambda_list_versions_by_function_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_versions_by_function_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_lambda_paginators[15], input, options, pager, err);
}

int awsc_lambda_list_versions_by_function_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_versions_by_function_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_lambda_paginators[15], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_lambda_paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_configuration **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_lambda_paginators[15], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_lambda_paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_versions_by_function_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_lambda_paginators[15], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* FunctionActive */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Active"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Pending"}},
};

/* FunctionActiveV2 */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_21, .expected = {.type = AWSC_JP_STRING, .string = "Active"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_21, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_21, .expected = {.type = AWSC_JP_STRING, .string = "Pending"}},
};

/* FunctionExists */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_BOOL, .boolean = false}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "ResourceNotFoundException"}},
};

/* FunctionUpdated */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_22, .expected = {.type = AWSC_JP_STRING, .string = "Successful"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_22, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_22, .expected = {.type = AWSC_JP_STRING, .string = "InProgress"}},
};

/* FunctionUpdatedV2 */
static const struct awsc_waiter_acceptor w_4_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_23, .expected = {.type = AWSC_JP_STRING, .string = "Successful"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_23, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_23, .expected = {.type = AWSC_JP_STRING, .string = "InProgress"}},
};

/* PublishedVersionActive */
static const struct awsc_waiter_acceptor w_5_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Active"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_20, .expected = {.type = AWSC_JP_STRING, .string = "Pending"}},
};

const struct awsc_waiter awsc_lambda_waiters[6] = {
    {
        .name = "FunctionActive",
        .service = SERVICE,
        .operation = 31, /* GetFunctionConfiguration */
        .delay = 5,
        .max_attempts = 60,
        .acceptors = w_0_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "FunctionActiveV2",
        .service = SERVICE,
        .operation = 28, /* GetFunction */
        .delay = 1,
        .max_attempts = 300,
        .acceptors = w_1_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "FunctionExists",
        .service = SERVICE,
        .operation = 28, /* GetFunction */
        .delay = 1,
        .max_attempts = 20,
        .acceptors = w_2_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "FunctionUpdated",
        .service = SERVICE,
        .operation = 31, /* GetFunctionConfiguration */
        .delay = 5,
        .max_attempts = 60,
        .acceptors = w_3_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "FunctionUpdatedV2",
        .service = SERVICE,
        .operation = 28, /* GetFunction */
        .delay = 1,
        .max_attempts = 300,
        .acceptors = w_4_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "PublishedVersionActive",
        .service = SERVICE,
        .operation = 31, /* GetFunctionConfiguration */
        .delay = 5,
        .max_attempts = 312,
        .acceptors = w_5_acceptors,
        .acceptor_count = 3,
    },
};

int awsc_lambda_wait_function_active(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_configuration_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[0], input, options, err);
}

int awsc_lambda_wait_function_active_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_configuration_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[0], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_active_v2(struct awsc_client *client,
                                        const struct awsc_lambda_get_function_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[1], input, options, err);
}

int awsc_lambda_wait_function_active_v2_async(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[1], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_exists(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[2], input, options, err);
}

int awsc_lambda_wait_function_exists_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[2], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated(struct awsc_client *client,
                                      const struct awsc_lambda_get_function_configuration_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[3], input, options, err);
}

int awsc_lambda_wait_function_updated_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_configuration_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[3], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated_v2(struct awsc_client *client,
                                         const struct awsc_lambda_get_function_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[4], input, options, err);
}

int awsc_lambda_wait_function_updated_v2_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_function_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[4], input, options, cb, user_data, err);
}

int awsc_lambda_wait_published_version_active(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_configuration_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &awsc_lambda_waiters[5], input, options, err);
}

int awsc_lambda_wait_published_version_active_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_configuration_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_lambda_waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
