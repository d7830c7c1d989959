/*
 * awsc/paginate.h - paginators: every page, or every item, of an operation
 * whose results come in pages (Scan, ListObjectsV2, DescribeInstances ...).
 *
 * Each service header declares typed entry points for its paginators, for
 * example for DynamoDB's Scan:
 *
 *   struct awsc_pager *pager;
 *   awsc_dynamodb_scan_paginate(client, &input, NULL, &pager, &err);
 *   const struct awsc_dynamodb_attribute_map *item;
 *   while ((rc = awsc_dynamodb_scan_next_item(pager, &item, &err)) == AWSC_OK && item)
 *       ...;
 *   awsc_pager_destroy(pager);
 *
 * and the functions below are the generic engine behind them, driven by
 * the descriptor tables the generator compiles from the models'
 * paginators-1.json: which input members carry the tokens, where the
 * output holds the next ones, which members are the results.
 *
 * A pager behaves as botocore's paginators do: it sends the output tokens
 * of each page back as the input tokens of the next, stops when no token
 * is left (or the model's "more results" flag is false), and fails with
 * AWSC_E_PAGINATION when the service returns the token it was just sent.
 * Resume tokens have botocore's format (base64 of a JSON object of the
 * input tokens and "boto_truncate_amount"), so tokens from the AWS CLI's
 * --starting-token work here and the other way round.
 */
#ifndef AWSC_PAGINATE_H
#define AWSC_PAGINATE_H

#include <awsc/client.h>
#include <awsc/common.h>
#include <awsc/shape.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------- compiled JMESPath */

/*
 * A JMESPath expression of the models, compiled by the generator into a
 * small tree of nodes over the shape it is evaluated on (the operation's
 * output). Nodes are stored children first; the last node is the root.
 * The runtime never parses JMESPath.
 */
enum awsc_jmespath_op {
    AWSC_JP_CURRENT = 1, /* @: the current value */
    AWSC_JP_LITERAL,     /* `"ACTIVE"`, `0`, `true` */
    AWSC_JP_MEMBER,      /* a member of a structure: members[member] (string: its name) */
    AWSC_JP_KEY,         /* string's entry in a map or document object */
    AWSC_JP_INDEX,       /* [index] of a list; negative counts from the end */
    AWSC_JP_SUB,         /* a.b: b evaluated on a's value (also a | b) */
    AWSC_JP_PROJECT,     /* a[*].b: b on each element of a, nulls dropped */
    AWSC_JP_FLATTEN,     /* a[]: a's elements, lists among them spliced in */
    AWSC_JP_VALUES,      /* a.*.b: b on each value of the object a */
    AWSC_JP_FILTER,      /* a[?c].b: b on each element of a for which c holds */
    AWSC_JP_OR,          /* a || b */
    AWSC_JP_AND,         /* a && b */
    AWSC_JP_NOT,         /* !a */
    AWSC_JP_EQ,          /* a == b */
    AWSC_JP_NE,
    AWSC_JP_LT,
    AWSC_JP_LE,
    AWSC_JP_GT,
    AWSC_JP_GE,
    AWSC_JP_LENGTH,    /* length(a) */
    AWSC_JP_KEYS,      /* keys(a): the keys of the object a */
    AWSC_JP_MULTI_LIST /* [x, y, ...]: item number index (from 1) is a's value;
                          b is the node of the items before it (index > 1) */
};

enum awsc_jmespath_type { AWSC_JP_NULL = 0, AWSC_JP_BOOL, AWSC_JP_NUMBER, AWSC_JP_STRING };

/*
 * Like the shape tables (<awsc/shape.h>), these tables hold no pointers:
 * each reference is an awsc_ref, read with the accessors below. A service's
 * paginators, waiters and the expressions they evaluate are one object of
 * the generator's; a table is only valid where the generator put it.
 */

