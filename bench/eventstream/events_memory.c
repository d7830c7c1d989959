/*
 * A long Bedrock ConverseStream, counted: the events per second and the
 * peak resident set size after the first 1000 events and at the end
 * (bench/eventstream/memory.py runs it against the local event-stream
 * server, beside botocore).
 *
 *   events_memory MODEL_ID     (the endpoint from AWS_ENDPOINT_URL)
 */
#include <awsc/bedrock-runtime.h>

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

struct count {
    unsigned long long events, bytes;
    long rss_1000;
};

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int on_event(void *ud, const struct awsc_bedrock_runtime_converse_stream_event *ev)
{
    struct count *c = ud;
    if (++c->events == 1000)
        c->rss_1000 = peak_rss_kb();
    if (ev->content_block_delta && ev->content_block_delta->delta &&
        ev->content_block_delta->delta->text)
        for (const char *p = ev->content_block_delta->delta->text; *p; p++)
            c->bytes++;
    return 0;
}

int main(int argc, char **argv)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (argc < 2 || awsc_bedrock_runtime_client_new(NULL, &client, &err) != AWSC_OK) {
        fprintf(stderr, "usage: events_memory MODEL_ID (%s)\n", err.message ? err.message : "");
        return 2;
    }
    struct awsc_bedrock_runtime_content_block block = {.text = "count"};
    struct awsc_bedrock_runtime_message message = {.role = "user", .content = {&block, 1}};
    struct awsc_bedrock_runtime_converse_stream_input in = {.model_id = argv[1],
                                                            .messages = {&message, 1}};
    struct count c = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int status = awsc_bedrock_runtime_converse_stream(client, &in, on_event, &c, NULL, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (status != AWSC_OK) {
        fprintf(stderr, "ConverseStream: %s\n", err.message);
        return 1;
    }
    printf("events %llu text_bytes %llu seconds %.3f rss_kb_1000 %ld rss_kb_end %ld\n", c.events,
           c.bytes, s, c.rss_1000, peak_rss_kb());
    awsc_client_destroy(client);
    return 0;
}
