/*
 * ec2_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of EC2, whose
 * descriptors are in ec2_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/ec2.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__EC2_TABLES
#define AWSC__EC2_TABLES

/* The endpoint rule set of ec2: a part of the service's tables. */
struct awsc__ec2_rules {
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
 * EC2, in one object. */
struct awsc__ec2_tables {
    struct awsc_service service;
    struct awsc_operation operations[800];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__ec2_pagers pagers; /* <awsc/ec2.h> */
#endif
    struct awsc__ec2_rules rules;
    struct awsc_structure_shape structures[2499];
    struct awsc_collection_shape collections[774];
    struct awsc_enum_shape enums[474];
    struct awsc_shape scalars[459];
    struct awsc_shape_traits traits[191];
    struct awsc_member members[9956];
    struct awsc_range ranges[190];
    struct awsc_xml_refs xml_refs[732];
    char strings[166727];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[120638];
#endif
};
extern const struct awsc__ec2_tables awsc__ec2_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (ec2_tables.c). */
#define PAGERS awsc__ec2_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_ec2_describe_address_transfers_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_address_transfers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_ec2_describe_address_transfers_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_address_transfers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_address_transfers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_address_transfers_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_address_transfers_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_address_transfer **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_address_transfers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_address_transfers_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_address_transfers_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_address_transfers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_ec2_describe_addresses_attribute_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_addresses_attribute_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_ec2_describe_addresses_attribute_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_addresses_attribute_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_addresses_attribute_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_addresses_attribute_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_addresses_attribute_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_address_attribute **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_addresses_attribute_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_addresses_attribute_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_addresses_attribute_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_addresses_attribute_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_paginate(struct awsc_client *client,
                                                                            const struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_input *input,
                                                                            const struct awsc_page_options *options,
                                                                            struct awsc_pager **pager,
                                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_page(struct awsc_pager *pager,
                                                                             struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **page,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_aws_network_performance_metric_subscriptions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_page_async(struct awsc_pager *pager,
                                                                                   awsc_ec2_describe_aws_network_performance_metric_subscriptions_cb *cb,
                                                                                   void *user_data,
                                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_item(struct awsc_pager *pager,
                                                                             const struct awsc_ec2_subscription **item,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_aws_network_performance_metric_subscriptions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_item_async(struct awsc_pager *pager,
                                                                                   awsc_ec2_describe_aws_network_performance_metric_subscriptions_item_cb *cb,
                                                                                   void *user_data,
                                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_collect(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **output,
                                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_ec2_describe_byoip_cidrs_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_byoip_cidrs_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_ec2_describe_byoip_cidrs_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_byoip_cidrs_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_byoip_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_byoip_cidrs_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_byoip_cidrs_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_byoip_cidr **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_byoip_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_byoip_cidrs_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_byoip_cidrs_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_byoip_cidrs_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_ec2_describe_capacity_block_extension_history_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_capacity_block_extension_history_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_history_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_capacity_block_extension_history_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_capacity_block_extension **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_capacity_block_extension_history_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_capacity_block_extension_history_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_capacity_block_extension_offerings_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_capacity_block_extension_offerings_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ec2_describe_capacity_block_extension_offerings_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_capacity_block_extension_offering **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ec2_describe_capacity_block_extension_offerings_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_offerings_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_ec2_describe_capacity_block_offerings_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_capacity_block_offerings_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_capacity_block_offerings_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_capacity_block_offerings_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_capacity_block_offering **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_capacity_block_offerings_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_capacity_block_offerings_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_ec2_describe_capacity_block_status_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_block_status_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_status_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_block_status_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_status_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_block_status_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_block_status **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_status_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_block_status_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_block_status_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_ec2_describe_capacity_blocks_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_capacity_blocks_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_ec2_describe_capacity_blocks_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_capacity_blocks_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_blocks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_blocks_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_capacity_blocks_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_capacity_block **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_blocks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_blocks_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_capacity_blocks_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_capacity_blocks_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_capacity_manager_data_exports_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_capacity_manager_data_exports_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_manager_data_exports_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_capacity_manager_data_exports_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_data_export_response **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_manager_data_exports_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_capacity_manager_data_exports_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_manager_data_exports_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_capacity_reservation_billing_requests_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_capacity_reservation_billing_requests_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_billing_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_capacity_reservation_billing_requests_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_capacity_reservation_billing_request **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_billing_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_capacity_reservation_billing_requests_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_capacity_reservation_billing_requests_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_capacity_reservation_fleets_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_reservation_fleets_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_fleets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_capacity_reservation_fleets_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_capacity_reservation_fleet **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_fleets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_capacity_reservation_fleets_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_capacity_reservation_fleets_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_ec2_describe_capacity_reservations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_reservations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_reservations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservations_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_reservations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_reservation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservations_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_reservations_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_reservations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_ec2_describe_carrier_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_carrier_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_ec2_describe_carrier_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_carrier_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_carrier_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_carrier_gateways_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_carrier_gateways_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_carrier_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_carrier_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_carrier_gateways_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_carrier_gateways_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_carrier_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_ec2_describe_classic_link_instances_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_classic_link_instances_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_ec2_describe_classic_link_instances_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_classic_link_instances_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_classic_link_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_classic_link_instances_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_classic_link_instances_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_classic_link_instance **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_classic_link_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_classic_link_instances_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_classic_link_instances_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_classic_link_instances_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_client_vpn_authorization_rules_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_client_vpn_authorization_rules_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_authorization_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_client_vpn_authorization_rules_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_authorization_rule **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_authorization_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_client_vpn_authorization_rules_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_client_vpn_authorization_rules_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_ec2_describe_client_vpn_connections_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_client_vpn_connections_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_connections_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_client_vpn_connections_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_connections_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_client_vpn_connections_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_client_vpn_connection **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_connections_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_client_vpn_connections_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_connections_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_ec2_describe_client_vpn_endpoints_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_client_vpn_endpoints_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_endpoints_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_client_vpn_endpoints_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_client_vpn_endpoint **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_client_vpn_endpoints_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_client_vpn_endpoints_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_ec2_describe_client_vpn_routes_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_client_vpn_routes_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_routes_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_client_vpn_routes_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_routes_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_client_vpn_routes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_client_vpn_route **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_routes_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_client_vpn_routes_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_client_vpn_routes_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_ec2_describe_client_vpn_target_networks_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_client_vpn_target_networks_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_client_vpn_target_networks_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_target_networks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_client_vpn_target_networks_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_target_network **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_target_networks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_client_vpn_target_networks_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_client_vpn_target_networks_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_ec2_describe_coip_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_coip_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_ec2_describe_coip_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_coip_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_coip_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_coip_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_coip_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_coip_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], false, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_coip_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_coip_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_coip_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_coip_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_ec2_describe_dhcp_options_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_dhcp_options_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_ec2_describe_dhcp_options_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_dhcp_options_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_dhcp_options_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_dhcp_options_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_dhcp_options_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_dhcp_options **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_dhcp_options_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_dhcp_options_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_dhcp_options_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_dhcp_options_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_egress_only_internet_gateways_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_egress_only_internet_gateways_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_egress_only_internet_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_egress_only_internet_gateways_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_egress_only_internet_gateway **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_egress_only_internet_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_egress_only_internet_gateways_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_egress_only_internet_gateways_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_ec2_describe_export_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_export_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_ec2_describe_export_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_export_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_export_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_export_image_tasks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_export_image_tasks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_export_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_export_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_export_image_tasks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_export_image_tasks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_export_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_ec2_describe_fast_launch_images_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_fast_launch_images_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_ec2_describe_fast_launch_images_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_fast_launch_images_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_launch_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fast_launch_images_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_fast_launch_images_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_describe_fast_launch_images_success_item **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_launch_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fast_launch_images_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_fast_launch_images_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_fast_launch_images_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_ec2_describe_fast_snapshot_restores_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_fast_snapshot_restores_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_fast_snapshot_restores_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_snapshot_restores_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_fast_snapshot_restores_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_describe_fast_snapshot_restore_success_item **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_snapshot_restores_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_fast_snapshot_restores_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_fast_snapshot_restores_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_ec2_describe_fleets_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_fleets_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_ec2_describe_fleets_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_fleets_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fleets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fleets_next_page_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_fleets_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_fleet_data **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fleets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fleets_next_item_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_fleets_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_fleets_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_ec2_describe_flow_logs_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_flow_logs_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_ec2_describe_flow_logs_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_flow_logs_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_flow_logs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_flow_logs_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_flow_logs_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_flow_log **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_flow_logs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_flow_logs_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_flow_logs_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_flow_logs_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_ec2_describe_fpga_images_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_fpga_images_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_ec2_describe_fpga_images_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_fpga_images_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fpga_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fpga_images_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_fpga_images_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_fpga_image **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], false, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fpga_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fpga_images_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_fpga_images_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_fpga_images_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_ec2_describe_host_reservation_offerings_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_host_reservation_offerings_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_host_reservation_offerings_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservation_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_host_reservation_offerings_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_host_offering **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservation_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_host_reservation_offerings_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_host_reservation_offerings_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_ec2_describe_host_reservations_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_host_reservations_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_ec2_describe_host_reservations_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_host_reservations_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_host_reservations_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_host_reservations_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_host_reservation **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_host_reservations_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_host_reservations_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_host_reservations_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_ec2_describe_hosts_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_hosts_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_ec2_describe_hosts_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_hosts_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_hosts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_hosts_next_page_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_hosts_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_host **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_hosts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_hosts_next_item_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_hosts_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_hosts_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_iam_instance_profile_associations_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_iam_instance_profile_associations_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_iam_instance_profile_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_iam_instance_profile_associations_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_iam_instance_profile_association **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_iam_instance_profile_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_iam_instance_profile_associations_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_iam_instance_profile_associations_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_ec2_describe_image_references_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_image_references_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_ec2_describe_image_references_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_image_references_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_references_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_references_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_image_references_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_image_reference **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_references_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_references_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_image_references_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_image_references_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}

int awsc_ec2_describe_image_usage_report_entries_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_image_usage_report_entries_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[34], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_image_usage_report_entries_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[34], page, err);
}

static void pg_34_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_report_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_image_usage_report_entries_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_image_usage_report_entry **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[34], false, item, err);
}

