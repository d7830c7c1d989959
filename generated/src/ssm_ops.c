/*
 * ssm_ops.c - operations of SSM: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * ssm_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
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

int awsc_ssm_add_tags_to_resource(struct awsc_client *client,
                                  const struct awsc_ssm_add_tags_to_resource_input *input,
                                  struct awsc_ssm_add_tags_to_resource_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[0], input, output, err);
}

static void add_tags_to_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_add_tags_to_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_add_tags_to_resource_async(struct awsc_client *client,
                                        const struct awsc_ssm_add_tags_to_resource_input *input,
                                        awsc_ssm_add_tags_to_resource_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[0], input, add_tags_to_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_associate_ops_item_related_item(struct awsc_client *client,
                                             const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                             struct awsc_ssm_associate_ops_item_related_item_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[1], input, output, err);
}

static void associate_ops_item_related_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_associate_ops_item_related_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_associate_ops_item_related_item_async(struct awsc_client *client,
                                                   const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                                   awsc_ssm_associate_ops_item_related_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[1], input, associate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_cancel_command(struct awsc_client *client,
                            const struct awsc_ssm_cancel_command_input *input,
                            struct awsc_ssm_cancel_command_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[2], input, output, err);
}

static void cancel_command_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_cancel_command_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_cancel_command_async(struct awsc_client *client,
                                  const struct awsc_ssm_cancel_command_input *input,
                                  awsc_ssm_cancel_command_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[2], input, cancel_command_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_cancel_maintenance_window_execution(struct awsc_client *client,
                                                 const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                 struct awsc_ssm_cancel_maintenance_window_execution_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[3], input, output, err);
}

static void cancel_maintenance_window_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_cancel_maintenance_window_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_cancel_maintenance_window_execution_async(struct awsc_client *client,
                                                       const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                       awsc_ssm_cancel_maintenance_window_execution_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[3], input, cancel_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_activation(struct awsc_client *client,
                               const struct awsc_ssm_create_activation_input *input,
                               struct awsc_ssm_create_activation_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[4], input, output, err);
}

static void create_activation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_activation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_activation_async(struct awsc_client *client,
                                     const struct awsc_ssm_create_activation_input *input,
                                     awsc_ssm_create_activation_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[4], input, create_activation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_association(struct awsc_client *client,
                                const struct awsc_ssm_create_association_input *input,
                                struct awsc_ssm_create_association_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[5], input, output, err);
}

static void create_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_create_association_input *input,
                                      awsc_ssm_create_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[5], input, create_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_association_batch(struct awsc_client *client,
                                      const struct awsc_ssm_create_association_batch_input *input,
                                      struct awsc_ssm_create_association_batch_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[6], input, output, err);
}

static void create_association_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_association_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_association_batch_async(struct awsc_client *client,
                                            const struct awsc_ssm_create_association_batch_input *input,
                                            awsc_ssm_create_association_batch_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[6], input, create_association_batch_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_create_cloud_connector_input *input,
                                    struct awsc_ssm_create_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[7], input, output, err);
}

static void create_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_create_cloud_connector_input *input,
                                          awsc_ssm_create_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[7], input, create_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_document(struct awsc_client *client,
                             const struct awsc_ssm_create_document_input *input,
                             struct awsc_ssm_create_document_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[8], input, output, err);
}

static void create_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_create_document_input *input,
                                   awsc_ssm_create_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[8], input, create_document_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_create_maintenance_window_input *input,
                                       struct awsc_ssm_create_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[9], input, output, err);
}

static void create_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_create_maintenance_window_input *input,
                                             awsc_ssm_create_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[9], input, create_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_create_ops_item_input *input,
                             struct awsc_ssm_create_ops_item_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[10], input, output, err);
}

static void create_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_create_ops_item_input *input,
                                   awsc_ssm_create_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[10], input, create_ops_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_create_ops_metadata_input *input,
                                 struct awsc_ssm_create_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[11], input, output, err);
}

static void create_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_create_ops_metadata_input *input,
                                       awsc_ssm_create_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[11], input, create_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_create_patch_baseline_input *input,
                                   struct awsc_ssm_create_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[12], input, output, err);
}

static void create_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_create_patch_baseline_input *input,
                                         awsc_ssm_create_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[12], input, create_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_create_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_create_resource_data_sync_input *input,
                                       struct awsc_ssm_create_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[13], input, output, err);
}

static void create_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_create_resource_data_sync_input *input,
                                             awsc_ssm_create_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[13], input, create_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_activation(struct awsc_client *client,
                               const struct awsc_ssm_delete_activation_input *input,
                               struct awsc_ssm_delete_activation_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[14], input, output, err);
}

static void delete_activation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_activation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_activation_async(struct awsc_client *client,
                                     const struct awsc_ssm_delete_activation_input *input,
                                     awsc_ssm_delete_activation_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[14], input, delete_activation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_association(struct awsc_client *client,
                                const struct awsc_ssm_delete_association_input *input,
                                struct awsc_ssm_delete_association_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[15], input, output, err);
}

static void delete_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_delete_association_input *input,
                                      awsc_ssm_delete_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[15], input, delete_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_delete_cloud_connector_input *input,
                                    struct awsc_ssm_delete_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[16], input, output, err);
}

static void delete_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_delete_cloud_connector_input *input,
                                          awsc_ssm_delete_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[16], input, delete_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_document(struct awsc_client *client,
                             const struct awsc_ssm_delete_document_input *input,
                             struct awsc_ssm_delete_document_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[17], input, output, err);
}

static void delete_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_delete_document_input *input,
                                   awsc_ssm_delete_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[17], input, delete_document_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_inventory(struct awsc_client *client,
                              const struct awsc_ssm_delete_inventory_input *input,
                              struct awsc_ssm_delete_inventory_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[18], input, output, err);
}

static void delete_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_inventory_async(struct awsc_client *client,
                                    const struct awsc_ssm_delete_inventory_input *input,
                                    awsc_ssm_delete_inventory_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[18], input, delete_inventory_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_delete_maintenance_window_input *input,
                                       struct awsc_ssm_delete_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[19], input, output, err);
}

static void delete_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_maintenance_window_input *input,
                                             awsc_ssm_delete_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[19], input, delete_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_delete_ops_item_input *input,
                             struct awsc_ssm_delete_ops_item_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[20], input, output, err);
}

static void delete_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_delete_ops_item_input *input,
                                   awsc_ssm_delete_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[20], input, delete_ops_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_delete_ops_metadata_input *input,
                                 struct awsc_ssm_delete_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[21], input, output, err);
}

static void delete_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_delete_ops_metadata_input *input,
                                       awsc_ssm_delete_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[21], input, delete_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_parameter(struct awsc_client *client,
                              const struct awsc_ssm_delete_parameter_input *input,
                              struct awsc_ssm_delete_parameter_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[22], input, output, err);
}

static void delete_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_parameter_async(struct awsc_client *client,
                                    const struct awsc_ssm_delete_parameter_input *input,
                                    awsc_ssm_delete_parameter_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[22], input, delete_parameter_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_parameters(struct awsc_client *client,
                               const struct awsc_ssm_delete_parameters_input *input,
                               struct awsc_ssm_delete_parameters_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[23], input, output, err);
}

static void delete_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_parameters_async(struct awsc_client *client,
                                     const struct awsc_ssm_delete_parameters_input *input,
                                     awsc_ssm_delete_parameters_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[23], input, delete_parameters_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_delete_patch_baseline_input *input,
                                   struct awsc_ssm_delete_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[24], input, output, err);
}

static void delete_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_delete_patch_baseline_input *input,
                                         awsc_ssm_delete_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[24], input, delete_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_delete_resource_data_sync_input *input,
                                       struct awsc_ssm_delete_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[25], input, output, err);
}

static void delete_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_resource_data_sync_input *input,
                                             awsc_ssm_delete_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[25], input, delete_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_delete_resource_policy(struct awsc_client *client,
                                    const struct awsc_ssm_delete_resource_policy_input *input,
                                    struct awsc_ssm_delete_resource_policy_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[26], input, output, err);
}

static void delete_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_resource_policy_async(struct awsc_client *client,
                                          const struct awsc_ssm_delete_resource_policy_input *input,
                                          awsc_ssm_delete_resource_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[26], input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_deregister_managed_instance(struct awsc_client *client,
                                         const struct awsc_ssm_deregister_managed_instance_input *input,
                                         struct awsc_ssm_deregister_managed_instance_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[27], input, output, err);
}

static void deregister_managed_instance_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_managed_instance_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_managed_instance_async(struct awsc_client *client,
                                               const struct awsc_ssm_deregister_managed_instance_input *input,
                                               awsc_ssm_deregister_managed_instance_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[27], input, deregister_managed_instance_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_deregister_patch_baseline_for_patch_group(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                       struct awsc_ssm_deregister_patch_baseline_for_patch_group_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[28], input, output, err);
}

static void deregister_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                             const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                             awsc_ssm_deregister_patch_baseline_for_patch_group_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[28], input, deregister_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_deregister_target_from_maintenance_window(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                       struct awsc_ssm_deregister_target_from_maintenance_window_output **output,
                                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[29], input, output, err);
}

static void deregister_target_from_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_target_from_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_target_from_maintenance_window_async(struct awsc_client *client,
                                                             const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                             awsc_ssm_deregister_target_from_maintenance_window_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[29], input, deregister_target_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_deregister_task_from_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                     struct awsc_ssm_deregister_task_from_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[30], input, output, err);
}

static void deregister_task_from_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_task_from_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_task_from_maintenance_window_async(struct awsc_client *client,
                                                           const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                           awsc_ssm_deregister_task_from_maintenance_window_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[30], input, deregister_task_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations(struct awsc_client *client,
                                  const struct awsc_ssm_describe_activations_input *input,
                                  struct awsc_ssm_describe_activations_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[31], input, output, err);
}

static void describe_activations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_activations_async(struct awsc_client *client,
                                        const struct awsc_ssm_describe_activations_input *input,
                                        awsc_ssm_describe_activations_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[31], input, describe_activations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association(struct awsc_client *client,
                                  const struct awsc_ssm_describe_association_input *input,
                                  struct awsc_ssm_describe_association_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[32], input, output, err);
}

static void describe_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_async(struct awsc_client *client,
                                        const struct awsc_ssm_describe_association_input *input,
                                        awsc_ssm_describe_association_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[32], input, describe_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                    struct awsc_ssm_describe_association_execution_targets_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[33], input, output, err);
}

static void describe_association_execution_targets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_execution_targets_async(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                          awsc_ssm_describe_association_execution_targets_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[33], input, describe_association_execution_targets_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions(struct awsc_client *client,
                                             const struct awsc_ssm_describe_association_executions_input *input,
                                             struct awsc_ssm_describe_association_executions_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[34], input, output, err);
}

static void describe_association_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_executions_async(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_association_executions_input *input,
                                                   awsc_ssm_describe_association_executions_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[34], input, describe_association_executions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions(struct awsc_client *client,
                                            const struct awsc_ssm_describe_automation_executions_input *input,
                                            struct awsc_ssm_describe_automation_executions_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[35], input, output, err);
}

static void describe_automation_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_automation_executions_async(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_automation_executions_input *input,
                                                  awsc_ssm_describe_automation_executions_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[35], input, describe_automation_executions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                 struct awsc_ssm_describe_automation_step_executions_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[36], input, output, err);
}

static void describe_automation_step_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_automation_step_executions_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                       awsc_ssm_describe_automation_step_executions_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[36], input, describe_automation_step_executions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches(struct awsc_client *client,
                                        const struct awsc_ssm_describe_available_patches_input *input,
                                        struct awsc_ssm_describe_available_patches_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[37], input, output, err);
}

static void describe_available_patches_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_available_patches_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_available_patches_input *input,
                                              awsc_ssm_describe_available_patches_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[37], input, describe_available_patches_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_document(struct awsc_client *client,
                               const struct awsc_ssm_describe_document_input *input,
                               struct awsc_ssm_describe_document_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[38], input, output, err);
}

static void describe_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_document_async(struct awsc_client *client,
                                     const struct awsc_ssm_describe_document_input *input,
                                     awsc_ssm_describe_document_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[38], input, describe_document_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_document_permission(struct awsc_client *client,
                                          const struct awsc_ssm_describe_document_permission_input *input,
                                          struct awsc_ssm_describe_document_permission_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[39], input, output, err);
}

static void describe_document_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_document_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_document_permission_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_document_permission_input *input,
                                                awsc_ssm_describe_document_permission_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[39], input, describe_document_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                      struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[40], input, output, err);
}

static void describe_effective_instance_associations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_effective_instance_associations_async(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                            awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[40], input, describe_effective_instance_associations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                           struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[41], input, output, err);
}

static void describe_effective_patches_for_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_async(struct awsc_client *client,
                                                                 const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                 awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[41], input, describe_effective_patches_for_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                   struct awsc_ssm_describe_instance_associations_status_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[42], input, output, err);
}

static void describe_instance_associations_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_associations_status_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                         awsc_ssm_describe_instance_associations_status_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[42], input, describe_instance_associations_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information(struct awsc_client *client,
                                           const struct awsc_ssm_describe_instance_information_input *input,
                                           struct awsc_ssm_describe_instance_information_output **output,
                                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[43], input, output, err);
}

static void describe_instance_information_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_information_async(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_instance_information_input *input,
                                                 awsc_ssm_describe_instance_information_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[43], input, describe_instance_information_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states(struct awsc_client *client,
                                            const struct awsc_ssm_describe_instance_patch_states_input *input,
                                            struct awsc_ssm_describe_instance_patch_states_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[44], input, output, err);
}

static void describe_instance_patch_states_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patch_states_async(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                  awsc_ssm_describe_instance_patch_states_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[44], input, describe_instance_patch_states_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                            struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[45], input, output, err);
}

static void describe_instance_patch_states_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_async(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                  awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[45], input, describe_instance_patch_states_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches(struct awsc_client *client,
                                       const struct awsc_ssm_describe_instance_patches_input *input,
                                       struct awsc_ssm_describe_instance_patches_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[46], input, output, err);
}

static void describe_instance_patches_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patches_async(struct awsc_client *client,
                                             const struct awsc_ssm_describe_instance_patches_input *input,
                                             awsc_ssm_describe_instance_patches_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[46], input, describe_instance_patches_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties(struct awsc_client *client,
                                          const struct awsc_ssm_describe_instance_properties_input *input,
                                          struct awsc_ssm_describe_instance_properties_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[47], input, output, err);
}

static void describe_instance_properties_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_properties_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_properties_input *input,
                                                awsc_ssm_describe_instance_properties_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[47], input, describe_instance_properties_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions(struct awsc_client *client,
                                          const struct awsc_ssm_describe_inventory_deletions_input *input,
                                          struct awsc_ssm_describe_inventory_deletions_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[48], input, output, err);
}

static void describe_inventory_deletions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_inventory_deletions_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                awsc_ssm_describe_inventory_deletions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[48], input, describe_inventory_deletions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                    struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[49], input, output, err);
}

static void describe_maintenance_window_execution_task_invocations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_async(struct awsc_client *client,
                                                                          const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                          awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[49], input, describe_maintenance_window_execution_task_invocations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                         struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[50], input, output, err);
}

static void describe_maintenance_window_execution_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_async(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                               awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[50], input, describe_maintenance_window_execution_tasks_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                    struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[51], input, output, err);
}

static void describe_maintenance_window_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_executions_async(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                          awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[51], input, describe_maintenance_window_executions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                  struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[52], input, output, err);
}

static void describe_maintenance_window_schedule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_schedule_async(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                        awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[52], input, describe_maintenance_window_schedule_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                 struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[53], input, output, err);
}

static void describe_maintenance_window_targets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_targets_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                       awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[53], input, describe_maintenance_window_targets_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks(struct awsc_client *client,
                                               const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                               struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[54], input, output, err);
}

static void describe_maintenance_window_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_tasks_async(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                     awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[54], input, describe_maintenance_window_tasks_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows(struct awsc_client *client,
                                          const struct awsc_ssm_describe_maintenance_windows_input *input,
                                          struct awsc_ssm_describe_maintenance_windows_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[55], input, output, err);
}

static void describe_maintenance_windows_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_windows_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                awsc_ssm_describe_maintenance_windows_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[55], input, describe_maintenance_windows_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                     struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[56], input, output, err);
}

static void describe_maintenance_windows_for_target_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_async(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                           awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[56], input, describe_maintenance_windows_for_target_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items(struct awsc_client *client,
                                const struct awsc_ssm_describe_ops_items_input *input,
                                struct awsc_ssm_describe_ops_items_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[57], input, output, err);
}

static void describe_ops_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_ops_items_async(struct awsc_client *client,
                                      const struct awsc_ssm_describe_ops_items_input *input,
                                      awsc_ssm_describe_ops_items_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[57], input, describe_ops_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters(struct awsc_client *client,
                                 const struct awsc_ssm_describe_parameters_input *input,
                                 struct awsc_ssm_describe_parameters_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[58], input, output, err);
}

static void describe_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_parameters_async(struct awsc_client *client,
                                       const struct awsc_ssm_describe_parameters_input *input,
                                       awsc_ssm_describe_parameters_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[58], input, describe_parameters_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines(struct awsc_client *client,
                                      const struct awsc_ssm_describe_patch_baselines_input *input,
                                      struct awsc_ssm_describe_patch_baselines_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[59], input, output, err);
}

static void describe_patch_baselines_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_baselines_async(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_baselines_input *input,
                                            awsc_ssm_describe_patch_baselines_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[59], input, describe_patch_baselines_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_group_state(struct awsc_client *client,
                                        const struct awsc_ssm_describe_patch_group_state_input *input,
                                        struct awsc_ssm_describe_patch_group_state_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[60], input, output, err);
}

static void describe_patch_group_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_group_state_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_group_state_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_patch_group_state_input *input,
                                              awsc_ssm_describe_patch_group_state_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[60], input, describe_patch_group_state_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups(struct awsc_client *client,
                                   const struct awsc_ssm_describe_patch_groups_input *input,
                                   struct awsc_ssm_describe_patch_groups_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[61], input, output, err);
}

static void describe_patch_groups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_groups_async(struct awsc_client *client,
                                         const struct awsc_ssm_describe_patch_groups_input *input,
                                         awsc_ssm_describe_patch_groups_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[61], input, describe_patch_groups_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties(struct awsc_client *client,
                                       const struct awsc_ssm_describe_patch_properties_input *input,
                                       struct awsc_ssm_describe_patch_properties_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[62], input, output, err);
}

static void describe_patch_properties_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_properties_async(struct awsc_client *client,
                                             const struct awsc_ssm_describe_patch_properties_input *input,
                                             awsc_ssm_describe_patch_properties_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[62], input, describe_patch_properties_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions(struct awsc_client *client,
                               const struct awsc_ssm_describe_sessions_input *input,
                               struct awsc_ssm_describe_sessions_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[63], input, output, err);
}

static void describe_sessions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_sessions_async(struct awsc_client *client,
                                     const struct awsc_ssm_describe_sessions_input *input,
                                     awsc_ssm_describe_sessions_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[63], input, describe_sessions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_disassociate_ops_item_related_item(struct awsc_client *client,
                                                const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                struct awsc_ssm_disassociate_ops_item_related_item_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[64], input, output, err);
}

static void disassociate_ops_item_related_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_disassociate_ops_item_related_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_disassociate_ops_item_related_item_async(struct awsc_client *client,
                                                      const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                      awsc_ssm_disassociate_ops_item_related_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[64], input, disassociate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_access_token(struct awsc_client *client,
                              const struct awsc_ssm_get_access_token_input *input,
                              struct awsc_ssm_get_access_token_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[65], input, output, err);
}

static void get_access_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_access_token_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_access_token_async(struct awsc_client *client,
                                    const struct awsc_ssm_get_access_token_input *input,
                                    awsc_ssm_get_access_token_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[65], input, get_access_token_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_automation_execution(struct awsc_client *client,
                                      const struct awsc_ssm_get_automation_execution_input *input,
                                      struct awsc_ssm_get_automation_execution_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[66], input, output, err);
}

static void get_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_automation_execution_async(struct awsc_client *client,
                                            const struct awsc_ssm_get_automation_execution_input *input,
                                            awsc_ssm_get_automation_execution_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[66], input, get_automation_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_calendar_state(struct awsc_client *client,
                                const struct awsc_ssm_get_calendar_state_input *input,
                                struct awsc_ssm_get_calendar_state_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[67], input, output, err);
}

static void get_calendar_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_calendar_state_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_calendar_state_async(struct awsc_client *client,
                                      const struct awsc_ssm_get_calendar_state_input *input,
                                      awsc_ssm_get_calendar_state_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[67], input, get_calendar_state_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_cloud_connector(struct awsc_client *client,
                                 const struct awsc_ssm_get_cloud_connector_input *input,
                                 struct awsc_ssm_get_cloud_connector_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[68], input, output, err);
}

static void get_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_cloud_connector_async(struct awsc_client *client,
                                       const struct awsc_ssm_get_cloud_connector_input *input,
                                       awsc_ssm_get_cloud_connector_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[68], input, get_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_command_invocation(struct awsc_client *client,
                                    const struct awsc_ssm_get_command_invocation_input *input,
                                    struct awsc_ssm_get_command_invocation_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[69], input, output, err);
}

static void get_command_invocation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_command_invocation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_command_invocation_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_command_invocation_input *input,
                                          awsc_ssm_get_command_invocation_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[69], input, get_command_invocation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_connection_status(struct awsc_client *client,
                                   const struct awsc_ssm_get_connection_status_input *input,
                                   struct awsc_ssm_get_connection_status_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[70], input, output, err);
}

static void get_connection_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_connection_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_connection_status_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_connection_status_input *input,
                                         awsc_ssm_get_connection_status_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[70], input, get_connection_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_default_patch_baseline(struct awsc_client *client,
                                        const struct awsc_ssm_get_default_patch_baseline_input *input,
                                        struct awsc_ssm_get_default_patch_baseline_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[71], input, output, err);
}

static void get_default_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_default_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_default_patch_baseline_async(struct awsc_client *client,
                                              const struct awsc_ssm_get_default_patch_baseline_input *input,
                                              awsc_ssm_get_default_patch_baseline_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[71], input, get_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_deployable_patch_snapshot_for_instance(struct awsc_client *client,
                                                        const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                        struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output **output,
                                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[72], input, output, err);
}

static void get_deployable_patch_snapshot_for_instance_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_deployable_patch_snapshot_for_instance_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_deployable_patch_snapshot_for_instance_async(struct awsc_client *client,
                                                              const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                              awsc_ssm_get_deployable_patch_snapshot_for_instance_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[72], input, get_deployable_patch_snapshot_for_instance_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_document(struct awsc_client *client,
                          const struct awsc_ssm_get_document_input *input,
                          struct awsc_ssm_get_document_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[73], input, output, err);
}

static void get_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_document_async(struct awsc_client *client,
                                const struct awsc_ssm_get_document_input *input,
                                awsc_ssm_get_document_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[73], input, get_document_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_execution_preview(struct awsc_client *client,
                                   const struct awsc_ssm_get_execution_preview_input *input,
                                   struct awsc_ssm_get_execution_preview_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[74], input, output, err);
}

static void get_execution_preview_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_execution_preview_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_execution_preview_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_execution_preview_input *input,
                                         awsc_ssm_get_execution_preview_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[74], input, get_execution_preview_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory(struct awsc_client *client,
                           const struct awsc_ssm_get_inventory_input *input,
                           struct awsc_ssm_get_inventory_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[75], input, output, err);
}

static void get_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_inventory_async(struct awsc_client *client,
                                 const struct awsc_ssm_get_inventory_input *input,
                                 awsc_ssm_get_inventory_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[75], input, get_inventory_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema(struct awsc_client *client,
                                  const struct awsc_ssm_get_inventory_schema_input *input,
                                  struct awsc_ssm_get_inventory_schema_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[76], input, output, err);
}

static void get_inventory_schema_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_inventory_schema_async(struct awsc_client *client,
                                        const struct awsc_ssm_get_inventory_schema_input *input,
                                        awsc_ssm_get_inventory_schema_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[76], input, get_inventory_schema_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_maintenance_window(struct awsc_client *client,
                                    const struct awsc_ssm_get_maintenance_window_input *input,
                                    struct awsc_ssm_get_maintenance_window_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[77], input, output, err);
}

static void get_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_maintenance_window_input *input,
                                          awsc_ssm_get_maintenance_window_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[77], input, get_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_maintenance_window_execution(struct awsc_client *client,
                                              const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                              struct awsc_ssm_get_maintenance_window_execution_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[78], input, output, err);
}

static void get_maintenance_window_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_async(struct awsc_client *client,
                                                    const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                                    awsc_ssm_get_maintenance_window_execution_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[78], input, get_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_maintenance_window_execution_task(struct awsc_client *client,
                                                   const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                   struct awsc_ssm_get_maintenance_window_execution_task_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[79], input, output, err);
}

static void get_maintenance_window_execution_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_task_async(struct awsc_client *client,
                                                         const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                         awsc_ssm_get_maintenance_window_execution_task_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[79], input, get_maintenance_window_execution_task_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_maintenance_window_execution_task_invocation(struct awsc_client *client,
                                                              const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                              struct awsc_ssm_get_maintenance_window_execution_task_invocation_output **output,
                                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[80], input, output, err);
}

static void get_maintenance_window_execution_task_invocation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_task_invocation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_task_invocation_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                                    awsc_ssm_get_maintenance_window_execution_task_invocation_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[80], input, get_maintenance_window_execution_task_invocation_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_maintenance_window_task(struct awsc_client *client,
                                         const struct awsc_ssm_get_maintenance_window_task_input *input,
                                         struct awsc_ssm_get_maintenance_window_task_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[81], input, output, err);
}

static void get_maintenance_window_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_task_async(struct awsc_client *client,
                                               const struct awsc_ssm_get_maintenance_window_task_input *input,
                                               awsc_ssm_get_maintenance_window_task_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[81], input, get_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_item(struct awsc_client *client,
                          const struct awsc_ssm_get_ops_item_input *input,
                          struct awsc_ssm_get_ops_item_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[82], input, output, err);
}

static void get_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_item_async(struct awsc_client *client,
                                const struct awsc_ssm_get_ops_item_input *input,
                                awsc_ssm_get_ops_item_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[82], input, get_ops_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_metadata(struct awsc_client *client,
                              const struct awsc_ssm_get_ops_metadata_input *input,
                              struct awsc_ssm_get_ops_metadata_output **output,
                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[83], input, output, err);
}

static void get_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_metadata_async(struct awsc_client *client,
                                    const struct awsc_ssm_get_ops_metadata_input *input,
                                    awsc_ssm_get_ops_metadata_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[83], input, get_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary(struct awsc_client *client,
                             const struct awsc_ssm_get_ops_summary_input *input,
                             struct awsc_ssm_get_ops_summary_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[84], input, output, err);
}

static void get_ops_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_summary_async(struct awsc_client *client,
                                   const struct awsc_ssm_get_ops_summary_input *input,
                                   awsc_ssm_get_ops_summary_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[84], input, get_ops_summary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter(struct awsc_client *client,
                           const struct awsc_ssm_get_parameter_input *input,
                           struct awsc_ssm_get_parameter_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[85], input, output, err);
}

static void get_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameter_async(struct awsc_client *client,
                                 const struct awsc_ssm_get_parameter_input *input,
                                 awsc_ssm_get_parameter_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[85], input, get_parameter_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history(struct awsc_client *client,
                                   const struct awsc_ssm_get_parameter_history_input *input,
                                   struct awsc_ssm_get_parameter_history_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[86], input, output, err);
}

static void get_parameter_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameter_history_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_parameter_history_input *input,
                                         awsc_ssm_get_parameter_history_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[86], input, get_parameter_history_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters(struct awsc_client *client,
                            const struct awsc_ssm_get_parameters_input *input,
                            struct awsc_ssm_get_parameters_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[87], input, output, err);
}

static void get_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameters_async(struct awsc_client *client,
                                  const struct awsc_ssm_get_parameters_input *input,
                                  awsc_ssm_get_parameters_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[87], input, get_parameters_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path(struct awsc_client *client,
                                    const struct awsc_ssm_get_parameters_by_path_input *input,
                                    struct awsc_ssm_get_parameters_by_path_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[88], input, output, err);
}

static void get_parameters_by_path_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameters_by_path_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_parameters_by_path_input *input,
                                          awsc_ssm_get_parameters_by_path_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[88], input, get_parameters_by_path_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_patch_baseline(struct awsc_client *client,
                                const struct awsc_ssm_get_patch_baseline_input *input,
                                struct awsc_ssm_get_patch_baseline_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[89], input, output, err);
}

static void get_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_patch_baseline_async(struct awsc_client *client,
                                      const struct awsc_ssm_get_patch_baseline_input *input,
                                      awsc_ssm_get_patch_baseline_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[89], input, get_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_patch_baseline_for_patch_group(struct awsc_client *client,
                                                const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                struct awsc_ssm_get_patch_baseline_for_patch_group_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[90], input, output, err);
}

static void get_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                      const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                      awsc_ssm_get_patch_baseline_for_patch_group_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[90], input, get_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies(struct awsc_client *client,
                                   const struct awsc_ssm_get_resource_policies_input *input,
                                   struct awsc_ssm_get_resource_policies_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[91], input, output, err);
}

static void get_resource_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_resource_policies_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_resource_policies_input *input,
                                         awsc_ssm_get_resource_policies_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[91], input, get_resource_policies_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_service_setting(struct awsc_client *client,
                                 const struct awsc_ssm_get_service_setting_input *input,
                                 struct awsc_ssm_get_service_setting_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[92], input, output, err);
}

static void get_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_service_setting_async(struct awsc_client *client,
                                       const struct awsc_ssm_get_service_setting_input *input,
                                       awsc_ssm_get_service_setting_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[92], input, get_service_setting_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_label_parameter_version(struct awsc_client *client,
                                     const struct awsc_ssm_label_parameter_version_input *input,
                                     struct awsc_ssm_label_parameter_version_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[93], input, output, err);
}

static void label_parameter_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_label_parameter_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_label_parameter_version_async(struct awsc_client *client,
                                           const struct awsc_ssm_label_parameter_version_input *input,
                                           awsc_ssm_label_parameter_version_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[93], input, label_parameter_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions(struct awsc_client *client,
                                       const struct awsc_ssm_list_association_versions_input *input,
                                       struct awsc_ssm_list_association_versions_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[94], input, output, err);
}

static void list_association_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_association_versions_async(struct awsc_client *client,
                                             const struct awsc_ssm_list_association_versions_input *input,
                                             awsc_ssm_list_association_versions_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[94], input, list_association_versions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations(struct awsc_client *client,
                               const struct awsc_ssm_list_associations_input *input,
                               struct awsc_ssm_list_associations_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[95], input, output, err);
}

static void list_associations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_associations_async(struct awsc_client *client,
                                     const struct awsc_ssm_list_associations_input *input,
                                     awsc_ssm_list_associations_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[95], input, list_associations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors(struct awsc_client *client,
                                   const struct awsc_ssm_list_cloud_connectors_input *input,
                                   struct awsc_ssm_list_cloud_connectors_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[96], input, output, err);
}

static void list_cloud_connectors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_cloud_connectors_async(struct awsc_client *client,
                                         const struct awsc_ssm_list_cloud_connectors_input *input,
                                         awsc_ssm_list_cloud_connectors_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[96], input, list_cloud_connectors_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations(struct awsc_client *client,
                                      const struct awsc_ssm_list_command_invocations_input *input,
                                      struct awsc_ssm_list_command_invocations_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[97], input, output, err);
}

static void list_command_invocations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_command_invocations_async(struct awsc_client *client,
                                            const struct awsc_ssm_list_command_invocations_input *input,
                                            awsc_ssm_list_command_invocations_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[97], input, list_command_invocations_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands(struct awsc_client *client,
                           const struct awsc_ssm_list_commands_input *input,
                           struct awsc_ssm_list_commands_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[98], input, output, err);
}

static void list_commands_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_commands_async(struct awsc_client *client,
                                 const struct awsc_ssm_list_commands_input *input,
                                 awsc_ssm_list_commands_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[98], input, list_commands_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items(struct awsc_client *client,
                                   const struct awsc_ssm_list_compliance_items_input *input,
                                   struct awsc_ssm_list_compliance_items_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[99], input, output, err);
}

static void list_compliance_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_compliance_items_async(struct awsc_client *client,
                                         const struct awsc_ssm_list_compliance_items_input *input,
                                         awsc_ssm_list_compliance_items_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[99], input, list_compliance_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries(struct awsc_client *client,
                                       const struct awsc_ssm_list_compliance_summaries_input *input,
                                       struct awsc_ssm_list_compliance_summaries_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[100], input, output, err);
}

static void list_compliance_summaries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_compliance_summaries_async(struct awsc_client *client,
                                             const struct awsc_ssm_list_compliance_summaries_input *input,
                                             awsc_ssm_list_compliance_summaries_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[100], input, list_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_metadata_history(struct awsc_client *client,
                                            const struct awsc_ssm_list_document_metadata_history_input *input,
                                            struct awsc_ssm_list_document_metadata_history_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[101], input, output, err);
}

static void list_document_metadata_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_document_metadata_history_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_document_metadata_history_async(struct awsc_client *client,
                                                  const struct awsc_ssm_list_document_metadata_history_input *input,
                                                  awsc_ssm_list_document_metadata_history_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[101], input, list_document_metadata_history_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions(struct awsc_client *client,
                                    const struct awsc_ssm_list_document_versions_input *input,
                                    struct awsc_ssm_list_document_versions_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[102], input, output, err);
}

static void list_document_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_document_versions_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_document_versions_input *input,
                                          awsc_ssm_list_document_versions_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[102], input, list_document_versions_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents(struct awsc_client *client,
                            const struct awsc_ssm_list_documents_input *input,
                            struct awsc_ssm_list_documents_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[103], input, output, err);
}

static void list_documents_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_documents_async(struct awsc_client *client,
                                  const struct awsc_ssm_list_documents_input *input,
                                  awsc_ssm_list_documents_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[103], input, list_documents_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_inventory_entries(struct awsc_client *client,
                                    const struct awsc_ssm_list_inventory_entries_input *input,
                                    struct awsc_ssm_list_inventory_entries_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[104], input, output, err);
}

static void list_inventory_entries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_inventory_entries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_inventory_entries_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_inventory_entries_input *input,
                                          awsc_ssm_list_inventory_entries_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[104], input, list_inventory_entries_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes(struct awsc_client *client,
                        const struct awsc_ssm_list_nodes_input *input,
                        struct awsc_ssm_list_nodes_output **output,
                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[105], input, output, err);
}

static void list_nodes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_nodes_async(struct awsc_client *client,
                              const struct awsc_ssm_list_nodes_input *input,
                              awsc_ssm_list_nodes_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[105], input, list_nodes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary(struct awsc_client *client,
                                const struct awsc_ssm_list_nodes_summary_input *input,
                                struct awsc_ssm_list_nodes_summary_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[106], input, output, err);
}

static void list_nodes_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_nodes_summary_async(struct awsc_client *client,
                                      const struct awsc_ssm_list_nodes_summary_input *input,
                                      awsc_ssm_list_nodes_summary_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[106], input, list_nodes_summary_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events(struct awsc_client *client,
                                  const struct awsc_ssm_list_ops_item_events_input *input,
                                  struct awsc_ssm_list_ops_item_events_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[107], input, output, err);
}

static void list_ops_item_events_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_item_events_async(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_item_events_input *input,
                                        awsc_ssm_list_ops_item_events_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[107], input, list_ops_item_events_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items(struct awsc_client *client,
                                         const struct awsc_ssm_list_ops_item_related_items_input *input,
                                         struct awsc_ssm_list_ops_item_related_items_output **output,
                                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[108], input, output, err);
}

static void list_ops_item_related_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_item_related_items_async(struct awsc_client *client,
                                               const struct awsc_ssm_list_ops_item_related_items_input *input,
                                               awsc_ssm_list_ops_item_related_items_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[108], input, list_ops_item_related_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata(struct awsc_client *client,
                               const struct awsc_ssm_list_ops_metadata_input *input,
                               struct awsc_ssm_list_ops_metadata_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[109], input, output, err);
}

static void list_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_metadata_async(struct awsc_client *client,
                                     const struct awsc_ssm_list_ops_metadata_input *input,
                                     awsc_ssm_list_ops_metadata_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[109], input, list_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries(struct awsc_client *client,
                                                const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[110], input, output, err);
}

static void list_resource_compliance_summaries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_resource_compliance_summaries_async(struct awsc_client *client,
                                                      const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                      awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[110], input, list_resource_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync(struct awsc_client *client,
                                     const struct awsc_ssm_list_resource_data_sync_input *input,
                                     struct awsc_ssm_list_resource_data_sync_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[111], input, output, err);
}

static void list_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_resource_data_sync_async(struct awsc_client *client,
                                           const struct awsc_ssm_list_resource_data_sync_input *input,
                                           awsc_ssm_list_resource_data_sync_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[111], input, list_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_tags_for_resource(struct awsc_client *client,
                                    const struct awsc_ssm_list_tags_for_resource_input *input,
                                    struct awsc_ssm_list_tags_for_resource_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[112], input, output, err);
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_tags_for_resource_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_tags_for_resource_input *input,
                                          awsc_ssm_list_tags_for_resource_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[112], input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_modify_document_permission(struct awsc_client *client,
                                        const struct awsc_ssm_modify_document_permission_input *input,
                                        struct awsc_ssm_modify_document_permission_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[113], input, output, err);
}

static void modify_document_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_modify_document_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_modify_document_permission_async(struct awsc_client *client,
                                              const struct awsc_ssm_modify_document_permission_input *input,
                                              awsc_ssm_modify_document_permission_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[113], input, modify_document_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_put_compliance_items(struct awsc_client *client,
                                  const struct awsc_ssm_put_compliance_items_input *input,
                                  struct awsc_ssm_put_compliance_items_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[114], input, output, err);
}

static void put_compliance_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_compliance_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_compliance_items_async(struct awsc_client *client,
                                        const struct awsc_ssm_put_compliance_items_input *input,
                                        awsc_ssm_put_compliance_items_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[114], input, put_compliance_items_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_put_inventory(struct awsc_client *client,
                           const struct awsc_ssm_put_inventory_input *input,
                           struct awsc_ssm_put_inventory_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[115], input, output, err);
}

static void put_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_inventory_async(struct awsc_client *client,
                                 const struct awsc_ssm_put_inventory_input *input,
                                 awsc_ssm_put_inventory_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[115], input, put_inventory_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_put_parameter(struct awsc_client *client,
                           const struct awsc_ssm_put_parameter_input *input,
                           struct awsc_ssm_put_parameter_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[116], input, output, err);
}

static void put_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_parameter_async(struct awsc_client *client,
                                 const struct awsc_ssm_put_parameter_input *input,
                                 awsc_ssm_put_parameter_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[116], input, put_parameter_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_put_resource_policy(struct awsc_client *client,
                                 const struct awsc_ssm_put_resource_policy_input *input,
                                 struct awsc_ssm_put_resource_policy_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[117], input, output, err);
}

static void put_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_resource_policy_async(struct awsc_client *client,
                                       const struct awsc_ssm_put_resource_policy_input *input,
                                       awsc_ssm_put_resource_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[117], input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_register_default_patch_baseline(struct awsc_client *client,
                                             const struct awsc_ssm_register_default_patch_baseline_input *input,
                                             struct awsc_ssm_register_default_patch_baseline_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[118], input, output, err);
}

static void register_default_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_default_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_default_patch_baseline_async(struct awsc_client *client,
                                                   const struct awsc_ssm_register_default_patch_baseline_input *input,
                                                   awsc_ssm_register_default_patch_baseline_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[118], input, register_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_register_patch_baseline_for_patch_group(struct awsc_client *client,
                                                     const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                     struct awsc_ssm_register_patch_baseline_for_patch_group_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[119], input, output, err);
}

static void register_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                           const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                           awsc_ssm_register_patch_baseline_for_patch_group_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[119], input, register_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_register_target_with_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                     struct awsc_ssm_register_target_with_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[120], input, output, err);
}

static void register_target_with_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_target_with_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_target_with_maintenance_window_async(struct awsc_client *client,
                                                           const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                           awsc_ssm_register_target_with_maintenance_window_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[120], input, register_target_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_register_task_with_maintenance_window(struct awsc_client *client,
                                                   const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                   struct awsc_ssm_register_task_with_maintenance_window_output **output,
                                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[121], input, output, err);
}

static void register_task_with_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_task_with_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_task_with_maintenance_window_async(struct awsc_client *client,
                                                         const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                         awsc_ssm_register_task_with_maintenance_window_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[121], input, register_task_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_remove_tags_from_resource(struct awsc_client *client,
                                       const struct awsc_ssm_remove_tags_from_resource_input *input,
                                       struct awsc_ssm_remove_tags_from_resource_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[122], input, output, err);
}

static void remove_tags_from_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_remove_tags_from_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_remove_tags_from_resource_async(struct awsc_client *client,
                                             const struct awsc_ssm_remove_tags_from_resource_input *input,
                                             awsc_ssm_remove_tags_from_resource_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[122], input, remove_tags_from_resource_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_reset_service_setting(struct awsc_client *client,
                                   const struct awsc_ssm_reset_service_setting_input *input,
                                   struct awsc_ssm_reset_service_setting_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[123], input, output, err);
}

static void reset_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_reset_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_reset_service_setting_async(struct awsc_client *client,
                                         const struct awsc_ssm_reset_service_setting_input *input,
                                         awsc_ssm_reset_service_setting_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[123], input, reset_service_setting_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_resume_session(struct awsc_client *client,
                            const struct awsc_ssm_resume_session_input *input,
                            struct awsc_ssm_resume_session_output **output,
                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[124], input, output, err);
}

static void resume_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_resume_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_resume_session_async(struct awsc_client *client,
                                  const struct awsc_ssm_resume_session_input *input,
                                  awsc_ssm_resume_session_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[124], input, resume_session_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_send_automation_signal(struct awsc_client *client,
                                    const struct awsc_ssm_send_automation_signal_input *input,
                                    struct awsc_ssm_send_automation_signal_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[125], input, output, err);
}

static void send_automation_signal_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_send_automation_signal_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_send_automation_signal_async(struct awsc_client *client,
                                          const struct awsc_ssm_send_automation_signal_input *input,
                                          awsc_ssm_send_automation_signal_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[125], input, send_automation_signal_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_send_command(struct awsc_client *client,
                          const struct awsc_ssm_send_command_input *input,
                          struct awsc_ssm_send_command_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[126], input, output, err);
}

static void send_command_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_send_command_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_send_command_async(struct awsc_client *client,
                                const struct awsc_ssm_send_command_input *input,
                                awsc_ssm_send_command_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[126], input, send_command_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_access_request(struct awsc_client *client,
                                  const struct awsc_ssm_start_access_request_input *input,
                                  struct awsc_ssm_start_access_request_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[127], input, output, err);
}

static void start_access_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_access_request_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_access_request_async(struct awsc_client *client,
                                        const struct awsc_ssm_start_access_request_input *input,
                                        awsc_ssm_start_access_request_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[127], input, start_access_request_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_associations_once(struct awsc_client *client,
                                     const struct awsc_ssm_start_associations_once_input *input,
                                     struct awsc_ssm_start_associations_once_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[128], input, output, err);
}

static void start_associations_once_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_associations_once_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_associations_once_async(struct awsc_client *client,
                                           const struct awsc_ssm_start_associations_once_input *input,
                                           awsc_ssm_start_associations_once_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[128], input, start_associations_once_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_automation_execution(struct awsc_client *client,
                                        const struct awsc_ssm_start_automation_execution_input *input,
                                        struct awsc_ssm_start_automation_execution_output **output,
                                        struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[129], input, output, err);
}

static void start_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_automation_execution_async(struct awsc_client *client,
                                              const struct awsc_ssm_start_automation_execution_input *input,
                                              awsc_ssm_start_automation_execution_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[129], input, start_automation_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_change_request_execution(struct awsc_client *client,
                                            const struct awsc_ssm_start_change_request_execution_input *input,
                                            struct awsc_ssm_start_change_request_execution_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[130], input, output, err);
}

static void start_change_request_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_change_request_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_change_request_execution_async(struct awsc_client *client,
                                                  const struct awsc_ssm_start_change_request_execution_input *input,
                                                  awsc_ssm_start_change_request_execution_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[130], input, start_change_request_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_execution_preview(struct awsc_client *client,
                                     const struct awsc_ssm_start_execution_preview_input *input,
                                     struct awsc_ssm_start_execution_preview_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[131], input, output, err);
}

static void start_execution_preview_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_execution_preview_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_execution_preview_async(struct awsc_client *client,
                                           const struct awsc_ssm_start_execution_preview_input *input,
                                           awsc_ssm_start_execution_preview_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[131], input, start_execution_preview_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_start_session(struct awsc_client *client,
                           const struct awsc_ssm_start_session_input *input,
                           struct awsc_ssm_start_session_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[132], input, output, err);
}

static void start_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_session_async(struct awsc_client *client,
                                 const struct awsc_ssm_start_session_input *input,
                                 awsc_ssm_start_session_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[132], input, start_session_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_stop_automation_execution(struct awsc_client *client,
                                       const struct awsc_ssm_stop_automation_execution_input *input,
                                       struct awsc_ssm_stop_automation_execution_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[133], input, output, err);
}

static void stop_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_stop_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_stop_automation_execution_async(struct awsc_client *client,
                                             const struct awsc_ssm_stop_automation_execution_input *input,
                                             awsc_ssm_stop_automation_execution_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[133], input, stop_automation_execution_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_terminate_session(struct awsc_client *client,
                               const struct awsc_ssm_terminate_session_input *input,
                               struct awsc_ssm_terminate_session_output **output,
                               struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[134], input, output, err);
}

static void terminate_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_terminate_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_terminate_session_async(struct awsc_client *client,
                                     const struct awsc_ssm_terminate_session_input *input,
                                     awsc_ssm_terminate_session_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[134], input, terminate_session_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_unlabel_parameter_version(struct awsc_client *client,
                                       const struct awsc_ssm_unlabel_parameter_version_input *input,
                                       struct awsc_ssm_unlabel_parameter_version_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[135], input, output, err);
}

static void unlabel_parameter_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_unlabel_parameter_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_unlabel_parameter_version_async(struct awsc_client *client,
                                             const struct awsc_ssm_unlabel_parameter_version_input *input,
                                             awsc_ssm_unlabel_parameter_version_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[135], input, unlabel_parameter_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_association(struct awsc_client *client,
                                const struct awsc_ssm_update_association_input *input,
                                struct awsc_ssm_update_association_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[136], input, output, err);
}

static void update_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_update_association_input *input,
                                      awsc_ssm_update_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[136], input, update_association_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_association_status(struct awsc_client *client,
                                       const struct awsc_ssm_update_association_status_input *input,
                                       struct awsc_ssm_update_association_status_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[137], input, output, err);
}

static void update_association_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_association_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_association_status_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_association_status_input *input,
                                             awsc_ssm_update_association_status_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[137], input, update_association_status_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_update_cloud_connector_input *input,
                                    struct awsc_ssm_update_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[138], input, output, err);
}

static void update_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_update_cloud_connector_input *input,
                                          awsc_ssm_update_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[138], input, update_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_document(struct awsc_client *client,
                             const struct awsc_ssm_update_document_input *input,
                             struct awsc_ssm_update_document_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[139], input, output, err);
}

static void update_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_update_document_input *input,
                                   awsc_ssm_update_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[139], input, update_document_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_document_default_version(struct awsc_client *client,
                                             const struct awsc_ssm_update_document_default_version_input *input,
                                             struct awsc_ssm_update_document_default_version_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[140], input, output, err);
}

static void update_document_default_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_default_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_default_version_async(struct awsc_client *client,
                                                   const struct awsc_ssm_update_document_default_version_input *input,
                                                   awsc_ssm_update_document_default_version_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[140], input, update_document_default_version_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_document_metadata(struct awsc_client *client,
                                      const struct awsc_ssm_update_document_metadata_input *input,
                                      struct awsc_ssm_update_document_metadata_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[141], input, output, err);
}

static void update_document_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_metadata_async(struct awsc_client *client,
                                            const struct awsc_ssm_update_document_metadata_input *input,
                                            awsc_ssm_update_document_metadata_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[141], input, update_document_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_update_maintenance_window_input *input,
                                       struct awsc_ssm_update_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[142], input, output, err);
}

static void update_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_maintenance_window_input *input,
                                             awsc_ssm_update_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[142], input, update_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_maintenance_window_target(struct awsc_client *client,
                                              const struct awsc_ssm_update_maintenance_window_target_input *input,
                                              struct awsc_ssm_update_maintenance_window_target_output **output,
                                              struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[143], input, output, err);
}

static void update_maintenance_window_target_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_target_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_target_async(struct awsc_client *client,
                                                    const struct awsc_ssm_update_maintenance_window_target_input *input,
                                                    awsc_ssm_update_maintenance_window_target_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[143], input, update_maintenance_window_target_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_maintenance_window_task(struct awsc_client *client,
                                            const struct awsc_ssm_update_maintenance_window_task_input *input,
                                            struct awsc_ssm_update_maintenance_window_task_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[144], input, output, err);
}

static void update_maintenance_window_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_task_async(struct awsc_client *client,
                                                  const struct awsc_ssm_update_maintenance_window_task_input *input,
                                                  awsc_ssm_update_maintenance_window_task_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[144], input, update_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_managed_instance_role(struct awsc_client *client,
                                          const struct awsc_ssm_update_managed_instance_role_input *input,
                                          struct awsc_ssm_update_managed_instance_role_output **output,
                                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[145], input, output, err);
}

static void update_managed_instance_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_managed_instance_role_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_managed_instance_role_async(struct awsc_client *client,
                                                const struct awsc_ssm_update_managed_instance_role_input *input,
                                                awsc_ssm_update_managed_instance_role_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[145], input, update_managed_instance_role_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_update_ops_item_input *input,
                             struct awsc_ssm_update_ops_item_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[146], input, output, err);
}

static void update_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_update_ops_item_input *input,
                                   awsc_ssm_update_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[146], input, update_ops_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_update_ops_metadata_input *input,
                                 struct awsc_ssm_update_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[147], input, output, err);
}

static void update_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_update_ops_metadata_input *input,
                                       awsc_ssm_update_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[147], input, update_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_update_patch_baseline_input *input,
                                   struct awsc_ssm_update_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[148], input, output, err);
}

static void update_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_update_patch_baseline_input *input,
                                         awsc_ssm_update_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[148], input, update_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_update_resource_data_sync_input *input,
                                       struct awsc_ssm_update_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[149], input, output, err);
}

static void update_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_resource_data_sync_input *input,
                                             awsc_ssm_update_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[149], input, update_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_update_service_setting(struct awsc_client *client,
                                    const struct awsc_ssm_update_service_setting_input *input,
                                    struct awsc_ssm_update_service_setting_output **output,
                                    struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[150], input, output, err);
}

static void update_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_service_setting_async(struct awsc_client *client,
                                          const struct awsc_ssm_update_service_setting_input *input,
                                          awsc_ssm_update_service_setting_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[150], input, update_service_setting_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector(struct awsc_client *client,
                                      const struct awsc_ssm_validate_cloud_connector_input *input,
                                      struct awsc_ssm_validate_cloud_connector_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__ssm_tables.operations[151], input, output, err);
}

static void validate_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_validate_cloud_connector_async(struct awsc_client *client,
                                            const struct awsc_ssm_validate_cloud_connector_input *input,
                                            awsc_ssm_validate_cloud_connector_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__ssm_tables.operations[151], input, validate_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
