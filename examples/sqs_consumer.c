/*
 * SQS consumer: pulls messages off a queue and deletes each one it has
 * read, waiting up to 2 seconds for messages to appear (long polling).
 *
 *   sqs_consumer QUEUE [COUNT]
 *
 * Stops after COUNT messages, or without COUNT at the first wait that
 * brings none. The queue must exist: a missing queue ends the program with
 * status 1.
 */
#include <awsc/sqs.h>

#include <stdio.h>
#include <stdlib.h>

static int fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "%s: %s%s%s\n", what, err->code ? err->code : "", err->code ? ": " : "",
            err->message);
    awsc_error_clean_up(err);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: sqs_consumer QUEUE [COUNT]\n");
        return 2;
    }
    long want = argc > 2 ? atol(argv[2]) : -1;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *sqs = NULL;
    if (awsc_sqs_client_new(NULL, &sqs, &err) != AWSC_OK)
        return fail("client", &err);

    struct awsc_sqs_get_queue_url_input q = {.queue_name = argv[1]};
    struct awsc_sqs_get_queue_url_output *url = NULL;
    if (awsc_sqs_get_queue_url(sqs, &q, &url, &err) != AWSC_OK) {
        int status = 1;
        if (awsc_error_is(&err, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST)) {
            printf("Queue %s does not exist\n", argv[1]);
            awsc_error_clean_up(&err);
        } else {
            status = fail("GetQueueUrl", &err);
        }
        awsc_client_destroy(sqs);
        return status;
    }

    printf("Pulling messages off the queue\n");
    int status = 0;
    long got = 0;
    while (want < 0 || got < want) {
        struct awsc_sqs_receive_message_input in = {
            .queue_url = url->queue_url, .has_wait_time_seconds = true, .wait_time_seconds = 2};
        struct awsc_sqs_receive_message_output *out = NULL;
        if (awsc_sqs_receive_message(sqs, &in, &out, &err) != AWSC_OK) {
            status = fail("ReceiveMessage", &err);
            break;
        }
        size_t n = out->messages.count;
        for (size_t i = 0; i < n && status == 0; i++) {
            const struct awsc_sqs_message *msg = &out->messages.items[i];
            printf("Got msg \"%s\"\n", msg->body ? msg->body : "");
            got++;
            /* a message not deleted comes back after its visibility timeout */
            struct awsc_sqs_delete_message_input del = {.queue_url = url->queue_url,
                                                        .receipt_handle = msg->receipt_handle};
            if (awsc_sqs_delete_message(sqs, &del, &err) != AWSC_OK)
                status = fail("DeleteMessage", &err);
        }
        awsc_output_free(out);
        if (status != 0 || (n == 0 && want < 0))
            break;
    }
    printf("Finished\n");
    awsc_output_free(url);
    awsc_client_destroy(sqs);
    return status;
}
