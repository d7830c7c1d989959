/*
 * bench_threads: sync DynamoDB GetItem calls per second against a server
 * that answers every request at once with a canned item (nginx), in three
 * shapes measured in the same run, taking turns:
 *
 *   1 thread            one client, one thread
 *   2 threads, shared   one client, two threads calling at once
 *   2 threads, own      two clients, a thread each
 *
 * Sharing a client should cost little beside a client per thread: the
 * threads share the credentials, the signing-key and endpoint caches and
 * the retry quota, and each calls on a transport of its own. Besides the
 * calls per second it prints the processor time per call (the calling
 * threads' own, RUSAGE_THREAD), which other load on the machine disturbs
 * less.
 *
 *   bench_threads URL [CALLS_PER_THREAD] [ROUNDS]
 *
 * bench_threads.py starts nginx and runs it (meson compile -C BUILD
 * bench-threads).
 */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <awsc/awsc.h>
#include <awsc/dynamodb.h>

#include <pthread.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE",
                                              "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL};
static const char *url;
static int calls = 5000;

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct awsc_client *client_new(void)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = url;
    cfg.credentials = &CREDS;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_dynamodb_client_new(&cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "bench_threads: %s\n", err.message);
        exit(1);
    }
    return c;
}

struct caller {
    struct awsc_client *client;
    double cpu; /* seconds of processor time the thread used */
};

static double thread_cpu(void)
{
    struct rusage ru;
    getrusage(RUSAGE_THREAD, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static void *caller(void *arg)
{
    struct caller *me = arg;
    struct awsc_client *c = me->client;
    double cpu0 = thread_cpu();
    struct awsc_dynamodb_attribute_map_entry key[] = {{"pk", {.s = "a"}}};
    struct awsc_dynamodb_get_item_input in = {.table_name = "bench", .key = AWSC_LIST(key)};
    for (int i = 0; i < calls; i++) {
        struct awsc_dynamodb_get_item_output *out = NULL;
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc_dynamodb_get_item(c, &in, &out, &err) != AWSC_OK) {
            fprintf(stderr, "bench_threads: GetItem: %s\n", err.message ? err.message : "?");
            exit(1);
        }
        if (out->item.count != 2) {
            fprintf(stderr, "bench_threads: GetItem: not the canned item\n");
            exit(1);
        }
        awsc_output_free(out);
    }
    me->cpu = thread_cpu() - cpu0;
    return NULL;
}

/* Calls per second of n threads on the clients given (one per thread);
 * *cpu_us: processor microseconds per call. */
static double run(struct awsc_client **clients, int n, double *cpu_us)
{
    pthread_t th[2];
    struct caller who[2];
    double t0 = seconds();
    for (int i = 0; i < n; i++) {
        who[i] = (struct caller){clients[i], 0};
        pthread_create(&th[i], NULL, caller, &who[i]);
    }
    double cpu = 0;
    for (int i = 0; i < n; i++) {
        pthread_join(th[i], NULL);
        cpu += who[i].cpu;
    }
    *cpu_us = cpu * 1e6 / ((double)n * calls);
    return (double)n * calls / (seconds() - t0);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_threads URL [CALLS_PER_THREAD] [ROUNDS]\n");
        return 2;
    }
    url = argv[1];
    if (argc > 2)
        calls = atoi(argv[2]);
    int rounds = argc > 3 ? atoi(argv[3]) : 5;
    if (calls < 1 || rounds < 1 || rounds > 64)
        return 2;
    struct awsc_client *a = client_new(), *b = client_new();
    struct awsc_client *one[] = {a}, *shared[] = {a, a}, *own[] = {a, b};
    /* warm: connections open, caches filled */
    double ignored;
    calls /= 10;
    run(own, 2, &ignored);
    calls *= 10;
    double r[3][64], u[3][64];
    for (int k = 0; k < rounds; k++) {
        r[0][k] = run(one, 1, &u[0][k]);
        r[1][k] = run(shared, 2, &u[1][k]);
        r[2][k] = run(own, 2, &u[2][k]);
    }
    static const char *const names[] = {"1 thread", "2 threads, one shared client",
                                        "2 threads, a client each"};
    double median[3], cpu[3];
    printf("sync GetItem, %d calls per thread, median of %d rounds (min .. max)\n", calls,
           rounds);
    printf("%-30s %9s %16s %14s\n", "", "calls/s", "", "CPU us/call");
    for (int m = 0; m < 3; m++) {
        qsort(r[m], (size_t)rounds, sizeof r[m][0], by_value);
        qsort(u[m], (size_t)rounds, sizeof u[m][0], by_value);
        median[m] = r[m][rounds / 2];
        cpu[m] = u[m][rounds / 2];
        printf("%-30s %9.0f  (%5.0f .. %5.0f) %8.1f  (%.1f .. %.1f)\n", names[m], median[m],
               r[m][0], r[m][rounds - 1], cpu[m], u[m][0], u[m][rounds - 1]);
    }
    printf("sharing one client beside a client per thread: calls/s %+.1f%%, CPU per call "
           "%+.1f%%\n",
           (median[1] / median[2] - 1.0) * 100.0, (cpu[1] / cpu[2] - 1.0) * 100.0);
    awsc_client_destroy(a);
    awsc_client_destroy(b);
    return 0;
}
