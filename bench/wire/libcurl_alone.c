/*
 * The floor of the libcurl transport, for bench_wire.py: libcurl alone
 * sending the bytes awsc sends for a DynamoDB GetItem (the same headers,
 * a fixed signature, the same body), with nothing to build, sign or parse.
 *
 *   libcurl_alone sync  URL SECONDS              one easy handle, curl_easy_perform
 *   libcurl_alone async URL SECONDS IN_FLIGHT    one multi handle, IN_FLIGHT easy
 *                                                handles, curl_multi_poll
 *
 * Each prints "calls_per_s N calls N cpu_us_per_call N", as bench_wire does.
 */
#include "../bench.h"

#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char BODY[] = "{\"TableName\": \"music\", \"Key\": {\"pk\": {\"S\": \"item42\"}}}";

static const char *const HEADERS[] = {
    "Content-Type: application/x-amz-json-1.0",
    "X-Amz-Target: DynamoDB_20120810.GetItem",
    "X-Amz-Date: 20261206T082758Z",
    "Authorization: AWS4-HMAC-SHA256 "
    "Credential=AKIDBENCH/20261206/us-east-1/dynamodb/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=ebd2fbad903472c81878e3a09b852886c201db850338e08a7a946c867eab11a8",
    "User-Agent: awsc/0.1.0",
    "amz-sdk-invocation-id: 136f851c-401a-45a0-a274-b119515cd322",
    "amz-sdk-request: attempt=1",
    "Expect:", /* what awsc's transport sends: no Expect, no Accept */
    "Accept:",
};

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
    (void)p;
    (void)ud;
    return size * n;
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static CURL *easy(const char *url, struct curl_slist *headers)
{
    CURL *e = curl_easy_init();
    if (!e) {
        fprintf(stderr, "curl_easy_init failed\n");
        exit(1);
    }
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, BODY);
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long)(sizeof BODY - 1));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    return e;
}

static void check(CURLcode rc, CURL *e)
{
    long code = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
    if (rc != CURLE_OK || code != 200) {
        fprintf(stderr, "request failed: %s, HTTP %ld\n", curl_easy_strerror(rc), code);
        exit(1);
    }
}

static void report(long calls, double t0, double c0)
{
    double t = now_s() - t0;
    printf("calls_per_s %.0f calls %ld cpu_us_per_call %.1f\n", (double)calls / t, calls,
           (cpu_s() - c0) * 1e6 / (double)calls);
}

static void sync_rate(const char *url, struct curl_slist *headers, double seconds)
{
    CURL *e = easy(url, headers);
    for (int i = 0; i < 50; i++) /* warm-up: the connection */
        check(curl_easy_perform(e), e);
    long calls = 0;
    double t0 = now_s(), c0 = cpu_s();
    while (now_s() - t0 < seconds) {
        for (int i = 0; i < 20; i++)
            check(curl_easy_perform(e), e);
        calls += 20;
    }
    report(calls, t0, c0);
    curl_easy_cleanup(e);
}

/* Keeps in_flight transfers going on their own connections until the time
 * is up, then lets them finish. */
static void async_rate(const char *url, struct curl_slist *headers, double seconds,
                       int in_flight)
{
    CURLM *m = curl_multi_init();
    curl_multi_setopt(m, CURLMOPT_MAXCONNECTS, (long)in_flight);
    for (int i = 0; i < in_flight; i++)
        curl_multi_add_handle(m, easy(url, headers));
    long done = 0, counted = 0;
    double t0 = 0, c0 = 0;
    int running = in_flight;
    bool timing = false;
    while (running > 0) {
        curl_multi_perform(m, &running);
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(m, &left)) != NULL) {
            CURL *e = msg->easy_handle;
            check(msg->data.result, e);
            curl_multi_remove_handle(m, e);
            done++;
            if (!timing && done >= 50L * in_flight) { /* warm-up: the connections */
                timing = true;
                t0 = now_s();
                c0 = cpu_s();
            } else if (timing) {
                counted++;
            }
            if (!timing || now_s() - t0 < seconds) {
                curl_multi_add_handle(m, e);
                running++;
            } else {
                curl_easy_cleanup(e);
            }
        }
        if (running > 0)
            curl_multi_poll(m, NULL, 0, 1000, NULL);
    }
    report(counted, t0, c0);
    curl_multi_cleanup(m);
}

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[1], "async") == 0 && argc < 5)) {
        fprintf(stderr, "usage: libcurl_alone sync|async URL SECONDS [IN_FLIGHT]\n");
        return 2;
    }
    const char *url = argv[2];
    double seconds = atof(argv[3]);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    struct curl_slist *headers = NULL;
    for (size_t i = 0; i < sizeof HEADERS / sizeof HEADERS[0]; i++)
        headers = curl_slist_append(headers, HEADERS[i]);
    if (strcmp(argv[1], "sync") == 0)
        sync_rate(url, headers, seconds);
    else
        async_rate(url, headers, seconds, atoi(argv[4]));
    curl_slist_free_all(headers);
    curl_global_cleanup();
    return 0;
}
