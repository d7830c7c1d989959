/*
 * es_client: one event-stream operation against an endpoint, its events
 * and outcome as JSON lines, for events_test.py to compare with botocore.
 *
 *   es_client URL SERVICE OPERATION PARAMS_JSON [--async N] [--stop-after K]
 *             [--count-only] [--rss]
 *
 * PARAMS_JSON is the input with member names and blobs as text (as
 * botocore takes it).
 * Prints {"event": {...}} per event (the union's JSON with member names,
 * blobs in base64, timestamps in epoch seconds), then {"output": {...}}
 * and {"status": "AWSC_OK" or "AWSC_E_...", "code", "message",
 * "http_status", "request_id", "events"}.
 *
 * --async N makes N calls at once on the client's transport (the default
 *   libcurl one, at most 16 connections): each call's lines carry "call": i.
 * --stop-after K: the event callback stops the stream after K events.
 * --count-only: events are counted, not printed.
 * --rss: the peak resident set size (KiB) after the first 1000 events and
 *   at the end, in the status line.
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "eventstream/events.h"
#include "protocol/json.h"

struct call_state {
    int index;
    const struct awsc_operation *op;
    unsigned long long events;
    long stop_after;
    bool count_only;
    bool rss;
    long rss_1000;
    bool done;
};

static int g_async;

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void put_call(struct awsc_buf *b, const struct call_state *s)
{
    if (g_async)
        awsc__buf_printf(b, "\"call\":%d,", s->index);
}

static void emit(struct awsc_buf *b)
{
    awsc__buf_putc(b, '\n');
    fwrite(b->data, 1, b->len, stdout);
    fflush(stdout);
    awsc__buf_clean_up(b);
}

static int on_event(void *ud, const void *event)
{
    struct call_state *s = ud;
    s->events++;
    if (s->rss && s->events == 1000)
        s->rss_1000 = peak_rss_kb();
    if (!s->count_only) {
        struct awsc_buf b = AWSC_BUF_INIT;
        struct awsc__json_opts o = {.member_names = true, .timestamps = AWSC__JSON_TS_EPOCH};
        struct awsc_error err = AWSC_ERROR_INIT;
        awsc__buf_putc(&b, '{');
        put_call(&b, s);
        awsc__buf_puts(&b, "\"event\":");
        if (awsc__json_write(&b, awsc_member_shape(awsc__event_stream_member(s->op)), event, &o,
                             &err) != AWSC_OK) {
            fprintf(stderr, "es_client: cannot write an event: %s\n", err.message);
            exit(2);
        }
        awsc__buf_putc(&b, '}');
        emit(&b);
    }
    return s->stop_after >= 0 && (long)s->events >= s->stop_after ? 1 : 0;
}

static void put_opt_str(struct awsc_buf *b, const char *key, const char *v)
{
    awsc__buf_printf(b, ",\"%s\":", key);
    if (v)
        awsc__json_put_string(b, v, strlen(v));
    else
        awsc__buf_puts(b, "null");
}

static void report(struct call_state *s, int status, void *output, struct awsc_error *err)
{
    if (status == AWSC_OK && output) {
        struct awsc_buf b = AWSC_BUF_INIT;
        struct awsc__json_opts o = {.member_names = true, .timestamps = AWSC__JSON_TS_EPOCH};
        struct awsc_error werr = AWSC_ERROR_INIT;
        awsc__buf_putc(&b, '{');
        put_call(&b, s);
        awsc__buf_puts(&b, "\"output\":");
        if (awsc__json_write(&b, awsc_operation_output(s->op), output, &o, &werr) != AWSC_OK) {
            fprintf(stderr, "es_client: cannot write the output: %s\n", werr.message);
            exit(2);
        }
        awsc__buf_putc(&b, '}');
        emit(&b);
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_putc(&b, '{');
    put_call(&b, s);
    awsc__buf_printf(&b, "\"status\":\"%s\"", awsc_status_name(status));
    if (status != AWSC_OK) {
        put_opt_str(&b, "code", err->code);
        put_opt_str(&b, "message", err->message);
        put_opt_str(&b, "request_id", err->request_id);
        put_opt_str(&b, "shape", err->shape ? awsc_shape_name(err->shape) : NULL);
        awsc__buf_printf(&b, ",\"http_status\":%d", err->http_status);
        if (err->shape && err->data) {
            struct awsc__json_opts o = {.member_names = true};
            struct awsc_error werr = AWSC_ERROR_INIT;
            awsc__buf_puts(&b, ",\"members\":");
            if (awsc__json_write(&b, err->shape, err->data, &o, &werr) != AWSC_OK)
                awsc__buf_puts(&b, "null");
            awsc_error_clean_up(&werr);
        }
    } else {
        put_opt_str(&b, "request_id", output ? awsc_output_request_id(output) : NULL);
        awsc__buf_printf(&b, ",\"http_status\":%d", output ? awsc_output_http_status(output) : 0);
    }
    awsc__buf_printf(&b, ",\"events\":%llu", s->events);
    if (s->rss)
        awsc__buf_printf(&b, ",\"rss_kb_1000\":%ld,\"rss_kb_end\":%ld", s->rss_1000, peak_rss_kb());
    awsc__buf_putc(&b, '}');
    emit(&b);
    s->done = true;
}

static void on_done(void *ud, int status, void *output, struct awsc_error *err)
{
    report(ud, status, output, err);
    awsc_output_free(output);
    awsc_error_clean_up(err);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: es_client URL SERVICE OPERATION PARAMS_JSON [--async N] "
                        "[--stop-after K] [--count-only] [--rss]\n");
        return 2;
    }
    long stop_after = -1;
    bool count_only = false, rss = false;
    for (int i = 5; i < argc; i++) {
        if (strcmp(argv[i], "--async") == 0 && i + 1 < argc)
            g_async = atoi(argv[++i]);
        else if (strcmp(argv[i], "--stop-after") == 0 && i + 1 < argc)
            stop_after = atol(argv[++i]);
        else if (strcmp(argv[i], "--count-only") == 0)
            count_only = true;
        else if (strcmp(argv[i], "--rss") == 0)
            rss = true;
    }
    const struct awsc_service *svc = awsc_service_find(argv[2]);
    const struct awsc_operation *op = svc ? awsc_service_operation(svc, argv[3]) : NULL;
    if (!op) {
        fprintf(stderr, "es_client: no operation %s.%s in this build\n", argv[2], argv[3]);
        return 2;
    }
    struct awsc_credentials creds = {"AKIDEXAMPLE", "secret", NULL};
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = argv[1];
    cfg.credentials = &creds;
    cfg.max_attempts = 1;
    cfg.read_timeout_ms = 30000;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_client_new(svc, &cfg, &client, &err) != AWSC_OK) {
        fprintf(stderr, "es_client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 2;
    }
    struct awsc_arena *arena = awsc__arena_new();
    void *input = awsc__arena_alloc(arena, awsc_operation_input(op)->size);
    struct awsc__json_opts jo = {.member_names = true, .strict = true, .raw_blobs = true};
    if (awsc__json_read((const uint8_t *)argv[4], strlen(argv[4]), awsc_operation_input(op), input,
                        arena, &jo, &err) != AWSC_OK) {
        fprintf(stderr, "es_client: bad parameters: %s\n", err.message);
        return 2;
    }
    int n = g_async > 0 ? g_async : 1;
    struct call_state *states = calloc((size_t)n, sizeof *states);
    for (int i = 0; i < n; i++)
        states[i] = (struct call_state){i, op, 0, stop_after, count_only, rss, 0, false};
    int rc = 0;
    if (!g_async) {
        void *output = NULL;
        int status = awsc_call_events(client, op, input, on_event, &states[0], &output, &err);
        report(&states[0], status, output, &err);
        awsc_output_free(output);
        awsc_error_clean_up(&err);
    } else {
        for (int i = 0; i < n; i++) {
            int status =
                awsc_call_events_async(client, op, input, on_event, on_done, &states[i], &err);
            if (status != AWSC_OK) {
                report(&states[i], status, NULL, &err);
                awsc_error_clean_up(&err);
            }
        }
        int r = awsc_client_run(client);
        if (r < 0) {
            fprintf(stderr, "es_client: the loop failed: %s\n", awsc_strerror(r));
            rc = 1;
        }
        for (int i = 0; i < n; i++)
            if (!states[i].done) {
                fprintf(stderr, "es_client: call %d never completed\n", i);
                rc = 1;
            }
    }
    free(states);
    awsc__arena_destroy(arena);
    awsc_client_destroy(client);
    return rc;
}
