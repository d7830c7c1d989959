/*
 * ssm_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of SSM, whose
 * descriptors are in ssm_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SSM_TABLES
#define AWSC__SSM_TABLES

/* The endpoint rule set of ssm: a part of the service's tables. */
struct awsc__ssm_rules {
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
 * SSM, in one object. */
struct awsc__ssm_tables {
    struct awsc_service service;
    struct awsc_operation operations[152];
    awsc_ref op_errors[577];
    awsc_ref service_errors[140];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__ssm_pagers pagers; /* <awsc/ssm.h> */
#endif
    struct awsc__ssm_rules rules;
    struct awsc_structure_shape structures[621];
    struct awsc_collection_shape collections[203];
    struct awsc_enum_shape enums[102];
    struct awsc_shape scalars[414];
    struct awsc_shape_traits traits[492];
    struct awsc_member members[2238];
    uint16_t by_wire_name[2238];
    struct awsc_range ranges[352];
    char strings[22644];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[27799];
#endif
};
extern const struct awsc__ssm_tables awsc__ssm_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (ssm_tables.c). */
#define PAGERS awsc__ssm_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_ssm_describe_activations_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_describe_activations_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_ssm_describe_activations_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_describe_activations_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_activations_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_describe_activations_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_activation **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_activations_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_describe_activations_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_activations_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_ssm_describe_association_execution_targets_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_ssm_describe_association_execution_targets_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_association_execution_targets_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_association_execution_targets_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_association_execution_targets_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_association_execution_target **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_association_execution_targets_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_association_execution_targets_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_association_execution_targets_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_ssm_describe_association_executions_paginate(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_association_executions_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_ssm_describe_association_executions_next_page(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_association_executions_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_association_executions_next_page_async(struct awsc_pager *pager,
                                                             awsc_ssm_describe_association_executions_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ssm_association_execution **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_association_executions_next_item_async(struct awsc_pager *pager,
                                                             awsc_ssm_describe_association_executions_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_collect(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_association_executions_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_ssm_describe_automation_executions_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_automation_executions_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_ssm_describe_automation_executions_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_automation_executions_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_automation_executions_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_automation_executions_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_automation_execution_metadata **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_automation_executions_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_automation_executions_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_automation_executions_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_ssm_describe_automation_step_executions_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_ssm_describe_automation_step_executions_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_automation_step_executions_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_automation_step_executions_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_automation_step_executions_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_step_execution **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_automation_step_executions_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_automation_step_executions_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_automation_step_executions_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_ssm_describe_available_patches_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_available_patches_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_ssm_describe_available_patches_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_available_patches_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_available_patches_next_page_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_available_patches_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_patch **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_available_patches_next_item_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_available_patches_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_available_patches_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_ssm_describe_effective_instance_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_ssm_describe_effective_instance_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ssm_describe_effective_instance_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_effective_instance_associations_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ssm_instance_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_effective_instance_associations_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_effective_instance_associations_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_paginate(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ssm_effective_patch **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_collect(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_ssm_describe_instance_associations_status_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_ssm_describe_instance_associations_status_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_instance_associations_status_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_associations_status_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_associations_status_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_instance_association_status_info **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_associations_status_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_associations_status_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_instance_associations_status_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_ssm_describe_instance_information_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_instance_information_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_ssm_describe_instance_information_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_instance_information_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_information_next_page_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_instance_information_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_instance_information **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_information_next_item_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_instance_information_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_describe_instance_information_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_ssm_describe_instance_patch_states_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_instance_patch_states_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patch_states_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_instance_patch_states_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_instance_patch_state **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patch_states_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_instance_patch_states_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_patch_states_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_paginate(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ssm_instance_patch_state **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_collect(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_ssm_describe_instance_patches_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_patches_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_ssm_describe_instance_patches_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_instance_patches_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patches_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_instance_patches_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_patch_compliance_data **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patches_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_instance_patches_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_instance_patches_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_ssm_describe_instance_properties_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_properties_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_ssm_describe_instance_properties_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_properties_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_properties_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_instance_properties_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_instance_property **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_properties_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_instance_properties_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_instance_properties_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_ssm_describe_inventory_deletions_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_ssm_describe_inventory_deletions_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_inventory_deletions_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_inventory_deletions_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_inventory_deletions_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_inventory_deletion_status_item **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_inventory_deletions_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_inventory_deletions_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_inventory_deletions_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_paginate(struct awsc_client *client,
                                                                             const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                             const struct awsc_page_options *options,
                                                                             struct awsc_pager **pager,
                                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page(struct awsc_pager *pager,
                                                                              struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **page,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item(struct awsc_pager *pager,
                                                                              const struct awsc_ssm_maintenance_window_execution_task_invocation_identity **item,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_collect(struct awsc_pager *pager,
                                                                            struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_paginate(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_maintenance_window_execution_tasks_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ssm_maintenance_window_execution_task_identity **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ssm_describe_maintenance_window_execution_tasks_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_collect(struct awsc_pager *pager,
                                                                 struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_ssm_describe_maintenance_window_executions_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_maintenance_window_executions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_maintenance_window_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_maintenance_window_executions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_ssm_describe_maintenance_window_schedule_paginate(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_page(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_schedule_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ssm_scheduled_window_execution **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ssm_describe_maintenance_window_schedule_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_collect(struct awsc_pager *pager,
                                                          struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_ssm_describe_maintenance_window_targets_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_maintenance_window_targets_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_maintenance_window_target **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_maintenance_window_targets_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_ssm_describe_maintenance_window_tasks_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_tasks_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_page_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_maintenance_window_task **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], false, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_item_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_maintenance_window_tasks_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_ssm_describe_maintenance_windows_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_maintenance_windows_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_windows_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_maintenance_windows_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_maintenance_window_identity **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_windows_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_maintenance_windows_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_maintenance_windows_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_paginate(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_page(struct awsc_pager *pager,
                                                               struct awsc_ssm_describe_maintenance_windows_for_target_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ssm_maintenance_window_identity_for_target **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_maintenance_windows_for_target_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_collect(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_ssm_describe_ops_items_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_describe_ops_items_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_ssm_describe_ops_items_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_ops_items_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_ops_items_next_page_async(struct awsc_pager *pager,
                                                awsc_ssm_describe_ops_items_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_ops_item_summary **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_ops_items_next_item_async(struct awsc_pager *pager,
                                                awsc_ssm_describe_ops_items_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_describe_ops_items_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_ssm_describe_parameters_paginate(struct awsc_client *client,
                                          const struct awsc_ssm_describe_parameters_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_ssm_describe_parameters_next_page(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_parameters_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_parameters_next_page_async(struct awsc_pager *pager,
                                                 awsc_ssm_describe_parameters_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_next_item(struct awsc_pager *pager,
                                           const struct awsc_ssm_parameter_metadata **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_parameters_next_item_async(struct awsc_pager *pager,
                                                 awsc_ssm_describe_parameters_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_collect(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_parameters_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_ssm_describe_patch_baselines_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_describe_patch_baselines_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_ssm_describe_patch_baselines_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_patch_baselines_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_baselines_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_describe_patch_baselines_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_patch_baseline_identity **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_baselines_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_describe_patch_baselines_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_describe_patch_baselines_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_ssm_describe_patch_groups_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_groups_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_ssm_describe_patch_groups_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_describe_patch_groups_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_groups_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_describe_patch_groups_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_patch_group_patch_baseline_mapping **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_groups_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_describe_patch_groups_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_patch_groups_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_ssm_describe_patch_properties_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_patch_properties_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_ssm_describe_patch_properties_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_patch_properties_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_properties_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_patch_properties_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_normal_string_map **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_properties_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_patch_properties_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_patch_properties_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_ssm_describe_sessions_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_describe_sessions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_ssm_describe_sessions_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_sessions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_sessions_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_describe_sessions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_session **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], false, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_sessions_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_describe_sessions_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_describe_sessions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_ssm_get_inventory_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_get_inventory_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_ssm_get_inventory_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_get_inventory_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_inventory_next_page_async(struct awsc_pager *pager,
                                           awsc_ssm_get_inventory_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_inventory_result_entity **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_inventory_next_item_async(struct awsc_pager *pager,
                                           awsc_ssm_get_inventory_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_get_inventory_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_ssm_get_inventory_schema_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_get_inventory_schema_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_ssm_get_inventory_schema_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_get_inventory_schema_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_inventory_schema_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_get_inventory_schema_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_inventory_item_schema **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_inventory_schema_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_get_inventory_schema_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_get_inventory_schema_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_ssm_get_ops_summary_paginate(struct awsc_client *client,
                                      const struct awsc_ssm_get_ops_summary_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_ssm_get_ops_summary_next_page(struct awsc_pager *pager,
                                       struct awsc_ssm_get_ops_summary_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_ops_summary_next_page_async(struct awsc_pager *pager,
                                             awsc_ssm_get_ops_summary_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_next_item(struct awsc_pager *pager,
                                       const struct awsc_ssm_ops_entity **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_ops_summary_next_item_async(struct awsc_pager *pager,
                                             awsc_ssm_get_ops_summary_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_collect(struct awsc_pager *pager,
                                     struct awsc_ssm_get_ops_summary_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_ssm_get_parameter_history_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_parameter_history_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_ssm_get_parameter_history_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_parameter_history_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_parameter_history_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_parameter_history_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_parameter_history **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_parameter_history_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_parameter_history_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_parameter_history_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_ssm_get_parameters_by_path_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_get_parameters_by_path_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_ssm_get_parameters_by_path_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_get_parameters_by_path_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_parameters_by_path_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_parameters_by_path_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_parameter **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_parameters_by_path_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_parameters_by_path_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_get_parameters_by_path_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}

int awsc_ssm_get_resource_policies_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_resource_policies_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[34], input, options, pager, err);
}

int awsc_ssm_get_resource_policies_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_resource_policies_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[34], page, err);
}

static void pg_34_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_resource_policies_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_resource_policies_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_get_resource_policies_response_entry **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[34], false, item, err);
}

static void pg_34_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_resource_policies_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_resource_policies_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_resource_policies_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[34], output, err);
}

int awsc_ssm_list_association_versions_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_association_versions_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[35], input, options, pager, err);
}

int awsc_ssm_list_association_versions_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_association_versions_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[35], page, err);
}

static void pg_35_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_association_versions_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_association_versions_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_association_version_info **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[35], false, item, err);
}

static void pg_35_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_association_versions_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_association_versions_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_association_versions_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[35], output, err);
}

int awsc_ssm_list_associations_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_associations_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[36], input, options, pager, err);
}

int awsc_ssm_list_associations_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_associations_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[36], page, err);
}

static void pg_36_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_associations_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_list_associations_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_association **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[36], false, item, err);
}

static void pg_36_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_associations_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_list_associations_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_associations_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[36], output, err);
}

int awsc_ssm_list_cloud_connectors_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_cloud_connectors_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[37], input, options, pager, err);
}

int awsc_ssm_list_cloud_connectors_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_cloud_connectors_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[37], page, err);
}

static void pg_37_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_cloud_connectors_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_cloud_connectors_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_cloud_connector_summary **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[37], false, item, err);
}

static void pg_37_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_cloud_connectors_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_cloud_connectors_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_cloud_connectors_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[37], output, err);
}

