/*
 * dynamodb_ops.c - operations of DynamoDB: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/dynamodb.h>
#include <awsc/shape.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>

#ifndef AWSC__DYNAMODB_TABLES
#define AWSC__DYNAMODB_TABLES
/* Every shape, member and name of DynamoDB in one object (dynamodb_shapes.c). */
struct awsc__dynamodb_tables {
    struct awsc_shape shapes[514];
    struct awsc_member members[914];
    uint16_t by_wire_name[914];
    struct awsc_range ranges[72];
    char strings[16253];
};
extern const struct awsc__dynamodb_tables awsc__dynamodb_tables;
#endif
extern const struct awsc_ruleset awsc__dynamodb_ruleset;
static const struct awsc_shape *const op_BatchExecuteStatement_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[451],
};

static const struct awsc_operation op_BatchExecuteStatement = {
    .name = "BatchExecuteStatement",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[38],
    .output = &awsc__dynamodb_tables.shapes[39],
    .errors = op_BatchExecuteStatement_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_batch_execute_statement(struct awsc_client *client,
                                          const struct awsc_dynamodb_batch_execute_statement_input *input,
                                          struct awsc_dynamodb_batch_execute_statement_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_BatchExecuteStatement, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void batch_execute_statement_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_execute_statement_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_execute_statement_async(struct awsc_client *client,
                                                const struct awsc_dynamodb_batch_execute_statement_input *input,
                                                awsc_dynamodb_batch_execute_statement_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_BatchExecuteStatement, input, batch_execute_statement_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_BatchGetItem_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
/* BatchGetItem: keys(RequestItems) */
static const struct {
    struct awsc_jmespath expr;
    struct awsc_jmespath_node nodes[2];
    char strings[32];
} op_BatchGetItem_path_0 = {
    .expr = {AWSC_REF(op_BatchGetItem_path_0.expr.text_ref, op_BatchGetItem_path_0.strings[0]), AWSC_REF(op_BatchGetItem_path_0.expr.nodes_ref, op_BatchGetItem_path_0.nodes[0]), 2},
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_BatchGetItem_path_0.nodes[0].string_ref, op_BatchGetItem_path_0.strings[19])},
        {.op = AWSC_JP_KEYS, .a = 0},
    },
    .strings = "keys(RequestItems)\0" "RequestItems",
};
static const struct awsc_endpoint_context_param op_BatchGetItem_context_params[] = {
    {"ResourceArnList", NULL, 0, &op_BatchGetItem_path_0.expr},
};

static const struct awsc_operation op_BatchGetItem = {
    .name = "BatchGetItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[40],
    .output = &awsc__dynamodb_tables.shapes[41],
    .errors = op_BatchGetItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_BatchGetItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_batch_get_item(struct awsc_client *client,
                                 const struct awsc_dynamodb_batch_get_item_input *input,
                                 struct awsc_dynamodb_batch_get_item_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_BatchGetItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void batch_get_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_get_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_get_item_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_batch_get_item_input *input,
                                       awsc_dynamodb_batch_get_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_BatchGetItem, input, batch_get_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_BatchWriteItem_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[375],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
/* BatchWriteItem: keys(RequestItems) */
static const struct {
    struct awsc_jmespath expr;
    struct awsc_jmespath_node nodes[2];
    char strings[32];
} op_BatchWriteItem_path_0 = {
    .expr = {AWSC_REF(op_BatchWriteItem_path_0.expr.text_ref, op_BatchWriteItem_path_0.strings[0]), AWSC_REF(op_BatchWriteItem_path_0.expr.nodes_ref, op_BatchWriteItem_path_0.nodes[0]), 2},
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_BatchWriteItem_path_0.nodes[0].string_ref, op_BatchWriteItem_path_0.strings[19])},
        {.op = AWSC_JP_KEYS, .a = 0},
    },
    .strings = "keys(RequestItems)\0" "RequestItems",
};
static const struct awsc_endpoint_context_param op_BatchWriteItem_context_params[] = {
    {"ResourceArnList", NULL, 0, &op_BatchWriteItem_path_0.expr},
};

