/*
 * sqs_ops.c - operations of SQS: the typed wrappers around
 * awsc_call_typed() / awsc_call_async_typed(). Their descriptors are in
 * sqs_tables.c.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifndef AWSC__SQS_TABLES
#define AWSC__SQS_TABLES

/* The endpoint rule set of sqs: a part of the service's tables. */
struct awsc__sqs_rules {
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
 * SQS, in one object. */
struct awsc__sqs_tables {
    struct awsc_service service;
    struct awsc_operation operations[23];
    awsc_ref op_errors[163];
    awsc_ref service_errors[28];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sqs_pagers pagers; /* <awsc/sqs.h> */
#endif
    struct awsc__sqs_rules rules;
    struct awsc_structure_shape structures[76];
    struct awsc_collection_shape collections[23];
    struct awsc_enum_shape enums[3];
    struct awsc_shape scalars[12];
    struct awsc_shape_traits traits[28];
    struct awsc_member members[159];
    uint16_t by_wire_name[159];
    char strings[2443];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[1949];
#endif
};
extern const struct awsc__sqs_tables awsc__sqs_tables AWSC__HIDDEN;
#endif

int awsc_sqs_add_permission(struct awsc_client *client,
                            const struct awsc_sqs_add_permission_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[0], input, NULL, err);
}

static void add_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_add_permission_cb *)cb)(user_data, status, err);
}

int awsc_sqs_add_permission_async(struct awsc_client *client,
                                  const struct awsc_sqs_add_permission_input *input,
                                  awsc_sqs_add_permission_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[0], input, add_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_cancel_message_move_task(struct awsc_client *client,
                                      const struct awsc_sqs_cancel_message_move_task_input *input,
                                      struct awsc_sqs_cancel_message_move_task_output **output,
                                      struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[1], input, output, err);
}

static void cancel_message_move_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_cancel_message_move_task_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_cancel_message_move_task_async(struct awsc_client *client,
                                            const struct awsc_sqs_cancel_message_move_task_input *input,
                                            awsc_sqs_cancel_message_move_task_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[1], input, cancel_message_move_task_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_change_message_visibility(struct awsc_client *client,
                                       const struct awsc_sqs_change_message_visibility_input *input,
                                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[2], input, NULL, err);
}

static void change_message_visibility_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_change_message_visibility_cb *)cb)(user_data, status, err);
}

int awsc_sqs_change_message_visibility_async(struct awsc_client *client,
                                             const struct awsc_sqs_change_message_visibility_input *input,
                                             awsc_sqs_change_message_visibility_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[2], input, change_message_visibility_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_change_message_visibility_batch(struct awsc_client *client,
                                             const struct awsc_sqs_change_message_visibility_batch_input *input,
                                             struct awsc_sqs_change_message_visibility_batch_output **output,
                                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[3], input, output, err);
}

static void change_message_visibility_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_change_message_visibility_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_change_message_visibility_batch_async(struct awsc_client *client,
                                                   const struct awsc_sqs_change_message_visibility_batch_input *input,
                                                   awsc_sqs_change_message_visibility_batch_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[3], input, change_message_visibility_batch_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_create_queue(struct awsc_client *client,
                          const struct awsc_sqs_create_queue_input *input,
                          struct awsc_sqs_create_queue_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[4], input, output, err);
}

static void create_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_create_queue_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_create_queue_async(struct awsc_client *client,
                                const struct awsc_sqs_create_queue_input *input,
                                awsc_sqs_create_queue_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[4], input, create_queue_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_delete_message(struct awsc_client *client,
                            const struct awsc_sqs_delete_message_input *input,
                            struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[5], input, NULL, err);
}

static void delete_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_delete_message_cb *)cb)(user_data, status, err);
}

int awsc_sqs_delete_message_async(struct awsc_client *client,
                                  const struct awsc_sqs_delete_message_input *input,
                                  awsc_sqs_delete_message_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[5], input, delete_message_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_delete_message_batch(struct awsc_client *client,
                                  const struct awsc_sqs_delete_message_batch_input *input,
                                  struct awsc_sqs_delete_message_batch_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[6], input, output, err);
}