static void pg_34_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_report_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_image_usage_report_entries_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_image_usage_report_entries_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[34], output, err);
}

int awsc_ec2_describe_image_usage_reports_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[35], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_reports_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_image_usage_reports_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[35], page, err);
}

static void pg_35_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_reports_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_usage_reports_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_image_usage_reports_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_image_usage_report **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[35], false, item, err);
}

static void pg_35_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_reports_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_usage_reports_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_image_usage_reports_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_image_usage_reports_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[35], output, err);
}

int awsc_ec2_describe_images_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_images_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[36], input, options, pager, err);
}

int awsc_ec2_describe_images_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_images_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[36], page, err);
}

static void pg_36_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_images_next_page_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_images_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_image **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[36], false, item, err);
}

static void pg_36_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_images_next_item_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_images_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_images_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[36], output, err);
}

int awsc_ec2_describe_import_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_import_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[37], input, options, pager, err);
}

int awsc_ec2_describe_import_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_import_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[37], page, err);
}

static void pg_37_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_import_image_tasks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_import_image_tasks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_import_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[37], false, item, err);
}

static void pg_37_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_import_image_tasks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_import_image_tasks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_import_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[37], output, err);
}

int awsc_ec2_describe_import_snapshot_tasks_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[38], input, options, pager, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_import_snapshot_tasks_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[38], page, err);
}

static void pg_38_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_snapshot_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_import_snapshot_tasks_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_import_snapshot_task **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[38], false, item, err);
}

static void pg_38_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_snapshot_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_import_snapshot_tasks_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_import_snapshot_tasks_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[38], output, err);
}

int awsc_ec2_describe_instance_connect_endpoints_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_instance_connect_endpoints_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[39], input, options, pager, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_instance_connect_endpoints_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[39], page, err);
}

static void pg_39_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_connect_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_instance_connect_endpoints_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ec2_instance_connect_endpoint **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[39], false, item, err);
}

static void pg_39_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_connect_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_instance_connect_endpoints_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_instance_connect_endpoints_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[39], output, err);
}

int awsc_ec2_describe_instance_credit_specifications_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_instance_credit_specifications_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[40], input, options, pager, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_instance_credit_specifications_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[40], page, err);
}

static void pg_40_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_credit_specifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_instance_credit_specifications_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_instance_credit_specification **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[40], false, item, err);
}

static void pg_40_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_credit_specifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_instance_credit_specifications_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_instance_credit_specifications_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[40], output, err);
}

int awsc_ec2_describe_instance_event_windows_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_instance_event_windows_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[41], input, options, pager, err);
}

int awsc_ec2_describe_instance_event_windows_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_instance_event_windows_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[41], page, err);
}

static void pg_41_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_event_windows_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_event_windows_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_instance_event_windows_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_instance_event_window **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[41], false, item, err);
}

static void pg_41_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_event_windows_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_event_windows_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_instance_event_windows_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_instance_event_windows_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[41], output, err);
}

int awsc_ec2_describe_instance_image_metadata_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_image_metadata_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[42], input, options, pager, err);
}

int awsc_ec2_describe_instance_image_metadata_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_image_metadata_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[42], page, err);
}

static void pg_42_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_image_metadata_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_image_metadata_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_image_metadata_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_image_metadata **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[42], false, item, err);
}

static void pg_42_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_image_metadata_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_image_metadata_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_image_metadata_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_image_metadata_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[42], output, err);
}

int awsc_ec2_describe_instance_status_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_instance_status_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[43], input, options, pager, err);
}

int awsc_ec2_describe_instance_status_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_status_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[43], page, err);
}

static void pg_43_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_status_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_instance_status_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_instance_status **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[43], false, item, err);
}

static void pg_43_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_status_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_instance_status_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_instance_status_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[43], output, err);
}

int awsc_ec2_describe_instance_topology_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_instance_topology_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[44], input, options, pager, err);
}

int awsc_ec2_describe_instance_topology_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_instance_topology_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[44], page, err);
}

static void pg_44_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_topology_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_topology_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_instance_topology_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_instance_topology **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[44], false, item, err);
}

static void pg_44_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_topology_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_topology_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_instance_topology_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_topology_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[44], output, err);
}

int awsc_ec2_describe_instance_type_offerings_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_type_offerings_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[45], input, options, pager, err);
}

int awsc_ec2_describe_instance_type_offerings_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_type_offerings_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[45], page, err);
}

static void pg_45_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_type_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_type_offerings_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_type_offerings_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_type_offering **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[45], false, item, err);
}

static void pg_45_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_type_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_type_offerings_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_type_offerings_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_type_offerings_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[45], output, err);
}

int awsc_ec2_describe_instance_types_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_instance_types_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[46], input, options, pager, err);
}

int awsc_ec2_describe_instance_types_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_instance_types_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[46], page, err);
}

static void pg_46_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_types_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_types_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_instance_types_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_instance_type_info **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[46], false, item, err);
}

static void pg_46_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_types_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_types_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_instance_types_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_instance_types_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[46], output, err);
}

int awsc_ec2_describe_instances_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[47], input, options, pager, err);
}

int awsc_ec2_describe_instances_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_instances_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[47], page, err);
}

static void pg_47_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instances_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_instances_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_reservation **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[47], false, item, err);
}

static void pg_47_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instances_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_instances_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_instances_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[47], output, err);
}

int awsc_ec2_describe_internet_gateways_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_internet_gateways_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[48], input, options, pager, err);
}

int awsc_ec2_describe_internet_gateways_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_internet_gateways_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[48], page, err);
}

static void pg_48_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_internet_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_internet_gateways_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_internet_gateways_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_internet_gateway **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[48], false, item, err);
}

static void pg_48_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_internet_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_internet_gateways_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_internet_gateways_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_internet_gateways_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[48], output, err);
}

int awsc_ec2_describe_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_ipam_pool_allocations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[49], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_ipam_pool_allocations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[49], page, err);
}

static void pg_49_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pool_allocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_ipam_pool_allocations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipam_pool_allocation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[49], false, item, err);
}

static void pg_49_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pool_allocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_ipam_pool_allocations_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_ipam_pool_allocations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[49], output, err);
}

int awsc_ec2_describe_ipam_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipam_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[50], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipam_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[50], page, err);
}

static void pg_50_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipam_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[50], false, item, err);
}

static void pg_50_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipam_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipam_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[50], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[51], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[51], page, err);
}

static void pg_51_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolver_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_ipam_prefix_list_resolver_targets_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_ipam_prefix_list_resolver_target **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[51], false, item, err);
}

static void pg_51_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolver_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_ipam_prefix_list_resolver_targets_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[51], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_ipam_prefix_list_resolvers_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[52], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[52], page, err);
}

static void pg_52_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolvers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_ipam_prefix_list_resolvers_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[52], pg_52_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[52], false, item, err);
}

static void pg_52_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolvers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_ipam_prefix_list_resolvers_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[52], pg_52_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[52], output, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_ipam_resource_discoveries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[53], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_ipam_resource_discoveries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[53], page, err);
}

static void pg_53_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discoveries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_ipam_resource_discoveries_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[53], pg_53_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_resource_discovery **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[53], false, item, err);
}

static void pg_53_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discoveries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_ipam_resource_discoveries_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[53], pg_53_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_ipam_resource_discoveries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[53], output, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_describe_ipam_resource_discovery_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[54], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_ipam_resource_discovery_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[54], page, err);
}

static void pg_54_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discovery_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_describe_ipam_resource_discovery_associations_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[54], pg_54_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_resource_discovery_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[54], false, item, err);
}

static void pg_54_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discovery_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_describe_ipam_resource_discovery_associations_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[54], pg_54_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_ipam_resource_discovery_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[54], output, err);
}

int awsc_ec2_describe_ipam_scopes_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_ipam_scopes_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[55], input, options, pager, err);
}

int awsc_ec2_describe_ipam_scopes_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_ipam_scopes_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[55], page, err);
}

static void pg_55_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_scopes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_scopes_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_ipam_scopes_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[55], pg_55_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_ipam_scope **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[55], false, item, err);
}

static void pg_55_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_scopes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_scopes_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_ipam_scopes_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[55], pg_55_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_ipam_scopes_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[55], output, err);
}

int awsc_ec2_describe_ipams_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_ipams_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[56], input, options, pager, err);
}

int awsc_ec2_describe_ipams_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_ipams_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[56], page, err);
}

static void pg_56_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipams_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipams_next_page_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_ipams_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[56], pg_56_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_ipam **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[56], false, item, err);
}

static void pg_56_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipams_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipams_next_item_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_ipams_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[56], pg_56_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_ipams_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[56], output, err);
}

int awsc_ec2_describe_ipv6_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipv6_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[57], input, options, pager, err);
}

int awsc_ec2_describe_ipv6_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipv6_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[57], page, err);
}

static void pg_57_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipv6_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipv6_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipv6_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[57], pg_57_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipv6_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[57], false, item, err);
}

static void pg_57_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipv6_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipv6_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipv6_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[57], pg_57_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipv6_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[57], output, err);
}

int awsc_ec2_describe_launch_template_versions_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_launch_template_versions_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[58], input, options, pager, err);
}

int awsc_ec2_describe_launch_template_versions_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_launch_template_versions_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[58], page, err);
}

static void pg_58_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_template_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_launch_template_versions_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_launch_template_versions_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[58], pg_58_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_launch_template_version **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[58], false, item, err);
}

