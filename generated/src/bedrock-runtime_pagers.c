/*
 * bedrock_runtime_pagers.c - paginators and waiters of Bedrock Runtime: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/bedrock-runtime.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__bedrock_runtime_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__bedrock_runtime_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListAsyncInvokes */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 9,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        4, /* nextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* nextToken */
        PREF(expr_refs[1], exprs[1]), /* asyncInvokeSummaries */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[17]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* nextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[27]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* asyncInvokeSummaries */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[0].string_ref, strings[17])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[1].string_ref, strings[27])},
    },
    .strings =
        /*      0 */ "ListAsyncInvokes\0"
        /*     17 */ "nextToken\0"
        /*     27 */ "asyncInvokeSummaries",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_bedrock_runtime_list_async_invokes_paginate(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_page(struct awsc_pager *pager,
                                                      struct awsc_bedrock_runtime_list_async_invokes_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_next_item(struct awsc_pager *pager,
                                                      const struct awsc_bedrock_runtime_async_invoke_summary **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_bedrock_runtime_list_async_invokes_collect(struct awsc_pager *pager,
                                                    struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
