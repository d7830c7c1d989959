/*
 * bedrock_runtime_pagers.c - paginators and waiters of Bedrock Runtime: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/bedrock-runtime.h>

/* The service's tables object (bedrock_runtime_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__bedrock_runtime_tables awsc__bedrock_runtime_tables;
#define SERVICE ((const struct awsc_service *)&awsc__bedrock_runtime_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* nextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "nextToken"},
};
static const struct awsc_jmespath jp_0 = {"nextToken", jp_0_nodes, 1};
#endif

/* asyncInvokeSummaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "asyncInvokeSummaries"},
};
static const struct awsc_jmespath jp_1 = {"asyncInvokeSummaries", jp_1_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListAsyncInvokes */
static const uint16_t pg_0_input_tokens[] = {
    4, /* nextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

const struct awsc_paginator awsc_bedrock_runtime_paginators[1] = {
    {
        .name = "ListAsyncInvokes",
        .service = SERVICE,
        .operation = 9, /* ListAsyncInvokes */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
};

int awsc_bedrock_runtime_list_async_invokes_paginate(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_bedrock_runtime_paginators[0], input, options, pager, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_page(struct awsc_pager *pager,
                                                      struct awsc_bedrock_runtime_list_async_invokes_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_bedrock_runtime_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_list_async_invokes_cb *)cb)(user_data, status, page, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_page_async(struct awsc_pager *pager,
                                                            awsc_bedrock_runtime_list_async_invokes_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_bedrock_runtime_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_item(struct awsc_pager *pager,
                                                      const struct awsc_bedrock_runtime_async_invoke_summary **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_bedrock_runtime_paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_bedrock_runtime_list_async_invokes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_item_async(struct awsc_pager *pager,
                                                            awsc_bedrock_runtime_list_async_invokes_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_bedrock_runtime_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_collect(struct awsc_pager *pager,
                                                    struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_bedrock_runtime_paginators[0], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
#undef SERVICE