/* A JSON scalar: literals of expressions and the waiters' expected values. */
struct awsc_jmespath_literal {
    uint8_t type; /* enum awsc_jmespath_type */
    bool boolean;
    awsc_ref string_ref; /* AWSC_JP_STRING: the string (none: null) */
    double number;
};

/* A literal's string (AWSC_JP_STRING), or NULL. */
static inline const char *awsc_jmespath_literal_string(const struct awsc_jmespath_literal *l)
{
    return (const char *)awsc_ref_get(&l->string_ref);
}

struct awsc_jmespath_node {
    uint8_t op;          /* enum awsc_jmespath_op */
    uint16_t member;     /* AWSC_JP_MEMBER */
    uint16_t a, b, c;    /* operands: indexes of earlier nodes (c: a filter's condition) */
    int32_t index;       /* AWSC_JP_INDEX */
    awsc_ref string_ref; /* AWSC_JP_MEMBER, AWSC_JP_KEY: the name */
    struct awsc_jmespath_literal literal; /* AWSC_JP_LITERAL */
};

/* The name a AWSC_JP_MEMBER or AWSC_JP_KEY node looks up, or NULL. */
static inline const char *awsc_jmespath_node_string(const struct awsc_jmespath_node *n)
{
    return (const char *)awsc_ref_get(&n->string_ref);
}

struct awsc_jmespath {
    awsc_ref text_ref;  /* the expression as the model writes it */
    awsc_ref nodes_ref; /* node_count struct awsc_jmespath_node, the root last */
    uint32_t node_count;
};

static inline const char *awsc_jmespath_text(const struct awsc_jmespath *e)
{
    return (const char *)awsc_ref_get(&e->text_ref);
}

static inline const struct awsc_jmespath_node *awsc_jmespath_nodes(const struct awsc_jmespath *e)
{
    return (const struct awsc_jmespath_node *)awsc_ref_get(&e->nodes_ref);
}

/* ------------------------------------------------------- the tables */

/*
 * One paginator of paginators-1.json. The input tokens, result keys and
 * the rest are checked against the operation's shapes when generated. It
 * belongs to the service whose `paginators` hold it; its operation is
 * awsc_paginator_operation(svc, pg).
 */
struct awsc_paginator {
    awsc_ref name_ref;  /* the operation's name in the model: "Scan" */
    uint32_t operation; /* index in the service's operations */
    /* input token i (a member index of the input) takes the value of
     * output token i (an expression evaluated on the output) */
    awsc_ref input_tokens_ref;  /* token_count uint16_t */
    awsc_ref output_tokens_ref; /* token_count awsc_ref, each naming an expression */
    uint32_t token_count;
    awsc_ref more_results_ref; /* an expression; none when the model has none */
    int32_t limit_key;         /* input member index, or -1 */
    /* member paths of the output; the first is the one items come from
     * (lists of awsc_ref, each naming an expression) */
    awsc_ref result_keys_ref;
    uint32_t result_key_count;
    awsc_ref non_aggregate_keys_ref;
    uint32_t non_aggregate_key_count;
};

/* The expression that the i-th awsc_ref of the list at *list names. */
static inline const struct awsc_jmespath *awsc__jmespath_list_at(const awsc_ref *list, uint32_t i)
{
    return (const struct awsc_jmespath *)awsc_ref_get(&((const awsc_ref *)awsc_ref_get(list))[i]);
}

static inline const char *awsc_paginator_name(const struct awsc_paginator *pg)
{
    return (const char *)awsc_ref_get(&pg->name_ref);
}

/* The input member that token i goes in (i < token_count). */
static inline uint16_t awsc_paginator_input_token(const struct awsc_paginator *pg, uint32_t i)
{
    return ((const uint16_t *)awsc_ref_get(&pg->input_tokens_ref))[i];
}