static void delete_message_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_delete_message_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_delete_message_batch_async(struct awsc_client *client,
                                        const struct awsc_sqs_delete_message_batch_input *input,
                                        awsc_sqs_delete_message_batch_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[6], input, delete_message_batch_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_delete_queue(struct awsc_client *client,
                          const struct awsc_sqs_delete_queue_input *input,
                          struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[7], input, NULL, err);
}

static void delete_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_delete_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_delete_queue_async(struct awsc_client *client,
                                const struct awsc_sqs_delete_queue_input *input,
                                awsc_sqs_delete_queue_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[7], input, delete_queue_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_get_queue_attributes(struct awsc_client *client,
                                  const struct awsc_sqs_get_queue_attributes_input *input,
                                  struct awsc_sqs_get_queue_attributes_output **output,
                                  struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[8], input, output, err);
}

static void get_queue_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_get_queue_attributes_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_get_queue_attributes_async(struct awsc_client *client,
                                        const struct awsc_sqs_get_queue_attributes_input *input,
                                        awsc_sqs_get_queue_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[8], input, get_queue_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_get_queue_url(struct awsc_client *client,
                           const struct awsc_sqs_get_queue_url_input *input,
                           struct awsc_sqs_get_queue_url_output **output,
                           struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[9], input, output, err);
}

static void get_queue_url_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_get_queue_url_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_get_queue_url_async(struct awsc_client *client,
                                 const struct awsc_sqs_get_queue_url_input *input,
                                 awsc_sqs_get_queue_url_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[9], input, get_queue_url_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_dead_letter_source_queues(struct awsc_client *client,
                                            const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                            struct awsc_sqs_list_dead_letter_source_queues_output **output,
                                            struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[10], input, output, err);
}

static void list_dead_letter_source_queues_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_dead_letter_source_queues_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_dead_letter_source_queues_async(struct awsc_client *client,
                                                  const struct awsc_sqs_list_dead_letter_source_queues_input *input,
                                                  awsc_sqs_list_dead_letter_source_queues_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[10], input, list_dead_letter_source_queues_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_message_move_tasks(struct awsc_client *client,
                                     const struct awsc_sqs_list_message_move_tasks_input *input,
                                     struct awsc_sqs_list_message_move_tasks_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[11], input, output, err);
}

static void list_message_move_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_message_move_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_message_move_tasks_async(struct awsc_client *client,
                                           const struct awsc_sqs_list_message_move_tasks_input *input,
                                           awsc_sqs_list_message_move_tasks_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[11], input, list_message_move_tasks_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queue_tags(struct awsc_client *client,
                             const struct awsc_sqs_list_queue_tags_input *input,
                             struct awsc_sqs_list_queue_tags_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[12], input, output, err);
}

static void list_queue_tags_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_queue_tags_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_queue_tags_async(struct awsc_client *client,
                                   const struct awsc_sqs_list_queue_tags_input *input,
                                   awsc_sqs_list_queue_tags_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[12], input, list_queue_tags_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_list_queues(struct awsc_client *client,
                         const struct awsc_sqs_list_queues_input *input,
                         struct awsc_sqs_list_queues_output **output,
                         struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[13], input, output, err);
}

static void list_queues_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_list_queues_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_list_queues_async(struct awsc_client *client,
                               const struct awsc_sqs_list_queues_input *input,
                               awsc_sqs_list_queues_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[13], input, list_queues_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_purge_queue(struct awsc_client *client,
                         const struct awsc_sqs_purge_queue_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[14], input, NULL, err);
}

static void purge_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_purge_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_purge_queue_async(struct awsc_client *client,
                               const struct awsc_sqs_purge_queue_input *input,
                               awsc_sqs_purge_queue_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[14], input, purge_queue_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_receive_message(struct awsc_client *client,
                             const struct awsc_sqs_receive_message_input *input,
                             struct awsc_sqs_receive_message_output **output,
                             struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[15], input, output, err);
}

