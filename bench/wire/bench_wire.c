/*
 * Calls over the wire against a local server, for bench_wire.py, which
 * starts nginx and runs the peers (wrk, curl, boto3) beside each figure.
 *
 *   bench_wire getitem       URL SECONDS [CALLS]    sync GetItem, one connection
 *   bench_wire getitem-async URL SECONDS IN_FLIGHT  async GetItem, IN_FLIGHT at once
 *   bench_wire put-small     URL SECONDS [CALLS]    sync S3 PutObject of 1 KiB
 *   bench_wire get-big       URL BUCKET KEY FILE    S3 GetObject into FILE
 *   bench_wire put-big       URL BUCKET KEY FILE [unsigned]
 *                                                   S3 PutObject from FILE; unsigned:
 *                                                   no signature, no checksum
 *
 * CALLS: that many calls after the warm-up instead of SECONDS (to count
 * instructions or system calls per call under valgrind or strace). Each
 * prints one line of "name value" pairs: calls/s for the small calls,
 * seconds, MiB/s and the peak resident size (KiB) for the big ones.
 * Credentials and region come from the environment.
 */
#include <awsc/dynamodb.h>
#include <awsc/s3.h>

#include "../bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* user + system CPU time of the process so far, in seconds */
static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static struct awsc_client *client(const struct awsc_service *svc, const char *url, bool unsigned_)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    cfg.max_attempts = 1;
    if (unsigned_) {
        cfg.no_sign_request = true;
        cfg.request_checksum_calculation = "when_required";
    }
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

static void fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "%s: %s\n", what, err->message ? err->message : "failed");
    exit(1);
}

static struct awsc_dynamodb_attribute_map_entry g_key = {"pk", {.s = "item42"}};
static struct awsc_dynamodb_get_item_input g_get = {.table_name = "music", .key = {&g_key, 1}};

static int getitem_once(struct awsc_client *c)
{
    struct awsc_dynamodb_get_item_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_dynamodb_get_item(c, &g_get, &out, &err) != AWSC_OK)
        fail("GetItem", &err);
    int ok = out->item.count == 2;
    awsc_output_free(out);
    return ok;
}

static int put_small_once(struct awsc_client *c)
{
    static uint8_t body[1024];
    struct awsc_s3_put_object_input in = {
        .bucket = "bench", .key = "small.bin", .body = {.data = body, .len = sizeof body}};
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_s3_put_object(c, &in, NULL, &err) != AWSC_OK)
        fail("PutObject", &err);
    return 1;
}

/* calls of fn for about `seconds` (or `count` calls) after a warm-up:
 * calls per second */
static void sync_rate(struct awsc_client *c, int (*fn)(struct awsc_client *), double seconds,
                      long count)
{
    for (int i = 0; i < 200; i++)
        fn(c);
    long calls = 0;
    double t0 = now_s(), c0 = cpu_s(), t;
    do {
        for (int i = 0; i < 100 && (count <= 0 || calls < count); i++)
            calls += fn(c);
        t = now_s();
    } while (count > 0 ? calls < count : t - t0 < seconds);
    printf("calls_per_s %.0f calls %ld cpu_us_per_call %.1f\n", (double)calls / (t - t0), calls,
           (cpu_s() - c0) / (double)calls * 1e6);
}

struct async_state {
    struct awsc_client *c;
    long started, done, bad;
    double until;
};

static void async_submit(struct async_state *s);

static void async_done(void *ud, int status, struct awsc_dynamodb_get_item_output *out,
                       struct awsc_error *err)
{
    struct async_state *s = ud;
    if (status != AWSC_OK)
        fail("GetItem (async)", err);
    s->done++;
    s->bad += out->item.count != 2;
    awsc_output_free(out);
    if ((s->done & 63) != 0 || now_s() < s->until)
        async_submit(s);
}

static void async_submit(struct async_state *s)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_dynamodb_get_item_async(s->c, &g_get, async_done, s, &err) != AWSC_OK)
        fail("GetItem (async submit)", &err);
    s->started++;
}

static void async_rate(struct awsc_client *c, double seconds, int in_flight)
{
    struct async_state s = {.c = c};
    /* warm-up: every connection opened */
    s.until = 0;
    for (int i = 0; i < in_flight; i++)
        async_submit(&s);
    awsc_client_run(c);
    s = (struct async_state){.c = c};
    double t0 = now_s(), c0 = cpu_s();
    s.until = t0 + seconds;
    for (int i = 0; i < in_flight; i++)
        async_submit(&s);
    awsc_client_run(c);
    double t = now_s();
    printf("calls_per_s %.0f calls %ld cpu_us_per_call %.1f\n", (double)s.done / (t - t0), s.done,
           (cpu_s() - c0) / (double)s.done * 1e6);
    if (s.bad)
        exit(1);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: see bench_wire.c\n");
        return 2;
    }
    const char *mode = argv[1], *url = argv[2];
    if (strcmp(mode, "getitem") == 0 && (argc == 4 || argc == 5)) {
        struct awsc_client *c = client(awsc_dynamodb_service(), url, false);
        sync_rate(c, getitem_once, atof(argv[3]), argc == 5 ? atol(argv[4]) : 0);
        awsc_client_destroy(c);
    } else if (strcmp(mode, "getitem-async") == 0 && argc == 5) {
        struct awsc_client *c = client(awsc_dynamodb_service(), url, false);
        async_rate(c, atof(argv[3]), atoi(argv[4]));
        awsc_client_destroy(c);
    } else if (strcmp(mode, "put-small") == 0 && (argc == 4 || argc == 5)) {
        struct awsc_client *c = client(awsc_s3_service(), url, false);
        sync_rate(c, put_small_once, atof(argv[3]), argc == 5 ? atol(argv[4]) : 0);
        awsc_client_destroy(c);
    } else if (strcmp(mode, "get-big") == 0 && argc == 6) {
        struct awsc_client *c = client(awsc_s3_service(), url, false);
        struct awsc_s3_get_object_input in = {
            .bucket = argv[3], .key = argv[4], .body_sink = {.path = argv[5]}};
        struct awsc_s3_get_object_output *out = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        double t0 = now_s();
        if (awsc_s3_get_object(c, &in, &out, &err) != AWSC_OK)
            fail("GetObject", &err);
        double t = now_s() - t0;
        printf("seconds %.3f mib_per_s %.0f peak_kib %ld\n", t,
               (double)out->body.length / 1048576.0 / t, peak_kib());
        awsc_output_free(out);
        awsc_client_destroy(c);
    } else if (strcmp(mode, "put-big") == 0 && (argc == 6 || argc == 7)) {
        bool unsigned_ = argc == 7 && strcmp(argv[6], "unsigned") == 0;
        struct awsc_client *c = client(awsc_s3_service(), url, unsigned_);
        struct awsc_s3_put_object_input in = {
            .bucket = argv[3], .key = argv[4], .body = {.path = argv[5]}};
        struct awsc_error err = AWSC_ERROR_INIT;
        double t0 = now_s();
        if (awsc_s3_put_object(c, &in, NULL, &err) != AWSC_OK)
            fail("PutObject", &err);
        double t = now_s() - t0;
        printf("seconds %.3f peak_kib %ld\n", t, peak_kib());
        awsc_client_destroy(c);
    } else {
        fprintf(stderr, "usage: see bench_wire.c\n");
        return 2;
    }
    return 0;
}
