/*
 * sqs_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of SQS, whose
 * descriptors are in sqs_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SQS_TABLES
#define AWSC__SQS_TABLES

/* The endpoint rule set of sqs: a part of the service's tables. */
struct awsc__sqs_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[486];
};
/* The service, its operations and every shape, member and name of
 * SQS, in one object. */
struct awsc__sqs_tables {
    struct awsc_service service;
    struct awsc_operation operations[23];
    awsc_ref op_errors[163];
    awsc_ref service_errors[28];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sqs_pagers pagers; /* <awsc/sqs.h> */
#endif
    struct awsc__sqs_rules rules;
    struct awsc_structure_shape structures[76];
    struct awsc_collection_shape collections[23];
    struct awsc_enum_shape enums[3];
    struct awsc_shape scalars[12];
    struct awsc_shape_traits traits[28];
    struct awsc_member members[159];
    uint16_t by_wire_name[159];
    char strings[2443];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1949];
#endif
};
extern const struct awsc__sqs_tables awsc__sqs_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (sqs_tables.c). */
#define PAGERS awsc__sqs_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_sqs_list_dead_letter_source_queues_paginate(struct awsc_client *client,
                                                     const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_page(struct awsc_pager *pager,
                                                      struct awsc_sqs_list_dead_letter_source_queues_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_dead_letter_source_queues_next_item(struct awsc_pager *pager,
                                                      const char **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_dead_letter_source_queues_collect(struct awsc_pager *pager,
                                                    struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_sqs_list_queues_paginate(struct awsc_client *client,
                                  const struct awsc_sqs_list_queues_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_sqs_list_queues_next_page(struct awsc_pager *pager,
                                   struct awsc_sqs_list_queues_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queues_next_item(struct awsc_pager *pager,
                                   const char **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], true, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queues_collect(struct awsc_pager *pager,
                                 struct awsc_sqs_list_queues_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
