/*
 * sqs_pagers.c - paginators and waiters of SQS: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/sqs.h>

/* The service's tables object (sqs_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__sqs_tables awsc__sqs_tables;
#define SERVICE ((const struct awsc_service *)&awsc__sqs_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* queueUrls */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "queueUrls"},
};
static const struct awsc_jmespath jp_1 = {"queueUrls", jp_1_nodes, 1};
#endif

/* QueueUrls */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "QueueUrls"},
};
static const struct awsc_jmespath jp_2 = {"QueueUrls", jp_2_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* ListDeadLetterSourceQueues */
static const uint16_t pg_0_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* ListQueues */
static const uint16_t pg_1_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_2};

const struct awsc_paginator awsc_sqs_paginators[2] = {
    {
        .name = "ListDeadLetterSourceQueues",
        .service = SERVICE,
        .operation = 10, /* ListDeadLetterSourceQueues */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListQueues",
        .service = SERVICE,
        .operation = 13, /* ListQueues */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
};

int awsc_sqs_list_dead_letter_source_queues_paginate(struct awsc_client *client,
                                                     const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sqs_paginators[0], input, options, pager, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_page(struct awsc_pager *pager,
                                                      struct awsc_sqs_list_dead_letter_source_queues_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sqs_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sqs_list_dead_letter_source_queues_cb *)cb)(user_data, status, page, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_page_async(struct awsc_pager *pager,
                                                            awsc_sqs_list_dead_letter_source_queues_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_sqs_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_item(struct awsc_pager *pager,
                                                      const char **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sqs_paginators[0], true, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sqs_list_dead_letter_source_queues_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_item_async(struct awsc_pager *pager,
                                                            awsc_sqs_list_dead_letter_source_queues_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_sqs_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_dead_letter_source_queues_collect(struct awsc_pager *pager,
                                                    struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sqs_paginators[0], output, err);
}

int awsc_sqs_list_queues_paginate(struct awsc_client *client,
                                  const struct awsc_sqs_list_queues_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_sqs_paginators[1], input, options, pager, err);
}

int awsc_sqs_list_queues_next_page(struct awsc_pager *pager,
                                   struct awsc_sqs_list_queues_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_sqs_paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sqs_list_queues_cb *)cb)(user_data, status, page, err);
}

int awsc_sqs_list_queues_next_page_async(struct awsc_pager *pager,
                                         awsc_sqs_list_queues_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_sqs_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queues_next_item(struct awsc_pager *pager,
                                   const char **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_sqs_paginators[1], true, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sqs_list_queues_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_sqs_list_queues_next_item_async(struct awsc_pager *pager,
                                         awsc_sqs_list_queues_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_sqs_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queues_collect(struct awsc_pager *pager,
                                 struct awsc_sqs_list_queues_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_sqs_paginators[1], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
#undef SERVICE