int awsc_ssm_list_command_invocations_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_list_command_invocations_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[38], input, options, pager, err);
}

int awsc_ssm_list_command_invocations_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_list_command_invocations_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[38], page, err);
}

static void pg_38_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_command_invocations_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_list_command_invocations_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_command_invocation **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[38], false, item, err);
}

static void pg_38_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_command_invocations_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_list_command_invocations_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_list_command_invocations_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[38], output, err);
}

int awsc_ssm_list_commands_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_list_commands_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[39], input, options, pager, err);
}

int awsc_ssm_list_commands_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_list_commands_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[39], page, err);
}

static void pg_39_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_commands_next_page_async(struct awsc_pager *pager,
                                           awsc_ssm_list_commands_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_command **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[39], false, item, err);
}

static void pg_39_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_commands_next_item_async(struct awsc_pager *pager,
                                           awsc_ssm_list_commands_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_list_commands_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[39], output, err);
}

int awsc_ssm_list_compliance_items_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_compliance_items_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[40], input, options, pager, err);
}

int awsc_ssm_list_compliance_items_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_compliance_items_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[40], page, err);
}

static void pg_40_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_compliance_items_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_compliance_items_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_compliance_item **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[40], false, item, err);
}

static void pg_40_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_compliance_items_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_compliance_items_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_compliance_items_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[40], output, err);
}