static void pg_58_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_template_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_launch_template_versions_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_launch_template_versions_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[58], pg_58_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_launch_template_versions_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[58], output, err);
}

int awsc_ec2_describe_launch_templates_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_launch_templates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[59], input, options, pager, err);
}

int awsc_ec2_describe_launch_templates_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_launch_templates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[59], page, err);
}

static void pg_59_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_templates_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_launch_templates_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_launch_templates_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[59], pg_59_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_launch_template **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[59], false, item, err);
}

static void pg_59_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_templates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_launch_templates_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_launch_templates_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[59], pg_59_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_launch_templates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[59], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_paginate(struct awsc_client *client,
                                                                                              const struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_input *input,
                                                                                              const struct awsc_page_options *options,
                                                                                              struct awsc_pager **pager,
                                                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[60], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_page(struct awsc_pager *pager,
                                                                                               struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **page,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[60], page, err);
}

static void pg_60_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_page_async(struct awsc_pager *pager,
                                                                                                     awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_cb *cb,
                                                                                                     void *user_data,
                                                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[60], pg_60_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_item(struct awsc_pager *pager,
                                                                                               const struct awsc_ec2_local_gateway_route_table_virtual_interface_group_association **item,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[60], false, item, err);
}

static void pg_60_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_item_async(struct awsc_pager *pager,
                                                                                                     awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_item_cb *cb,
                                                                                                     void *user_data,
                                                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[60], pg_60_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_collect(struct awsc_pager *pager,
                                                                                             struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **output,
                                                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[60], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[61], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[61], page, err);
}

static void pg_61_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_vpc_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_page_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_describe_local_gateway_route_table_vpc_associations_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[61], pg_61_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_local_gateway_route_table_vpc_association **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[61], false, item, err);
}

static void pg_61_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_vpc_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_item_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_describe_local_gateway_route_table_vpc_associations_item_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[61], pg_61_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[61], output, err);
}

int awsc_ec2_describe_local_gateway_route_tables_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_local_gateway_route_tables_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[62], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_local_gateway_route_tables_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[62], page, err);
}

static void pg_62_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_local_gateway_route_tables_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[62], pg_62_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_local_gateway_route_table **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[62], false, item, err);
}

static void pg_62_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_local_gateway_route_tables_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[62], pg_62_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_local_gateway_route_tables_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[62], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_local_gateway_virtual_interface_groups_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[63], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[63], page, err);
}

static void pg_63_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interface_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_local_gateway_virtual_interface_groups_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[63], pg_63_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_local_gateway_virtual_interface_group **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[63], false, item, err);
}

static void pg_63_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interface_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_local_gateway_virtual_interface_groups_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[63], pg_63_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[63], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_local_gateway_virtual_interfaces_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[64], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[64], page, err);
}

static void pg_64_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_local_gateway_virtual_interfaces_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[64], pg_64_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_local_gateway_virtual_interface **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[64], false, item, err);
}

static void pg_64_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_local_gateway_virtual_interfaces_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[64], pg_64_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[64], output, err);
}

int awsc_ec2_describe_local_gateways_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_local_gateways_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[65], input, options, pager, err);
}

int awsc_ec2_describe_local_gateways_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_local_gateways_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[65], page, err);
}

static void pg_65_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateways_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_local_gateways_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[65], pg_65_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_local_gateway **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[65], false, item, err);
}

static void pg_65_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateways_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_local_gateways_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[65], pg_65_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_local_gateways_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[65], output, err);
}

int awsc_ec2_describe_mac_hosts_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_mac_hosts_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[66], input, options, pager, err);
}

int awsc_ec2_describe_mac_hosts_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_mac_hosts_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[66], page, err);
}

static void pg_66_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_hosts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_mac_hosts_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_mac_hosts_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[66], pg_66_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_mac_host **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[66], false, item, err);
}

static void pg_66_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_hosts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_mac_hosts_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_mac_hosts_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[66], pg_66_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_mac_hosts_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[66], output, err);
}

int awsc_ec2_describe_mac_modification_tasks_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_mac_modification_tasks_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[67], input, options, pager, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_mac_modification_tasks_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[67], page, err);
}

static void pg_67_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_modification_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_mac_modification_tasks_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[67], pg_67_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_mac_modification_task **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[67], false, item, err);
}

static void pg_67_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_modification_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_mac_modification_tasks_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[67], pg_67_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_mac_modification_tasks_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[67], output, err);
}

int awsc_ec2_describe_managed_prefix_lists_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_managed_prefix_lists_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[68], input, options, pager, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_managed_prefix_lists_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[68], page, err);
}

static void pg_68_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_managed_prefix_lists_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_managed_prefix_lists_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[68], pg_68_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_managed_prefix_list **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[68], false, item, err);
}

static void pg_68_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_managed_prefix_lists_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_managed_prefix_lists_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[68], pg_68_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_managed_prefix_lists_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[68], output, err);
}

int awsc_ec2_describe_moving_addresses_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_moving_addresses_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[69], input, options, pager, err);
}

int awsc_ec2_describe_moving_addresses_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_moving_addresses_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[69], page, err);
}

static void pg_69_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_moving_addresses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_moving_addresses_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_moving_addresses_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[69], pg_69_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_moving_address_status **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[69], false, item, err);
}

static void pg_69_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_moving_addresses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_moving_addresses_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_moving_addresses_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[69], pg_69_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_moving_addresses_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[69], output, err);
}

int awsc_ec2_describe_nat_gateways_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[70], input, options, pager, err);
}

int awsc_ec2_describe_nat_gateways_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_nat_gateways_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[70], page, err);
}

static void pg_70_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_nat_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_nat_gateways_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_nat_gateways_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[70], pg_70_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_nat_gateway **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[70], false, item, err);
}

static void pg_70_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_nat_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_nat_gateways_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_nat_gateways_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[70], pg_70_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_nat_gateways_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[70], output, err);
}

int awsc_ec2_describe_network_acls_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_network_acls_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[71], input, options, pager, err);
}

int awsc_ec2_describe_network_acls_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_network_acls_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[71], page, err);
}

static void pg_71_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_acls_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_acls_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_network_acls_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[71], pg_71_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_network_acl **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[71], false, item, err);
}

static void pg_71_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_acls_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_acls_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_network_acls_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[71], pg_71_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_network_acls_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[71], output, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_network_insights_access_scope_analyses_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[72], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_network_insights_access_scope_analyses_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[72], page, err);
}

static void pg_72_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scope_analyses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_network_insights_access_scope_analyses_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[72], pg_72_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_network_insights_access_scope_analysis **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[72], false, item, err);
}

static void pg_72_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scope_analyses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_network_insights_access_scope_analyses_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[72], pg_72_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_network_insights_access_scope_analyses_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[72], output, err);
}

int awsc_ec2_describe_network_insights_access_scopes_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_network_insights_access_scopes_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[73], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_network_insights_access_scopes_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[73], page, err);
}

static void pg_73_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scopes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_network_insights_access_scopes_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[73], pg_73_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_network_insights_access_scope **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[73], false, item, err);
}

static void pg_73_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scopes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_network_insights_access_scopes_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[73], pg_73_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_network_insights_access_scopes_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[73], output, err);
}

int awsc_ec2_describe_network_insights_analyses_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_network_insights_analyses_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[74], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_analyses_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_network_insights_analyses_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[74], page, err);
}

static void pg_74_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_analyses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_analyses_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_network_insights_analyses_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[74], pg_74_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_network_insights_analysis **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[74], false, item, err);
}

static void pg_74_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_analyses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_analyses_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_network_insights_analyses_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[74], pg_74_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_network_insights_analyses_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[74], output, err);
}

int awsc_ec2_describe_network_insights_paths_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_network_insights_paths_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[75], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_paths_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_network_insights_paths_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[75], page, err);
}

static void pg_75_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_paths_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_paths_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_network_insights_paths_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[75], pg_75_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_network_insights_path **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[75], false, item, err);
}

static void pg_75_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_paths_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_paths_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_network_insights_paths_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[75], pg_75_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_network_insights_paths_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[75], output, err);
}

int awsc_ec2_describe_network_interface_permissions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_network_interface_permissions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[76], input, options, pager, err);
}

int awsc_ec2_describe_network_interface_permissions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_network_interface_permissions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[76], page, err);
}

static void pg_76_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interface_permissions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_interface_permissions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_network_interface_permissions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[76], pg_76_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_network_interface_permission **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[76], false, item, err);
}

static void pg_76_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interface_permissions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_interface_permissions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_network_interface_permissions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[76], pg_76_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_network_interface_permissions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[76], output, err);
}

int awsc_ec2_describe_network_interfaces_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_network_interfaces_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[77], input, options, pager, err);
}

int awsc_ec2_describe_network_interfaces_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_network_interfaces_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[77], page, err);
}

static void pg_77_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_interfaces_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_network_interfaces_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[77], pg_77_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_network_interface **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[77], false, item, err);
}

static void pg_77_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_interfaces_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_network_interfaces_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[77], pg_77_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_network_interfaces_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[77], output, err);
}

int awsc_ec2_describe_prefix_lists_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_prefix_lists_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[78], input, options, pager, err);
}

int awsc_ec2_describe_prefix_lists_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_prefix_lists_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[78], page, err);
}

static void pg_78_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_prefix_lists_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_prefix_lists_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_prefix_lists_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[78], pg_78_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_prefix_list **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[78], false, item, err);
}

static void pg_78_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_prefix_lists_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_prefix_lists_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_prefix_lists_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[78], pg_78_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_prefix_lists_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[78], output, err);
}

int awsc_ec2_describe_principal_id_format_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_principal_id_format_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[79], input, options, pager, err);
}

int awsc_ec2_describe_principal_id_format_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_principal_id_format_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[79], page, err);
}

static void pg_79_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_principal_id_format_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_principal_id_format_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_principal_id_format_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[79], pg_79_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_principal_id_format **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[79], false, item, err);
}

