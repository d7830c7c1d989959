/*
 * iam_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of IAM, whose
 * descriptors are in iam_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/iam.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__IAM_TABLES
#define AWSC__IAM_TABLES

/* The endpoint rule set of iam: a part of the service's tables. */
struct awsc__iam_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[54];
    struct awsc_ep_expr exprs[92];
    uint16_t args[150];
    struct awsc_ep_endpoint endpoints[35];
    struct awsc_ep_prop props[45];
    char strings[1602];
};
/* The service, its operations and every shape, member and name of
 * IAM, in one object. */
struct awsc__iam_tables {
    struct awsc_service service;
    struct awsc_operation operations[176];
    awsc_ref op_errors[583];
    awsc_ref service_errors[35];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__iam_pagers pagers; /* <awsc/iam.h> */
#endif
    struct awsc__iam_rules rules;
    struct awsc_structure_shape structures[356];
    struct awsc_collection_shape collections[61];
    struct awsc_enum_shape enums[29];
    struct awsc_shape scalars[133];
    struct awsc_shape_traits traits[119];
    struct awsc_member members[964];
    struct awsc_range ranges[84];
    char strings[14270];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[13214];
#endif
};
extern const struct awsc__iam_tables awsc__iam_tables AWSC__HIDDEN;
#endif

/* The paginators and waiters are in the service's tables object
 * (iam_tables.c). */
