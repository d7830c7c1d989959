/*
 * sts_ops.c - operations of STS: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * sts_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__STS_TABLES
#define AWSC__STS_TABLES

/* The endpoint rule set of sts: a part of the service's tables. */
struct awsc__sts_rules {
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
struct awsc__sts_tables {
    struct awsc_service service;
    struct awsc_operation operations[11];
    awsc_ref op_errors[30];
    awsc_ref service_errors[12];
    struct awsc__sts_rules rules;
    struct awsc_structure_shape structures[40];
    struct awsc_collection_shape collections[5];
    struct awsc_shape scalars[53];
    struct awsc_shape_traits traits[44];
    struct awsc_member members[104];
    struct awsc_range ranges[32];
    char strings[1670];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1859];
#endif
};
extern const struct awsc__sts_tables awsc__sts_tables AWSC__HIDDEN;
#endif

int awsc_sts_assume_role(struct awsc_client *client,
                         const struct awsc_sts_assume_role_input *input,
                         struct awsc_sts_assume_role_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[0], input, output, err);
}

static void assume_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_role_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_async(struct awsc_client *client,
                               const struct awsc_sts_assume_role_input *input,
                               awsc_sts_assume_role_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[0], input, assume_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_assume_role_with_saml(struct awsc_client *client,
                                   const struct awsc_sts_assume_role_with_saml_input *input,
                                   struct awsc_sts_assume_role_with_saml_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[1], input, output, err);
}

static void assume_role_with_saml_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_role_with_saml_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_with_saml_async(struct awsc_client *client,
                                         const struct awsc_sts_assume_role_with_saml_input *input,
                                         awsc_sts_assume_role_with_saml_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[1], input, assume_role_with_saml_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_assume_role_with_web_identity(struct awsc_client *client,
                                           const struct awsc_sts_assume_role_with_web_identity_input *input,
                                           struct awsc_sts_assume_role_with_web_identity_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[2], input, output, err);
}

static void assume_role_with_web_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_role_with_web_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_role_with_web_identity_async(struct awsc_client *client,
                                                 const struct awsc_sts_assume_role_with_web_identity_input *input,
                                                 awsc_sts_assume_role_with_web_identity_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[2], input, assume_role_with_web_identity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_assume_root(struct awsc_client *client,
                         const struct awsc_sts_assume_root_input *input,
                         struct awsc_sts_assume_root_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[3], input, output, err);
}

static void assume_root_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_assume_root_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_assume_root_async(struct awsc_client *client,
                               const struct awsc_sts_assume_root_input *input,
                               awsc_sts_assume_root_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[3], input, assume_root_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_decode_authorization_message(struct awsc_client *client,
                                          const struct awsc_sts_decode_authorization_message_input *input,
                                          struct awsc_sts_decode_authorization_message_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[4], input, output, err);
}

static void decode_authorization_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_decode_authorization_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_decode_authorization_message_async(struct awsc_client *client,
                                                const struct awsc_sts_decode_authorization_message_input *input,
                                                awsc_sts_decode_authorization_message_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[4], input, decode_authorization_message_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_access_key_info(struct awsc_client *client,
                                 const struct awsc_sts_get_access_key_info_input *input,
                                 struct awsc_sts_get_access_key_info_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[5], input, output, err);
}

static void get_access_key_info_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_access_key_info_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_access_key_info_async(struct awsc_client *client,
                                       const struct awsc_sts_get_access_key_info_input *input,
                                       awsc_sts_get_access_key_info_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[5], input, get_access_key_info_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_caller_identity(struct awsc_client *client,
                                 const struct awsc_sts_get_caller_identity_input *input,
                                 struct awsc_sts_get_caller_identity_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[6], input, output, err);
}

static void get_caller_identity_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_caller_identity_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_caller_identity_async(struct awsc_client *client,
                                       const struct awsc_sts_get_caller_identity_input *input,
                                       awsc_sts_get_caller_identity_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[6], input, get_caller_identity_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_delegated_access_token(struct awsc_client *client,
                                        const struct awsc_sts_get_delegated_access_token_input *input,
                                        struct awsc_sts_get_delegated_access_token_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[7], input, output, err);
}

static void get_delegated_access_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_delegated_access_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_delegated_access_token_async(struct awsc_client *client,
                                              const struct awsc_sts_get_delegated_access_token_input *input,
                                              awsc_sts_get_delegated_access_token_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[7], input, get_delegated_access_token_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_federation_token(struct awsc_client *client,
                                  const struct awsc_sts_get_federation_token_input *input,
                                  struct awsc_sts_get_federation_token_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[8], input, output, err);
}

static void get_federation_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_federation_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_federation_token_async(struct awsc_client *client,
                                        const struct awsc_sts_get_federation_token_input *input,
                                        awsc_sts_get_federation_token_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[8], input, get_federation_token_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_session_token(struct awsc_client *client,
                               const struct awsc_sts_get_session_token_input *input,
                               struct awsc_sts_get_session_token_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[9], input, output, err);
}

static void get_session_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_session_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_session_token_async(struct awsc_client *client,
                                     const struct awsc_sts_get_session_token_input *input,
                                     awsc_sts_get_session_token_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[9], input, get_session_token_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sts_get_web_identity_token(struct awsc_client *client,
                                    const struct awsc_sts_get_web_identity_token_input *input,
                                    struct awsc_sts_get_web_identity_token_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sts_tables.operations[10], input, output, err);
}

static void get_web_identity_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sts_get_web_identity_token_cb *)cb)(user_data, status, output, err);
}

int awsc_sts_get_web_identity_token_async(struct awsc_client *client,
                                          const struct awsc_sts_get_web_identity_token_input *input,
                                          awsc_sts_get_web_identity_token_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sts_tables.operations[10], input, get_web_identity_token_done, (awsc_fn *)cb, user_data, err);
}