static void pg_79_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_principal_id_format_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_principal_id_format_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_principal_id_format_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[79], pg_79_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_principal_id_format_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[79], output, err);
}

int awsc_ec2_describe_public_ipv4_pools_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_public_ipv4_pools_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[80], input, options, pager, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_public_ipv4_pools_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[80], page, err);
}

static void pg_80_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_public_ipv4_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_public_ipv4_pools_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[80], pg_80_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_public_ipv4_pool **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[80], false, item, err);
}

static void pg_80_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_public_ipv4_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_public_ipv4_pools_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[80], pg_80_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_public_ipv4_pools_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[80], output, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_replace_root_volume_tasks_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[81], input, options, pager, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_replace_root_volume_tasks_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[81], page, err);
}

static void pg_81_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_replace_root_volume_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_replace_root_volume_tasks_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[81], pg_81_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_replace_root_volume_task **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[81], false, item, err);
}

static void pg_81_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_replace_root_volume_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_replace_root_volume_tasks_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[81], pg_81_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_replace_root_volume_tasks_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[81], output, err);
}

int awsc_ec2_describe_reserved_instances_modifications_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_reserved_instances_modifications_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[82], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_reserved_instances_modifications_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[82], page, err);
}

static void pg_82_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_modifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_reserved_instances_modifications_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[82], pg_82_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_reserved_instances_modification **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[82], false, item, err);
}

static void pg_82_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_modifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_reserved_instances_modifications_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[82], pg_82_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_reserved_instances_modifications_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[82], output, err);
}

int awsc_ec2_describe_reserved_instances_offerings_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_reserved_instances_offerings_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[83], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_reserved_instances_offerings_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[83], page, err);
}

static void pg_83_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_reserved_instances_offerings_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[83], pg_83_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_reserved_instances_offering **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[83], false, item, err);
}

static void pg_83_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_reserved_instances_offerings_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[83], pg_83_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_reserved_instances_offerings_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[83], output, err);
}

int awsc_ec2_describe_route_server_endpoints_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_route_server_endpoints_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[84], input, options, pager, err);
}

int awsc_ec2_describe_route_server_endpoints_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_route_server_endpoints_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[84], page, err);
}

static void pg_84_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_server_endpoints_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_route_server_endpoints_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[84], pg_84_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_route_server_endpoint **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[84], false, item, err);
}

static void pg_84_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_server_endpoints_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_route_server_endpoints_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[84], pg_84_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_route_server_endpoints_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[84], output, err);
}

int awsc_ec2_describe_route_server_peers_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_route_server_peers_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[85], input, options, pager, err);
}

int awsc_ec2_describe_route_server_peers_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_route_server_peers_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[85], page, err);
}

static void pg_85_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_peers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_server_peers_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_route_server_peers_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[85], pg_85_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_route_server_peer **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[85], false, item, err);
}

static void pg_85_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_peers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_server_peers_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_route_server_peers_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[85], pg_85_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_route_server_peers_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[85], output, err);
}

int awsc_ec2_describe_route_servers_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_route_servers_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[86], input, options, pager, err);
}

int awsc_ec2_describe_route_servers_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_route_servers_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[86], page, err);
}

static void pg_86_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_servers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_servers_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_route_servers_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[86], pg_86_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_route_server **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[86], false, item, err);
}

static void pg_86_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_servers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_servers_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_route_servers_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[86], pg_86_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_route_servers_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[86], output, err);
}

int awsc_ec2_describe_route_tables_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_route_tables_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[87], input, options, pager, err);
}

int awsc_ec2_describe_route_tables_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_route_tables_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[87], page, err);
}

static void pg_87_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_tables_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_route_tables_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[87], pg_87_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_route_table **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[87], false, item, err);
}

static void pg_87_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_tables_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_route_tables_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[87], pg_87_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_route_tables_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[87], output, err);
}

int awsc_ec2_describe_scheduled_instance_availability_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_scheduled_instance_availability_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[88], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_scheduled_instance_availability_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[88], page, err);
}

static void pg_88_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instance_availability_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_scheduled_instance_availability_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[88], pg_88_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_scheduled_instance_availability **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[88], false, item, err);
}

static void pg_88_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instance_availability_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_scheduled_instance_availability_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[88], pg_88_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_scheduled_instance_availability_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[88], output, err);
}

int awsc_ec2_describe_scheduled_instances_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_scheduled_instances_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[89], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instances_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_scheduled_instances_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[89], page, err);
}

static void pg_89_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_scheduled_instances_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_scheduled_instances_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[89], pg_89_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_scheduled_instance **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[89], false, item, err);
}

static void pg_89_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_scheduled_instances_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_scheduled_instances_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[89], pg_89_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_scheduled_instances_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[89], output, err);
}

int awsc_ec2_describe_secondary_interfaces_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_interfaces_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[90], input, options, pager, err);
}

int awsc_ec2_describe_secondary_interfaces_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_secondary_interfaces_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[90], page, err);
}

static void pg_90_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_interfaces_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_secondary_interfaces_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[90], pg_90_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_secondary_interface **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[90], false, item, err);
}

static void pg_90_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_interfaces_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_secondary_interfaces_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[90], pg_90_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_interfaces_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[90], output, err);
}

int awsc_ec2_describe_secondary_networks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_secondary_networks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[91], input, options, pager, err);
}

int awsc_ec2_describe_secondary_networks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_networks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[91], page, err);
}

static void pg_91_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_networks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_networks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_secondary_networks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[91], pg_91_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_secondary_network **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[91], false, item, err);
}

static void pg_91_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_networks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_networks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_secondary_networks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[91], pg_91_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_secondary_networks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[91], output, err);
}

int awsc_ec2_describe_secondary_subnets_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[92], input, options, pager, err);
}

int awsc_ec2_describe_secondary_subnets_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_secondary_subnets_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[92], page, err);
}

static void pg_92_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_subnets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_subnets_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_secondary_subnets_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[92], pg_92_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_secondary_subnet **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[92], false, item, err);
}

static void pg_92_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_subnets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_subnets_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_secondary_subnets_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[92], pg_92_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_secondary_subnets_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[92], output, err);
}

int awsc_ec2_describe_security_group_rules_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_security_group_rules_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[93], input, options, pager, err);
}

int awsc_ec2_describe_security_group_rules_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_security_group_rules_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[93], page, err);
}

static void pg_93_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_group_rules_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_security_group_rules_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[93], pg_93_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_security_group_rule **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[93], false, item, err);
}

static void pg_93_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_group_rules_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_security_group_rules_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[93], pg_93_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_security_group_rules_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[93], output, err);
}

int awsc_ec2_describe_security_group_vpc_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[94], input, options, pager, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_security_group_vpc_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[94], page, err);
}

static void pg_94_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_vpc_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_security_group_vpc_associations_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[94], pg_94_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_security_group_vpc_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[94], false, item, err);
}

static void pg_94_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_vpc_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_security_group_vpc_associations_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[94], pg_94_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_security_group_vpc_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[94], output, err);
}

int awsc_ec2_describe_security_groups_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_security_groups_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[95], input, options, pager, err);
}

int awsc_ec2_describe_security_groups_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_security_groups_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[95], page, err);
}

static void pg_95_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_groups_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_security_groups_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[95], pg_95_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_security_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[95], false, item, err);
}

static void pg_95_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_groups_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_security_groups_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[95], pg_95_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_security_groups_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[95], output, err);
}

int awsc_ec2_describe_snapshot_tier_status_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_snapshot_tier_status_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[96], input, options, pager, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_snapshot_tier_status_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[96], page, err);
}

static void pg_96_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshot_tier_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_snapshot_tier_status_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[96], pg_96_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_tier_status **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[96], false, item, err);
}

static void pg_96_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshot_tier_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_snapshot_tier_status_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[96], pg_96_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_snapshot_tier_status_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[96], output, err);
}

int awsc_ec2_describe_snapshots_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_snapshots_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[97], input, options, pager, err);
}

int awsc_ec2_describe_snapshots_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_snapshots_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[97], page, err);
}

static void pg_97_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshots_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_snapshots_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_snapshots_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[97], pg_97_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_snapshot **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[97], false, item, err);
}

static void pg_97_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshots_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_snapshots_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_snapshots_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[97], pg_97_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_snapshots_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[97], output, err);
}

int awsc_ec2_describe_spot_fleet_instances_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_spot_fleet_instances_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[98], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_fleet_instances_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[98], page, err);
}

static void pg_98_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_spot_fleet_instances_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[98], pg_98_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_active_instance **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[98], false, item, err);
}

static void pg_98_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_spot_fleet_instances_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[98], pg_98_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_fleet_instances_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[98], output, err);
}

int awsc_ec2_describe_spot_fleet_requests_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_spot_fleet_requests_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[99], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_spot_fleet_requests_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[99], page, err);
}

static void pg_99_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_spot_fleet_requests_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[99], pg_99_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_spot_fleet_request_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[99], false, item, err);
}

static void pg_99_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_spot_fleet_requests_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[99], pg_99_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_spot_fleet_requests_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[99], output, err);
}

int awsc_ec2_describe_spot_instance_requests_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[100], input, options, pager, err);
}

int awsc_ec2_describe_spot_instance_requests_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_spot_instance_requests_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[100], page, err);
}

static void pg_100_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_instance_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_instance_requests_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_spot_instance_requests_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[100], pg_100_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_spot_instance_request **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[100], false, item, err);
}

static void pg_100_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_instance_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_instance_requests_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_spot_instance_requests_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[100], pg_100_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_instance_requests_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[100], output, err);
}

int awsc_ec2_describe_spot_price_history_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_price_history_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[101], input, options, pager, err);
}

int awsc_ec2_describe_spot_price_history_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_price_history_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[101], page, err);
}

static void pg_101_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_price_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_price_history_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_spot_price_history_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[101], pg_101_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_spot_price **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[101], false, item, err);
}

