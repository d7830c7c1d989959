/*
 * creds_sso_oidc_ops.c - operations of SSO OIDC: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * creds_sso_oidc_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sso_oidc.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_SSO_OIDC_TABLES
#define AWSC__CREDS_SSO_OIDC_TABLES

/* The endpoint rule set of sso-oidc: a part of the service's tables. */
struct awsc__creds_sso_oidc_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[493];
};
/* The service, its operations and every shape, member and name of
 * SSO OIDC, in one object. */
struct awsc__creds_sso_oidc_tables {
    struct awsc_service service;
    struct awsc_operation operations[1];
    awsc_ref op_errors[11];
    awsc_ref service_errors[14];
    struct awsc__creds_sso_oidc_rules rules;
    struct awsc_structure_shape structures[16];
    struct awsc_collection_shape collections[1];
    struct awsc_enum_shape enums[2];
    struct awsc_shape scalars[17];
    struct awsc_shape_traits traits[14];
    struct awsc_member members[46];
    uint16_t by_wire_name[46];
    char strings[752];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[281];
#endif
};
extern const struct awsc__creds_sso_oidc_tables awsc__creds_sso_oidc_tables AWSC__HIDDEN;
#endif

int awsc_creds_sso_oidc_create_token(struct awsc_client *client,
                                     const struct awsc_creds_sso_oidc_create_token_input *input,
                                     struct awsc_creds_sso_oidc_create_token_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__creds_sso_oidc_tables.operations[0], input, output, err);
}

static void create_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sso_oidc_create_token_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sso_oidc_create_token_async(struct awsc_client *client,
                                           const struct awsc_creds_sso_oidc_create_token_input *input,
                                           awsc_creds_sso_oidc_create_token_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__creds_sso_oidc_tables.operations[0], input, create_token_done, (awsc_fn *)cb, user_data, err);
}