static void receive_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_receive_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_receive_message_async(struct awsc_client *client,
                                   const struct awsc_sqs_receive_message_input *input,
                                   awsc_sqs_receive_message_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[15], input, receive_message_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_remove_permission(struct awsc_client *client,
                               const struct awsc_sqs_remove_permission_input *input,
                               struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[16], input, NULL, err);
}

static void remove_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_remove_permission_cb *)cb)(user_data, status, err);
}

int awsc_sqs_remove_permission_async(struct awsc_client *client,
                                     const struct awsc_sqs_remove_permission_input *input,
                                     awsc_sqs_remove_permission_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[16], input, remove_permission_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_send_message(struct awsc_client *client,
                          const struct awsc_sqs_send_message_input *input,
                          struct awsc_sqs_send_message_output **output,
                          struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[17], input, output, err);
}

static void send_message_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_send_message_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_send_message_async(struct awsc_client *client,
                                const struct awsc_sqs_send_message_input *input,
                                awsc_sqs_send_message_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[17], input, send_message_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_send_message_batch(struct awsc_client *client,
                                const struct awsc_sqs_send_message_batch_input *input,
                                struct awsc_sqs_send_message_batch_output **output,
                                struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[18], input, output, err);
}

static void send_message_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_send_message_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_send_message_batch_async(struct awsc_client *client,
                                      const struct awsc_sqs_send_message_batch_input *input,
                                      awsc_sqs_send_message_batch_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[18], input, send_message_batch_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_set_queue_attributes(struct awsc_client *client,
                                  const struct awsc_sqs_set_queue_attributes_input *input,
                                  struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[19], input, NULL, err);
}

static void set_queue_attributes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_set_queue_attributes_cb *)cb)(user_data, status, err);
}

int awsc_sqs_set_queue_attributes_async(struct awsc_client *client,
                                        const struct awsc_sqs_set_queue_attributes_input *input,
                                        awsc_sqs_set_queue_attributes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[19], input, set_queue_attributes_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_start_message_move_task(struct awsc_client *client,
                                     const struct awsc_sqs_start_message_move_task_input *input,
                                     struct awsc_sqs_start_message_move_task_output **output,
                                     struct awsc_error *err)
{
    return awsc_call_typed(client, &awsc__sqs_tables.operations[20], input, output, err);
}

static void start_message_move_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_sqs_start_message_move_task_cb *)cb)(user_data, status, output, err);
}

int awsc_sqs_start_message_move_task_async(struct awsc_client *client,
                                           const struct awsc_sqs_start_message_move_task_input *input,
                                           awsc_sqs_start_message_move_task_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[20], input, start_message_move_task_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_tag_queue(struct awsc_client *client,
                       const struct awsc_sqs_tag_queue_input *input,
                       struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[21], input, NULL, err);
}

static void tag_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_tag_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_tag_queue_async(struct awsc_client *client,
                             const struct awsc_sqs_tag_queue_input *input,
                             awsc_sqs_tag_queue_cb *cb,
                             void *user_data,
                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[21], input, tag_queue_done, (awsc_fn *)cb, user_data, err);
}

int awsc_sqs_untag_queue(struct awsc_client *client,
                         const struct awsc_sqs_untag_queue_input *input,
                         struct awsc_error *err)
{
    return awsc_call(client, &awsc__sqs_tables.operations[22], input, NULL, err);
}

static void untag_queue_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    (void)output;
    ((awsc_sqs_untag_queue_cb *)cb)(user_data, status, err);
}

int awsc_sqs_untag_queue_async(struct awsc_client *client,
                               const struct awsc_sqs_untag_queue_input *input,
                               awsc_sqs_untag_queue_cb *cb,
                               void *user_data,
                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &awsc__sqs_tables.operations[22], input, untag_queue_done, (awsc_fn *)cb, user_data, err);
}
