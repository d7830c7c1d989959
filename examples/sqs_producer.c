/*
 * SQS producer: puts messages on a queue, asynchronously, with a random
 * pause of up to MAX_DELAY_MS between two messages (the pause is a timer on
 * the client's loop, so nothing blocks).
 *
 *   sqs_producer QUEUE [COUNT [MAX_DELAY_MS]]
 *
 * The queue must exist: a missing queue ends the program with status 1.
 */
#include <awsc/sqs.h>
#include <awsc/transport.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct producer {
    struct awsc_client *sqs;
    const char *queue_url;
    int count;        /* messages to put */
    int max_delay_ms; /* the longest pause between two */
    int sent;
    int failed;
    char body[64];
};

static void send_next(void *ud);

static void sent(void *ud, int status, struct awsc_sqs_send_message_output *out,
                 struct awsc_error *err)
{
    struct producer *p = ud;
    if (status != AWSC_OK) {
        fprintf(stderr, "SendMessage: %s%s%s\n", err->code ? err->code : "", err->code ? ": " : "",
                err->message);
        p->failed = 1;
        return;
    }
    printf("Pushed \"%s\" to queue\n", p->body);
    awsc_output_free(out);
    if (++p->sent == p->count)
        return;
    /* the next message after a pause, on the client's loop */
    int64_t delay = p->max_delay_ms > 0 ? rand() % (p->max_delay_ms + 1) : 0;
    if (awsc_transport_timer_add(awsc_client_transport(p->sqs), delay, send_next, p, NULL) !=
        AWSC_OK) {
        fprintf(stderr, "timer: out of memory\n");
        p->failed = 1;
    }
}

static void send_next(void *ud)
{
    struct producer *p = ud;
    snprintf(p->body, sizeof p->body, "Message #%d", p->sent + 1);
    struct awsc_sqs_send_message_input in = {.queue_url = p->queue_url, .message_body = p->body};
    struct awsc_error err = AWSC_ERROR_INIT;
    /* the input is copied into the request before this returns */
    if (awsc_sqs_send_message_async(p->sqs, &in, sent, p, &err) != AWSC_OK) {
        fprintf(stderr, "SendMessage: %s\n", err.message);
        awsc_error_clean_up(&err);
        p->failed = 1;
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: sqs_producer QUEUE [COUNT [MAX_DELAY_MS]]\n");
        return 2;
    }
    srand((unsigned)time(NULL));
    struct producer p = {
        .count = argc > 2 ? atoi(argv[2]) : 10,
        .max_delay_ms = argc > 3 ? atoi(argv[3]) : 4000,
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_sqs_client_new(NULL, &p.sqs, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }

    struct awsc_sqs_get_queue_url_input q = {.queue_name = argv[1]};
    struct awsc_sqs_get_queue_url_output *url = NULL;
    if (awsc_sqs_get_queue_url(p.sqs, &q, &url, &err) != AWSC_OK) {
        if (awsc_error_is(&err, AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST))
            printf("Queue %s does not exist\n", argv[1]);
        else
            fprintf(stderr, "GetQueueUrl: %s%s%s\n", err.code ? err.code : "", err.code ? ": " : "",
                    err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(p.sqs);
        return 1;
    }
    p.queue_url = url->queue_url;

    printf("Putting messages on the queue\n");
    if (p.count > 0) {
        send_next(&p);
        /* runs until the last message is sent (calls and timers) */
        awsc_transport_run(awsc_client_transport(p.sqs));
    }
    printf("Finished\n");
    awsc_output_free(url);
    awsc_client_destroy(p.sqs);
    return p.failed;
}
