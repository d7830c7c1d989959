/*
 * creds_sso_ops.c - operations of SSO: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * creds_sso_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/creds_sso.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__CREDS_SSO_TABLES
#define AWSC__CREDS_SSO_TABLES

/* The endpoint rule set of sso: a part of the service's tables. */
struct awsc__creds_sso_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[21];
    struct awsc_ep_expr exprs[37];
    uint16_t args[42];
    struct awsc_ep_endpoint endpoints[6];
    char strings[500];
};
/* The service, its operations and every shape, member and name of
 * SSO, in one object. */
struct awsc__creds_sso_tables {
    struct awsc_service service;
    struct awsc_operation operations[1];
    awsc_ref op_errors[4];
    awsc_ref service_errors[4];
    struct awsc__creds_sso_rules rules;
    struct awsc_structure_shape structures[7];
    struct awsc_shape scalars[8];
    struct awsc_shape_traits traits[4];
    struct awsc_member members[12];
    uint16_t by_wire_name[12];
    char strings[361];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[204];
#endif
};
extern const struct awsc__creds_sso_tables awsc__creds_sso_tables AWSC__HIDDEN;
#endif

int awsc_creds_sso_get_role_credentials(struct awsc_client *client,
                                        const struct awsc_creds_sso_get_role_credentials_input *input,
                                        struct awsc_creds_sso_get_role_credentials_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__creds_sso_tables.operations[0], input, output, err);
}

static void get_role_credentials_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_creds_sso_get_role_credentials_cb *)cb)(user_data, status, output, err);
}

int awsc_creds_sso_get_role_credentials_async(struct awsc_client *client,
                                              const struct awsc_creds_sso_get_role_credentials_input *input,
                                              awsc_creds_sso_get_role_credentials_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__creds_sso_tables.operations[0], input, get_role_credentials_done, (awsc_fn *)cb, user_data, err);
}