static void pg_101_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_price_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_price_history_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_spot_price_history_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[101], pg_101_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_spot_price_history_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[101], output, err);
}

int awsc_ec2_describe_stale_security_groups_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_stale_security_groups_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[102], input, options, pager, err);
}

int awsc_ec2_describe_stale_security_groups_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_stale_security_groups_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[102], page, err);
}

static void pg_102_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_stale_security_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_stale_security_groups_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_stale_security_groups_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[102], pg_102_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_stale_security_group **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[102], false, item, err);
}

static void pg_102_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_stale_security_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_stale_security_groups_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_stale_security_groups_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[102], pg_102_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_stale_security_groups_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[102], output, err);
}

int awsc_ec2_describe_store_image_tasks_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[103], input, options, pager, err);
}

int awsc_ec2_describe_store_image_tasks_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_store_image_tasks_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[103], page, err);
}

static void pg_103_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_store_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_store_image_tasks_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_store_image_tasks_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[103], pg_103_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_store_image_task_result **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[103], false, item, err);
}

static void pg_103_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_store_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_store_image_tasks_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_store_image_tasks_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[103], pg_103_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_store_image_tasks_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[103], output, err);
}

int awsc_ec2_describe_subnets_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_subnets_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[104], input, options, pager, err);
}

int awsc_ec2_describe_subnets_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_subnets_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[104], page, err);
}

static void pg_104_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_subnets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_subnets_next_page_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_subnets_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[104], pg_104_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_subnet **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[104], false, item, err);
}

static void pg_104_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_subnets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_subnets_next_item_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_subnets_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[104], pg_104_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_subnets_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[104], output, err);
}

int awsc_ec2_describe_tags_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_tags_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[105], input, options, pager, err);
}

int awsc_ec2_describe_tags_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_tags_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[105], page, err);
}

static void pg_105_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_tags_next_page_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_tags_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[105], pg_105_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_tag_description **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[105], false, item, err);
}

static void pg_105_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_tags_next_item_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_tags_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[105], pg_105_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_tags_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[105], output, err);
}

int awsc_ec2_describe_traffic_mirror_filters_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_filters_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[106], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_filters_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[106], page, err);
}

static void pg_106_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_filters_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_filters_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[106], pg_106_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_filter **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[106], false, item, err);
}

static void pg_106_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_filters_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_filters_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[106], pg_106_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_filters_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[106], output, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_traffic_mirror_sessions_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[107], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_traffic_mirror_sessions_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[107], page, err);
}

static void pg_107_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_sessions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_traffic_mirror_sessions_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[107], pg_107_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_traffic_mirror_session **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[107], false, item, err);
}

static void pg_107_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_sessions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_traffic_mirror_sessions_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[107], pg_107_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_traffic_mirror_sessions_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[107], output, err);
}

int awsc_ec2_describe_traffic_mirror_targets_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_targets_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[108], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_targets_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[108], page, err);
}

static void pg_108_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_targets_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[108], pg_108_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_target **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[108], false, item, err);
}

static void pg_108_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_targets_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[108], pg_108_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_targets_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[108], output, err);
}

int awsc_ec2_describe_transit_gateway_attachments_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_transit_gateway_attachments_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[109], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_attachments_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[109], page, err);
}

static void pg_109_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_transit_gateway_attachments_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[109], pg_109_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_transit_gateway_attachment **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[109], false, item, err);
}

static void pg_109_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_transit_gateway_attachments_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[109], pg_109_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_transit_gateway_attachments_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[109], output, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_connect_peers_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[110], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_connect_peers_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[110], page, err);
}

static void pg_110_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connect_peers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_connect_peers_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[110], pg_110_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_connect_peer **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[110], false, item, err);
}

static void pg_110_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connect_peers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_connect_peers_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[110], pg_110_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_connect_peers_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[110], output, err);
}

int awsc_ec2_describe_transit_gateway_connects_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_transit_gateway_connects_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[111], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_transit_gateway_connects_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[111], page, err);
}

static void pg_111_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connects_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_transit_gateway_connects_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[111], pg_111_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_transit_gateway_connect **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[111], false, item, err);
}

static void pg_111_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connects_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_transit_gateway_connects_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[111], pg_111_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_transit_gateway_connects_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[111], output, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_transit_gateway_multicast_domains_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[112], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_multicast_domains_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[112], page, err);
}

static void pg_112_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_multicast_domains_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_transit_gateway_multicast_domains_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[112], pg_112_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_multicast_domain **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[112], false, item, err);
}

static void pg_112_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_multicast_domains_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_transit_gateway_multicast_domains_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[112], pg_112_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_multicast_domains_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[112], output, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_transit_gateway_peering_attachments_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[113], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_transit_gateway_peering_attachments_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[113], page, err);
}

static void pg_113_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_peering_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_transit_gateway_peering_attachments_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[113], pg_113_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_peering_attachment **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[113], false, item, err);
}

static void pg_113_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_peering_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_transit_gateway_peering_attachments_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[113], pg_113_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_peering_attachments_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[113], output, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_policy_tables_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[114], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_policy_tables_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[114], page, err);
}

static void pg_114_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_policy_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_policy_tables_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[114], pg_114_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_policy_table **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[114], false, item, err);
}

static void pg_114_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_policy_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_policy_tables_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[114], pg_114_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_policy_tables_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[114], output, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_paginate(struct awsc_client *client,
                                                                         const struct awsc_ec2_describe_transit_gateway_route_table_announcements_input *input,
                                                                         const struct awsc_page_options *options,
                                                                         struct awsc_pager **pager,
                                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[115], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_page(struct awsc_pager *pager,
                                                                          struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **page,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[115], page, err);
}

static void pg_115_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_table_announcements_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_page_async(struct awsc_pager *pager,
                                                                                awsc_ec2_describe_transit_gateway_route_table_announcements_cb *cb,
                                                                                void *user_data,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[115], pg_115_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_item(struct awsc_pager *pager,
                                                                          const struct awsc_ec2_transit_gateway_route_table_announcement **item,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[115], false, item, err);
}

static void pg_115_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_table_announcements_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_item_async(struct awsc_pager *pager,
                                                                                awsc_ec2_describe_transit_gateway_route_table_announcements_item_cb *cb,
                                                                                void *user_data,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[115], pg_115_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_collect(struct awsc_pager *pager,
                                                                        struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **output,
                                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[115], output, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_transit_gateway_route_tables_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[116], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_transit_gateway_route_tables_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[116], page, err);
}

static void pg_116_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_transit_gateway_route_tables_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[116], pg_116_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_transit_gateway_route_table **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[116], false, item, err);
}

static void pg_116_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_transit_gateway_route_tables_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[116], pg_116_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_transit_gateway_route_tables_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[116], output, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_transit_gateway_vpc_attachments_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[117], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[117], page, err);
}

static void pg_117_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_vpc_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_transit_gateway_vpc_attachments_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[117], pg_117_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_vpc_attachment **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[117], false, item, err);
}

static void pg_117_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_vpc_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_transit_gateway_vpc_attachments_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[117], pg_117_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[117], output, err);
}

int awsc_ec2_describe_transit_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_transit_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[118], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_transit_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[118], page, err);
}

static void pg_118_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateways_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_transit_gateways_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[118], pg_118_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_transit_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[118], false, item, err);
}

static void pg_118_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateways_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_transit_gateways_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[118], pg_118_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_transit_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[118], output, err);
}

int awsc_ec2_describe_trunk_interface_associations_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_trunk_interface_associations_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[119], input, options, pager, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_trunk_interface_associations_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[119], page, err);
}

static void pg_119_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_trunk_interface_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_trunk_interface_associations_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[119], pg_119_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_trunk_interface_association **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[119], false, item, err);
}

static void pg_119_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_trunk_interface_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_trunk_interface_associations_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[119], pg_119_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_trunk_interface_associations_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[119], output, err);
}

int awsc_ec2_describe_verified_access_endpoints_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_endpoints_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[120], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_endpoints_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[120], page, err);
}

static void pg_120_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_endpoints_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[120], pg_120_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_endpoint **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[120], false, item, err);
}

static void pg_120_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_endpoints_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[120], pg_120_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_endpoints_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[120], output, err);
}

int awsc_ec2_describe_verified_access_groups_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_verified_access_groups_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[121], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_groups_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_verified_access_groups_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[121], page, err);
}

static void pg_121_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_groups_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_verified_access_groups_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[121], pg_121_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_verified_access_group **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[121], false, item, err);
}

static void pg_121_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_groups_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_verified_access_groups_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[121], pg_121_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_verified_access_groups_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[121], output, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_paginate(struct awsc_client *client,
                                                                               const struct awsc_ec2_describe_verified_access_instance_logging_configurations_input *input,
                                                                               const struct awsc_page_options *options,
                                                                               struct awsc_pager **pager,
                                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[122], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_page(struct awsc_pager *pager,
                                                                                struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **page,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[122], page, err);
}

static void pg_122_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instance_logging_configurations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_page_async(struct awsc_pager *pager,
                                                                                      awsc_ec2_describe_verified_access_instance_logging_configurations_cb *cb,
                                                                                      void *user_data,
                                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[122], pg_122_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_item(struct awsc_pager *pager,
                                                                                const struct awsc_ec2_verified_access_instance_logging_configuration **item,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[122], false, item, err);
}

static void pg_122_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instance_logging_configurations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_item_async(struct awsc_pager *pager,
                                                                                      awsc_ec2_describe_verified_access_instance_logging_configurations_item_cb *cb,
                                                                                      void *user_data,
                                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[122], pg_122_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_collect(struct awsc_pager *pager,
                                                                              struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **output,
                                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[122], output, err);
}

int awsc_ec2_describe_verified_access_instances_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_instances_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[123], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instances_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_instances_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[123], page, err);
}

