/*
 * ssm_ops.c - operations of SSM: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>
#include <awsc/shape.h>

#ifndef AWSC__SSM_TABLES
#define AWSC__SSM_TABLES
/* Every shape, member and name of SSM in one object (ssm_shapes.c). */
struct awsc__ssm_tables {
    struct awsc_shape shapes[1340];
    struct awsc_member members[2238];
    uint16_t by_wire_name[2238];
    struct awsc_range ranges[352];
    char strings[43962];
};
extern const struct awsc__ssm_tables awsc__ssm_tables;
#endif
extern const struct awsc_ruleset awsc__ssm_ruleset;
static const struct awsc_shape *const op_AddTagsToResource_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
    &awsc__ssm_tables.shapes[1281],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_AddTagsToResource = {
    .name = "AddTagsToResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[17],
    .output = &awsc__ssm_tables.shapes[18],
    .errors = op_AddTagsToResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_add_tags_to_resource(struct awsc_client *client,
                                  const struct awsc_ssm_add_tags_to_resource_input *input,
                                  struct awsc_ssm_add_tags_to_resource_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AddTagsToResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_AddTagsToResource, input, add_tags_to_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssociateOpsItemRelatedItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[857],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[881],
    &awsc__ssm_tables.shapes[883],
    &awsc__ssm_tables.shapes[890],
};

static const struct awsc_operation op_AssociateOpsItemRelatedItem = {
    .name = "AssociateOpsItemRelatedItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[34],
    .output = &awsc__ssm_tables.shapes[35],
    .errors = op_AssociateOpsItemRelatedItem_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_associate_ops_item_related_item(struct awsc_client *client,
                                             const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                             struct awsc_ssm_associate_ops_item_related_item_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssociateOpsItemRelatedItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_AssociateOpsItemRelatedItem, input, associate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelCommand_errors[] = {
    &awsc__ssm_tables.shapes[420],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[573],
    &awsc__ssm_tables.shapes[586],
};

static const struct awsc_operation op_CancelCommand = {
    .name = "CancelCommand",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[142],
    .output = &awsc__ssm_tables.shapes[143],
    .errors = op_CancelCommand_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_cancel_command(struct awsc_client *client,
                            const struct awsc_ssm_cancel_command_input *input,
                            struct awsc_ssm_cancel_command_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelCommand, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CancelCommand, input, cancel_command_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelMaintenanceWindowExecution_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_CancelMaintenanceWindowExecution = {
    .name = "CancelMaintenanceWindowExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[144],
    .output = &awsc__ssm_tables.shapes[145],
    .errors = op_CancelMaintenanceWindowExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_cancel_maintenance_window_execution(struct awsc_client *client,
                                                 const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                 struct awsc_ssm_cancel_maintenance_window_execution_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelMaintenanceWindowExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CancelMaintenanceWindowExecution, input, cancel_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateActivation_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[599],
};

static const struct awsc_operation op_CreateActivation = {
    .name = "CreateActivation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[223],
    .output = &awsc__ssm_tables.shapes[224],
    .errors = op_CreateActivation_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_activation(struct awsc_client *client,
                               const struct awsc_ssm_create_activation_input *input,
                               struct awsc_ssm_create_activation_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateActivation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateActivation, input, create_activation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAssociation_errors[] = {
    &awsc__ssm_tables.shapes[38],
    &awsc__ssm_tables.shapes[65],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[598],
    &awsc__ssm_tables.shapes[599],
    &awsc__ssm_tables.shapes[608],
    &awsc__ssm_tables.shapes[609],
    &awsc__ssm_tables.shapes[610],
    &awsc__ssm_tables.shapes[611],
    &awsc__ssm_tables.shapes[1295],
};

static const struct awsc_operation op_CreateAssociation = {
    .name = "CreateAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[229],
    .output = &awsc__ssm_tables.shapes[230],
    .errors = op_CreateAssociation_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_association(struct awsc_client *client,
                                const struct awsc_ssm_create_association_input *input,
                                struct awsc_ssm_create_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateAssociation, input, create_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAssociationBatch_errors[] = {
    &awsc__ssm_tables.shapes[65],
    &awsc__ssm_tables.shapes[420],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[598],
    &awsc__ssm_tables.shapes[599],
    &awsc__ssm_tables.shapes[608],
    &awsc__ssm_tables.shapes[610],
    &awsc__ssm_tables.shapes[611],
    &awsc__ssm_tables.shapes[1295],
};

static const struct awsc_operation op_CreateAssociationBatch = {
    .name = "CreateAssociationBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[225],
    .output = &awsc__ssm_tables.shapes[228],
    .errors = op_CreateAssociationBatch_errors,
    .error_count = 12,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_association_batch(struct awsc_client *client,
                                      const struct awsc_ssm_create_association_batch_input *input,
                                      struct awsc_ssm_create_association_batch_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAssociationBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateAssociationBatch, input, create_association_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateCloudConnector_errors[] = {
    &awsc__ssm_tables.shapes[220],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1180],
};

static const struct awsc_operation op_CreateCloudConnector = {
    .name = "CreateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[231],
    .output = &awsc__ssm_tables.shapes[232],
    .errors = op_CreateCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_create_cloud_connector_input *input,
                                    struct awsc_ssm_create_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateCloudConnector, input, create_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateDocument_errors[] = {
    &awsc__ssm_tables.shapes[361],
    &awsc__ssm_tables.shapes[381],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[577],
    &awsc__ssm_tables.shapes[579],
    &awsc__ssm_tables.shapes[782],
    &awsc__ssm_tables.shapes[795],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_CreateDocument = {
    .name = "CreateDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[233],
    .output = &awsc__ssm_tables.shapes[234],
    .errors = op_CreateDocument_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_document(struct awsc_client *client,
                             const struct awsc_ssm_create_document_input *input,
                             struct awsc_ssm_create_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateDocument, input, create_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1146],
};

static const struct awsc_operation op_CreateMaintenanceWindow = {
    .name = "CreateMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[235],
    .output = &awsc__ssm_tables.shapes[236],
    .errors = op_CreateMaintenanceWindow_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_create_maintenance_window_input *input,
                                       struct awsc_ssm_create_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateMaintenanceWindow, input, create_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateOpsItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[852],
    &awsc__ssm_tables.shapes[854],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[881],
};

static const struct awsc_operation op_CreateOpsItem = {
    .name = "CreateOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[237],
    .output = &awsc__ssm_tables.shapes[238],
    .errors = op_CreateOpsItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_create_ops_item_input *input,
                             struct awsc_ssm_create_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateOpsItem, input, create_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateOpsMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[913],
    &awsc__ssm_tables.shapes[920],
    &awsc__ssm_tables.shapes[922],
    &awsc__ssm_tables.shapes[926],
};

static const struct awsc_operation op_CreateOpsMetadata = {
    .name = "CreateOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[239],
    .output = &awsc__ssm_tables.shapes[240],
    .errors = op_CreateOpsMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_create_ops_metadata_input *input,
                                 struct awsc_ssm_create_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateOpsMetadata, input, create_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1146],
};

static const struct awsc_operation op_CreatePatchBaseline = {
    .name = "CreatePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[241],
    .output = &awsc__ssm_tables.shapes[242],
    .errors = op_CreatePatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_create_patch_baseline_input *input,
                                   struct awsc_ssm_create_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreatePatchBaseline, input, create_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateResourceDataSync_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1113],
    &awsc__ssm_tables.shapes[1116],
    &awsc__ssm_tables.shapes[1122],
};

static const struct awsc_operation op_CreateResourceDataSync = {
    .name = "CreateResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[243],
    .output = &awsc__ssm_tables.shapes[244],
    .errors = op_CreateResourceDataSync_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_create_resource_data_sync_input *input,
                                       struct awsc_ssm_create_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_CreateResourceDataSync, input, create_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteActivation_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[564],
    &awsc__ssm_tables.shapes[565],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_DeleteActivation = {
    .name = "DeleteActivation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[251],
    .output = &awsc__ssm_tables.shapes[252],
    .errors = op_DeleteActivation_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_activation(struct awsc_client *client,
                               const struct awsc_ssm_delete_activation_input *input,
                               struct awsc_ssm_delete_activation_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteActivation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteActivation, input, delete_activation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAssociation_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_DeleteAssociation = {
    .name = "DeleteAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[253],
    .output = &awsc__ssm_tables.shapes[254],
    .errors = op_DeleteAssociation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_association(struct awsc_client *client,
                                const struct awsc_ssm_delete_association_input *input,
                                struct awsc_ssm_delete_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteAssociation, input, delete_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteCloudConnector_errors[] = {
    &awsc__ssm_tables.shapes[220],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
};

static const struct awsc_operation op_DeleteCloudConnector = {
    .name = "DeleteCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[255],
    .output = &awsc__ssm_tables.shapes[256],
    .errors = op_DeleteCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_delete_cloud_connector_input *input,
                                    struct awsc_ssm_delete_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteCloudConnector, input, delete_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteDocument_errors[] = {
    &awsc__ssm_tables.shapes[36],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[578],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_DeleteDocument = {
    .name = "DeleteDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[257],
    .output = &awsc__ssm_tables.shapes[258],
    .errors = op_DeleteDocument_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_document(struct awsc_client *client,
                             const struct awsc_ssm_delete_document_input *input,
                             struct awsc_ssm_delete_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteDocument, input, delete_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteInventory_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[574],
    &awsc__ssm_tables.shapes[591],
    &awsc__ssm_tables.shapes[596],
    &awsc__ssm_tables.shapes[612],
};

static const struct awsc_operation op_DeleteInventory = {
    .name = "DeleteInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[259],
    .output = &awsc__ssm_tables.shapes[260],
    .errors = op_DeleteInventory_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_inventory(struct awsc_client *client,
                              const struct awsc_ssm_delete_inventory_input *input,
                              struct awsc_ssm_delete_inventory_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteInventory, input, delete_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DeleteMaintenanceWindow = {
    .name = "DeleteMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[261],
    .output = &awsc__ssm_tables.shapes[262],
    .errors = op_DeleteMaintenanceWindow_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_delete_maintenance_window_input *input,
                                       struct awsc_ssm_delete_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteMaintenanceWindow, input, delete_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteOpsItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[880],
};

static const struct awsc_operation op_DeleteOpsItem = {
    .name = "DeleteOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[263],
    .output = &awsc__ssm_tables.shapes[264],
    .errors = op_DeleteOpsItem_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_delete_ops_item_input *input,
                             struct awsc_ssm_delete_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteOpsItem, input, delete_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteOpsMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[920],
    &awsc__ssm_tables.shapes[924],
};

static const struct awsc_operation op_DeleteOpsMetadata = {
    .name = "DeleteOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[265],
    .output = &awsc__ssm_tables.shapes[266],
    .errors = op_DeleteOpsMetadata_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_delete_ops_metadata_input *input,
                                 struct awsc_ssm_delete_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteOpsMetadata, input, delete_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteParameter_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[954],
};

static const struct awsc_operation op_DeleteParameter = {
    .name = "DeleteParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[267],
    .output = &awsc__ssm_tables.shapes[268],
    .errors = op_DeleteParameter_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_parameter(struct awsc_client *client,
                              const struct awsc_ssm_delete_parameter_input *input,
                              struct awsc_ssm_delete_parameter_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteParameter, input, delete_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteParameters_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DeleteParameters = {
    .name = "DeleteParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[269],
    .output = &awsc__ssm_tables.shapes[270],
    .errors = op_DeleteParameters_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_parameters(struct awsc_client *client,
                               const struct awsc_ssm_delete_parameters_input *input,
                               struct awsc_ssm_delete_parameters_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteParameters, input, delete_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeletePatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1145],
};

static const struct awsc_operation op_DeletePatchBaseline = {
    .name = "DeletePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[271],
    .output = &awsc__ssm_tables.shapes[272],
    .errors = op_DeletePatchBaseline_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_delete_patch_baseline_input *input,
                                   struct awsc_ssm_delete_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeletePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeletePatchBaseline, input, delete_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourceDataSync_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1122],
    &awsc__ssm_tables.shapes[1127],
};

static const struct awsc_operation op_DeleteResourceDataSync = {
    .name = "DeleteResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[273],
    .output = &awsc__ssm_tables.shapes[274],
    .errors = op_DeleteResourceDataSync_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_delete_resource_data_sync_input *input,
                                       struct awsc_ssm_delete_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteResourceDataSync, input, delete_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourcePolicy_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[778],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1148],
    &awsc__ssm_tables.shapes[1149],
    &awsc__ssm_tables.shapes[1152],
};

static const struct awsc_operation op_DeleteResourcePolicy = {
    .name = "DeleteResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[275],
    .output = &awsc__ssm_tables.shapes[276],
    .errors = op_DeleteResourcePolicy_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_resource_policy(struct awsc_client *client,
                                    const struct awsc_ssm_delete_resource_policy_input *input,
                                    struct awsc_ssm_delete_resource_policy_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeleteResourcePolicy, input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterManagedInstance_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[586],
};

static const struct awsc_operation op_DeregisterManagedInstance = {
    .name = "DeregisterManagedInstance",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[278],
    .output = &awsc__ssm_tables.shapes[279],
    .errors = op_DeregisterManagedInstance_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_managed_instance(struct awsc_client *client,
                                         const struct awsc_ssm_deregister_managed_instance_input *input,
                                         struct awsc_ssm_deregister_managed_instance_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterManagedInstance, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeregisterManagedInstance, input, deregister_managed_instance_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
};

static const struct awsc_operation op_DeregisterPatchBaselineForPatchGroup = {
    .name = "DeregisterPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[280],
    .output = &awsc__ssm_tables.shapes[281],
    .errors = op_DeregisterPatchBaselineForPatchGroup_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_patch_baseline_for_patch_group(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                       struct awsc_ssm_deregister_patch_baseline_for_patch_group_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeregisterPatchBaselineForPatchGroup, input, deregister_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterTargetFromMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1258],
};

static const struct awsc_operation op_DeregisterTargetFromMaintenanceWindow = {
    .name = "DeregisterTargetFromMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[282],
    .output = &awsc__ssm_tables.shapes[283],
    .errors = op_DeregisterTargetFromMaintenanceWindow_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_target_from_maintenance_window(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                       struct awsc_ssm_deregister_target_from_maintenance_window_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterTargetFromMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeregisterTargetFromMaintenanceWindow, input, deregister_target_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterTaskFromMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DeregisterTaskFromMaintenanceWindow = {
    .name = "DeregisterTaskFromMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[284],
    .output = &awsc__ssm_tables.shapes[285],
    .errors = op_DeregisterTaskFromMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_task_from_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                     struct awsc_ssm_deregister_task_from_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterTaskFromMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DeregisterTaskFromMaintenanceWindow, input, deregister_task_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeActivations_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeActivations = {
    .name = "DescribeActivations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[289],
    .output = &awsc__ssm_tables.shapes[290],
    .errors = op_DescribeActivations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_activations(struct awsc_client *client,
                                  const struct awsc_ssm_describe_activations_input *input,
                                  struct awsc_ssm_describe_activations_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeActivations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeActivations, input, describe_activations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociation_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[569],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[586],
};

static const struct awsc_operation op_DescribeAssociation = {
    .name = "DescribeAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[295],
    .output = &awsc__ssm_tables.shapes[296],
    .errors = op_DescribeAssociation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association(struct awsc_client *client,
                                  const struct awsc_ssm_describe_association_input *input,
                                  struct awsc_ssm_describe_association_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAssociation, input, describe_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociationExecutionTargets_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[45],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeAssociationExecutionTargets = {
    .name = "DescribeAssociationExecutionTargets",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[291],
    .output = &awsc__ssm_tables.shapes[292],
    .errors = op_DescribeAssociationExecutionTargets_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association_execution_targets(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                    struct awsc_ssm_describe_association_execution_targets_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociationExecutionTargets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAssociationExecutionTargets, input, describe_association_execution_targets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociationExecutions_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeAssociationExecutions = {
    .name = "DescribeAssociationExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[293],
    .output = &awsc__ssm_tables.shapes[294],
    .errors = op_DescribeAssociationExecutions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association_executions(struct awsc_client *client,
                                             const struct awsc_ssm_describe_association_executions_input *input,
                                             struct awsc_ssm_describe_association_executions_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociationExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAssociationExecutions, input, describe_association_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAutomationExecutions_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[585],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeAutomationExecutions = {
    .name = "DescribeAutomationExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[297],
    .output = &awsc__ssm_tables.shapes[298],
    .errors = op_DescribeAutomationExecutions_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_automation_executions(struct awsc_client *client,
                                            const struct awsc_ssm_describe_automation_executions_input *input,
                                            struct awsc_ssm_describe_automation_executions_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAutomationExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAutomationExecutions, input, describe_automation_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAutomationStepExecutions_errors[] = {
    &awsc__ssm_tables.shapes[110],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[585],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeAutomationStepExecutions = {
    .name = "DescribeAutomationStepExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[299],
    .output = &awsc__ssm_tables.shapes[300],
    .errors = op_DescribeAutomationStepExecutions_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_automation_step_executions(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                 struct awsc_ssm_describe_automation_step_executions_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAutomationStepExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAutomationStepExecutions, input, describe_automation_step_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAvailablePatches_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeAvailablePatches = {
    .name = "DescribeAvailablePatches",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[301],
    .output = &awsc__ssm_tables.shapes[302],
    .errors = op_DescribeAvailablePatches_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_available_patches(struct awsc_client *client,
                                        const struct awsc_ssm_describe_available_patches_input *input,
                                        struct awsc_ssm_describe_available_patches_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAvailablePatches, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeAvailablePatches, input, describe_available_patches_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeDocument_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
};

static const struct awsc_operation op_DescribeDocument = {
    .name = "DescribeDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[305],
    .output = &awsc__ssm_tables.shapes[306],
    .errors = op_DescribeDocument_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_document(struct awsc_client *client,
                               const struct awsc_ssm_describe_document_input *input,
                               struct awsc_ssm_describe_document_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeDocument, input, describe_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeDocumentPermission_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[578],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[600],
};

static const struct awsc_operation op_DescribeDocumentPermission = {
    .name = "DescribeDocumentPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[303],
    .output = &awsc__ssm_tables.shapes[304],
    .errors = op_DescribeDocumentPermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_document_permission(struct awsc_client *client,
                                          const struct awsc_ssm_describe_document_permission_input *input,
                                          struct awsc_ssm_describe_document_permission_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeDocumentPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeDocumentPermission, input, describe_document_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeEffectiveInstanceAssociations_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeEffectiveInstanceAssociations = {
    .name = "DescribeEffectiveInstanceAssociations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[307],
    .output = &awsc__ssm_tables.shapes[308],
    .errors = op_DescribeEffectiveInstanceAssociations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_effective_instance_associations(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                      struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeEffectiveInstanceAssociations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeEffectiveInstanceAssociations, input, describe_effective_instance_associations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeEffectivePatchesForPatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[1292],
};

static const struct awsc_operation op_DescribeEffectivePatchesForPatchBaseline = {
    .name = "DescribeEffectivePatchesForPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[309],
    .output = &awsc__ssm_tables.shapes[310],
    .errors = op_DescribeEffectivePatchesForPatchBaseline_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_effective_patches_for_patch_baseline(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                           struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeEffectivePatchesForPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeEffectivePatchesForPatchBaseline, input, describe_effective_patches_for_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceAssociationsStatus_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstanceAssociationsStatus = {
    .name = "DescribeInstanceAssociationsStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[311],
    .output = &awsc__ssm_tables.shapes[312],
    .errors = op_DescribeInstanceAssociationsStatus_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_associations_status(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                   struct awsc_ssm_describe_instance_associations_status_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceAssociationsStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstanceAssociationsStatus, input, describe_instance_associations_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceInformation_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[587],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstanceInformation = {
    .name = "DescribeInstanceInformation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[313],
    .output = &awsc__ssm_tables.shapes[314],
    .errors = op_DescribeInstanceInformation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_information(struct awsc_client *client,
                                           const struct awsc_ssm_describe_instance_information_input *input,
                                           struct awsc_ssm_describe_instance_information_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceInformation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstanceInformation, input, describe_instance_information_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatchStates_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstancePatchStates = {
    .name = "DescribeInstancePatchStates",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[317],
    .output = &awsc__ssm_tables.shapes[318],
    .errors = op_DescribeInstancePatchStates_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patch_states(struct awsc_client *client,
                                            const struct awsc_ssm_describe_instance_patch_states_input *input,
                                            struct awsc_ssm_describe_instance_patch_states_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatchStates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstancePatchStates, input, describe_instance_patch_states_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatchStatesForPatchGroup_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstancePatchStatesForPatchGroup = {
    .name = "DescribeInstancePatchStatesForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[315],
    .output = &awsc__ssm_tables.shapes[316],
    .errors = op_DescribeInstancePatchStatesForPatchGroup_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patch_states_for_patch_group(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                            struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatchStatesForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstancePatchStatesForPatchGroup, input, describe_instance_patch_states_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatches_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstancePatches = {
    .name = "DescribeInstancePatches",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[319],
    .output = &awsc__ssm_tables.shapes[320],
    .errors = op_DescribeInstancePatches_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patches(struct awsc_client *client,
                                       const struct awsc_ssm_describe_instance_patches_input *input,
                                       struct awsc_ssm_describe_instance_patches_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatches, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstancePatches, input, describe_instance_patches_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceProperties_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[565],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[588],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInstanceProperties = {
    .name = "DescribeInstanceProperties",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[322],
    .output = &awsc__ssm_tables.shapes[323],
    .errors = op_DescribeInstanceProperties_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_properties(struct awsc_client *client,
                                          const struct awsc_ssm_describe_instance_properties_input *input,
                                          struct awsc_ssm_describe_instance_properties_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceProperties, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInstanceProperties, input, describe_instance_properties_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInventoryDeletions_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[575],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeInventoryDeletions = {
    .name = "DescribeInventoryDeletions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[324],
    .output = &awsc__ssm_tables.shapes[325],
    .errors = op_DescribeInventoryDeletions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_inventory_deletions(struct awsc_client *client,
                                          const struct awsc_ssm_describe_inventory_deletions_input *input,
                                          struct awsc_ssm_describe_inventory_deletions_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInventoryDeletions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeInventoryDeletions, input, describe_inventory_deletions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutionTaskInvocations_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutionTaskInvocations = {
    .name = "DescribeMaintenanceWindowExecutionTaskInvocations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[326],
    .output = &awsc__ssm_tables.shapes[327],
    .errors = op_DescribeMaintenanceWindowExecutionTaskInvocations_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_execution_task_invocations(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                    struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutionTaskInvocations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutionTaskInvocations, input, describe_maintenance_window_execution_task_invocations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutionTasks_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutionTasks = {
    .name = "DescribeMaintenanceWindowExecutionTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[328],
    .output = &awsc__ssm_tables.shapes[329],
    .errors = op_DescribeMaintenanceWindowExecutionTasks_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_execution_tasks(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                         struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutionTasks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutionTasks, input, describe_maintenance_window_execution_tasks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutions_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutions = {
    .name = "DescribeMaintenanceWindowExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[330],
    .output = &awsc__ssm_tables.shapes[331],
    .errors = op_DescribeMaintenanceWindowExecutions_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_executions(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                    struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutions, input, describe_maintenance_window_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowSchedule_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowSchedule = {
    .name = "DescribeMaintenanceWindowSchedule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[332],
    .output = &awsc__ssm_tables.shapes[333],
    .errors = op_DescribeMaintenanceWindowSchedule_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_schedule(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                  struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowSchedule, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowSchedule, input, describe_maintenance_window_schedule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowTargets_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowTargets = {
    .name = "DescribeMaintenanceWindowTargets",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[334],
    .output = &awsc__ssm_tables.shapes[335],
    .errors = op_DescribeMaintenanceWindowTargets_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_targets(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                 struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowTargets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowTargets, input, describe_maintenance_window_targets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowTasks_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowTasks = {
    .name = "DescribeMaintenanceWindowTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[336],
    .output = &awsc__ssm_tables.shapes[337],
    .errors = op_DescribeMaintenanceWindowTasks_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_tasks(struct awsc_client *client,
                                               const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                               struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowTasks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowTasks, input, describe_maintenance_window_tasks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindows_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindows = {
    .name = "DescribeMaintenanceWindows",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[340],
    .output = &awsc__ssm_tables.shapes[341],
    .errors = op_DescribeMaintenanceWindows_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_windows(struct awsc_client *client,
                                          const struct awsc_ssm_describe_maintenance_windows_input *input,
                                          struct awsc_ssm_describe_maintenance_windows_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindows, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindows, input, describe_maintenance_windows_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowsForTarget_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeMaintenanceWindowsForTarget = {
    .name = "DescribeMaintenanceWindowsForTarget",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[338],
    .output = &awsc__ssm_tables.shapes[339],
    .errors = op_DescribeMaintenanceWindowsForTarget_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_windows_for_target(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                     struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowsForTarget, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowsForTarget, input, describe_maintenance_windows_for_target_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeOpsItems_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribeOpsItems = {
    .name = "DescribeOpsItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[342],
    .output = &awsc__ssm_tables.shapes[343],
    .errors = op_DescribeOpsItems_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_ops_items(struct awsc_client *client,
                                const struct awsc_ssm_describe_ops_items_input *input,
                                struct awsc_ssm_describe_ops_items_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeOpsItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeOpsItems, input, describe_ops_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeParameters_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[584],
    &awsc__ssm_tables.shapes[585],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeParameters = {
    .name = "DescribeParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[344],
    .output = &awsc__ssm_tables.shapes[345],
    .errors = op_DescribeParameters_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_parameters(struct awsc_client *client,
                                 const struct awsc_ssm_describe_parameters_input *input,
                                 struct awsc_ssm_describe_parameters_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeParameters, input, describe_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchBaselines_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribePatchBaselines = {
    .name = "DescribePatchBaselines",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[346],
    .output = &awsc__ssm_tables.shapes[347],
    .errors = op_DescribePatchBaselines_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_baselines(struct awsc_client *client,
                                      const struct awsc_ssm_describe_patch_baselines_input *input,
                                      struct awsc_ssm_describe_patch_baselines_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchBaselines, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribePatchBaselines, input, describe_patch_baselines_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchGroupState_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribePatchGroupState = {
    .name = "DescribePatchGroupState",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[348],
    .output = &awsc__ssm_tables.shapes[349],
    .errors = op_DescribePatchGroupState_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_group_state(struct awsc_client *client,
                                        const struct awsc_ssm_describe_patch_group_state_input *input,
                                        struct awsc_ssm_describe_patch_group_state_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchGroupState, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribePatchGroupState, input, describe_patch_group_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchGroups_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribePatchGroups = {
    .name = "DescribePatchGroups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[350],
    .output = &awsc__ssm_tables.shapes[351],
    .errors = op_DescribePatchGroups_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_groups(struct awsc_client *client,
                                   const struct awsc_ssm_describe_patch_groups_input *input,
                                   struct awsc_ssm_describe_patch_groups_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchGroups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribePatchGroups, input, describe_patch_groups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchProperties_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_DescribePatchProperties = {
    .name = "DescribePatchProperties",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[352],
    .output = &awsc__ssm_tables.shapes[353],
    .errors = op_DescribePatchProperties_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_properties(struct awsc_client *client,
                                       const struct awsc_ssm_describe_patch_properties_input *input,
                                       struct awsc_ssm_describe_patch_properties_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchProperties, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribePatchProperties, input, describe_patch_properties_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeSessions_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_DescribeSessions = {
    .name = "DescribeSessions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[354],
    .output = &awsc__ssm_tables.shapes[355],
    .errors = op_DescribeSessions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_sessions(struct awsc_client *client,
                               const struct awsc_ssm_describe_sessions_input *input,
                               struct awsc_ssm_describe_sessions_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeSessions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DescribeSessions, input, describe_sessions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisassociateOpsItemRelatedItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[857],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[883],
    &awsc__ssm_tables.shapes[892],
};

static const struct awsc_operation op_DisassociateOpsItemRelatedItem = {
    .name = "DisassociateOpsItemRelatedItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[357],
    .output = &awsc__ssm_tables.shapes[358],
    .errors = op_DisassociateOpsItemRelatedItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_disassociate_ops_item_related_item(struct awsc_client *client,
                                                const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                struct awsc_ssm_disassociate_ops_item_related_item_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisassociateOpsItemRelatedItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_DisassociateOpsItemRelatedItem, input, disassociate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccessToken_errors[] = {
    &awsc__ssm_tables.shapes[0],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1278],
    &awsc__ssm_tables.shapes[1332],
};

static const struct awsc_operation op_GetAccessToken = {
    .name = "GetAccessToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[441],
    .output = &awsc__ssm_tables.shapes[442],
    .errors = op_GetAccessToken_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_access_token(struct awsc_client *client,
                              const struct awsc_ssm_get_access_token_input *input,
                              struct awsc_ssm_get_access_token_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccessToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetAccessToken, input, get_access_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAutomationExecution_errors[] = {
    &awsc__ssm_tables.shapes[110],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetAutomationExecution = {
    .name = "GetAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[443],
    .output = &awsc__ssm_tables.shapes[444],
    .errors = op_GetAutomationExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_automation_execution(struct awsc_client *client,
                                      const struct awsc_ssm_get_automation_execution_input *input,
                                      struct awsc_ssm_get_automation_execution_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetAutomationExecution, input, get_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCalendarState_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[580],
    &awsc__ssm_tables.shapes[1288],
};

static const struct awsc_operation op_GetCalendarState = {
    .name = "GetCalendarState",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[445],
    .output = &awsc__ssm_tables.shapes[446],
    .errors = op_GetCalendarState_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_calendar_state(struct awsc_client *client,
                                const struct awsc_ssm_get_calendar_state_input *input,
                                struct awsc_ssm_get_calendar_state_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCalendarState, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetCalendarState, input, get_calendar_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCloudConnector_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
};

static const struct awsc_operation op_GetCloudConnector = {
    .name = "GetCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[447],
    .output = &awsc__ssm_tables.shapes[448],
    .errors = op_GetCloudConnector_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_cloud_connector(struct awsc_client *client,
                                 const struct awsc_ssm_get_cloud_connector_input *input,
                                 struct awsc_ssm_get_cloud_connector_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetCloudConnector, input, get_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCommandInvocation_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[573],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[601],
    &awsc__ssm_tables.shapes[659],
};

static const struct awsc_operation op_GetCommandInvocation = {
    .name = "GetCommandInvocation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[449],
    .output = &awsc__ssm_tables.shapes[450],
    .errors = op_GetCommandInvocation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_command_invocation(struct awsc_client *client,
                                    const struct awsc_ssm_get_command_invocation_input *input,
                                    struct awsc_ssm_get_command_invocation_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCommandInvocation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetCommandInvocation, input, get_command_invocation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetConnectionStatus_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetConnectionStatus = {
    .name = "GetConnectionStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[451],
    .output = &awsc__ssm_tables.shapes[452],
    .errors = op_GetConnectionStatus_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_connection_status(struct awsc_client *client,
                                   const struct awsc_ssm_get_connection_status_input *input,
                                   struct awsc_ssm_get_connection_status_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetConnectionStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetConnectionStatus, input, get_connection_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDefaultPatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetDefaultPatchBaseline = {
    .name = "GetDefaultPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[453],
    .output = &awsc__ssm_tables.shapes[454],
    .errors = op_GetDefaultPatchBaseline_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_default_patch_baseline(struct awsc_client *client,
                                        const struct awsc_ssm_get_default_patch_baseline_input *input,
                                        struct awsc_ssm_get_default_patch_baseline_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDefaultPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDefaultPatchBaseline, input, get_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDeployablePatchSnapshotForInstance_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1289],
    &awsc__ssm_tables.shapes[1292],
};

static const struct awsc_operation op_GetDeployablePatchSnapshotForInstance = {
    .name = "GetDeployablePatchSnapshotForInstance",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[455],
    .output = &awsc__ssm_tables.shapes[456],
    .errors = op_GetDeployablePatchSnapshotForInstance_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_deployable_patch_snapshot_for_instance(struct awsc_client *client,
                                                        const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                        struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDeployablePatchSnapshotForInstance, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDeployablePatchSnapshotForInstance, input, get_deployable_patch_snapshot_for_instance_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDocument_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
};

static const struct awsc_operation op_GetDocument = {
    .name = "GetDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[457],
    .output = &awsc__ssm_tables.shapes[458],
    .errors = op_GetDocument_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_document(struct awsc_client *client,
                          const struct awsc_ssm_get_document_input *input,
                          struct awsc_ssm_get_document_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetDocument, input, get_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetExecutionPreview_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
};

static const struct awsc_operation op_GetExecutionPreview = {
    .name = "GetExecutionPreview",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[459],
    .output = &awsc__ssm_tables.shapes[460],
    .errors = op_GetExecutionPreview_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_execution_preview(struct awsc_client *client,
                                   const struct awsc_ssm_get_execution_preview_input *input,
                                   struct awsc_ssm_get_execution_preview_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetExecutionPreview, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetExecutionPreview, input, get_execution_preview_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInventory_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[566],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[589],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[606],
    &awsc__ssm_tables.shapes[612],
};

static const struct awsc_operation op_GetInventory = {
    .name = "GetInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[461],
    .output = &awsc__ssm_tables.shapes[462],
    .errors = op_GetInventory_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_inventory(struct awsc_client *client,
                           const struct awsc_ssm_get_inventory_input *input,
                           struct awsc_ssm_get_inventory_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetInventory, input, get_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInventorySchema_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[612],
};

static const struct awsc_operation op_GetInventorySchema = {
    .name = "GetInventorySchema",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[464],
    .output = &awsc__ssm_tables.shapes[465],
    .errors = op_GetInventorySchema_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_inventory_schema(struct awsc_client *client,
                                  const struct awsc_ssm_get_inventory_schema_input *input,
                                  struct awsc_ssm_get_inventory_schema_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInventorySchema, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetInventorySchema, input, get_inventory_schema_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetMaintenanceWindow = {
    .name = "GetMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[472],
    .output = &awsc__ssm_tables.shapes[473],
    .errors = op_GetMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window(struct awsc_client *client,
                                    const struct awsc_ssm_get_maintenance_window_input *input,
                                    struct awsc_ssm_get_maintenance_window_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMaintenanceWindow, input, get_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecution_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetMaintenanceWindowExecution = {
    .name = "GetMaintenanceWindowExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[466],
    .output = &awsc__ssm_tables.shapes[467],
    .errors = op_GetMaintenanceWindowExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution(struct awsc_client *client,
                                              const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                              struct awsc_ssm_get_maintenance_window_execution_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecution, input, get_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecutionTask_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetMaintenanceWindowExecutionTask = {
    .name = "GetMaintenanceWindowExecutionTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[470],
    .output = &awsc__ssm_tables.shapes[471],
    .errors = op_GetMaintenanceWindowExecutionTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution_task(struct awsc_client *client,
                                                   const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                   struct awsc_ssm_get_maintenance_window_execution_task_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecutionTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecutionTask, input, get_maintenance_window_execution_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecutionTaskInvocation_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetMaintenanceWindowExecutionTaskInvocation = {
    .name = "GetMaintenanceWindowExecutionTaskInvocation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[468],
    .output = &awsc__ssm_tables.shapes[469],
    .errors = op_GetMaintenanceWindowExecutionTaskInvocation_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution_task_invocation(struct awsc_client *client,
                                                              const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                              struct awsc_ssm_get_maintenance_window_execution_task_invocation_output **output,
                                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecutionTaskInvocation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecutionTaskInvocation, input, get_maintenance_window_execution_task_invocation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowTask_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetMaintenanceWindowTask = {
    .name = "GetMaintenanceWindowTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[474],
    .output = &awsc__ssm_tables.shapes[475],
    .errors = op_GetMaintenanceWindowTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_task(struct awsc_client *client,
                                         const struct awsc_ssm_get_maintenance_window_task_input *input,
                                         struct awsc_ssm_get_maintenance_window_task_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowTask, input, get_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[852],
    &awsc__ssm_tables.shapes[883],
};

static const struct awsc_operation op_GetOpsItem = {
    .name = "GetOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[476],
    .output = &awsc__ssm_tables.shapes[477],
    .errors = op_GetOpsItem_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_item(struct awsc_client *client,
                          const struct awsc_ssm_get_ops_item_input *input,
                          struct awsc_ssm_get_ops_item_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetOpsItem, input, get_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[920],
    &awsc__ssm_tables.shapes[924],
};

static const struct awsc_operation op_GetOpsMetadata = {
    .name = "GetOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[479],
    .output = &awsc__ssm_tables.shapes[480],
    .errors = op_GetOpsMetadata_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_metadata(struct awsc_client *client,
                              const struct awsc_ssm_get_ops_metadata_input *input,
                              struct awsc_ssm_get_ops_metadata_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetOpsMetadata, input, get_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsSummary_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[566],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[612],
    &awsc__ssm_tables.shapes[1127],
};

static const struct awsc_operation op_GetOpsSummary = {
    .name = "GetOpsSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[481],
    .output = &awsc__ssm_tables.shapes[482],
    .errors = op_GetOpsSummary_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_summary(struct awsc_client *client,
                             const struct awsc_ssm_get_ops_summary_input *input,
                             struct awsc_ssm_get_ops_summary_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetOpsSummary, input, get_ops_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameter_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[593],
    &awsc__ssm_tables.shapes[954],
    &awsc__ssm_tables.shapes[969],
};

static const struct awsc_operation op_GetParameter = {
    .name = "GetParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[485],
    .output = &awsc__ssm_tables.shapes[486],
    .errors = op_GetParameter_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameter(struct awsc_client *client,
                           const struct awsc_ssm_get_parameter_input *input,
                           struct awsc_ssm_get_parameter_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetParameter, input, get_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameterHistory_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[593],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[954],
};

static const struct awsc_operation op_GetParameterHistory = {
    .name = "GetParameterHistory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[483],
    .output = &awsc__ssm_tables.shapes[484],
    .errors = op_GetParameterHistory_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameter_history(struct awsc_client *client,
                                   const struct awsc_ssm_get_parameter_history_input *input,
                                   struct awsc_ssm_get_parameter_history_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameterHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetParameterHistory, input, get_parameter_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameters_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[593],
};

static const struct awsc_operation op_GetParameters = {
    .name = "GetParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[490],
    .output = &awsc__ssm_tables.shapes[491],
    .errors = op_GetParameters_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameters(struct awsc_client *client,
                            const struct awsc_ssm_get_parameters_input *input,
                            struct awsc_ssm_get_parameters_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetParameters, input, get_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParametersByPath_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[584],
    &awsc__ssm_tables.shapes[585],
    &awsc__ssm_tables.shapes[593],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_GetParametersByPath = {
    .name = "GetParametersByPath",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[488],
    .output = &awsc__ssm_tables.shapes[489],
    .errors = op_GetParametersByPath_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameters_by_path(struct awsc_client *client,
                                    const struct awsc_ssm_get_parameters_by_path_input *input,
                                    struct awsc_ssm_get_parameters_by_path_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParametersByPath, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetParametersByPath, input, get_parameters_by_path_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
};

static const struct awsc_operation op_GetPatchBaseline = {
    .name = "GetPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[494],
    .output = &awsc__ssm_tables.shapes[495],
    .errors = op_GetPatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_patch_baseline(struct awsc_client *client,
                                const struct awsc_ssm_get_patch_baseline_input *input,
                                struct awsc_ssm_get_patch_baseline_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetPatchBaseline, input, get_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_GetPatchBaselineForPatchGroup = {
    .name = "GetPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[492],
    .output = &awsc__ssm_tables.shapes[493],
    .errors = op_GetPatchBaselineForPatchGroup_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_patch_baseline_for_patch_group(struct awsc_client *client,
                                                const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                struct awsc_ssm_get_patch_baseline_for_patch_group_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetPatchBaselineForPatchGroup, input, get_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetResourcePolicies_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1149],
};

static const struct awsc_operation op_GetResourcePolicies = {
    .name = "GetResourcePolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[496],
    .output = &awsc__ssm_tables.shapes[497],
    .errors = op_GetResourcePolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_resource_policies(struct awsc_client *client,
                                   const struct awsc_ssm_get_resource_policies_input *input,
                                   struct awsc_ssm_get_resource_policies_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetResourcePolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetResourcePolicies, input, get_resource_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServiceSetting_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1184],
};

static const struct awsc_operation op_GetServiceSetting = {
    .name = "GetServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[500],
    .output = &awsc__ssm_tables.shapes[501],
    .errors = op_GetServiceSetting_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_service_setting(struct awsc_client *client,
                                 const struct awsc_ssm_get_service_setting_input *input,
                                 struct awsc_ssm_get_service_setting_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_GetServiceSetting, input, get_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_LabelParameterVersion_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[954],
    &awsc__ssm_tables.shapes[968],
    &awsc__ssm_tables.shapes[969],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_LabelParameterVersion = {
    .name = "LabelParameterVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[667],
    .output = &awsc__ssm_tables.shapes[668],
    .errors = op_LabelParameterVersion_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_label_parameter_version(struct awsc_client *client,
                                     const struct awsc_ssm_label_parameter_version_input *input,
                                     struct awsc_ssm_label_parameter_version_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_LabelParameterVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_LabelParameterVersion, input, label_parameter_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAssociationVersions_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListAssociationVersions = {
    .name = "ListAssociationVersions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[673],
    .output = &awsc__ssm_tables.shapes[674],
    .errors = op_ListAssociationVersions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_association_versions(struct awsc_client *client,
                                       const struct awsc_ssm_list_association_versions_input *input,
                                       struct awsc_ssm_list_association_versions_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAssociationVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListAssociationVersions, input, list_association_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAssociations_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListAssociations = {
    .name = "ListAssociations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[675],
    .output = &awsc__ssm_tables.shapes[676],
    .errors = op_ListAssociations_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_associations(struct awsc_client *client,
                               const struct awsc_ssm_list_associations_input *input,
                               struct awsc_ssm_list_associations_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAssociations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListAssociations, input, list_associations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCloudConnectors_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_ListCloudConnectors = {
    .name = "ListCloudConnectors",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[677],
    .output = &awsc__ssm_tables.shapes[678],
    .errors = op_ListCloudConnectors_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_cloud_connectors(struct awsc_client *client,
                                   const struct awsc_ssm_list_cloud_connectors_input *input,
                                   struct awsc_ssm_list_cloud_connectors_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCloudConnectors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListCloudConnectors, input, list_cloud_connectors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCommandInvocations_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[573],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListCommandInvocations = {
    .name = "ListCommandInvocations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[679],
    .output = &awsc__ssm_tables.shapes[680],
    .errors = op_ListCommandInvocations_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_command_invocations(struct awsc_client *client,
                                      const struct awsc_ssm_list_command_invocations_input *input,
                                      struct awsc_ssm_list_command_invocations_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCommandInvocations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListCommandInvocations, input, list_command_invocations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCommands_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[573],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListCommands = {
    .name = "ListCommands",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[681],
    .output = &awsc__ssm_tables.shapes[682],
    .errors = op_ListCommands_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_commands(struct awsc_client *client,
                           const struct awsc_ssm_list_commands_input *input,
                           struct awsc_ssm_list_commands_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCommands, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListCommands, input, list_commands_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListComplianceItems_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
};

static const struct awsc_operation op_ListComplianceItems = {
    .name = "ListComplianceItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[683],
    .output = &awsc__ssm_tables.shapes[684],
    .errors = op_ListComplianceItems_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_compliance_items(struct awsc_client *client,
                                   const struct awsc_ssm_list_compliance_items_input *input,
                                   struct awsc_ssm_list_compliance_items_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListComplianceItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListComplianceItems, input, list_compliance_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListComplianceSummaries_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListComplianceSummaries = {
    .name = "ListComplianceSummaries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[685],
    .output = &awsc__ssm_tables.shapes[686],
    .errors = op_ListComplianceSummaries_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_compliance_summaries(struct awsc_client *client,
                                       const struct awsc_ssm_list_compliance_summaries_input *input,
                                       struct awsc_ssm_list_compliance_summaries_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListComplianceSummaries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListComplianceSummaries, input, list_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocumentMetadataHistory_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListDocumentMetadataHistory = {
    .name = "ListDocumentMetadataHistory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[687],
    .output = &awsc__ssm_tables.shapes[688],
    .errors = op_ListDocumentMetadataHistory_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_document_metadata_history(struct awsc_client *client,
                                            const struct awsc_ssm_list_document_metadata_history_input *input,
                                            struct awsc_ssm_list_document_metadata_history_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocumentMetadataHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListDocumentMetadataHistory, input, list_document_metadata_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocumentVersions_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListDocumentVersions = {
    .name = "ListDocumentVersions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[689],
    .output = &awsc__ssm_tables.shapes[690],
    .errors = op_ListDocumentVersions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_document_versions(struct awsc_client *client,
                                    const struct awsc_ssm_list_document_versions_input *input,
                                    struct awsc_ssm_list_document_versions_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocumentVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListDocumentVersions, input, list_document_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocuments_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListDocuments = {
    .name = "ListDocuments",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[691],
    .output = &awsc__ssm_tables.shapes[692],
    .errors = op_ListDocuments_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_documents(struct awsc_client *client,
                            const struct awsc_ssm_list_documents_input *input,
                            struct awsc_ssm_list_documents_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocuments, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListDocuments, input, list_documents_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListInventoryEntries_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[612],
};

static const struct awsc_operation op_ListInventoryEntries = {
    .name = "ListInventoryEntries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[693],
    .output = &awsc__ssm_tables.shapes[694],
    .errors = op_ListInventoryEntries_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_inventory_entries(struct awsc_client *client,
                                    const struct awsc_ssm_list_inventory_entries_input *input,
                                    struct awsc_ssm_list_inventory_entries_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListInventoryEntries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListInventoryEntries, input, list_inventory_entries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListNodes_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[1127],
    &awsc__ssm_tables.shapes[1293],
};

static const struct awsc_operation op_ListNodes = {
    .name = "ListNodes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[695],
    .output = &awsc__ssm_tables.shapes[696],
    .errors = op_ListNodes_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_nodes(struct awsc_client *client,
                        const struct awsc_ssm_list_nodes_input *input,
                        struct awsc_ssm_list_nodes_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListNodes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListNodes, input, list_nodes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListNodesSummary_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[566],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[1127],
    &awsc__ssm_tables.shapes[1293],
};

static const struct awsc_operation op_ListNodesSummary = {
    .name = "ListNodesSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[697],
    .output = &awsc__ssm_tables.shapes[698],
    .errors = op_ListNodesSummary_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_nodes_summary(struct awsc_client *client,
                                const struct awsc_ssm_list_nodes_summary_input *input,
                                struct awsc_ssm_list_nodes_summary_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListNodesSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListNodesSummary, input, list_nodes_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsItemEvents_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[881],
    &awsc__ssm_tables.shapes[883],
};

static const struct awsc_operation op_ListOpsItemEvents = {
    .name = "ListOpsItemEvents",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[699],
    .output = &awsc__ssm_tables.shapes[700],
    .errors = op_ListOpsItemEvents_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_item_events(struct awsc_client *client,
                                  const struct awsc_ssm_list_ops_item_events_input *input,
                                  struct awsc_ssm_list_ops_item_events_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsItemEvents, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListOpsItemEvents, input, list_ops_item_events_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsItemRelatedItems_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[880],
};

static const struct awsc_operation op_ListOpsItemRelatedItems = {
    .name = "ListOpsItemRelatedItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[701],
    .output = &awsc__ssm_tables.shapes[702],
    .errors = op_ListOpsItemRelatedItems_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_item_related_items(struct awsc_client *client,
                                         const struct awsc_ssm_list_ops_item_related_items_input *input,
                                         struct awsc_ssm_list_ops_item_related_items_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsItemRelatedItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListOpsItemRelatedItems, input, list_ops_item_related_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[920],
};

static const struct awsc_operation op_ListOpsMetadata = {
    .name = "ListOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[704],
    .output = &awsc__ssm_tables.shapes[705],
    .errors = op_ListOpsMetadata_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_metadata(struct awsc_client *client,
                               const struct awsc_ssm_list_ops_metadata_input *input,
                               struct awsc_ssm_list_ops_metadata_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListOpsMetadata, input, list_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListResourceComplianceSummaries_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[594],
};

static const struct awsc_operation op_ListResourceComplianceSummaries = {
    .name = "ListResourceComplianceSummaries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[706],
    .output = &awsc__ssm_tables.shapes[707],
    .errors = op_ListResourceComplianceSummaries_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_resource_compliance_summaries(struct awsc_client *client,
                                                const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListResourceComplianceSummaries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListResourceComplianceSummaries, input, list_resource_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListResourceDataSync_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[1122],
};

static const struct awsc_operation op_ListResourceDataSync = {
    .name = "ListResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[708],
    .output = &awsc__ssm_tables.shapes[709],
    .errors = op_ListResourceDataSync_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_resource_data_sync(struct awsc_client *client,
                                     const struct awsc_ssm_list_resource_data_sync_input *input,
                                     struct awsc_ssm_list_resource_data_sync_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListResourceDataSync, input, list_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[710],
    .output = &awsc__ssm_tables.shapes[711],
    .errors = op_ListTagsForResource_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_tags_for_resource(struct awsc_client *client,
                                    const struct awsc_ssm_list_tags_for_resource_input *input,
                                    struct awsc_ssm_list_tags_for_resource_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ModifyDocumentPermission_errors[] = {
    &awsc__ssm_tables.shapes[381],
    &awsc__ssm_tables.shapes[392],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[600],
};

static const struct awsc_operation op_ModifyDocumentPermission = {
    .name = "ModifyDocumentPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[792],
    .output = &awsc__ssm_tables.shapes[793],
    .errors = op_ModifyDocumentPermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_modify_document_permission(struct awsc_client *client,
                                        const struct awsc_ssm_modify_document_permission_input *input,
                                        struct awsc_ssm_modify_document_permission_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ModifyDocumentPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ModifyDocumentPermission, input, modify_document_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutComplianceItems_errors[] = {
    &awsc__ssm_tables.shapes[213],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[592],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
    &awsc__ssm_tables.shapes[664],
    &awsc__ssm_tables.shapes[1284],
};

static const struct awsc_operation op_PutComplianceItems = {
    .name = "PutComplianceItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1071],
    .output = &awsc__ssm_tables.shapes[1072],
    .errors = op_PutComplianceItems_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_compliance_items(struct awsc_client *client,
                                  const struct awsc_ssm_put_compliance_items_input *input,
                                  struct awsc_ssm_put_compliance_items_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutComplianceItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutComplianceItems, input, put_compliance_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutInventory_errors[] = {
    &awsc__ssm_tables.shapes[247],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[590],
    &awsc__ssm_tables.shapes[592],
    &awsc__ssm_tables.shapes[612],
    &awsc__ssm_tables.shapes[663],
    &awsc__ssm_tables.shapes[664],
    &awsc__ssm_tables.shapes[1251],
    &awsc__ssm_tables.shapes[1284],
    &awsc__ssm_tables.shapes[1290],
    &awsc__ssm_tables.shapes[1291],
};

static const struct awsc_operation op_PutInventory = {
    .name = "PutInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1074],
    .output = &awsc__ssm_tables.shapes[1075],
    .errors = op_PutInventory_errors,
    .error_count = 12,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_inventory(struct awsc_client *client,
                           const struct awsc_ssm_put_inventory_input *input,
                           struct awsc_ssm_put_inventory_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutInventory, input, put_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutParameter_errors[] = {
    &awsc__ssm_tables.shapes[502],
    &awsc__ssm_tables.shapes[503],
    &awsc__ssm_tables.shapes[510],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[567],
    &awsc__ssm_tables.shapes[593],
    &awsc__ssm_tables.shapes[602],
    &awsc__ssm_tables.shapes[603],
    &awsc__ssm_tables.shapes[938],
    &awsc__ssm_tables.shapes[947],
    &awsc__ssm_tables.shapes[949],
    &awsc__ssm_tables.shapes[955],
    &awsc__ssm_tables.shapes[1065],
    &awsc__ssm_tables.shapes[1282],
    &awsc__ssm_tables.shapes[1294],
};

static const struct awsc_operation op_PutParameter = {
    .name = "PutParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1076],
    .output = &awsc__ssm_tables.shapes[1077],
    .errors = op_PutParameter_errors,
    .error_count = 15,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_parameter(struct awsc_client *client,
                           const struct awsc_ssm_put_parameter_input *input,
                           struct awsc_ssm_put_parameter_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutParameter, input, put_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutResourcePolicy_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[778],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1148],
    &awsc__ssm_tables.shapes[1149],
    &awsc__ssm_tables.shapes[1150],
    &awsc__ssm_tables.shapes[1152],
};

static const struct awsc_operation op_PutResourcePolicy = {
    .name = "PutResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1078],
    .output = &awsc__ssm_tables.shapes[1079],
    .errors = op_PutResourcePolicy_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_resource_policy(struct awsc_client *client,
                                 const struct awsc_ssm_put_resource_policy_input *input,
                                 struct awsc_ssm_put_resource_policy_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_PutResourcePolicy, input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterDefaultPatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
};

static const struct awsc_operation op_RegisterDefaultPatchBaseline = {
    .name = "RegisterDefaultPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1084],
    .output = &awsc__ssm_tables.shapes[1085],
    .errors = op_RegisterDefaultPatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_default_patch_baseline(struct awsc_client *client,
                                             const struct awsc_ssm_register_default_patch_baseline_input *input,
                                             struct awsc_ssm_register_default_patch_baseline_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterDefaultPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_RegisterDefaultPatchBaseline, input, register_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_tables.shapes[30],
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[1146],
};

static const struct awsc_operation op_RegisterPatchBaselineForPatchGroup = {
    .name = "RegisterPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1086],
    .output = &awsc__ssm_tables.shapes[1087],
    .errors = op_RegisterPatchBaselineForPatchGroup_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_patch_baseline_for_patch_group(struct awsc_client *client,
                                                     const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                     struct awsc_ssm_register_patch_baseline_for_patch_group_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_RegisterPatchBaselineForPatchGroup, input, register_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterTargetWithMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1146],
};

static const struct awsc_operation op_RegisterTargetWithMaintenanceWindow = {
    .name = "RegisterTargetWithMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1088],
    .output = &awsc__ssm_tables.shapes[1089],
    .errors = op_RegisterTargetWithMaintenanceWindow_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_target_with_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                     struct awsc_ssm_register_target_with_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterTargetWithMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_RegisterTargetWithMaintenanceWindow, input, register_target_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterTaskWithMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[440],
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1146],
};

static const struct awsc_operation op_RegisterTaskWithMaintenanceWindow = {
    .name = "RegisterTaskWithMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1090],
    .output = &awsc__ssm_tables.shapes[1091],
    .errors = op_RegisterTaskWithMaintenanceWindow_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_task_with_maintenance_window(struct awsc_client *client,
                                                   const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                   struct awsc_ssm_register_task_with_maintenance_window_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterTaskWithMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_RegisterTaskWithMaintenanceWindow, input, register_task_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveTagsFromResource_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_RemoveTagsFromResource = {
    .name = "RemoveTagsFromResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1101],
    .output = &awsc__ssm_tables.shapes[1102],
    .errors = op_RemoveTagsFromResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_remove_tags_from_resource(struct awsc_client *client,
                                       const struct awsc_ssm_remove_tags_from_resource_input *input,
                                       struct awsc_ssm_remove_tags_from_resource_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RemoveTagsFromResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_RemoveTagsFromResource, input, remove_tags_from_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResetServiceSetting_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1184],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_ResetServiceSetting = {
    .name = "ResetServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1104],
    .output = &awsc__ssm_tables.shapes[1105],
    .errors = op_ResetServiceSetting_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_reset_service_setting(struct awsc_client *client,
                                   const struct awsc_ssm_reset_service_setting_input *input,
                                   struct awsc_ssm_reset_service_setting_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ResetServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ResetServiceSetting, input, reset_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResumeSession_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_ResumeSession = {
    .name = "ResumeSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1159],
    .output = &awsc__ssm_tables.shapes[1160],
    .errors = op_ResumeSession_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_resume_session(struct awsc_client *client,
                            const struct awsc_ssm_resume_session_input *input,
                            struct awsc_ssm_resume_session_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ResumeSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ResumeSession, input, resume_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendAutomationSignal_errors[] = {
    &awsc__ssm_tables.shapes[110],
    &awsc__ssm_tables.shapes[117],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[571],
};

static const struct awsc_operation op_SendAutomationSignal = {
    .name = "SendAutomationSignal",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1176],
    .output = &awsc__ssm_tables.shapes[1177],
    .errors = op_SendAutomationSignal_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_send_automation_signal(struct awsc_client *client,
                                    const struct awsc_ssm_send_automation_signal_input *input,
                                    struct awsc_ssm_send_automation_signal_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendAutomationSignal, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_SendAutomationSignal, input, send_automation_signal_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendCommand_errors[] = {
    &awsc__ssm_tables.shapes[420],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[595],
    &awsc__ssm_tables.shapes[597],
    &awsc__ssm_tables.shapes[599],
    &awsc__ssm_tables.shapes[607],
    &awsc__ssm_tables.shapes[782],
    &awsc__ssm_tables.shapes[1295],
};

static const struct awsc_operation op_SendCommand = {
    .name = "SendCommand",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1178],
    .output = &awsc__ssm_tables.shapes[1179],
    .errors = op_SendCommand_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_send_command(struct awsc_client *client,
                          const struct awsc_ssm_send_command_input *input,
                          struct awsc_ssm_send_command_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendCommand, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_SendCommand, input, send_command_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAccessRequest_errors[] = {
    &awsc__ssm_tables.shapes[0],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1180],
    &awsc__ssm_tables.shapes[1278],
    &awsc__ssm_tables.shapes[1332],
};

static const struct awsc_operation op_StartAccessRequest = {
    .name = "StartAccessRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1218],
    .output = &awsc__ssm_tables.shapes[1219],
    .errors = op_StartAccessRequest_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_access_request(struct awsc_client *client,
                                  const struct awsc_ssm_start_access_request_input *input,
                                  struct awsc_ssm_start_access_request_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAccessRequest, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartAccessRequest, input, start_access_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAssociationsOnce_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[568],
};

static const struct awsc_operation op_StartAssociationsOnce = {
    .name = "StartAssociationsOnce",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1220],
    .output = &awsc__ssm_tables.shapes[1221],
    .errors = op_StartAssociationsOnce_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_associations_once(struct awsc_client *client,
                                     const struct awsc_ssm_start_associations_once_input *input,
                                     struct awsc_ssm_start_associations_once_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAssociationsOnce, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartAssociationsOnce, input, start_associations_once_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAutomationExecution_errors[] = {
    &awsc__ssm_tables.shapes[97],
    &awsc__ssm_tables.shapes[98],
    &awsc__ssm_tables.shapes[107],
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[570],
    &awsc__ssm_tables.shapes[610],
};

static const struct awsc_operation op_StartAutomationExecution = {
    .name = "StartAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1222],
    .output = &awsc__ssm_tables.shapes[1223],
    .errors = op_StartAutomationExecution_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_automation_execution(struct awsc_client *client,
                                        const struct awsc_ssm_start_automation_execution_input *input,
                                        struct awsc_ssm_start_automation_execution_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartAutomationExecution, input, start_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartChangeRequestExecution_errors[] = {
    &awsc__ssm_tables.shapes[96],
    &awsc__ssm_tables.shapes[97],
    &awsc__ssm_tables.shapes[98],
    &awsc__ssm_tables.shapes[107],
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[570],
    &awsc__ssm_tables.shapes[795],
};

static const struct awsc_operation op_StartChangeRequestExecution = {
    .name = "StartChangeRequestExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1224],
    .output = &awsc__ssm_tables.shapes[1225],
    .errors = op_StartChangeRequestExecution_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_change_request_execution(struct awsc_client *client,
                                            const struct awsc_ssm_start_change_request_execution_input *input,
                                            struct awsc_ssm_start_change_request_execution_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartChangeRequestExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartChangeRequestExecution, input, start_change_request_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartExecutionPreview_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1332],
};

static const struct awsc_operation op_StartExecutionPreview = {
    .name = "StartExecutionPreview",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1226],
    .output = &awsc__ssm_tables.shapes[1227],
    .errors = op_StartExecutionPreview_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_execution_preview(struct awsc_client *client,
                                     const struct awsc_ssm_start_execution_preview_input *input,
                                     struct awsc_ssm_start_execution_preview_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartExecutionPreview, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartExecutionPreview, input, start_execution_preview_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartSession_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[1268],
};

static const struct awsc_operation op_StartSession = {
    .name = "StartSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1228],
    .output = &awsc__ssm_tables.shapes[1229],
    .errors = op_StartSession_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_session(struct awsc_client *client,
                           const struct awsc_ssm_start_session_input *input,
                           struct awsc_ssm_start_session_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StartSession, input, start_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StopAutomationExecution_errors[] = {
    &awsc__ssm_tables.shapes[110],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[572],
};

static const struct awsc_operation op_StopAutomationExecution = {
    .name = "StopAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1243],
    .output = &awsc__ssm_tables.shapes[1244],
    .errors = op_StopAutomationExecution_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_stop_automation_execution(struct awsc_client *client,
                                       const struct awsc_ssm_stop_automation_execution_input *input,
                                       struct awsc_ssm_stop_automation_execution_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StopAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_StopAutomationExecution, input, stop_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TerminateSession_errors[] = {
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_TerminateSession = {
    .name = "TerminateSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1276],
    .output = &awsc__ssm_tables.shapes[1277],
    .errors = op_TerminateSession_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_terminate_session(struct awsc_client *client,
                               const struct awsc_ssm_terminate_session_input *input,
                               struct awsc_ssm_terminate_session_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TerminateSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_TerminateSession, input, terminate_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UnlabelParameterVersion_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[954],
    &awsc__ssm_tables.shapes[969],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_UnlabelParameterVersion = {
    .name = "UnlabelParameterVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1286],
    .output = &awsc__ssm_tables.shapes[1287],
    .errors = op_UnlabelParameterVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_unlabel_parameter_version(struct awsc_client *client,
                                       const struct awsc_ssm_unlabel_parameter_version_input *input,
                                       struct awsc_ssm_unlabel_parameter_version_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UnlabelParameterVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UnlabelParameterVersion, input, unlabel_parameter_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAssociation_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[77],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[569],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[598],
    &awsc__ssm_tables.shapes[599],
    &awsc__ssm_tables.shapes[608],
    &awsc__ssm_tables.shapes[610],
    &awsc__ssm_tables.shapes[611],
    &awsc__ssm_tables.shapes[613],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_UpdateAssociation = {
    .name = "UpdateAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1296],
    .output = &awsc__ssm_tables.shapes[1297],
    .errors = op_UpdateAssociation_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_association(struct awsc_client *client,
                                const struct awsc_ssm_update_association_input *input,
                                struct awsc_ssm_update_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateAssociation, input, update_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAssociationStatus_errors[] = {
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[1234],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_UpdateAssociationStatus = {
    .name = "UpdateAssociationStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1298],
    .output = &awsc__ssm_tables.shapes[1299],
    .errors = op_UpdateAssociationStatus_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_association_status(struct awsc_client *client,
                                       const struct awsc_ssm_update_association_status_input *input,
                                       struct awsc_ssm_update_association_status_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAssociationStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateAssociationStatus, input, update_association_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateCloudConnector_errors[] = {
    &awsc__ssm_tables.shapes[220],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
};

static const struct awsc_operation op_UpdateCloudConnector = {
    .name = "UpdateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1300],
    .output = &awsc__ssm_tables.shapes[1301],
    .errors = op_UpdateCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_update_cloud_connector_input *input,
                                    struct awsc_ssm_update_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateCloudConnector, input, update_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocument_errors[] = {
    &awsc__ssm_tables.shapes[412],
    &awsc__ssm_tables.shapes[418],
    &awsc__ssm_tables.shapes[419],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[577],
    &awsc__ssm_tables.shapes[578],
    &awsc__ssm_tables.shapes[579],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[782],
};

static const struct awsc_operation op_UpdateDocument = {
    .name = "UpdateDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1306],
    .output = &awsc__ssm_tables.shapes[1307],
    .errors = op_UpdateDocument_errors,
    .error_count = 10,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document(struct awsc_client *client,
                             const struct awsc_ssm_update_document_input *input,
                             struct awsc_ssm_update_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateDocument, input, update_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocumentDefaultVersion_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[579],
    &awsc__ssm_tables.shapes[581],
};

static const struct awsc_operation op_UpdateDocumentDefaultVersion = {
    .name = "UpdateDocumentDefaultVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1302],
    .output = &awsc__ssm_tables.shapes[1303],
    .errors = op_UpdateDocumentDefaultVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document_default_version(struct awsc_client *client,
                                             const struct awsc_ssm_update_document_default_version_input *input,
                                             struct awsc_ssm_update_document_default_version_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocumentDefaultVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateDocumentDefaultVersion, input, update_document_default_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocumentMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[578],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_UpdateDocumentMetadata = {
    .name = "UpdateDocumentMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1304],
    .output = &awsc__ssm_tables.shapes[1305],
    .errors = op_UpdateDocumentMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document_metadata(struct awsc_client *client,
                                      const struct awsc_ssm_update_document_metadata_input *input,
                                      struct awsc_ssm_update_document_metadata_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocumentMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateDocumentMetadata, input, update_document_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindow_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_UpdateMaintenanceWindow = {
    .name = "UpdateMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1308],
    .output = &awsc__ssm_tables.shapes[1309],
    .errors = op_UpdateMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_update_maintenance_window_input *input,
                                       struct awsc_ssm_update_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindow, input, update_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindowTarget_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_UpdateMaintenanceWindowTarget = {
    .name = "UpdateMaintenanceWindowTarget",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1310],
    .output = &awsc__ssm_tables.shapes[1311],
    .errors = op_UpdateMaintenanceWindowTarget_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window_target(struct awsc_client *client,
                                              const struct awsc_ssm_update_maintenance_window_target_input *input,
                                              struct awsc_ssm_update_maintenance_window_target_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindowTarget, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindowTarget, input, update_maintenance_window_target_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindowTask_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_UpdateMaintenanceWindowTask = {
    .name = "UpdateMaintenanceWindowTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1312],
    .output = &awsc__ssm_tables.shapes[1313],
    .errors = op_UpdateMaintenanceWindowTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window_task(struct awsc_client *client,
                                            const struct awsc_ssm_update_maintenance_window_task_input *input,
                                            struct awsc_ssm_update_maintenance_window_task_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindowTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindowTask, input, update_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateManagedInstanceRole_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[586],
};

static const struct awsc_operation op_UpdateManagedInstanceRole = {
    .name = "UpdateManagedInstanceRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1314],
    .output = &awsc__ssm_tables.shapes[1315],
    .errors = op_UpdateManagedInstanceRole_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_managed_instance_role(struct awsc_client *client,
                                          const struct awsc_ssm_update_managed_instance_role_input *input,
                                          struct awsc_ssm_update_managed_instance_role_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateManagedInstanceRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateManagedInstanceRole, input, update_managed_instance_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateOpsItem_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[852],
    &awsc__ssm_tables.shapes[854],
    &awsc__ssm_tables.shapes[857],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[881],
    &awsc__ssm_tables.shapes[883],
};

static const struct awsc_operation op_UpdateOpsItem = {
    .name = "UpdateOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1316],
    .output = &awsc__ssm_tables.shapes[1317],
    .errors = op_UpdateOpsItem_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_update_ops_item_input *input,
                             struct awsc_ssm_update_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateOpsItem, input, update_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateOpsMetadata_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[920],
    &awsc__ssm_tables.shapes[921],
    &awsc__ssm_tables.shapes[924],
    &awsc__ssm_tables.shapes[926],
};

static const struct awsc_operation op_UpdateOpsMetadata = {
    .name = "UpdateOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1318],
    .output = &awsc__ssm_tables.shapes[1319],
    .errors = op_UpdateOpsMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_update_ops_metadata_input *input,
                                 struct awsc_ssm_update_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateOpsMetadata, input, update_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdatePatchBaseline_errors[] = {
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[563],
};

static const struct awsc_operation op_UpdatePatchBaseline = {
    .name = "UpdatePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1320],
    .output = &awsc__ssm_tables.shapes[1321],
    .errors = op_UpdatePatchBaseline_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_update_patch_baseline_input *input,
                                   struct awsc_ssm_update_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdatePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdatePatchBaseline, input, update_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateResourceDataSync_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1115],
    &awsc__ssm_tables.shapes[1122],
    &awsc__ssm_tables.shapes[1127],
};

static const struct awsc_operation op_UpdateResourceDataSync = {
    .name = "UpdateResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1322],
    .output = &awsc__ssm_tables.shapes[1323],
    .errors = op_UpdateResourceDataSync_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_update_resource_data_sync_input *input,
                                       struct awsc_ssm_update_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateResourceDataSync, input, update_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateServiceSetting_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1184],
    &awsc__ssm_tables.shapes[1282],
};

static const struct awsc_operation op_UpdateServiceSetting = {
    .name = "UpdateServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1324],
    .output = &awsc__ssm_tables.shapes[1325],
    .errors = op_UpdateServiceSetting_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_service_setting(struct awsc_client *client,
                                    const struct awsc_ssm_update_service_setting_input *input,
                                    struct awsc_ssm_update_service_setting_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_UpdateServiceSetting, input, update_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ValidateCloudConnector_errors[] = {
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[1147],
};

static const struct awsc_operation op_ValidateCloudConnector = {
    .name = "ValidateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_tables.shapes[1330],
    .output = &awsc__ssm_tables.shapes[1331],
    .errors = op_ValidateCloudConnector_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_validate_cloud_connector(struct awsc_client *client,
                                      const struct awsc_ssm_validate_cloud_connector_input *input,
                                      struct awsc_ssm_validate_cloud_connector_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ValidateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
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
    return awsc_call_async_typed(client, &op_ValidateCloudConnector, input, validate_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddTagsToResource,
    &op_AssociateOpsItemRelatedItem,
    &op_CancelCommand,
    &op_CancelMaintenanceWindowExecution,
    &op_CreateActivation,
    &op_CreateAssociation,
    &op_CreateAssociationBatch,
    &op_CreateCloudConnector,
    &op_CreateDocument,
    &op_CreateMaintenanceWindow,
    &op_CreateOpsItem,
    &op_CreateOpsMetadata,
    &op_CreatePatchBaseline,
    &op_CreateResourceDataSync,
    &op_DeleteActivation,
    &op_DeleteAssociation,
    &op_DeleteCloudConnector,
    &op_DeleteDocument,
    &op_DeleteInventory,
    &op_DeleteMaintenanceWindow,
    &op_DeleteOpsItem,
    &op_DeleteOpsMetadata,
    &op_DeleteParameter,
    &op_DeleteParameters,
    &op_DeletePatchBaseline,
    &op_DeleteResourceDataSync,
    &op_DeleteResourcePolicy,
    &op_DeregisterManagedInstance,
    &op_DeregisterPatchBaselineForPatchGroup,
    &op_DeregisterTargetFromMaintenanceWindow,
    &op_DeregisterTaskFromMaintenanceWindow,
    &op_DescribeActivations,
    &op_DescribeAssociation,
    &op_DescribeAssociationExecutionTargets,
    &op_DescribeAssociationExecutions,
    &op_DescribeAutomationExecutions,
    &op_DescribeAutomationStepExecutions,
    &op_DescribeAvailablePatches,
    &op_DescribeDocument,
    &op_DescribeDocumentPermission,
    &op_DescribeEffectiveInstanceAssociations,
    &op_DescribeEffectivePatchesForPatchBaseline,
    &op_DescribeInstanceAssociationsStatus,
    &op_DescribeInstanceInformation,
    &op_DescribeInstancePatchStates,
    &op_DescribeInstancePatchStatesForPatchGroup,
    &op_DescribeInstancePatches,
    &op_DescribeInstanceProperties,
    &op_DescribeInventoryDeletions,
    &op_DescribeMaintenanceWindowExecutionTaskInvocations,
    &op_DescribeMaintenanceWindowExecutionTasks,
    &op_DescribeMaintenanceWindowExecutions,
    &op_DescribeMaintenanceWindowSchedule,
    &op_DescribeMaintenanceWindowTargets,
    &op_DescribeMaintenanceWindowTasks,
    &op_DescribeMaintenanceWindows,
    &op_DescribeMaintenanceWindowsForTarget,
    &op_DescribeOpsItems,
    &op_DescribeParameters,
    &op_DescribePatchBaselines,
    &op_DescribePatchGroupState,
    &op_DescribePatchGroups,
    &op_DescribePatchProperties,
    &op_DescribeSessions,
    &op_DisassociateOpsItemRelatedItem,
    &op_GetAccessToken,
    &op_GetAutomationExecution,
    &op_GetCalendarState,
    &op_GetCloudConnector,
    &op_GetCommandInvocation,
    &op_GetConnectionStatus,
    &op_GetDefaultPatchBaseline,
    &op_GetDeployablePatchSnapshotForInstance,
    &op_GetDocument,
    &op_GetExecutionPreview,
    &op_GetInventory,
    &op_GetInventorySchema,
    &op_GetMaintenanceWindow,
    &op_GetMaintenanceWindowExecution,
    &op_GetMaintenanceWindowExecutionTask,
    &op_GetMaintenanceWindowExecutionTaskInvocation,
    &op_GetMaintenanceWindowTask,
    &op_GetOpsItem,
    &op_GetOpsMetadata,
    &op_GetOpsSummary,
    &op_GetParameter,
    &op_GetParameterHistory,
    &op_GetParameters,
    &op_GetParametersByPath,
    &op_GetPatchBaseline,
    &op_GetPatchBaselineForPatchGroup,
    &op_GetResourcePolicies,
    &op_GetServiceSetting,
    &op_LabelParameterVersion,
    &op_ListAssociationVersions,
    &op_ListAssociations,
    &op_ListCloudConnectors,
    &op_ListCommandInvocations,
    &op_ListCommands,
    &op_ListComplianceItems,
    &op_ListComplianceSummaries,
    &op_ListDocumentMetadataHistory,
    &op_ListDocumentVersions,
    &op_ListDocuments,
    &op_ListInventoryEntries,
    &op_ListNodes,
    &op_ListNodesSummary,
    &op_ListOpsItemEvents,
    &op_ListOpsItemRelatedItems,
    &op_ListOpsMetadata,
    &op_ListResourceComplianceSummaries,
    &op_ListResourceDataSync,
    &op_ListTagsForResource,
    &op_ModifyDocumentPermission,
    &op_PutComplianceItems,
    &op_PutInventory,
    &op_PutParameter,
    &op_PutResourcePolicy,
    &op_RegisterDefaultPatchBaseline,
    &op_RegisterPatchBaselineForPatchGroup,
    &op_RegisterTargetWithMaintenanceWindow,
    &op_RegisterTaskWithMaintenanceWindow,
    &op_RemoveTagsFromResource,
    &op_ResetServiceSetting,
    &op_ResumeSession,
    &op_SendAutomationSignal,
    &op_SendCommand,
    &op_StartAccessRequest,
    &op_StartAssociationsOnce,
    &op_StartAutomationExecution,
    &op_StartChangeRequestExecution,
    &op_StartExecutionPreview,
    &op_StartSession,
    &op_StopAutomationExecution,
    &op_TerminateSession,
    &op_UnlabelParameterVersion,
    &op_UpdateAssociation,
    &op_UpdateAssociationStatus,
    &op_UpdateCloudConnector,
    &op_UpdateDocument,
    &op_UpdateDocumentDefaultVersion,
    &op_UpdateDocumentMetadata,
    &op_UpdateMaintenanceWindow,
    &op_UpdateMaintenanceWindowTarget,
    &op_UpdateMaintenanceWindowTask,
    &op_UpdateManagedInstanceRole,
    &op_UpdateOpsItem,
    &op_UpdateOpsMetadata,
    &op_UpdatePatchBaseline,
    &op_UpdateResourceDataSync,
    &op_UpdateServiceSetting,
    &op_ValidateCloudConnector,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__ssm_tables.shapes[0],
    &awsc__ssm_tables.shapes[30],
    &awsc__ssm_tables.shapes[36],
    &awsc__ssm_tables.shapes[38],
    &awsc__ssm_tables.shapes[43],
    &awsc__ssm_tables.shapes[45],
    &awsc__ssm_tables.shapes[65],
    &awsc__ssm_tables.shapes[77],
    &awsc__ssm_tables.shapes[96],
    &awsc__ssm_tables.shapes[97],
    &awsc__ssm_tables.shapes[98],
    &awsc__ssm_tables.shapes[107],
    &awsc__ssm_tables.shapes[110],
    &awsc__ssm_tables.shapes[117],
    &awsc__ssm_tables.shapes[213],
    &awsc__ssm_tables.shapes[220],
    &awsc__ssm_tables.shapes[247],
    &awsc__ssm_tables.shapes[361],
    &awsc__ssm_tables.shapes[381],
    &awsc__ssm_tables.shapes[392],
    &awsc__ssm_tables.shapes[412],
    &awsc__ssm_tables.shapes[416],
    &awsc__ssm_tables.shapes[418],
    &awsc__ssm_tables.shapes[419],
    &awsc__ssm_tables.shapes[420],
    &awsc__ssm_tables.shapes[440],
    &awsc__ssm_tables.shapes[502],
    &awsc__ssm_tables.shapes[503],
    &awsc__ssm_tables.shapes[508],
    &awsc__ssm_tables.shapes[510],
    &awsc__ssm_tables.shapes[563],
    &awsc__ssm_tables.shapes[564],
    &awsc__ssm_tables.shapes[565],
    &awsc__ssm_tables.shapes[566],
    &awsc__ssm_tables.shapes[567],
    &awsc__ssm_tables.shapes[568],
    &awsc__ssm_tables.shapes[569],
    &awsc__ssm_tables.shapes[570],
    &awsc__ssm_tables.shapes[571],
    &awsc__ssm_tables.shapes[572],
    &awsc__ssm_tables.shapes[573],
    &awsc__ssm_tables.shapes[574],
    &awsc__ssm_tables.shapes[575],
    &awsc__ssm_tables.shapes[576],
    &awsc__ssm_tables.shapes[577],
    &awsc__ssm_tables.shapes[578],
    &awsc__ssm_tables.shapes[579],
    &awsc__ssm_tables.shapes[580],
    &awsc__ssm_tables.shapes[581],
    &awsc__ssm_tables.shapes[582],
    &awsc__ssm_tables.shapes[583],
    &awsc__ssm_tables.shapes[584],
    &awsc__ssm_tables.shapes[585],
    &awsc__ssm_tables.shapes[586],
    &awsc__ssm_tables.shapes[587],
    &awsc__ssm_tables.shapes[588],
    &awsc__ssm_tables.shapes[589],
    &awsc__ssm_tables.shapes[590],
    &awsc__ssm_tables.shapes[591],
    &awsc__ssm_tables.shapes[592],
    &awsc__ssm_tables.shapes[593],
    &awsc__ssm_tables.shapes[594],
    &awsc__ssm_tables.shapes[595],
    &awsc__ssm_tables.shapes[596],
    &awsc__ssm_tables.shapes[597],
    &awsc__ssm_tables.shapes[598],
    &awsc__ssm_tables.shapes[599],
    &awsc__ssm_tables.shapes[600],
    &awsc__ssm_tables.shapes[601],
    &awsc__ssm_tables.shapes[602],
    &awsc__ssm_tables.shapes[603],
    &awsc__ssm_tables.shapes[604],
    &awsc__ssm_tables.shapes[605],
    &awsc__ssm_tables.shapes[606],
    &awsc__ssm_tables.shapes[607],
    &awsc__ssm_tables.shapes[608],
    &awsc__ssm_tables.shapes[609],
    &awsc__ssm_tables.shapes[610],
    &awsc__ssm_tables.shapes[611],
    &awsc__ssm_tables.shapes[612],
    &awsc__ssm_tables.shapes[613],
    &awsc__ssm_tables.shapes[659],
    &awsc__ssm_tables.shapes[663],
    &awsc__ssm_tables.shapes[664],
    &awsc__ssm_tables.shapes[778],
    &awsc__ssm_tables.shapes[782],
    &awsc__ssm_tables.shapes[795],
    &awsc__ssm_tables.shapes[852],
    &awsc__ssm_tables.shapes[854],
    &awsc__ssm_tables.shapes[857],
    &awsc__ssm_tables.shapes[880],
    &awsc__ssm_tables.shapes[881],
    &awsc__ssm_tables.shapes[883],
    &awsc__ssm_tables.shapes[890],
    &awsc__ssm_tables.shapes[892],
    &awsc__ssm_tables.shapes[913],
    &awsc__ssm_tables.shapes[920],
    &awsc__ssm_tables.shapes[921],
    &awsc__ssm_tables.shapes[922],
    &awsc__ssm_tables.shapes[924],
    &awsc__ssm_tables.shapes[926],
    &awsc__ssm_tables.shapes[938],
    &awsc__ssm_tables.shapes[947],
    &awsc__ssm_tables.shapes[949],
    &awsc__ssm_tables.shapes[954],
    &awsc__ssm_tables.shapes[955],
    &awsc__ssm_tables.shapes[968],
    &awsc__ssm_tables.shapes[969],
    &awsc__ssm_tables.shapes[1065],
    &awsc__ssm_tables.shapes[1113],
    &awsc__ssm_tables.shapes[1115],
    &awsc__ssm_tables.shapes[1116],
    &awsc__ssm_tables.shapes[1122],
    &awsc__ssm_tables.shapes[1127],
    &awsc__ssm_tables.shapes[1145],
    &awsc__ssm_tables.shapes[1146],
    &awsc__ssm_tables.shapes[1147],
    &awsc__ssm_tables.shapes[1148],
    &awsc__ssm_tables.shapes[1149],
    &awsc__ssm_tables.shapes[1150],
    &awsc__ssm_tables.shapes[1152],
    &awsc__ssm_tables.shapes[1180],
    &awsc__ssm_tables.shapes[1184],
    &awsc__ssm_tables.shapes[1234],
    &awsc__ssm_tables.shapes[1251],
    &awsc__ssm_tables.shapes[1258],
    &awsc__ssm_tables.shapes[1268],
    &awsc__ssm_tables.shapes[1278],
    &awsc__ssm_tables.shapes[1281],
    &awsc__ssm_tables.shapes[1282],
    &awsc__ssm_tables.shapes[1284],
    &awsc__ssm_tables.shapes[1288],
    &awsc__ssm_tables.shapes[1289],
    &awsc__ssm_tables.shapes[1290],
    &awsc__ssm_tables.shapes[1291],
    &awsc__ssm_tables.shapes[1292],
    &awsc__ssm_tables.shapes[1293],
    &awsc__ssm_tables.shapes[1294],
    &awsc__ssm_tables.shapes[1295],
    &awsc__ssm_tables.shapes[1332],
};

const struct awsc_service awsc_ssm_service = {
    .name = "ssm",
    .service_id = "SSM",
    .full_name = "Amazon Simple Systems Manager (SSM)",
    .api_version = "2014-11-06",
    .endpoint_prefix = "ssm",
    .signing_name = "ssm",
    .target_prefix = "AmazonSSM",
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "SSM",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 152,
    .errors = errors,
    .error_count = 140,
    .flags = 0,
    .ruleset = &awsc__ssm_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__ssm_pagers.paginators,
    .paginator_count = 52,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__ssm_pagers.waiters,
    .waiter_count = 1,
#endif
};