#define PAGERS awsc__iam_tables.pagers

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_iam_get_account_authorization_details_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_get_account_authorization_details_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_iam_get_account_authorization_details_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_get_account_authorization_details_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_account_authorization_details_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_user_detail **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_account_authorization_details_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_get_account_authorization_details_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_iam_get_group_paginate(struct awsc_client *client,
                                const struct awsc_iam_get_group_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_iam_get_group_next_page(struct awsc_pager *pager,
                                 struct awsc_iam_get_group_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_group_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_group_next_page_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_next_item(struct awsc_pager *pager,
                                 const struct awsc_iam_user **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_group_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_group_next_item_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_collect(struct awsc_pager *pager,
                               struct awsc_iam_get_group_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_iam_list_access_keys_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_access_keys_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_iam_list_access_keys_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_access_keys_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_access_keys_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_access_key_metadata **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_access_keys_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_access_keys_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_iam_list_account_aliases_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_account_aliases_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_iam_list_account_aliases_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_account_aliases_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_account_aliases_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_next_item(struct awsc_pager *pager,
                                            const char **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], true, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_account_aliases_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_account_aliases_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_iam_list_attached_group_policies_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_attached_group_policies_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_iam_list_attached_group_policies_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_attached_group_policies_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_group_policies_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_attached_policy **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_group_policies_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_attached_group_policies_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_iam_list_attached_role_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_role_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_iam_list_attached_role_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_role_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_role_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_role_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_role_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_iam_list_attached_user_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_user_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_iam_list_attached_user_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_user_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_user_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_user_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_user_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_iam_list_entities_for_policy_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_entities_for_policy_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_iam_list_entities_for_policy_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_entities_for_policy_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_entities_for_policy_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_policy_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_entities_for_policy_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_entities_for_policy_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_iam_list_group_policies_paginate(struct awsc_client *client,
                                          const struct awsc_iam_list_group_policies_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_iam_list_group_policies_next_page(struct awsc_pager *pager,
                                           struct awsc_iam_list_group_policies_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_group_policies_next_page_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_next_item(struct awsc_pager *pager,
                                           const char **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], true, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_group_policies_next_item_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_collect(struct awsc_pager *pager,
                                         struct awsc_iam_list_group_policies_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_iam_list_groups_paginate(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_iam_list_groups_next_page(struct awsc_pager *pager,
                                   struct awsc_iam_list_groups_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_next_page_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_next_item(struct awsc_pager *pager,
                                   const struct awsc_iam_group **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_next_item_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_collect(struct awsc_pager *pager,
                                 struct awsc_iam_list_groups_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_iam_list_groups_for_user_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_groups_for_user_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_iam_list_groups_for_user_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_groups_for_user_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_for_user_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_group **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_for_user_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_groups_for_user_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_iam_list_instance_profile_tags_paginate(struct awsc_client *client,
                                                 const struct awsc_iam_list_instance_profile_tags_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_iam_list_instance_profile_tags_next_page(struct awsc_pager *pager,
                                                  struct awsc_iam_list_instance_profile_tags_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profile_tags_next_page_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_next_item(struct awsc_pager *pager,
                                                  const struct awsc_iam_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profile_tags_next_item_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_collect(struct awsc_pager *pager,
                                                struct awsc_iam_list_instance_profile_tags_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_iam_list_instance_profiles_paginate(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_list_instance_profiles_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_instance_profile **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_collect(struct awsc_pager *pager,
                                            struct awsc_iam_list_instance_profiles_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_iam_list_instance_profiles_for_role_paginate(struct awsc_client *client,
                                                      const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page(struct awsc_pager *pager,
                                                       struct awsc_iam_list_instance_profiles_for_role_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item(struct awsc_pager *pager,
                                                       const struct awsc_iam_instance_profile **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_collect(struct awsc_pager *pager,
                                                     struct awsc_iam_list_instance_profiles_for_role_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_iam_list_mfa_device_tags_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_mfa_device_tags_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_iam_list_mfa_device_tags_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_mfa_device_tags_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_device_tags_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_tag **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_device_tags_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_mfa_device_tags_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_iam_list_mfa_devices_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_mfa_devices_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_iam_list_mfa_devices_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_mfa_devices_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_devices_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_mfa_device **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_devices_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_mfa_devices_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_iam_list_open_id_connect_provider_tags_paginate(struct awsc_client *client,
                                                         const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page(struct awsc_pager *pager,
                                                          struct awsc_iam_list_open_id_connect_provider_tags_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item(struct awsc_pager *pager,
                                                          const struct awsc_iam_tag **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_collect(struct awsc_pager *pager,
                                                        struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_iam_list_policies_paginate(struct awsc_client *client,
                                    const struct awsc_iam_list_policies_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_iam_list_policies_next_page(struct awsc_pager *pager,
                                     struct awsc_iam_list_policies_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policies_next_page_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_next_item(struct awsc_pager *pager,
                                     const struct awsc_iam_policy **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policies_next_item_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_collect(struct awsc_pager *pager,
                                   struct awsc_iam_list_policies_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_iam_list_policy_tags_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_policy_tags_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_iam_list_policy_tags_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_policy_tags_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_tags_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_tag **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_tags_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_policy_tags_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_iam_list_policy_versions_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_policy_versions_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_iam_list_policy_versions_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_policy_versions_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_versions_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_policy_version **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_versions_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_policy_versions_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_iam_list_role_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_role_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_iam_list_role_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_role_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], true, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_role_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_role_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_iam_list_role_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_role_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_iam_list_role_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_role_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_role_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_role_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_iam_list_roles_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_roles_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_iam_list_roles_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_roles_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_roles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_roles_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_role **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_roles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_roles_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_roles_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_iam_list_saml_provider_tags_paginate(struct awsc_client *client,
                                              const struct awsc_iam_list_saml_provider_tags_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_iam_list_saml_provider_tags_next_page(struct awsc_pager *pager,
                                               struct awsc_iam_list_saml_provider_tags_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_saml_provider_tags_next_page_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_next_item(struct awsc_pager *pager,
                                               const struct awsc_iam_tag **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_saml_provider_tags_next_item_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_collect(struct awsc_pager *pager,
                                             struct awsc_iam_list_saml_provider_tags_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_iam_list_ssh_public_keys_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_ssh_public_keys_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_iam_list_ssh_public_keys_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_ssh_public_keys_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_ssh_public_keys_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_ssh_public_key_metadata **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_ssh_public_keys_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_ssh_public_keys_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_iam_list_server_certificate_tags_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_server_certificate_tags_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_iam_list_server_certificate_tags_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_server_certificate_tags_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificate_tags_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_tag **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificate_tags_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_server_certificate_tags_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_iam_list_server_certificates_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_server_certificates_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_iam_list_server_certificates_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_server_certificates_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificates_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_server_certificate_metadata **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificates_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_server_certificates_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_iam_list_signing_certificates_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_signing_certificates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_iam_list_signing_certificates_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_signing_certificates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_signing_certificates_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_signing_certificate **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_signing_certificates_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_signing_certificates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_iam_list_user_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_user_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_iam_list_user_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_user_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], true, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_user_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_user_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_iam_list_user_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_user_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_iam_list_user_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_user_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_user_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_user_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_iam_list_users_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_users_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_iam_list_users_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_users_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_users_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_users_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_user **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_users_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_users_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_users_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_iam_list_virtual_mfa_devices_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_virtual_mfa_devices_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_virtual_mfa_device **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_virtual_mfa_devices_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_iam_simulate_custom_policy_paginate(struct awsc_client *client,
                                             const struct awsc_iam_simulate_custom_policy_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_iam_simulate_custom_policy_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_simulate_policy_response **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_custom_policy_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_evaluation_result **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_custom_policy_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_collect(struct awsc_pager *pager,
                                            struct awsc_iam_simulate_policy_response **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_iam_simulate_principal_policy_paginate(struct awsc_client *client,
                                                const struct awsc_iam_simulate_principal_policy_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_iam_simulate_principal_policy_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_simulate_policy_response **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_principal_policy_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_evaluation_result **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_principal_policy_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_collect(struct awsc_pager *pager,
                                               struct awsc_iam_simulate_policy_response **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_iam_wait_instance_profile_exists(struct awsc_client *client,
                                          const struct awsc_iam_get_instance_profile_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_iam_wait_instance_profile_exists_async(struct awsc_client *client,
                                                const struct awsc_iam_get_instance_profile_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_iam_wait_policy_exists(struct awsc_client *client,
                                const struct awsc_iam_get_policy_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_iam_wait_policy_exists_async(struct awsc_client *client,
                                      const struct awsc_iam_get_policy_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_iam_wait_role_exists(struct awsc_client *client,
                              const struct awsc_iam_get_role_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_iam_wait_role_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_role_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_iam_wait_user_exists(struct awsc_client *client,
                              const struct awsc_iam_get_user_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_iam_wait_user_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_user_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