static void pg_123_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_instances_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_instances_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[123], pg_123_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_instance **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[123], false, item, err);
}

static void pg_123_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_instances_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_instances_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[123], pg_123_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_instances_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[123], output, err);
}

int awsc_ec2_describe_verified_access_trust_providers_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_verified_access_trust_providers_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[124], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_verified_access_trust_providers_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[124], page, err);
}

static void pg_124_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_trust_providers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_verified_access_trust_providers_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[124], pg_124_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_verified_access_trust_provider **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[124], false, item, err);
}

static void pg_124_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_trust_providers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_verified_access_trust_providers_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[124], pg_124_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_verified_access_trust_providers_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[124], output, err);
}

int awsc_ec2_describe_volume_status_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_volume_status_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[125], input, options, pager, err);
}

int awsc_ec2_describe_volume_status_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_volume_status_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[125], page, err);
}

static void pg_125_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volume_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volume_status_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_volume_status_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[125], pg_125_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_volume_status_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[125], false, item, err);
}

static void pg_125_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volume_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volume_status_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_volume_status_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[125], pg_125_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_volume_status_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[125], output, err);
}

int awsc_ec2_describe_volumes_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[126], input, options, pager, err);
}

int awsc_ec2_describe_volumes_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_volumes_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[126], page, err);
}

static void pg_126_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volumes_next_page_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_volumes_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[126], pg_126_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_volume **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[126], false, item, err);
}

static void pg_126_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volumes_next_item_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_volumes_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[126], pg_126_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_volumes_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[126], output, err);
}

int awsc_ec2_describe_volumes_modifications_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_volumes_modifications_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[127], input, options, pager, err);
}

int awsc_ec2_describe_volumes_modifications_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_volumes_modifications_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[127], page, err);
}

static void pg_127_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_modifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volumes_modifications_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_volumes_modifications_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[127], pg_127_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_volume_modification **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[127], false, item, err);
}

static void pg_127_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_modifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volumes_modifications_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_volumes_modifications_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[127], pg_127_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_volumes_modifications_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[127], output, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_vpc_classic_link_dns_support_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[128], input, options, pager, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_vpc_classic_link_dns_support_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[128], page, err);
}

static void pg_128_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_classic_link_dns_support_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_vpc_classic_link_dns_support_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[128], pg_128_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_classic_link_dns_support **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[128], false, item, err);
}

static void pg_128_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_classic_link_dns_support_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_vpc_classic_link_dns_support_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[128], pg_128_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_vpc_classic_link_dns_support_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[128], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_vpc_endpoint_connection_notifications_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[129], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[129], page, err);
}

static void pg_129_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connection_notifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_vpc_endpoint_connection_notifications_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[129], pg_129_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_connection_notification **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[129], false, item, err);
}

static void pg_129_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connection_notifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_vpc_endpoint_connection_notifications_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[129], pg_129_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[129], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_vpc_endpoint_connections_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[130], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_vpc_endpoint_connections_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[130], page, err);
}

static void pg_130_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_vpc_endpoint_connections_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[130], pg_130_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_vpc_endpoint_connection **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[130], false, item, err);
}

static void pg_130_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_vpc_endpoint_connections_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[130], pg_130_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_vpc_endpoint_connections_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[130], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_vpc_endpoint_service_configurations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[131], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[131], page, err);
}

static void pg_131_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_configurations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_vpc_endpoint_service_configurations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[131], pg_131_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_service_configuration **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[131], false, item, err);
}

static void pg_131_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_configurations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_vpc_endpoint_service_configurations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[131], pg_131_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[131], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_vpc_endpoint_service_permissions_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[132], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[132], page, err);
}

static void pg_132_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_permissions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_vpc_endpoint_service_permissions_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[132], pg_132_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_allowed_principal **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[132], false, item, err);
}

static void pg_132_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_permissions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_vpc_endpoint_service_permissions_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[132], pg_132_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[132], output, err);
}

int awsc_ec2_describe_vpc_endpoint_services_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_vpc_endpoint_services_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[133], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_endpoint_services_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[133], page, err);
}

static void pg_133_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_services_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_vpc_endpoint_services_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[133], pg_133_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_service_detail **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[133], false, item, err);
}

static void pg_133_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_services_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_vpc_endpoint_services_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[133], pg_133_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_vpc_endpoint_services_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[133], output, err);
}

int awsc_ec2_describe_vpc_endpoints_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_vpc_endpoints_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[134], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoints_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_vpc_endpoints_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[134], page, err);
}

static void pg_134_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoints_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_vpc_endpoints_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[134], pg_134_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_vpc_endpoint **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[134], false, item, err);
}

static void pg_134_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoints_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_vpc_endpoints_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[134], pg_134_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_vpc_endpoints_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[134], output, err);
}

int awsc_ec2_describe_vpc_peering_connections_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[135], input, options, pager, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_vpc_peering_connections_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[135], page, err);
}

static void pg_135_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_peering_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_vpc_peering_connections_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[135], pg_135_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_vpc_peering_connection **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[135], false, item, err);
}

static void pg_135_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_peering_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_vpc_peering_connections_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[135], pg_135_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_peering_connections_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[135], output, err);
}

int awsc_ec2_describe_vpcs_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_vpcs_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[136], input, options, pager, err);
}

int awsc_ec2_describe_vpcs_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_vpcs_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[136], page, err);
}

static void pg_136_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpcs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpcs_next_page_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_vpcs_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[136], pg_136_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_vpc **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[136], false, item, err);
}

static void pg_136_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpcs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpcs_next_item_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_vpcs_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[136], pg_136_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_vpcs_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[136], output, err);
}

int awsc_ec2_describe_vpn_concentrators_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_concentrators_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[137], input, options, pager, err);
}

int awsc_ec2_describe_vpn_concentrators_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_vpn_concentrators_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[137], page, err);
}

static void pg_137_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpn_concentrators_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpn_concentrators_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_vpn_concentrators_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[137], pg_137_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_vpn_concentrator **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[137], false, item, err);
}

static void pg_137_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpn_concentrators_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpn_concentrators_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_vpn_concentrators_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[137], pg_137_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_vpn_concentrators_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[137], output, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_get_associated_ipv6_pool_cidrs_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[138], input, options, pager, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[138], page, err);
}

static void pg_138_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_associated_ipv6_pool_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_get_associated_ipv6_pool_cidrs_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[138], pg_138_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipv6_cidr_association **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[138], false, item, err);
}

static void pg_138_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_associated_ipv6_pool_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_get_associated_ipv6_pool_cidrs_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[138], pg_138_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[138], output, err);
}

int awsc_ec2_get_aws_network_performance_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_aws_network_performance_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[139], input, options, pager, err);
}

int awsc_ec2_get_aws_network_performance_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_aws_network_performance_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[139], page, err);
}

static void pg_139_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_aws_network_performance_data_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_aws_network_performance_data_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_aws_network_performance_data_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[139], pg_139_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_data_response **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[139], false, item, err);
}

static void pg_139_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_aws_network_performance_data_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_aws_network_performance_data_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_aws_network_performance_data_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[139], pg_139_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_aws_network_performance_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[139], output, err);
}

int awsc_ec2_get_capacity_manager_metric_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_capacity_manager_metric_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[140], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_capacity_manager_metric_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[140], page, err);
}

static void pg_140_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_data_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_capacity_manager_metric_data_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[140], pg_140_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_metric_data_result **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[140], false, item, err);
}

static void pg_140_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_data_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_capacity_manager_metric_data_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[140], pg_140_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_capacity_manager_metric_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[140], output, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_capacity_manager_metric_dimensions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[141], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_capacity_manager_metric_dimensions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[141], page, err);
}

static void pg_141_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_dimensions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_capacity_manager_metric_dimensions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[141], pg_141_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_dimension **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[141], false, item, err);
}

static void pg_141_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_dimensions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_capacity_manager_metric_dimensions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[141], pg_141_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_capacity_manager_metric_dimensions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[141], output, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_get_capacity_manager_monitored_tag_keys_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[142], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[142], page, err);
}

static void pg_142_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_monitored_tag_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_get_capacity_manager_monitored_tag_keys_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[142], pg_142_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_capacity_manager_monitored_tag_key **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[142], false, item, err);
}

static void pg_142_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_monitored_tag_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_get_capacity_manager_monitored_tag_keys_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[142], pg_142_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[142], output, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_groups_for_capacity_reservation_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[143], input, options, pager, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_groups_for_capacity_reservation_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[143], page, err);
}

static void pg_143_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_groups_for_capacity_reservation_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_groups_for_capacity_reservation_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[143], pg_143_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_capacity_reservation_group **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[143], false, item, err);
}

static void pg_143_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_groups_for_capacity_reservation_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_groups_for_capacity_reservation_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[143], pg_143_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_groups_for_capacity_reservation_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[143], output, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_instance_types_from_instance_requirements_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[144], input, options, pager, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_instance_types_from_instance_requirements_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[144], page, err);
}

static void pg_144_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_instance_types_from_instance_requirements_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_instance_types_from_instance_requirements_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[144], pg_144_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_instance_type_info_from_instance_requirements **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[144], false, item, err);
}

static void pg_144_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_instance_types_from_instance_requirements_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_instance_types_from_instance_requirements_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[144], pg_144_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_instance_types_from_instance_requirements_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[144], output, err);
}

int awsc_ec2_get_ipam_address_history_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_get_ipam_address_history_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[145], input, options, pager, err);
}

int awsc_ec2_get_ipam_address_history_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_get_ipam_address_history_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[145], page, err);
}

static void pg_145_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_address_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_address_history_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_get_ipam_address_history_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[145], pg_145_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_ipam_address_history_record **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[145], false, item, err);
}

static void pg_145_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_address_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_address_history_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_get_ipam_address_history_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[145], pg_145_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_get_ipam_address_history_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[145], output, err);
}