int awsc_ssm_list_compliance_summaries_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_compliance_summaries_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[41], input, options, pager, err);
}

int awsc_ssm_list_compliance_summaries_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_compliance_summaries_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[41], page, err);
}

static void pg_41_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_compliance_summaries_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_compliance_summary_item **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[41], false, item, err);
}

static void pg_41_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_compliance_summaries_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_compliance_summaries_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[41], output, err);
}

int awsc_ssm_list_document_versions_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_list_document_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[42], input, options, pager, err);
}

int awsc_ssm_list_document_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_list_document_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[42], page, err);
}

static void pg_42_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_document_versions_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_document_versions_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_document_version_info **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[42], false, item, err);
}

static void pg_42_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_document_versions_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_document_versions_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_list_document_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[42], output, err);
}

int awsc_ssm_list_documents_paginate(struct awsc_client *client,
                                     const struct awsc_ssm_list_documents_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[43], input, options, pager, err);
}

int awsc_ssm_list_documents_next_page(struct awsc_pager *pager,
                                      struct awsc_ssm_list_documents_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[43], page, err);
}

static void pg_43_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_documents_next_page_async(struct awsc_pager *pager,
                                            awsc_ssm_list_documents_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_next_item(struct awsc_pager *pager,
                                      const struct awsc_ssm_document_identifier **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[43], false, item, err);
}

static void pg_43_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_documents_next_item_async(struct awsc_pager *pager,
                                            awsc_ssm_list_documents_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_collect(struct awsc_pager *pager,
                                    struct awsc_ssm_list_documents_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[43], output, err);
}

