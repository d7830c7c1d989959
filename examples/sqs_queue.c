/*
 * SQS queues: create a queue, list the queues, then delete the queue.
 *
 *   sqs_queue [QUEUE]
 */
#include <awsc/sqs.h>

#include <stdio.h>

static int fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "%s: %s%s%s\n", what, err->code ? err->code : "", err->code ? ": " : "",
            err->message);
    awsc_error_clean_up(err);
    return 1;
}

int main(int argc, char **argv)
{
    const char *name = argc > 1 ? argv[1] : "test_queue1";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *sqs = NULL;
    if (awsc_sqs_client_new(NULL, &sqs, &err) != AWSC_OK)
        return fail("client", &err);

    int status = 1;
    struct awsc_sqs_create_queue_output *created = NULL;
    struct awsc_sqs_list_queues_output *listed = NULL;

    printf("Creating %s\n", name);
    struct awsc_sqs_create_queue_input create = {.queue_name = name};
    if (awsc_sqs_create_queue(sqs, &create, &created, &err) != AWSC_OK) {
        fail("CreateQueue", &err);
        goto done;
    }

    struct awsc_sqs_list_queues_input list = {0};
    if (awsc_sqs_list_queues(sqs, &list, &listed, &err) != AWSC_OK) {
        fail("ListQueues", &err);
        goto done;
    }
    printf("Queue URLs:\n");
    for (size_t i = 0; i < listed->queue_urls.count; i++)
        printf(" %s\n", listed->queue_urls.items[i]);

    printf("Deleting queue %s\n", created->queue_url);
    struct awsc_sqs_delete_queue_input del = {.queue_url = created->queue_url};
    if (awsc_sqs_delete_queue(sqs, &del, &err) != AWSC_OK) {
        fail("DeleteQueue", &err);
        goto done;
    }
    printf("Done\n");
    status = 0;
done:
    awsc_output_free(listed);
    awsc_output_free(created);
    awsc_client_destroy(sqs);
    return status;
}