/* Where the output holds token i of the next page (i < token_count). */
static inline const struct awsc_jmespath *
awsc_paginator_output_token(const struct awsc_paginator *pg, uint32_t i)
{
    return awsc__jmespath_list_at(&pg->output_tokens_ref, i);
}

/* The model's "more results" flag, or NULL. */
static inline const struct awsc_jmespath *
awsc_paginator_more_results(const struct awsc_paginator *pg)
{
    return (const struct awsc_jmespath *)awsc_ref_get(&pg->more_results_ref);
}

/* Result key i (i < result_key_count). */
static inline const struct awsc_jmespath *awsc_paginator_result_key(const struct awsc_paginator *pg,
                                                                    uint32_t i)
{
    return awsc__jmespath_list_at(&pg->result_keys_ref, i);
}

/* Non-aggregate key i (i < non_aggregate_key_count). */
static inline const struct awsc_jmespath *
awsc_paginator_non_aggregate_key(const struct awsc_paginator *pg, uint32_t i)
{
    return awsc__jmespath_list_at(&pg->non_aggregate_keys_ref, i);
}

/* The rest is left out by a build without paginators (-Dpaginators=false). */
#if AWSC_WITH_PAGINATORS

/* The paginator of an operation, by its name in the model ("Scan"), or
 * NULL. */
AWSC_API const struct awsc_paginator *awsc_service_paginator(const struct awsc_service *svc,
                                                             const char *operation);
/* The operation a paginator of svc pages through, or NULL when pg is not
 * one of svc's paginators. */
AWSC_API const struct awsc_operation *awsc_paginator_operation(const struct awsc_service *svc,
                                                               const struct awsc_paginator *pg);

/* ------------------------------------------------------- the engine */

struct awsc_pager;

struct awsc_page_options {
    /* Stop after this many items of the first result key (0: no limit).
     * The page holding the last one is cut short, and the pager's resume
     * token then continues right after it. */
    int64_t max_items;
    /* Asked of the service for each page through the model's limit key
     * (0: the service's default). AWSC_E_INVALID_ARG when the operation
     * has no limit key. */
    int64_t page_size;
    /* Start where an earlier pager stopped: its awsc_pager_resume_token(). */
    const char *starting_token;
};
#define AWSC_PAGE_OPTIONS_INIT \
    {                          \
        0, 0, NULL             \
    }

/*
 * Creates a pager. The input is copied (it may be released once this
 * returns); its token members, when set, give the first page's tokens.
 * options may be NULL. No request is sent yet. Fails with
 * AWSC_E_VALIDATION when the input cannot be copied (the message names the
 * member), AWSC_E_INVALID_ARG for a malformed starting token or a page size
 * the operation cannot take.
 */
AWSC_API int awsc_pager_new(struct awsc_client *client, const struct awsc_paginator *paginator,
                            const void *input, const struct awsc_page_options *options,
                            struct awsc_pager **pager, struct awsc_error *err);
/* Destroys a pager (NULL is fine). A request still in flight for it is let
 * finish and its result dropped: its callback is not called. Destroy
 * pagers before their client. */
AWSC_API void awsc_pager_destroy(struct awsc_pager *pager);

/*
 * The next page: on AWSC_OK *page is an output struct of the operation that
 * the caller frees with awsc_output_free(), or NULL when there are no more
 * pages. A failed request leaves the pager where it was: calling again
 * retries that page.
 */
AWSC_API int awsc_pager_next_page(struct awsc_pager *pager, void **page, struct awsc_error *err);
/* The same, asynchronously on the client's transport: cb gets the page
 * (NULL at the end) as an awsc_call_cb gets an output. One request per
 * pager at a time (AWSC_E_BUSY otherwise). */
AWSC_API int awsc_pager_next_page_async(struct awsc_pager *pager, awsc_call_cb *cb, void *user_data,
                                        struct awsc_error *err);