int awsc_ec2_get_ipam_discovered_accounts_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_get_ipam_discovered_accounts_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[146], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_ipam_discovered_accounts_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[146], page, err);
}

static void pg_146_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_accounts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_get_ipam_discovered_accounts_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[146], pg_146_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_ipam_discovered_account **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[146], false, item, err);
}

static void pg_146_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_accounts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_get_ipam_discovered_accounts_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[146], pg_146_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_get_ipam_discovered_accounts_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[146], output, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_get_ipam_discovered_resource_cidrs_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[147], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[147], page, err);
}

static void pg_147_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_resource_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_get_ipam_discovered_resource_cidrs_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[147], pg_147_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_discovered_resource_cidr **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[147], false, item, err);
}

static void pg_147_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_resource_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_get_ipam_discovered_resource_cidrs_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[147], pg_147_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[147], output, err);
}

int awsc_ec2_get_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_ipam_pool_allocations_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[148], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_ipam_pool_allocations_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[148], page, err);
}

static void pg_148_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_allocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_ipam_pool_allocations_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[148], pg_148_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_ipam_pool_allocation **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[148], false, item, err);
}

static void pg_148_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_allocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_ipam_pool_allocations_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[148], pg_148_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_pool_allocations_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[148], output, err);
}

int awsc_ec2_get_ipam_pool_cidrs_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_get_ipam_pool_cidrs_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[149], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_get_ipam_pool_cidrs_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[149], page, err);
}

static void pg_149_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_get_ipam_pool_cidrs_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[149], pg_149_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool_cidr **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[149], false, item, err);
}

static void pg_149_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_get_ipam_pool_cidrs_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[149], pg_149_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_get_ipam_pool_cidrs_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[149], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_ipam_prefix_list_resolver_rules_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[150], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[150], page, err);
}

static void pg_150_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_ipam_prefix_list_resolver_rules_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[150], pg_150_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver_rule **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[150], false, item, err);
}

static void pg_150_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_ipam_prefix_list_resolver_rules_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[150], pg_150_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[150], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[151], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[151], page, err);
}

static void pg_151_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_version_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_ipam_prefix_list_resolver_version_entries_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[151], pg_151_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_prefix_list_resolver_version_entry **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[151], false, item, err);
}

static void pg_151_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_version_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_ipam_prefix_list_resolver_version_entries_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[151], pg_151_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[151], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_ipam_prefix_list_resolver_versions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[152], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[152], page, err);
}

static void pg_152_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_ipam_prefix_list_resolver_versions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[152], pg_152_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_ipam_prefix_list_resolver_version **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[152], false, item, err);
}

static void pg_152_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_ipam_prefix_list_resolver_versions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[152], pg_152_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[152], output, err);
}

int awsc_ec2_get_ipam_resource_cidrs_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_get_ipam_resource_cidrs_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[153], input, options, pager, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_resource_cidrs_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[153], page, err);
}

static void pg_153_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_resource_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_get_ipam_resource_cidrs_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[153], pg_153_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_ipam_resource_cidr **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[153], false, item, err);
}

static void pg_153_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_resource_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_get_ipam_resource_cidrs_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[153], pg_153_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_get_ipam_resource_cidrs_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[153], output, err);
}

int awsc_ec2_get_managed_prefix_list_associations_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_get_managed_prefix_list_associations_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[154], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_managed_prefix_list_associations_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[154], page, err);
}

static void pg_154_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_get_managed_prefix_list_associations_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[154], pg_154_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_prefix_list_association **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[154], false, item, err);
}

static void pg_154_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_get_managed_prefix_list_associations_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[154], pg_154_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_managed_prefix_list_associations_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[154], output, err);
}

int awsc_ec2_get_managed_prefix_list_entries_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_managed_prefix_list_entries_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[155], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_managed_prefix_list_entries_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[155], page, err);
}

static void pg_155_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_managed_prefix_list_entries_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[155], pg_155_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_prefix_list_entry **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[155], false, item, err);
}

static void pg_155_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_managed_prefix_list_entries_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[155], pg_155_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_managed_prefix_list_entries_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[155], output, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_get_network_insights_access_scope_analysis_findings_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[156], input, options, pager, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[156], page, err);
}

static void pg_156_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_network_insights_access_scope_analysis_findings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_page_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_get_network_insights_access_scope_analysis_findings_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[156], pg_156_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_access_scope_analysis_finding **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[156], false, item, err);
}

static void pg_156_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_network_insights_access_scope_analysis_findings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_item_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_get_network_insights_access_scope_analysis_findings_item_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[156], pg_156_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[156], output, err);
}

int awsc_ec2_get_security_groups_for_vpc_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_get_security_groups_for_vpc_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[157], input, options, pager, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_get_security_groups_for_vpc_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[157], page, err);
}

static void pg_157_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_security_groups_for_vpc_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_get_security_groups_for_vpc_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[157], pg_157_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_security_group_for_vpc **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[157], false, item, err);
}

static void pg_157_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_security_groups_for_vpc_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_get_security_groups_for_vpc_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[157], pg_157_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_security_groups_for_vpc_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[157], output, err);
}

int awsc_ec2_get_spot_placement_scores_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_spot_placement_scores_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[158], input, options, pager, err);
}

int awsc_ec2_get_spot_placement_scores_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_spot_placement_scores_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[158], page, err);
}

static void pg_158_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_spot_placement_scores_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_spot_placement_scores_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_spot_placement_scores_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[158], pg_158_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_spot_placement_score **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[158], false, item, err);
}

static void pg_158_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_spot_placement_scores_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_spot_placement_scores_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_spot_placement_scores_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[158], pg_158_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_spot_placement_scores_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[158], output, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_get_transit_gateway_attachment_propagations_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[159], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_attachment_propagations_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[159], page, err);
}

static void pg_159_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_attachment_propagations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ec2_get_transit_gateway_attachment_propagations_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[159], pg_159_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_transit_gateway_attachment_propagation **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[159], false, item, err);
}

static void pg_159_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_attachment_propagations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ec2_get_transit_gateway_attachment_propagations_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[159], pg_159_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_get_transit_gateway_attachment_propagations_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[159], output, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_paginate(struct awsc_client *client,
                                                                        const struct awsc_ec2_get_transit_gateway_multicast_domain_associations_input *input,
                                                                        const struct awsc_page_options *options,
                                                                        struct awsc_pager **pager,
                                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[160], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_page(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **page,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[160], page, err);
}

static void pg_160_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_multicast_domain_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_page_async(struct awsc_pager *pager,
                                                                               awsc_ec2_get_transit_gateway_multicast_domain_associations_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[160], pg_160_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_item(struct awsc_pager *pager,
                                                                         const struct awsc_ec2_transit_gateway_multicast_domain_association **item,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[160], false, item, err);
}

static void pg_160_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_multicast_domain_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_item_async(struct awsc_pager *pager,
                                                                               awsc_ec2_get_transit_gateway_multicast_domain_associations_item_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[160], pg_160_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_collect(struct awsc_pager *pager,
                                                                       struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **output,
                                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[160], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_transit_gateway_policy_table_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[161], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_transit_gateway_policy_table_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[161], page, err);
}

static void pg_161_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_transit_gateway_policy_table_associations_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[161], pg_161_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_transit_gateway_policy_table_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[161], false, item, err);
}

static void pg_161_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_transit_gateway_policy_table_associations_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[161], pg_161_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_policy_table_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[161], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_get_transit_gateway_policy_table_entries_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[162], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_policy_table_entries_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[162], page, err);
}

static void pg_162_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_get_transit_gateway_policy_table_entries_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[162], pg_162_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_policy_table_entry **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[162], false, item, err);
}

static void pg_162_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_get_transit_gateway_policy_table_entries_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[162], pg_162_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_transit_gateway_policy_table_entries_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[162], output, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_get_transit_gateway_prefix_list_references_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[163], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_prefix_list_references_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[163], page, err);
}

static void pg_163_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_prefix_list_references_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_get_transit_gateway_prefix_list_references_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[163], pg_163_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_prefix_list_reference **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[163], false, item, err);
}

static void pg_163_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_prefix_list_references_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_get_transit_gateway_prefix_list_references_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[163], pg_163_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_prefix_list_references_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[163], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_associations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[164], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_associations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[164], page, err);
}

static void pg_164_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_associations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[164], pg_164_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_association **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[164], false, item, err);
}

static void pg_164_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_associations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[164], pg_164_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_associations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[164], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_propagations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[165], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_propagations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[165], page, err);
}

static void pg_165_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_propagations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_propagations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[165], pg_165_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_propagation **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[165], false, item, err);
}

static void pg_165_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_propagations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_propagations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[165], pg_165_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_propagations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[165], output, err);
}

int awsc_ec2_get_vpn_connection_device_types_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_vpn_connection_device_types_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[166], input, options, pager, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_vpn_connection_device_types_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[166], page, err);
}

static void pg_166_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_vpn_connection_device_types_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_vpn_connection_device_types_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[166], pg_166_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_vpn_connection_device_type **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[166], false, item, err);
}

static void pg_166_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_vpn_connection_device_types_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_vpn_connection_device_types_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[166], pg_166_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_vpn_connection_device_types_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[166], output, err);
}

int awsc_ec2_list_images_in_recycle_bin_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_list_images_in_recycle_bin_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[167], input, options, pager, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_list_images_in_recycle_bin_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[167], page, err);
}

static void pg_167_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_list_images_in_recycle_bin_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_list_images_in_recycle_bin_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[167], pg_167_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_image_recycle_bin_info **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[167], false, item, err);
}

static void pg_167_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_list_images_in_recycle_bin_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_list_images_in_recycle_bin_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[167], pg_167_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_list_images_in_recycle_bin_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[167], output, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_list_snapshots_in_recycle_bin_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[168], input, options, pager, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_list_snapshots_in_recycle_bin_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[168], page, err);
}