int awsc_ssm_list_nodes_paginate(struct awsc_client *client,
                                 const struct awsc_ssm_list_nodes_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[44], input, options, pager, err);
}

int awsc_ssm_list_nodes_next_page(struct awsc_pager *pager,
                                  struct awsc_ssm_list_nodes_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[44], page, err);
}

static void pg_44_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_nodes_next_page_async(struct awsc_pager *pager,
                                        awsc_ssm_list_nodes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_next_item(struct awsc_pager *pager,
                                  const struct awsc_ssm_node **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[44], false, item, err);
}

static void pg_44_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_nodes_next_item_async(struct awsc_pager *pager,
                                        awsc_ssm_list_nodes_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_collect(struct awsc_pager *pager,
                                struct awsc_ssm_list_nodes_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[44], output, err);
}

int awsc_ssm_list_nodes_summary_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_list_nodes_summary_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[45], input, options, pager, err);
}

int awsc_ssm_list_nodes_summary_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_list_nodes_summary_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[45], page, err);
}

static void pg_45_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_nodes_summary_next_page_async(struct awsc_pager *pager,
                                                awsc_ssm_list_nodes_summary_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_normal_string_map **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[45], false, item, err);
}

static void pg_45_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_nodes_summary_next_item_async(struct awsc_pager *pager,
                                                awsc_ssm_list_nodes_summary_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_list_nodes_summary_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[45], output, err);
}

int awsc_ssm_list_ops_item_events_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_list_ops_item_events_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[46], input, options, pager, err);
}

int awsc_ssm_list_ops_item_events_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_list_ops_item_events_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[46], page, err);
}

static void pg_46_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_item_events_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_list_ops_item_events_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_ops_item_event_summary **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[46], false, item, err);
}

static void pg_46_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_item_events_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_list_ops_item_events_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_list_ops_item_events_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[46], output, err);
}

int awsc_ssm_list_ops_item_related_items_paginate(struct awsc_client *client,
                                                  const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[47], input, options, pager, err);
}

int awsc_ssm_list_ops_item_related_items_next_page(struct awsc_pager *pager,
                                                   struct awsc_ssm_list_ops_item_related_items_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[47], page, err);
}

static void pg_47_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_item_related_items_next_page_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_ops_item_related_items_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ssm_ops_item_related_item_summary **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[47], false, item, err);
}

static void pg_47_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_item_related_items_next_item_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_ops_item_related_items_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_collect(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_ops_item_related_items_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[47], output, err);
}

int awsc_ssm_list_ops_metadata_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_metadata_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[48], input, options, pager, err);
}

int awsc_ssm_list_ops_metadata_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_ops_metadata_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[48], page, err);
}

static void pg_48_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_metadata_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_list_ops_metadata_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_ops_metadata **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[48], false, item, err);
}

static void pg_48_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_metadata_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_list_ops_metadata_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_ops_metadata_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[48], output, err);
}

int awsc_ssm_list_resource_compliance_summaries_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[49], input, options, pager, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_resource_compliance_summaries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[49], page, err);
}

static void pg_49_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_resource_compliance_summary_item **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[49], false, item, err);
}

static void pg_49_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_resource_compliance_summaries_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[49], output, err);
}

int awsc_ssm_list_resource_data_sync_paginate(struct awsc_client *client,
                                              const struct awsc_ssm_list_resource_data_sync_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[50], input, options, pager, err);
}

int awsc_ssm_list_resource_data_sync_next_page(struct awsc_pager *pager,
                                               struct awsc_ssm_list_resource_data_sync_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[50], page, err);
}

static void pg_50_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_resource_data_sync_next_page_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_resource_data_sync_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_next_item(struct awsc_pager *pager,
                                               const struct awsc_ssm_resource_data_sync_item **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[50], false, item, err);
}

static void pg_50_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_resource_data_sync_next_item_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_resource_data_sync_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_collect(struct awsc_pager *pager,
                                             struct awsc_ssm_list_resource_data_sync_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[50], output, err);
}

int awsc_ssm_validate_cloud_connector_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_validate_cloud_connector_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[51], input, options, pager, err);
}

int awsc_ssm_validate_cloud_connector_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_validate_cloud_connector_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[51], page, err);
}

static void pg_51_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_validate_cloud_connector_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_validate_cloud_connector_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_validation_finding **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[51], false, item, err);
}

static void pg_51_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_validate_cloud_connector_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_validate_cloud_connector_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_validate_cloud_connector_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[51], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_ssm_wait_command_executed(struct awsc_client *client,
                                   const struct awsc_ssm_get_command_invocation_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_ssm_wait_command_executed_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_command_invocation_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