static const struct awsc_operation op_BatchWriteItem = {
    .name = "BatchWriteItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[48],
    .output = &awsc__dynamodb_tables.shapes[49],
    .errors = op_BatchWriteItem_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_BatchWriteItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_batch_write_item(struct awsc_client *client,
                                   const struct awsc_dynamodb_batch_write_item_input *input,
                                   struct awsc_dynamodb_batch_write_item_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_BatchWriteItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void batch_write_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_batch_write_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_batch_write_item_async(struct awsc_client *client,
                                         const struct awsc_dynamodb_batch_write_item_input *input,
                                         awsc_dynamodb_batch_write_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_BatchWriteItem, input, batch_write_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateBackup_errors[] = {
    &awsc__dynamodb_tables.shapes[28],
    &awsc__dynamodb_tables.shapes[78],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[439],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_CreateBackup_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_CreateBackup = {
    .name = "CreateBackup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[86],
    .output = &awsc__dynamodb_tables.shapes[87],
    .errors = op_CreateBackup_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_CreateBackup_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_create_backup(struct awsc_client *client,
                                const struct awsc_dynamodb_create_backup_input *input,
                                struct awsc_dynamodb_create_backup_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateBackup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_backup_async(struct awsc_client *client,
                                      const struct awsc_dynamodb_create_backup_input *input,
                                      awsc_dynamodb_create_backup_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateBackup, input, create_backup_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateGlobalTable_errors[] = {
    &awsc__dynamodb_tables.shapes[204],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_CreateGlobalTable_context_params[] = {
    {"ResourceArn", "GlobalTableName", 0, NULL},
};

static const struct awsc_operation op_CreateGlobalTable = {
    .name = "CreateGlobalTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[89],
    .output = &awsc__dynamodb_tables.shapes[90],
    .errors = op_CreateGlobalTable_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_CreateGlobalTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_create_global_table(struct awsc_client *client,
                                      const struct awsc_dynamodb_create_global_table_input *input,
                                      struct awsc_dynamodb_create_global_table_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateGlobalTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_global_table_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_create_global_table_input *input,
                                            awsc_dynamodb_create_global_table_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateGlobalTable, input, create_global_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateTable_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
};
static const struct awsc_endpoint_context_param op_CreateTable_context_params[] = {
    {"ResourceArn", "TableName", 1, NULL},
};

static const struct awsc_operation op_CreateTable = {
    .name = "CreateTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[94],
    .output = &awsc__dynamodb_tables.shapes[95],
    .errors = op_CreateTable_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_CreateTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_create_table(struct awsc_client *client,
                               const struct awsc_dynamodb_create_table_input *input,
                               struct awsc_dynamodb_create_table_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_create_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_create_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_create_table_input *input,
                                     awsc_dynamodb_create_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateTable, input, create_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteBackup_errors[] = {
    &awsc__dynamodb_tables.shapes[28],
    &awsc__dynamodb_tables.shapes[30],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
};
static const struct awsc_endpoint_context_param op_DeleteBackup_context_params[] = {
    {"ResourceArn", "BackupArn", 0, NULL},
};

static const struct awsc_operation op_DeleteBackup = {
    .name = "DeleteBackup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[103],
    .output = &awsc__dynamodb_tables.shapes[104],
    .errors = op_DeleteBackup_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DeleteBackup_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_delete_backup(struct awsc_client *client,
                                const struct awsc_dynamodb_delete_backup_input *input,
                                struct awsc_dynamodb_delete_backup_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteBackup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_backup_async(struct awsc_client *client,
                                      const struct awsc_dynamodb_delete_backup_input *input,
                                      awsc_dynamodb_delete_backup_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteBackup, input, delete_backup_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteItem_errors[] = {
    &awsc__dynamodb_tables.shapes[69],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[375],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[471],
};
static const struct awsc_endpoint_context_param op_DeleteItem_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DeleteItem = {
    .name = "DeleteItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[107],
    .output = &awsc__dynamodb_tables.shapes[108],
    .errors = op_DeleteItem_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DeleteItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_delete_item(struct awsc_client *client,
                              const struct awsc_dynamodb_delete_item_input *input,
                              struct awsc_dynamodb_delete_item_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_item_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_delete_item_input *input,
                                    awsc_dynamodb_delete_item_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteItem, input, delete_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourcePolicy_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[319],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DeleteResourcePolicy_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_DeleteResourcePolicy = {
    .name = "DeleteResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[112],
    .output = &awsc__dynamodb_tables.shapes[113],
    .errors = op_DeleteResourcePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DeleteResourcePolicy_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_delete_resource_policy(struct awsc_client *client,
                                         const struct awsc_dynamodb_delete_resource_policy_input *input,
                                         struct awsc_dynamodb_delete_resource_policy_output **output,
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
    ((awsc_dynamodb_delete_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_resource_policy_async(struct awsc_client *client,
                                               const struct awsc_dynamodb_delete_resource_policy_input *input,
                                               awsc_dynamodb_delete_resource_policy_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteResourcePolicy, input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteTable_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DeleteTable_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DeleteTable = {
    .name = "DeleteTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[114],
    .output = &awsc__dynamodb_tables.shapes[115],
    .errors = op_DeleteTable_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DeleteTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_delete_table(struct awsc_client *client,
                               const struct awsc_dynamodb_delete_table_input *input,
                               struct awsc_dynamodb_delete_table_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_delete_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_delete_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_delete_table_input *input,
                                     awsc_dynamodb_delete_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteTable, input, delete_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeBackup_errors[] = {
    &awsc__dynamodb_tables.shapes[30],
    &awsc__dynamodb_tables.shapes[240],
};
static const struct awsc_endpoint_context_param op_DescribeBackup_context_params[] = {
    {"ResourceArn", "BackupArn", 0, NULL},
};

static const struct awsc_operation op_DescribeBackup = {
    .name = "DescribeBackup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[118],
    .output = &awsc__dynamodb_tables.shapes[119],
    .errors = op_DescribeBackup_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeBackup_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_backup(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_backup_input *input,
                                  struct awsc_dynamodb_describe_backup_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeBackup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_backup_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_backup_input *input,
                                        awsc_dynamodb_describe_backup_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeBackup, input, describe_backup_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeContinuousBackups_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_DescribeContinuousBackups_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeContinuousBackups = {
    .name = "DescribeContinuousBackups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[120],
    .output = &awsc__dynamodb_tables.shapes[121],
    .errors = op_DescribeContinuousBackups_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeContinuousBackups_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_continuous_backups(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                              struct awsc_dynamodb_describe_continuous_backups_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeContinuousBackups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_continuous_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_continuous_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_continuous_backups_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_describe_continuous_backups_input *input,
                                                    awsc_dynamodb_describe_continuous_backups_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeContinuousBackups, input, describe_continuous_backups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeContributorInsights_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DescribeContributorInsights_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeContributorInsights = {
    .name = "DescribeContributorInsights",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[122],
    .output = &awsc__dynamodb_tables.shapes[123],
    .errors = op_DescribeContributorInsights_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeContributorInsights_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_contributor_insights(struct awsc_client *client,
                                                const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                struct awsc_dynamodb_describe_contributor_insights_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeContributorInsights, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_contributor_insights_async(struct awsc_client *client,
                                                      const struct awsc_dynamodb_describe_contributor_insights_input *input,
                                                      awsc_dynamodb_describe_contributor_insights_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeContributorInsights, input, describe_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation op_DescribeEndpoints = {
    .name = "DescribeEndpoints",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[124],
    .output = &awsc__dynamodb_tables.shapes[125],
    .flags = AWSC_OF_ENDPOINT_OPERATION,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_describe_endpoints(struct awsc_client *client,
                                     const struct awsc_dynamodb_describe_endpoints_input *input,
                                     struct awsc_dynamodb_describe_endpoints_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeEndpoints, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_endpoints_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_endpoints_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_endpoints_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_describe_endpoints_input *input,
                                           awsc_dynamodb_describe_endpoints_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeEndpoints, input, describe_endpoints_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeExport_errors[] = {
    &awsc__dynamodb_tables.shapes[168],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
};
static const struct awsc_endpoint_context_param op_DescribeExport_context_params[] = {
    {"ResourceArn", "ExportArn", 0, NULL},
};

static const struct awsc_operation op_DescribeExport = {
    .name = "DescribeExport",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[126],
    .output = &awsc__dynamodb_tables.shapes[127],
    .errors = op_DescribeExport_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeExport_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_export(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_export_input *input,
                                  struct awsc_dynamodb_describe_export_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeExport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_export_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_export_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_export_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_export_input *input,
                                        awsc_dynamodb_describe_export_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeExport, input, describe_export_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeGlobalTable_errors[] = {
    &awsc__dynamodb_tables.shapes[210],
    &awsc__dynamodb_tables.shapes[240],
};
static const struct awsc_endpoint_context_param op_DescribeGlobalTable_context_params[] = {
    {"ResourceArn", "GlobalTableName", 0, NULL},
};

static const struct awsc_operation op_DescribeGlobalTable = {
    .name = "DescribeGlobalTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[128],
    .output = &awsc__dynamodb_tables.shapes[129],
    .errors = op_DescribeGlobalTable_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeGlobalTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_global_table(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_global_table_input *input,
                                        struct awsc_dynamodb_describe_global_table_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeGlobalTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_global_table_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_global_table_input *input,
                                              awsc_dynamodb_describe_global_table_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeGlobalTable, input, describe_global_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeGlobalTableSettings_errors[] = {
    &awsc__dynamodb_tables.shapes[210],
    &awsc__dynamodb_tables.shapes[240],
};
static const struct awsc_endpoint_context_param op_DescribeGlobalTableSettings_context_params[] = {
    {"ResourceArn", "GlobalTableName", 0, NULL},
};

static const struct awsc_operation op_DescribeGlobalTableSettings = {
    .name = "DescribeGlobalTableSettings",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[130],
    .output = &awsc__dynamodb_tables.shapes[131],
    .errors = op_DescribeGlobalTableSettings_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeGlobalTableSettings_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_global_table_settings(struct awsc_client *client,
                                                 const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                 struct awsc_dynamodb_describe_global_table_settings_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeGlobalTableSettings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_global_table_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_global_table_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_global_table_settings_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_describe_global_table_settings_input *input,
                                                       awsc_dynamodb_describe_global_table_settings_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeGlobalTableSettings, input, describe_global_table_settings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeImport_errors[] = {
    &awsc__dynamodb_tables.shapes[222],
};
static const struct awsc_endpoint_context_param op_DescribeImport_context_params[] = {
    {"ResourceArn", "ImportArn", 0, NULL},
};

static const struct awsc_operation op_DescribeImport = {
    .name = "DescribeImport",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[132],
    .output = &awsc__dynamodb_tables.shapes[133],
    .errors = op_DescribeImport_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeImport_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_import(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_import_input *input,
                                  struct awsc_dynamodb_describe_import_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeImport, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_import_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_import_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_import_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_import_input *input,
                                        awsc_dynamodb_describe_import_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeImport, input, describe_import_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeKinesisStreamingDestination_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DescribeKinesisStreamingDestination_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeKinesisStreamingDestination = {
    .name = "DescribeKinesisStreamingDestination",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[134],
    .output = &awsc__dynamodb_tables.shapes[135],
    .errors = op_DescribeKinesisStreamingDestination_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeKinesisStreamingDestination_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_kinesis_streaming_destination(struct awsc_client *client,
                                                         const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                         struct awsc_dynamodb_describe_kinesis_streaming_destination_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeKinesisStreamingDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_kinesis_streaming_destination_async(struct awsc_client *client,
                                                               const struct awsc_dynamodb_describe_kinesis_streaming_destination_input *input,
                                                               awsc_dynamodb_describe_kinesis_streaming_destination_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeKinesisStreamingDestination, input, describe_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeLimits_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
};

static const struct awsc_operation op_DescribeLimits = {
    .name = "DescribeLimits",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[136],
    .output = &awsc__dynamodb_tables.shapes[137],
    .errors = op_DescribeLimits_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_describe_limits(struct awsc_client *client,
                                  const struct awsc_dynamodb_describe_limits_input *input,
                                  struct awsc_dynamodb_describe_limits_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeLimits, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_limits_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_limits_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_limits_async(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_limits_input *input,
                                        awsc_dynamodb_describe_limits_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeLimits, input, describe_limits_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeTable_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DescribeTable_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeTable = {
    .name = "DescribeTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[138],
    .output = &awsc__dynamodb_tables.shapes[139],
    .errors = op_DescribeTable_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_table(struct awsc_client *client,
                                 const struct awsc_dynamodb_describe_table_input *input,
                                 struct awsc_dynamodb_describe_table_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_table_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_describe_table_input *input,
                                       awsc_dynamodb_describe_table_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeTable, input, describe_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeTableReplicaAutoScaling_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DescribeTableReplicaAutoScaling_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeTableReplicaAutoScaling = {
    .name = "DescribeTableReplicaAutoScaling",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[140],
    .output = &awsc__dynamodb_tables.shapes[141],
    .errors = op_DescribeTableReplicaAutoScaling_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeTableReplicaAutoScaling_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_table_replica_auto_scaling(struct awsc_client *client,
                                                      const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                      struct awsc_dynamodb_describe_table_replica_auto_scaling_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeTableReplicaAutoScaling, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_table_replica_auto_scaling_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_table_replica_auto_scaling_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_table_replica_auto_scaling_async(struct awsc_client *client,
                                                            const struct awsc_dynamodb_describe_table_replica_auto_scaling_input *input,
                                                            awsc_dynamodb_describe_table_replica_auto_scaling_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeTableReplicaAutoScaling, input, describe_table_replica_auto_scaling_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeTimeToLive_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DescribeTimeToLive_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DescribeTimeToLive = {
    .name = "DescribeTimeToLive",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[142],
    .output = &awsc__dynamodb_tables.shapes[143],
    .errors = op_DescribeTimeToLive_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DescribeTimeToLive_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_describe_time_to_live(struct awsc_client *client,
                                        const struct awsc_dynamodb_describe_time_to_live_input *input,
                                        struct awsc_dynamodb_describe_time_to_live_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeTimeToLive, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_time_to_live_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_describe_time_to_live_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_describe_time_to_live_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_describe_time_to_live_input *input,
                                              awsc_dynamodb_describe_time_to_live_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeTimeToLive, input, describe_time_to_live_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisableKinesisStreamingDestination_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_DisableKinesisStreamingDestination_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_DisableKinesisStreamingDestination = {
    .name = "DisableKinesisStreamingDestination",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[267],
    .output = &awsc__dynamodb_tables.shapes[268],
    .errors = op_DisableKinesisStreamingDestination_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_DisableKinesisStreamingDestination_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_disable_kinesis_streaming_destination(struct awsc_client *client,
                                                        const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                        struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisableKinesisStreamingDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void disable_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_disable_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_disable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                              const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                              awsc_dynamodb_disable_kinesis_streaming_destination_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisableKinesisStreamingDestination, input, disable_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_EnableKinesisStreamingDestination_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_EnableKinesisStreamingDestination_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_EnableKinesisStreamingDestination = {
    .name = "EnableKinesisStreamingDestination",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[267],
    .output = &awsc__dynamodb_tables.shapes[268],
    .errors = op_EnableKinesisStreamingDestination_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_EnableKinesisStreamingDestination_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_enable_kinesis_streaming_destination(struct awsc_client *client,
                                                       const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                       struct awsc_dynamodb_kinesis_streaming_destination_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_EnableKinesisStreamingDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void enable_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_enable_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_enable_kinesis_streaming_destination_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_kinesis_streaming_destination_input *input,
                                                             awsc_dynamodb_enable_kinesis_streaming_destination_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_EnableKinesisStreamingDestination, input, enable_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ExecuteStatement_errors[] = {
    &awsc__dynamodb_tables.shapes[69],
    &awsc__dynamodb_tables.shapes[146],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[471],
};

static const struct awsc_operation op_ExecuteStatement = {
    .name = "ExecuteStatement",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[154],
    .output = &awsc__dynamodb_tables.shapes[155],
    .errors = op_ExecuteStatement_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_execute_statement(struct awsc_client *client,
                                    const struct awsc_dynamodb_execute_statement_input *input,
                                    struct awsc_dynamodb_execute_statement_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ExecuteStatement, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void execute_statement_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_execute_statement_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_execute_statement_async(struct awsc_client *client,
                                          const struct awsc_dynamodb_execute_statement_input *input,
                                          awsc_dynamodb_execute_statement_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ExecuteStatement, input, execute_statement_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ExecuteTransaction_errors[] = {
    &awsc__dynamodb_tables.shapes[217],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[470],
    &awsc__dynamodb_tables.shapes[472],
};

static const struct awsc_operation op_ExecuteTransaction = {
    .name = "ExecuteTransaction",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[156],
    .output = &awsc__dynamodb_tables.shapes[157],
    .errors = op_ExecuteTransaction_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_execute_transaction(struct awsc_client *client,
                                      const struct awsc_dynamodb_execute_transaction_input *input,
                                      struct awsc_dynamodb_execute_transaction_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ExecuteTransaction, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void execute_transaction_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_execute_transaction_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_execute_transaction_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_execute_transaction_input *input,
                                            awsc_dynamodb_execute_transaction_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ExecuteTransaction, input, execute_transaction_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ExportTableToPointInTime_errors[] = {
    &awsc__dynamodb_tables.shapes[161],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[241],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[318],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_ExportTableToPointInTime_context_params[] = {
    {"ResourceArn", "TableArn", 0, NULL},
};

static const struct awsc_operation op_ExportTableToPointInTime = {
    .name = "ExportTableToPointInTime",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[173],
    .output = &awsc__dynamodb_tables.shapes[174],
    .errors = op_ExportTableToPointInTime_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ExportTableToPointInTime_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_export_table_to_point_in_time(struct awsc_client *client,
                                                const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                struct awsc_dynamodb_export_table_to_point_in_time_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ExportTableToPointInTime, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void export_table_to_point_in_time_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_export_table_to_point_in_time_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_export_table_to_point_in_time_async(struct awsc_client *client,
                                                      const struct awsc_dynamodb_export_table_to_point_in_time_input *input,
                                                      awsc_dynamodb_export_table_to_point_in_time_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ExportTableToPointInTime, input, export_table_to_point_in_time_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetItem_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_GetItem_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_GetItem = {
    .name = "GetItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[188],
    .output = &awsc__dynamodb_tables.shapes[189],
    .errors = op_GetItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_GetItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_get_item(struct awsc_client *client,
                           const struct awsc_dynamodb_get_item_input *input,
                           struct awsc_dynamodb_get_item_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_get_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_get_item_async(struct awsc_client *client,
                                 const struct awsc_dynamodb_get_item_input *input,
                                 awsc_dynamodb_get_item_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetItem, input, get_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetResourcePolicy_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[319],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_GetResourcePolicy_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_GetResourcePolicy = {
    .name = "GetResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[190],
    .output = &awsc__dynamodb_tables.shapes[191],
    .errors = op_GetResourcePolicy_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_GetResourcePolicy_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_get_resource_policy(struct awsc_client *client,
                                      const struct awsc_dynamodb_get_resource_policy_input *input,
                                      struct awsc_dynamodb_get_resource_policy_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_get_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_get_resource_policy_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_get_resource_policy_input *input,
                                            awsc_dynamodb_get_resource_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetResourcePolicy, input, get_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ImportTable_errors[] = {
    &awsc__dynamodb_tables.shapes[219],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
};
/* ImportTable: TableCreationParameters.TableName */
static const struct {
    struct awsc_jmespath expr;
    struct awsc_jmespath_node nodes[3];
    char strings[68];
} op_ImportTable_path_0 = {
    .expr = {AWSC_REF(op_ImportTable_path_0.expr.text_ref, op_ImportTable_path_0.strings[0]), AWSC_REF(op_ImportTable_path_0.expr.nodes_ref, op_ImportTable_path_0.nodes[0]), 3},
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = AWSC_REF(op_ImportTable_path_0.nodes[0].string_ref, op_ImportTable_path_0.strings[34])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_ImportTable_path_0.nodes[1].string_ref, op_ImportTable_path_0.strings[58])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
    },
    .strings = "TableCreationParameters.TableName\0" "TableCreationParameters\0" "TableName",
};
static const struct awsc_endpoint_context_param op_ImportTable_context_params[] = {
    {"ResourceArn", NULL, 0, &op_ImportTable_path_0.expr},
};

static const struct awsc_operation op_ImportTable = {
    .name = "ImportTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[228],
    .output = &awsc__dynamodb_tables.shapes[229],
    .errors = op_ImportTable_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ImportTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_import_table(struct awsc_client *client,
                               const struct awsc_dynamodb_import_table_input *input,
                               struct awsc_dynamodb_import_table_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ImportTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void import_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_import_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_import_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_import_table_input *input,
                                     awsc_dynamodb_import_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ImportTable, input, import_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListBackups_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
};
static const struct awsc_endpoint_context_param op_ListBackups_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_ListBackups = {
    .name = "ListBackups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[272],
    .output = &awsc__dynamodb_tables.shapes[273],
    .errors = op_ListBackups_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ListBackups_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_list_backups(struct awsc_client *client,
                               const struct awsc_dynamodb_list_backups_input *input,
                               struct awsc_dynamodb_list_backups_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListBackups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_backups_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_backups_input *input,
                                     awsc_dynamodb_list_backups_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListBackups, input, list_backups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListContributorInsights_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_ListContributorInsights_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_ListContributorInsights = {
    .name = "ListContributorInsights",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[274],
    .output = &awsc__dynamodb_tables.shapes[276],
    .errors = op_ListContributorInsights_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ListContributorInsights_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_list_contributor_insights(struct awsc_client *client,
                                            const struct awsc_dynamodb_list_contributor_insights_input *input,
                                            struct awsc_dynamodb_list_contributor_insights_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListContributorInsights, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_contributor_insights_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_list_contributor_insights_input *input,
                                                  awsc_dynamodb_list_contributor_insights_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListContributorInsights, input, list_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListExports_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
};
static const struct awsc_endpoint_context_param op_ListExports_context_params[] = {
    {"ResourceArn", "TableArn", 0, NULL},
};

static const struct awsc_operation op_ListExports = {
    .name = "ListExports",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[277],
    .output = &awsc__dynamodb_tables.shapes[279],
    .errors = op_ListExports_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ListExports_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_list_exports(struct awsc_client *client,
                               const struct awsc_dynamodb_list_exports_input *input,
                               struct awsc_dynamodb_list_exports_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListExports, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_exports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_exports_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_exports_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_exports_input *input,
                                     awsc_dynamodb_list_exports_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListExports, input, list_exports_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListGlobalTables_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
};

static const struct awsc_operation op_ListGlobalTables = {
    .name = "ListGlobalTables",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[280],
    .output = &awsc__dynamodb_tables.shapes[281],
    .errors = op_ListGlobalTables_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_list_global_tables(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_global_tables_input *input,
                                     struct awsc_dynamodb_list_global_tables_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListGlobalTables, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_global_tables_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_global_tables_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_global_tables_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_list_global_tables_input *input,
                                           awsc_dynamodb_list_global_tables_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListGlobalTables, input, list_global_tables_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListImports_errors[] = {
    &awsc__dynamodb_tables.shapes[270],
};
static const struct awsc_endpoint_context_param op_ListImports_context_params[] = {
    {"ResourceArn", "TableArn", 0, NULL},
};

static const struct awsc_operation op_ListImports = {
    .name = "ListImports",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[282],
    .output = &awsc__dynamodb_tables.shapes[284],
    .errors = op_ListImports_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ListImports_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_list_imports(struct awsc_client *client,
                               const struct awsc_dynamodb_list_imports_input *input,
                               struct awsc_dynamodb_list_imports_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListImports, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_imports_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_imports_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_imports_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_list_imports_input *input,
                                     awsc_dynamodb_list_imports_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListImports, input, list_imports_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTables_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
};

static const struct awsc_operation op_ListTables = {
    .name = "ListTables",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[285],
    .output = &awsc__dynamodb_tables.shapes[287],
    .errors = op_ListTables_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
};

int awsc_dynamodb_list_tables(struct awsc_client *client,
                              const struct awsc_dynamodb_list_tables_input *input,
                              struct awsc_dynamodb_list_tables_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTables, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tables_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tables_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_tables_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_list_tables_input *input,
                                    awsc_dynamodb_list_tables_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTables, input, list_tables_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsOfResource_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_ListTagsOfResource_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_ListTagsOfResource = {
    .name = "ListTagsOfResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[288],
    .output = &awsc__dynamodb_tables.shapes[289],
    .errors = op_ListTagsOfResource_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_ListTagsOfResource_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_list_tags_of_resource(struct awsc_client *client,
                                        const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                        struct awsc_dynamodb_list_tags_of_resource_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsOfResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tags_of_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_list_tags_of_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_list_tags_of_resource_async(struct awsc_client *client,
                                              const struct awsc_dynamodb_list_tags_of_resource_input *input,
                                              awsc_dynamodb_list_tags_of_resource_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsOfResource, input, list_tags_of_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutItem_errors[] = {
    &awsc__dynamodb_tables.shapes[69],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[375],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[471],
};
static const struct awsc_endpoint_context_param op_PutItem_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_PutItem = {
    .name = "PutItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[333],
    .output = &awsc__dynamodb_tables.shapes[335],
    .errors = op_PutItem_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_PutItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_put_item(struct awsc_client *client,
                           const struct awsc_dynamodb_put_item_input *input,
                           struct awsc_dynamodb_put_item_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_put_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_put_item_async(struct awsc_client *client,
                                 const struct awsc_dynamodb_put_item_input *input,
                                 awsc_dynamodb_put_item_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutItem, input, put_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutResourcePolicy_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[319],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_PutResourcePolicy_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_PutResourcePolicy = {
    .name = "PutResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[337],
    .output = &awsc__dynamodb_tables.shapes[338],
    .errors = op_PutResourcePolicy_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_PutResourcePolicy_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_put_resource_policy(struct awsc_client *client,
                                      const struct awsc_dynamodb_put_resource_policy_input *input,
                                      struct awsc_dynamodb_put_resource_policy_output **output,
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
    ((awsc_dynamodb_put_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_put_resource_policy_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_put_resource_policy_input *input,
                                            awsc_dynamodb_put_resource_policy_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutResourcePolicy, input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Query_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_Query_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_Query = {
    .name = "Query",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[339],
    .output = &awsc__dynamodb_tables.shapes[340],
    .errors = op_Query_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_Query_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_query(struct awsc_client *client,
                        const struct awsc_dynamodb_query_input *input,
                        struct awsc_dynamodb_query_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Query, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void query_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_query_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_query_async(struct awsc_client *client,
                              const struct awsc_dynamodb_query_input *input,
                              awsc_dynamodb_query_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Query, input, query_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RestoreTableFromBackup_errors[] = {
    &awsc__dynamodb_tables.shapes[28],
    &awsc__dynamodb_tables.shapes[30],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[430],
    &awsc__dynamodb_tables.shapes[439],
};
static const struct awsc_endpoint_context_param op_RestoreTableFromBackup_context_params[] = {
    {"ResourceArn", "TargetTableName", 0, NULL},
};

static const struct awsc_operation op_RestoreTableFromBackup = {
    .name = "RestoreTableFromBackup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[386],
    .output = &awsc__dynamodb_tables.shapes[387],
    .errors = op_RestoreTableFromBackup_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_RestoreTableFromBackup_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_restore_table_from_backup(struct awsc_client *client,
                                            const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                            struct awsc_dynamodb_restore_table_from_backup_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RestoreTableFromBackup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void restore_table_from_backup_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_restore_table_from_backup_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_restore_table_from_backup_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_restore_table_from_backup_input *input,
                                                  awsc_dynamodb_restore_table_from_backup_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RestoreTableFromBackup, input, restore_table_from_backup_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RestoreTableToPointInTime_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[242],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[318],
    &awsc__dynamodb_tables.shapes[430],
    &awsc__dynamodb_tables.shapes[439],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_RestoreTableToPointInTime_context_params[] = {
    {"ResourceArn", "TargetTableName", 2, NULL},
};

static const struct awsc_operation op_RestoreTableToPointInTime = {
    .name = "RestoreTableToPointInTime",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[388],
    .output = &awsc__dynamodb_tables.shapes[389],
    .errors = op_RestoreTableToPointInTime_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_RestoreTableToPointInTime_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_restore_table_to_point_in_time(struct awsc_client *client,
                                                 const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                 struct awsc_dynamodb_restore_table_to_point_in_time_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RestoreTableToPointInTime, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void restore_table_to_point_in_time_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_restore_table_to_point_in_time_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_restore_table_to_point_in_time_async(struct awsc_client *client,
                                                       const struct awsc_dynamodb_restore_table_to_point_in_time_input *input,
                                                       awsc_dynamodb_restore_table_to_point_in_time_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RestoreTableToPointInTime, input, restore_table_to_point_in_time_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_Scan_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
static const struct awsc_endpoint_context_param op_Scan_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_Scan = {
    .name = "Scan",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[406],
    .output = &awsc__dynamodb_tables.shapes[407],
    .errors = op_Scan_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_Scan_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_scan(struct awsc_client *client,
                       const struct awsc_dynamodb_scan_input *input,
                       struct awsc_dynamodb_scan_output **output,
                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_Scan, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void scan_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_scan_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_scan_async(struct awsc_client *client,
                             const struct awsc_dynamodb_scan_input *input,
                             awsc_dynamodb_scan_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_Scan, input, scan_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SearchVectors_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
};
static const struct awsc_endpoint_param op_SearchVectors_static_params[] = {
    {"IsSearchOperation", AWSC_EP_PARAM_BOOLEAN, true, NULL, NULL, 0},
};
static const struct awsc_endpoint_context_param op_SearchVectors_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_SearchVectors = {
    .name = "SearchVectors",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[417],
    .output = &awsc__dynamodb_tables.shapes[418],
    .errors = op_SearchVectors_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .static_params = op_SearchVectors_static_params,
    .static_param_count = 1,
    .context_params = op_SearchVectors_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_search_vectors(struct awsc_client *client,
                                 const struct awsc_dynamodb_search_vectors_input *input,
                                 struct awsc_dynamodb_search_vectors_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SearchVectors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void search_vectors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_search_vectors_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_search_vectors_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_search_vectors_input *input,
                                       awsc_dynamodb_search_vectors_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SearchVectors, input, search_vectors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TagResource_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_TagResource_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_TagResource = {
    .name = "TagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[449],
    .output = NULL,
    .errors = op_TagResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_TagResource_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_tag_resource(struct awsc_client *client,
                               const struct awsc_dynamodb_tag_resource_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &op_TagResource, input, NULL, err);
}

static void tag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_dynamodb_tag_resource_cb *)cb)(user_data, status, err);
}

int awsc_dynamodb_tag_resource_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_tag_resource_input *input,
                                     awsc_dynamodb_tag_resource_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TagResource, input, tag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TransactGetItems_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[470],
};
/* TransactGetItems: TransactItems[*].Get.TableName */
static const struct {
    struct awsc_jmespath expr;
    struct awsc_jmespath_node nodes[5];
    char strings[59];
} op_TransactGetItems_path_0 = {
    .expr = {AWSC_REF(op_TransactGetItems_path_0.expr.text_ref, op_TransactGetItems_path_0.strings[0]), AWSC_REF(op_TransactGetItems_path_0.expr.nodes_ref, op_TransactGetItems_path_0.nodes[0]), 5},
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_TransactGetItems_path_0.nodes[0].string_ref, op_TransactGetItems_path_0.strings[31])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_TransactGetItems_path_0.nodes[1].string_ref, op_TransactGetItems_path_0.strings[45])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = AWSC_REF(op_TransactGetItems_path_0.nodes[2].string_ref, op_TransactGetItems_path_0.strings[49])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_PROJECT, .a = 0, .b = 3},
    },
    .strings = "TransactItems[*].Get.TableName\0" "TransactItems\0" "Get\0" "TableName",
};
static const struct awsc_endpoint_context_param op_TransactGetItems_context_params[] = {
    {"ResourceArnList", NULL, 0, &op_TransactGetItems_path_0.expr},
};

static const struct awsc_operation op_TransactGetItems = {
    .name = "TransactGetItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[464],
    .output = &awsc__dynamodb_tables.shapes[465],
    .errors = op_TransactGetItems_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_TransactGetItems_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_transact_get_items(struct awsc_client *client,
                                     const struct awsc_dynamodb_transact_get_items_input *input,
                                     struct awsc_dynamodb_transact_get_items_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TransactGetItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void transact_get_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_transact_get_items_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_transact_get_items_async(struct awsc_client *client,
                                           const struct awsc_dynamodb_transact_get_items_input *input,
                                           awsc_dynamodb_transact_get_items_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TransactGetItems, input, transact_get_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TransactWriteItems_errors[] = {
    &awsc__dynamodb_tables.shapes[217],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[470],
    &awsc__dynamodb_tables.shapes[472],
};
/* TransactWriteItems: TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][] */
static const struct {
    struct awsc_jmespath expr;
    struct awsc_jmespath_node nodes[21];
    char strings[154];
} op_TransactWriteItems_path_0 = {
    .expr = {AWSC_REF(op_TransactWriteItems_path_0.expr.text_ref, op_TransactWriteItems_path_0.strings[0]), AWSC_REF(op_TransactWriteItems_path_0.expr.nodes_ref, op_TransactWriteItems_path_0.nodes[0]), 21},
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[0].string_ref, op_TransactWriteItems_path_0.strings[97])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[1].string_ref, op_TransactWriteItems_path_0.strings[111])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[2].string_ref, op_TransactWriteItems_path_0.strings[126])},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_MULTI_LIST, .a = 3, .index = 1},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[5].string_ref, op_TransactWriteItems_path_0.strings[136])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[6].string_ref, op_TransactWriteItems_path_0.strings[126])},
        {.op = AWSC_JP_SUB, .a = 5, .b = 6},
        {.op = AWSC_JP_MULTI_LIST, .a = 7, .b = 4, .index = 2},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[9].string_ref, op_TransactWriteItems_path_0.strings[140])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[10].string_ref, op_TransactWriteItems_path_0.strings[126])},
        {.op = AWSC_JP_SUB, .a = 9, .b = 10},
        {.op = AWSC_JP_MULTI_LIST, .a = 11, .b = 8, .index = 3},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[13].string_ref, op_TransactWriteItems_path_0.strings[147])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = AWSC_REF(op_TransactWriteItems_path_0.nodes[14].string_ref, op_TransactWriteItems_path_0.strings[126])},
        {.op = AWSC_JP_SUB, .a = 13, .b = 14},
        {.op = AWSC_JP_MULTI_LIST, .a = 15, .b = 12, .index = 4},
        {.op = AWSC_JP_PROJECT, .a = 0, .b = 16},
        {.op = AWSC_JP_FLATTEN, .a = 17},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 18, .b = 19},
    },
    .strings = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]\0" "TransactItems\0" "ConditionCheck\0" "TableName\0" "Put\0" "Delete\0" "Update",
};
static const struct awsc_endpoint_context_param op_TransactWriteItems_context_params[] = {
    {"ResourceArnList", NULL, 0, &op_TransactWriteItems_path_0.expr},
};

static const struct awsc_operation op_TransactWriteItems = {
    .name = "TransactWriteItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[468],
    .output = &awsc__dynamodb_tables.shapes[469],
    .errors = op_TransactWriteItems_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_TransactWriteItems_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_transact_write_items(struct awsc_client *client,
                                       const struct awsc_dynamodb_transact_write_items_input *input,
                                       struct awsc_dynamodb_transact_write_items_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TransactWriteItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void transact_write_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_transact_write_items_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_transact_write_items_async(struct awsc_client *client,
                                             const struct awsc_dynamodb_transact_write_items_input *input,
                                             awsc_dynamodb_transact_write_items_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TransactWriteItems, input, transact_write_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UntagResource_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UntagResource_context_params[] = {
    {"ResourceArn", "ResourceArn", 0, NULL},
};

static const struct awsc_operation op_UntagResource = {
    .name = "UntagResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[473],
    .output = NULL,
    .errors = op_UntagResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UntagResource_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_untag_resource(struct awsc_client *client,
                                 const struct awsc_dynamodb_untag_resource_input *input,
                                 struct awsc_error *err)
{
    return awsc_call(client, &op_UntagResource, input, NULL, err);
}

static void untag_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_dynamodb_untag_resource_cb *)cb)(user_data, status, err);
}

int awsc_dynamodb_untag_resource_async(struct awsc_client *client,
                                       const struct awsc_dynamodb_untag_resource_input *input,
                                       awsc_dynamodb_untag_resource_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UntagResource, input, untag_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateContinuousBackups_errors[] = {
    &awsc__dynamodb_tables.shapes[78],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_UpdateContinuousBackups_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_UpdateContinuousBackups = {
    .name = "UpdateContinuousBackups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[475],
    .output = &awsc__dynamodb_tables.shapes[476],
    .errors = op_UpdateContinuousBackups_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateContinuousBackups_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_continuous_backups(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_continuous_backups_input *input,
                                            struct awsc_dynamodb_update_continuous_backups_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateContinuousBackups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_continuous_backups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_continuous_backups_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_continuous_backups_async(struct awsc_client *client,
                                                  const struct awsc_dynamodb_update_continuous_backups_input *input,
                                                  awsc_dynamodb_update_continuous_backups_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateContinuousBackups, input, update_continuous_backups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateContributorInsights_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UpdateContributorInsights_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_UpdateContributorInsights = {
    .name = "UpdateContributorInsights",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[477],
    .output = &awsc__dynamodb_tables.shapes[478],
    .errors = op_UpdateContributorInsights_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateContributorInsights_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_contributor_insights(struct awsc_client *client,
                                              const struct awsc_dynamodb_update_contributor_insights_input *input,
                                              struct awsc_dynamodb_update_contributor_insights_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateContributorInsights, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_contributor_insights_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_contributor_insights_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_contributor_insights_async(struct awsc_client *client,
                                                    const struct awsc_dynamodb_update_contributor_insights_input *input,
                                                    awsc_dynamodb_update_contributor_insights_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateContributorInsights, input, update_contributor_insights_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateGlobalTable_errors[] = {
    &awsc__dynamodb_tables.shapes[210],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[345],
    &awsc__dynamodb_tables.shapes[365],
    &awsc__dynamodb_tables.shapes[442],
};
static const struct awsc_endpoint_context_param op_UpdateGlobalTable_context_params[] = {
    {"ResourceArn", "GlobalTableName", 0, NULL},
};

static const struct awsc_operation op_UpdateGlobalTable = {
    .name = "UpdateGlobalTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[481],
    .output = &awsc__dynamodb_tables.shapes[482],
    .errors = op_UpdateGlobalTable_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateGlobalTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_global_table(struct awsc_client *client,
                                      const struct awsc_dynamodb_update_global_table_input *input,
                                      struct awsc_dynamodb_update_global_table_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateGlobalTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_global_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_global_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_global_table_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_global_table_input *input,
                                            awsc_dynamodb_update_global_table_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateGlobalTable, input, update_global_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateGlobalTableSettings_errors[] = {
    &awsc__dynamodb_tables.shapes[210],
    &awsc__dynamodb_tables.shapes[233],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[365],
    &awsc__dynamodb_tables.shapes[381],
};
static const struct awsc_endpoint_context_param op_UpdateGlobalTableSettings_context_params[] = {
    {"ResourceArn", "GlobalTableName", 0, NULL},
};

static const struct awsc_operation op_UpdateGlobalTableSettings = {
    .name = "UpdateGlobalTableSettings",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[483],
    .output = &awsc__dynamodb_tables.shapes[484],
    .errors = op_UpdateGlobalTableSettings_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateGlobalTableSettings_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_global_table_settings(struct awsc_client *client,
                                               const struct awsc_dynamodb_update_global_table_settings_input *input,
                                               struct awsc_dynamodb_update_global_table_settings_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateGlobalTableSettings, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_global_table_settings_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_global_table_settings_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_global_table_settings_async(struct awsc_client *client,
                                                     const struct awsc_dynamodb_update_global_table_settings_input *input,
                                                     awsc_dynamodb_update_global_table_settings_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateGlobalTableSettings, input, update_global_table_settings_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateItem_errors[] = {
    &awsc__dynamodb_tables.shapes[69],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[375],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[471],
};
static const struct awsc_endpoint_context_param op_UpdateItem_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_UpdateItem = {
    .name = "UpdateItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[485],
    .output = &awsc__dynamodb_tables.shapes[486],
    .errors = op_UpdateItem_errors,
    .error_count = 9,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateItem_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_item(struct awsc_client *client,
                              const struct awsc_dynamodb_update_item_input *input,
                              struct awsc_dynamodb_update_item_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_item_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_item_async(struct awsc_client *client,
                                    const struct awsc_dynamodb_update_item_input *input,
                                    awsc_dynamodb_update_item_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateItem, input, update_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateKinesisStreamingDestination_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UpdateKinesisStreamingDestination_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_UpdateKinesisStreamingDestination = {
    .name = "UpdateKinesisStreamingDestination",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[488],
    .output = &awsc__dynamodb_tables.shapes[489],
    .errors = op_UpdateKinesisStreamingDestination_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateKinesisStreamingDestination_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_kinesis_streaming_destination(struct awsc_client *client,
                                                       const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                       struct awsc_dynamodb_update_kinesis_streaming_destination_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateKinesisStreamingDestination, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_kinesis_streaming_destination_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_kinesis_streaming_destination_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_kinesis_streaming_destination_async(struct awsc_client *client,
                                                             const struct awsc_dynamodb_update_kinesis_streaming_destination_input *input,
                                                             awsc_dynamodb_update_kinesis_streaming_destination_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateKinesisStreamingDestination, input, update_kinesis_streaming_destination_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateTable_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UpdateTable_context_params[] = {
    {"ResourceArn", "TableName", 1, NULL},
};

static const struct awsc_operation op_UpdateTable = {
    .name = "UpdateTable",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[491],
    .output = &awsc__dynamodb_tables.shapes[492],
    .errors = op_UpdateTable_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateTable_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_table(struct awsc_client *client,
                               const struct awsc_dynamodb_update_table_input *input,
                               struct awsc_dynamodb_update_table_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateTable, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_table_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_table_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_table_async(struct awsc_client *client,
                                     const struct awsc_dynamodb_update_table_input *input,
                                     awsc_dynamodb_update_table_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateTable, input, update_table_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateTableReplicaAutoScaling_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UpdateTableReplicaAutoScaling_context_params[] = {
    {"ResourceArn", "TableName", 1, NULL},
};

static const struct awsc_operation op_UpdateTableReplicaAutoScaling = {
    .name = "UpdateTableReplicaAutoScaling",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[493],
    .output = &awsc__dynamodb_tables.shapes[494],
    .errors = op_UpdateTableReplicaAutoScaling_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateTableReplicaAutoScaling_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_table_replica_auto_scaling(struct awsc_client *client,
                                                    const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                    struct awsc_dynamodb_update_table_replica_auto_scaling_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateTableReplicaAutoScaling, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_table_replica_auto_scaling_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_table_replica_auto_scaling_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_table_replica_auto_scaling_async(struct awsc_client *client,
                                                          const struct awsc_dynamodb_update_table_replica_auto_scaling_input *input,
                                                          awsc_dynamodb_update_table_replica_auto_scaling_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateTableReplicaAutoScaling, input, update_table_replica_auto_scaling_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateTimeToLive_errors[] = {
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
};
static const struct awsc_endpoint_context_param op_UpdateTimeToLive_context_params[] = {
    {"ResourceArn", "TableName", 0, NULL},
};

static const struct awsc_operation op_UpdateTimeToLive = {
    .name = "UpdateTimeToLive",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__dynamodb_tables.shapes[495],
    .output = &awsc__dynamodb_tables.shapes[496],
    .errors = op_UpdateTimeToLive_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_dynamodb_service,
    .context_params = op_UpdateTimeToLive_context_params,
    .context_param_count = 1,
};

int awsc_dynamodb_update_time_to_live(struct awsc_client *client,
                                      const struct awsc_dynamodb_update_time_to_live_input *input,
                                      struct awsc_dynamodb_update_time_to_live_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateTimeToLive, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_time_to_live_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_dynamodb_update_time_to_live_cb *)cb)(user_data, status, output, err);
}

int awsc_dynamodb_update_time_to_live_async(struct awsc_client *client,
                                            const struct awsc_dynamodb_update_time_to_live_input *input,
                                            awsc_dynamodb_update_time_to_live_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateTimeToLive, input, update_time_to_live_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_BatchExecuteStatement,
    &op_BatchGetItem,
    &op_BatchWriteItem,
    &op_CreateBackup,
    &op_CreateGlobalTable,
    &op_CreateTable,
    &op_DeleteBackup,
    &op_DeleteItem,
    &op_DeleteResourcePolicy,
    &op_DeleteTable,
    &op_DescribeBackup,
    &op_DescribeContinuousBackups,
    &op_DescribeContributorInsights,
    &op_DescribeEndpoints,
    &op_DescribeExport,
    &op_DescribeGlobalTable,
    &op_DescribeGlobalTableSettings,
    &op_DescribeImport,
    &op_DescribeKinesisStreamingDestination,
    &op_DescribeLimits,
    &op_DescribeTable,
    &op_DescribeTableReplicaAutoScaling,
    &op_DescribeTimeToLive,
    &op_DisableKinesisStreamingDestination,
    &op_EnableKinesisStreamingDestination,
    &op_ExecuteStatement,
    &op_ExecuteTransaction,
    &op_ExportTableToPointInTime,
    &op_GetItem,
    &op_GetResourcePolicy,
    &op_ImportTable,
    &op_ListBackups,
    &op_ListContributorInsights,
    &op_ListExports,
    &op_ListGlobalTables,
    &op_ListImports,
    &op_ListTables,
    &op_ListTagsOfResource,
    &op_PutItem,
    &op_PutResourcePolicy,
    &op_Query,
    &op_RestoreTableFromBackup,
    &op_RestoreTableToPointInTime,
    &op_Scan,
    &op_SearchVectors,
    &op_TagResource,
    &op_TransactGetItems,
    &op_TransactWriteItems,
    &op_UntagResource,
    &op_UpdateContinuousBackups,
    &op_UpdateContributorInsights,
    &op_UpdateGlobalTable,
    &op_UpdateGlobalTableSettings,
    &op_UpdateItem,
    &op_UpdateKinesisStreamingDestination,
    &op_UpdateTable,
    &op_UpdateTableReplicaAutoScaling,
    &op_UpdateTimeToLive,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__dynamodb_tables.shapes[28],
    &awsc__dynamodb_tables.shapes[30],
    &awsc__dynamodb_tables.shapes[69],
    &awsc__dynamodb_tables.shapes[78],
    &awsc__dynamodb_tables.shapes[146],
    &awsc__dynamodb_tables.shapes[161],
    &awsc__dynamodb_tables.shapes[168],
    &awsc__dynamodb_tables.shapes[204],
    &awsc__dynamodb_tables.shapes[210],
    &awsc__dynamodb_tables.shapes[217],
    &awsc__dynamodb_tables.shapes[219],
    &awsc__dynamodb_tables.shapes[222],
    &awsc__dynamodb_tables.shapes[233],
    &awsc__dynamodb_tables.shapes[240],
    &awsc__dynamodb_tables.shapes[241],
    &awsc__dynamodb_tables.shapes[242],
    &awsc__dynamodb_tables.shapes[249],
    &awsc__dynamodb_tables.shapes[270],
    &awsc__dynamodb_tables.shapes[318],
    &awsc__dynamodb_tables.shapes[319],
    &awsc__dynamodb_tables.shapes[330],
    &awsc__dynamodb_tables.shapes[345],
    &awsc__dynamodb_tables.shapes[365],
    &awsc__dynamodb_tables.shapes[375],
    &awsc__dynamodb_tables.shapes[378],
    &awsc__dynamodb_tables.shapes[381],
    &awsc__dynamodb_tables.shapes[382],
    &awsc__dynamodb_tables.shapes[430],
    &awsc__dynamodb_tables.shapes[439],
    &awsc__dynamodb_tables.shapes[442],
    &awsc__dynamodb_tables.shapes[451],
    &awsc__dynamodb_tables.shapes[470],
    &awsc__dynamodb_tables.shapes[471],
    &awsc__dynamodb_tables.shapes[472],
};

const struct awsc_service awsc_dynamodb_service = {
    .name = "dynamodb",
    .service_id = "DynamoDB",
    .full_name = "Amazon DynamoDB",
    .api_version = "2012-08-10",
    .endpoint_prefix = "dynamodb",
    .signing_name = "dynamodb",
    .target_prefix = "DynamoDB_20120810",
    .json_version = "1.0",
    .xml_namespace = NULL,
    .env_name = "DYNAMODB",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 58,
    .errors = errors,
    .error_count = 34,
    .flags = AWSC_SVC_CRC32,
    .ruleset = &awsc__dynamodb_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc__dynamodb_pagers.paginators,
    .paginator_count = 5,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc__dynamodb_pagers.waiters,
    .waiter_count = 6,
#endif
};