/*
 * The next item of the first result key: on AWSC_OK *item points at the
 * element of the list (valid until the next call on this pager, or its
 * destruction), or is NULL when there are no more. Pages are fetched as
 * needed; empty pages are skipped. AWSC_E_UNSUPPORTED when the first
 * result key is not a list.
 */
AWSC_API int awsc_pager_next_item(struct awsc_pager *pager, const void **item,
                                  struct awsc_error *err);
/*
 * Keeps the item next_item handed out last beyond the pager's next call:
 * returns the page it came from (an output of the operation) with a
 * reference added (awsc_output_retain()), or NULL when no item is held (none
 * handed out yet, or the last call said there are no more). The item and
 * everything it points to stay valid until that page is given to
 * awsc_output_free(); the pager lets go of its own reference as before.
 * Nothing is copied. See <awsc/client.h>, "How long outputs live".
 */
AWSC_API void *awsc_pager_retain_page(const struct awsc_pager *pager);
typedef void awsc_item_cb(void *user_data, int status, const void *item, struct awsc_error *err);
AWSC_API int awsc_pager_next_item_async(struct awsc_pager *pager, awsc_item_cb *cb, void *user_data,
                                        struct awsc_error *err);

/*
 * Every remaining page merged into one output, as the AWS CLI prints a
 * paginated result: the lists of the result keys concatenated (numbers
 * added, strings joined), the non-aggregate keys of the first page, and no
 * other member. Free it with awsc_output_free(). Honours max_items; then
 * awsc_pager_resume_token() tells where to go on.
 */
AWSC_API int awsc_pager_collect(struct awsc_pager *pager, void **output, struct awsc_error *err);

/* true once the last page has been handed out (or max_items reached). */
AWSC_API bool awsc_pager_done(const struct awsc_pager *pager);
/* Pages and items handed out so far. */
AWSC_API int64_t awsc_pager_page_count(const struct awsc_pager *pager);
AWSC_API int64_t awsc_pager_item_count(const struct awsc_pager *pager);

/*
 * A token that continues exactly after the last page or item handed out,
 * to pass as starting_token later, or NULL when nothing is left to fetch
 * (or, while awsc_pager_done() is false, when memory ran out). Owned by
 * the pager; valid until its next call.
 */
AWSC_API const char *awsc_pager_resume_token(const struct awsc_pager *pager);

/*
 * What the typed wrappers of the service headers call: the same, checking
 * that pager was made for paginator pg (AWSC_E_INVALID_ARG otherwise), and
 * storing the page, item or output through out, a pointer to the wrapper's
 * typed pointer (NULL: a page or output is freed, an item dropped). With
 * string_items, an item is the string itself rather than a pointer to it.
 */
AWSC_API int awsc_pager_next_page_typed(struct awsc_pager *pager, const struct awsc_paginator *pg,
                                        void *out, struct awsc_error *err);
AWSC_API int awsc_pager_next_item_typed(struct awsc_pager *pager, const struct awsc_paginator *pg,
                                        bool string_items, void *out, struct awsc_error *err);
AWSC_API int awsc_pager_collect_typed(struct awsc_pager *pager, const struct awsc_paginator *pg,
                                      void *out, struct awsc_error *err);
typedef void awsc_item_trampoline(awsc_fn *cb, void *user_data, int status, const void *item,
                                  struct awsc_error *err);
AWSC_API int awsc_pager_next_page_async_typed(struct awsc_pager *pager,
                                              const struct awsc_paginator *pg,
                                              awsc_call_trampoline *trampoline, awsc_fn *cb,
                                              void *user_data, struct awsc_error *err);
AWSC_API int awsc_pager_next_item_async_typed(struct awsc_pager *pager,
                                              const struct awsc_paginator *pg,
                                              awsc_item_trampoline *trampoline, awsc_fn *cb,
                                              void *user_data, struct awsc_error *err);

#endif /* AWSC_WITH_PAGINATORS */

#ifdef __cplusplus
}
#endif
#endif
