/*
 * sns_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of SNS, whose
 * descriptors are in sns_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/sns.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SNS_TABLES
#define AWSC__SNS_TABLES

/* The endpoint rule set of sns: a part of the service's tables. */
struct awsc__sns_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[22];
    struct awsc_ep_expr exprs[38];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[7];
    char strings[527];
};
/* The service, its operations and every shape, member and name of
 * SNS, in one object. */
struct awsc__sns_tables {
    struct awsc_service service;
    struct awsc_operation operations[42];
    awsc_ref op_errors[226];
    awsc_ref service_errors[34];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sns_pagers pagers; /* <awsc/sns.h> */
#endif
    struct awsc__sns_rules rules;
    struct awsc_structure_shape structures[118];
    struct awsc_collection_shape collections[20];
    struct awsc_enum_shape enums[4];
    struct awsc_shape scalars[32];
    struct awsc_shape_traits traits[42];
    struct awsc_member members[189];
    struct awsc_range ranges[8];
    struct awsc_xml_refs xml_refs[1];
    char strings[4149];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[3015];
#endif
};
extern const struct awsc__sns_tables awsc__sns_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (sns_tables.c). */
#define PAGERS awsc__sns_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_sns_list_endpoints_by_platform_application_paginate(struct awsc_client *client,
                                                             const struct awsc_sns_list_endpoints_by_platform_application_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_page(struct awsc_pager *pager,
                                                              struct awsc_sns_list_endpoints_by_platform_application_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_endpoints_by_platform_application_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_page_async(struct awsc_pager *pager,
                                                                    awsc_sns_list_endpoints_by_platform_application_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_item(struct awsc_pager *pager,
                                                              const struct awsc_sns_endpoint **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_endpoints_by_platform_application_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_endpoints_by_platform_application_next_item_async(struct awsc_pager *pager,
                                                                    awsc_sns_list_endpoints_by_platform_application_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_endpoints_by_platform_application_collect(struct awsc_pager *pager,
                                                            struct awsc_sns_list_endpoints_by_platform_application_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_sns_list_origination_numbers_paginate(struct awsc_client *client,
                                               const struct awsc_sns_list_origination_numbers_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_sns_list_origination_numbers_next_page(struct awsc_pager *pager,
                                                struct awsc_sns_list_origination_numbers_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_origination_numbers_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_origination_numbers_next_page_async(struct awsc_pager *pager,
                                                      awsc_sns_list_origination_numbers_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_next_item(struct awsc_pager *pager,
                                                const struct awsc_sns_phone_number_information **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_origination_numbers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_origination_numbers_next_item_async(struct awsc_pager *pager,
                                                      awsc_sns_list_origination_numbers_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_origination_numbers_collect(struct awsc_pager *pager,
                                              struct awsc_sns_list_origination_numbers_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_sns_list_phone_numbers_opted_out_paginate(struct awsc_client *client,
                                                   const struct awsc_sns_list_phone_numbers_opted_out_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_page(struct awsc_pager *pager,
                                                    struct awsc_sns_list_phone_numbers_opted_out_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_phone_numbers_opted_out_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_page_async(struct awsc_pager *pager,
                                                          awsc_sns_list_phone_numbers_opted_out_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_item(struct awsc_pager *pager,
                                                    const char **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], true, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_phone_numbers_opted_out_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_sns_list_phone_numbers_opted_out_next_item_async(struct awsc_pager *pager,
                                                          awsc_sns_list_phone_numbers_opted_out_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_phone_numbers_opted_out_collect(struct awsc_pager *pager,
                                                  struct awsc_sns_list_phone_numbers_opted_out_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_sns_list_platform_applications_paginate(struct awsc_client *client,
                                                 const struct awsc_sns_list_platform_applications_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_sns_list_platform_applications_next_page(struct awsc_pager *pager,
                                                  struct awsc_sns_list_platform_applications_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_platform_applications_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_platform_applications_next_page_async(struct awsc_pager *pager,
                                                        awsc_sns_list_platform_applications_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_next_item(struct awsc_pager *pager,
                                                  const struct awsc_sns_platform_application **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_platform_applications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_platform_applications_next_item_async(struct awsc_pager *pager,
                                                        awsc_sns_list_platform_applications_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_platform_applications_collect(struct awsc_pager *pager,
                                                struct awsc_sns_list_platform_applications_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_paginate(struct awsc_client *client,
                                                     const struct awsc_sns_list_sms_sandbox_phone_numbers_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_page(struct awsc_pager *pager,
                                                      struct awsc_sns_list_sms_sandbox_phone_numbers_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_sms_sandbox_phone_numbers_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_page_async(struct awsc_pager *pager,
                                                            awsc_sns_list_sms_sandbox_phone_numbers_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_item(struct awsc_pager *pager,
                                                      const struct awsc_sns_sms_sandbox_phone_number **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_sms_sandbox_phone_numbers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_next_item_async(struct awsc_pager *pager,
                                                            awsc_sns_list_sms_sandbox_phone_numbers_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_sms_sandbox_phone_numbers_collect(struct awsc_pager *pager,
                                                    struct awsc_sns_list_sms_sandbox_phone_numbers_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_sns_list_subscriptions_paginate(struct awsc_client *client,
                                         const struct awsc_sns_list_subscriptions_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_sns_list_subscriptions_next_page(struct awsc_pager *pager,
                                          struct awsc_sns_list_subscriptions_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_subscriptions_next_page_async(struct awsc_pager *pager,
                                                awsc_sns_list_subscriptions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_next_item(struct awsc_pager *pager,
                                          const struct awsc_sns_subscription **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_subscriptions_next_item_async(struct awsc_pager *pager,
                                                awsc_sns_list_subscriptions_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_collect(struct awsc_pager *pager,
                                        struct awsc_sns_list_subscriptions_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_sns_list_subscriptions_by_topic_paginate(struct awsc_client *client,
                                                  const struct awsc_sns_list_subscriptions_by_topic_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_sns_list_subscriptions_by_topic_next_page(struct awsc_pager *pager,
                                                   struct awsc_sns_list_subscriptions_by_topic_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_by_topic_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_subscriptions_by_topic_next_page_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_by_topic_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_next_item(struct awsc_pager *pager,
                                                   const struct awsc_sns_subscription **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_subscriptions_by_topic_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_subscriptions_by_topic_next_item_async(struct awsc_pager *pager,
                                                         awsc_sns_list_subscriptions_by_topic_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_subscriptions_by_topic_collect(struct awsc_pager *pager,
                                                 struct awsc_sns_list_subscriptions_by_topic_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_sns_list_topics_paginate(struct awsc_client *client,
                                  const struct awsc_sns_list_topics_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_sns_list_topics_next_page(struct awsc_pager *pager,
                                   struct awsc_sns_list_topics_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_sns_list_topics_cb *)cb)(user_data, status, page, err);
}

int awsc_sns_list_topics_next_page_async(struct awsc_pager *pager,
                                         awsc_sns_list_topics_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_next_item(struct awsc_pager *pager,
                                   const struct awsc_sns_topic **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_sns_list_topics_item_cb *)cb)(user_data, status, item, err);
}

int awsc_sns_list_topics_next_item_async(struct awsc_pager *pager,
                                         awsc_sns_list_topics_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sns_list_topics_collect(struct awsc_pager *pager,
                                 struct awsc_sns_list_topics_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */
