/*
 * creds_sts_ops.c - operations of STS: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * creds_sts_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sts.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_STS_TABLES
#define AWSC__CREDS_STS_TABLES

/* The endpoint rule set of sts: a part of the service's tables. */
struct awsc__creds_sts_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[5];
    uint16_t slots[6];
    struct awsc_ep_rule rules[40];
    struct awsc_ep_expr exprs[78];
    uint16_t args[100];
    struct awsc_ep_endpoint endpoints[8];
    struct awsc_ep_prop props[12];
    char strings[726];
};
/* The service, its operations and every shape, member and name of
 * STS, in one object. */
struct awsc__creds_sts_tables {
    struct awsc_service service;
    struct awsc_operation operations[2];
    awsc_ref op_errors[11];
    awsc_ref service_errors[12];
    struct awsc__creds_sts_rules rules;
    struct awsc_structure_shape structures[21];
    struct awsc_collection_shape collections[4];
    struct awsc_shape scalars[35];
    struct awsc_shape_traits traits[33];
    struct awsc_member members[53];
    struct awsc_range ranges[21];
    char strings[1049];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1003];
#endif
};
extern const struct awsc__creds_sts_tables awsc__creds_sts_tables AWSC__HIDDEN;
#endif

int awsc_creds_sts_assume_role(struct awsc_client *client,
                               const struct awsc_creds_sts_assume_role_input *input,
                               struct awsc_creds_sts_assume_role_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__creds_sts_tables.operations[0], input, output, err);
}

static void assume_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sts_assume_role_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sts_assume_role_async(struct awsc_client *client,
                                     const struct awsc_creds_sts_assume_role_input *input,
                                     awsc_creds_sts_assume_role_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__creds_sts_tables.operations[0], input, assume_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_creds_sts_assume_role_with_web_identity(struct awsc_client *client,
                                                 const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                 struct awsc_creds_sts_assume_role_with_web_identity_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__creds_sts_tables.operations[1], input, output, err);
}

static void assume_role_with_web_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sts_assume_role_with_web_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                       const struct awsc_creds_sts_assume_role_with_web_identity_input *input,
                                                       awsc_creds_sts_assume_role_with_web_identity_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__creds_sts_tables.operations[1], input, assume_role_with_web_identity_done, (awsc_fn *)cb, user_data, err);
}