static void pg_168_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_list_snapshots_in_recycle_bin_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_list_snapshots_in_recycle_bin_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[168], pg_168_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_recycle_bin_info **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[168], false, item, err);
}

static void pg_168_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_list_snapshots_in_recycle_bin_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_list_snapshots_in_recycle_bin_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[168], pg_168_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_list_snapshots_in_recycle_bin_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[168], output, err);
}

int awsc_ec2_search_local_gateway_routes_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_search_local_gateway_routes_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[169], input, options, pager, err);
}

int awsc_ec2_search_local_gateway_routes_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_local_gateway_routes_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[169], page, err);
}

static void pg_169_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_local_gateway_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_local_gateway_routes_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_search_local_gateway_routes_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[169], pg_169_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_local_gateway_route **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[169], false, item, err);
}

static void pg_169_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_local_gateway_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_local_gateway_routes_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_search_local_gateway_routes_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[169], pg_169_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_search_local_gateway_routes_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[169], output, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_search_transit_gateway_multicast_groups_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[170], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_search_transit_gateway_multicast_groups_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[170], page, err);
}

static void pg_170_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_multicast_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_search_transit_gateway_multicast_groups_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[170], pg_170_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_transit_gateway_multicast_group **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[170], false, item, err);
}

static void pg_170_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_multicast_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_search_transit_gateway_multicast_groups_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[170], pg_170_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_search_transit_gateway_multicast_groups_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[170], output, err);
}

int awsc_ec2_search_transit_gateway_routes_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_search_transit_gateway_routes_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[171], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_routes_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_search_transit_gateway_routes_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[171], page, err);
}

static void pg_171_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_transit_gateway_routes_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_search_transit_gateway_routes_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[171], pg_171_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_transit_gateway_route **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[171], false, item, err);
}

static void pg_171_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_transit_gateway_routes_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_search_transit_gateway_routes_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[171], pg_171_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_transit_gateway_routes_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[171], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_ec2_wait_bundle_task_complete(struct awsc_client *client,
                                       const struct awsc_ec2_describe_bundle_tasks_input *input,
                                       const struct awsc_wait_options *options,
                                       struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_ec2_wait_bundle_task_complete_async(struct awsc_client *client,
                                             const struct awsc_ec2_describe_bundle_tasks_input *input,
                                             const struct awsc_wait_options *options,
                                             awsc_wait_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_cancelled(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_ec2_wait_conversion_task_cancelled_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_completed(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_ec2_wait_conversion_task_completed_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_deleted(struct awsc_client *client,
                                          const struct awsc_ec2_describe_conversion_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_ec2_wait_conversion_task_deleted_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_ec2_wait_customer_gateway_available(struct awsc_client *client,
                                             const struct awsc_ec2_describe_customer_gateways_input *input,
                                             const struct awsc_wait_options *options,
                                             struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_ec2_wait_customer_gateway_available_async(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_customer_gateways_input *input,
                                                   const struct awsc_wait_options *options,
                                                   awsc_wait_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_cancelled(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_ec2_wait_export_task_cancelled_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_completed(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[6], input, options, err);
}

int awsc_ec2_wait_export_task_completed_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[6], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_available(struct awsc_client *client,
                                  const struct awsc_ec2_describe_images_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[7], input, options, err);
}

int awsc_ec2_wait_image_available_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_images_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[7], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_exists(struct awsc_client *client,
                               const struct awsc_ec2_describe_images_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[8], input, options, err);
}

int awsc_ec2_wait_image_exists_async(struct awsc_client *client,
                                     const struct awsc_ec2_describe_images_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[8], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_usage_report_available(struct awsc_client *client,
                                               const struct awsc_ec2_describe_image_usage_reports_input *input,
                                               const struct awsc_wait_options *options,
                                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[9], input, options, err);
}

int awsc_ec2_wait_image_usage_report_available_async(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                     const struct awsc_wait_options *options,
                                                     awsc_wait_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[9], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_instances_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[10], input, options, err);
}

int awsc_ec2_wait_instance_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_instances_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[10], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_running(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[11], input, options, err);
}

int awsc_ec2_wait_instance_running_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[11], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_status_ok(struct awsc_client *client,
                                     const struct awsc_ec2_describe_instance_status_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[12], input, options, err);
}

int awsc_ec2_wait_instance_status_ok_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_instance_status_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[12], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_stopped(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[13], input, options, err);
}

int awsc_ec2_wait_instance_stopped_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[13], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_terminated(struct awsc_client *client,
                                      const struct awsc_ec2_describe_instances_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[14], input, options, err);
}

int awsc_ec2_wait_instance_terminated_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_instances_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[14], input, options, cb, user_data, err);
}

int awsc_ec2_wait_internet_gateway_exists(struct awsc_client *client,
                                          const struct awsc_ec2_describe_internet_gateways_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[15], input, options, err);
}

int awsc_ec2_wait_internet_gateway_exists_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_internet_gateways_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[15], input, options, cb, user_data, err);
}

int awsc_ec2_wait_key_pair_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_key_pairs_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[16], input, options, err);
}

int awsc_ec2_wait_key_pair_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_key_pairs_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[16], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_available(struct awsc_client *client,
                                        const struct awsc_ec2_describe_nat_gateways_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[17], input, options, err);
}

int awsc_ec2_wait_nat_gateway_available_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_nat_gateways_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[17], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_deleted(struct awsc_client *client,
                                      const struct awsc_ec2_describe_nat_gateways_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[18], input, options, err);
}

int awsc_ec2_wait_nat_gateway_deleted_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[18], input, options, cb, user_data, err);
}

int awsc_ec2_wait_network_interface_available(struct awsc_client *client,
                                              const struct awsc_ec2_describe_network_interfaces_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[19], input, options, err);
}

int awsc_ec2_wait_network_interface_available_async(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_network_interfaces_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[19], input, options, cb, user_data, err);
}

int awsc_ec2_wait_password_data_available(struct awsc_client *client,
                                          const struct awsc_ec2_get_password_data_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[20], input, options, err);
}

int awsc_ec2_wait_password_data_available_async(struct awsc_client *client,
                                                const struct awsc_ec2_get_password_data_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[20], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_create_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[21], input, options, err);
}

int awsc_ec2_wait_secondary_network_create_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[21], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_delete_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[22], input, options, err);
}

int awsc_ec2_wait_secondary_network_delete_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[22], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[23], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[23], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[24], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[24], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_exists(struct awsc_client *client,
                                        const struct awsc_ec2_describe_security_groups_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[25], input, options, err);
}

int awsc_ec2_wait_security_group_exists_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_security_groups_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[25], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[26], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated_async(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[26], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_wait_options *options,
                                                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[27], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated_async(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                     const struct awsc_wait_options *options,
                                                                     awsc_wait_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[27], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_completed(struct awsc_client *client,
                                     const struct awsc_ec2_describe_snapshots_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[28], input, options, err);
}

int awsc_ec2_wait_snapshot_completed_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_snapshots_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[28], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_imported(struct awsc_client *client,
                                    const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[29], input, options, err);
}

int awsc_ec2_wait_snapshot_imported_async(struct awsc_client *client,
                                          const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[29], input, options, cb, user_data, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                  const struct awsc_wait_options *options,
                                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[30], input, options, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled_async(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                        const struct awsc_wait_options *options,
                                                        awsc_wait_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[30], input, options, cb, user_data, err);
}

int awsc_ec2_wait_store_image_task_complete(struct awsc_client *client,
                                            const struct awsc_ec2_describe_store_image_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[31], input, options, err);
}

int awsc_ec2_wait_store_image_task_complete_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[31], input, options, cb, user_data, err);
}

int awsc_ec2_wait_subnet_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_subnets_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[32], input, options, err);
}

int awsc_ec2_wait_subnet_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_subnets_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[32], input, options, cb, user_data, err);
}

int awsc_ec2_wait_system_status_ok(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instance_status_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[33], input, options, err);
}

int awsc_ec2_wait_system_status_ok_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instance_status_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[33], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_volumes_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[34], input, options, err);
}

int awsc_ec2_wait_volume_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_volumes_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[34], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_deleted(struct awsc_client *client,
                                 const struct awsc_ec2_describe_volumes_input *input,
                                 const struct awsc_wait_options *options,
                                 struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[35], input, options, err);
}

int awsc_ec2_wait_volume_deleted_async(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_wait_options *options,
                                       awsc_wait_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[35], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_in_use(struct awsc_client *client,
                                const struct awsc_ec2_describe_volumes_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[36], input, options, err);
}

int awsc_ec2_wait_volume_in_use_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_volumes_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[36], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_available(struct awsc_client *client,
                                const struct awsc_ec2_describe_vpcs_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[37], input, options, err);
}

int awsc_ec2_wait_vpc_available_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_vpcs_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[37], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_exists(struct awsc_client *client,
                             const struct awsc_ec2_describe_vpcs_input *input,
                             const struct awsc_wait_options *options,
                             struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[38], input, options, err);
}

int awsc_ec2_wait_vpc_exists_async(struct awsc_client *client,
                                   const struct awsc_ec2_describe_vpcs_input *input,
                                   const struct awsc_wait_options *options,
                                   awsc_wait_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[38], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[39], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted_async(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[39], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists(struct awsc_client *client,
                                                const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[40], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists_async(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[40], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_available(struct awsc_client *client,
                                           const struct awsc_ec2_describe_vpn_connections_input *input,
                                           const struct awsc_wait_options *options,
                                           struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[41], input, options, err);
}

int awsc_ec2_wait_vpn_connection_available_async(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 awsc_wait_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[41], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_deleted(struct awsc_client *client,
                                         const struct awsc_ec2_describe_vpn_connections_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[42], input, options, err);
}

int awsc_ec2_wait_vpn_connection_deleted_async(struct awsc_client *client,
                                               const struct awsc_ec2_describe_vpn_connections_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[42], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
