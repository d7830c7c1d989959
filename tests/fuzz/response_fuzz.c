/*
 * response_fuzz: a service's response, whatever its bytes, read into an
 * output struct or an error without a crash, a leak or a read outside the
 * data: the parsers of every protocol (json, rest-json, rest-xml, query,
 * ec2, smithy-rpc-v2-cbor) on untrusted input, the event-stream decoder on
 * the body of an operation that answers with events (fed in two pieces, as
 * a transport would hand it over), and the debug log's redaction of those
 * bytes (as the response, and as a request of the operation).
 *
 * An input is text like an HTTP response:
 *   "s3 ListObjectsV2 200\n"   the service, the operation, the HTTP status,
 *                              and optionally the protocol to read it with
 *                              ("cloudwatch GetMetricData 200
 *                              smithy-rpc-v2-cbor"; the descriptors serve
 *                              every protocol), else the service's own
 *   "Name: value\n" ...        header lines, then an empty line
 *   the body                   (no empty line: the rest is the body)
 * A service that is not compiled in, or an unknown operation, is no test.
 *
 * Built two ways (tests/fuzz/meson.build): with -Dfuzz=true as a libFuzzer
 * target (scripts/fuzz), and always as the test fuzz-responses, which runs
 * every file in tests/fuzz/responses/ (the seeds, written by seeds.py, and
 * every input a fuzzing run found a bug with).
 */
#include <awsc/awsc.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "eventstream/events.h"
#include "protocol/protocol.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int no_initial(void *ud, const uint8_t *payload, size_t len, struct awsc_error *err)
{
    (void)ud;
    (void)payload;
    (void)len;
    (void)err;
    return AWSC_OK;
}

static int count_event(void *ud, const void *event)
{
    (void)event;
    (*(int *)ud)++;
    return 0;
}

/* An event stream's body through the decoder and the typed events. */
static int read_events(const struct awsc_operation *op, const struct awsc__response *resp,
                       struct awsc_error *err)
{
    int events = 0;
    struct awsc__event_sink sink = {no_initial, count_event, &events};
    struct awsc__events *ev = NULL;
    int rc = awsc__events_new(op, awsc__protocol_any(awsc_operation_service(op)->protocol), &sink,
                              &ev, err);
    size_t half = resp->body_len / 2;
    if (rc == AWSC_OK)
        rc = awsc__events_feed(ev, resp->body, half, err);
    if (rc == AWSC_OK)
        rc = awsc__events_feed(ev, resp->body + half, resp->body_len - half, err);
    if (rc == AWSC_OK)
        rc = awsc__events_end(ev, err);
    awsc__events_destroy(ev);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the first line: service, operation, status */
    const uint8_t *nl = memchr(data, '\n', size);
    if (!nl || nl - data > 200)
        return 0;
    char first[201], svc_name[201], op_name[201], proto_name[201] = "";
    memcpy(first, data, (size_t)(nl - data));
    first[nl - data] = '\0';
    int status = 0;
    if (sscanf(first, "%200s %200s %d %200s", svc_name, op_name, &status, proto_name) < 3 ||
        status < 100 || status > 599)
        return 0;
    const struct awsc_service *svc = awsc_service_find(svc_name);
    const struct awsc_operation *op = svc ? awsc_service_operation(svc, op_name) : NULL;
    int proto_id = svc ? svc->protocol : 0;
    const struct awsc__protocol *proto = svc ? awsc__protocol_any(proto_id) : NULL;
    for (int p = AWSC_PROTO_JSON; proto_name[0] && p <= AWSC_PROTO_RPC_V2_CBOR; p++) {
        proto = awsc__protocol_any(p);
        proto_id = p;
        if (proto && strcmp(proto->name, proto_name) == 0)
            break;
        proto = NULL;
    }
    bool verbose = getenv("AWSC_FUZZ_VERBOSE") != NULL;
    if (!op || !proto) {
        if (verbose)
            printf("%s %s: not compiled in\n", svc_name, op_name);
        return 0;
    }
    struct awsc__response resp;
    memset(&resp, 0, sizeof resp);
    resp.status = status;
    size -= (size_t)(nl + 1 - data);
    data = nl + 1;

    struct awsc_arena *hdr_arena = awsc__arena_new();
    if (!hdr_arena)
        return 0;
    /* header lines up to an empty line */
    const uint8_t *end = data + size;
    const uint8_t *p = data;
    const uint8_t *sep = NULL; /* where the empty line starts */
    size_t skip = 0;
    if (size && data[0] == '\n') {
        sep = data;
        skip = 1;
    }
    for (const uint8_t *q = data; !sep && q + 1 < end; q++)
        if (q[0] == '\n' && q[1] == '\n') {
            sep = q;
            skip = 2;
        }
    if (sep) {
        while (p < sep) {
            const uint8_t *lf = memchr(p, '\n', (size_t)(sep - p));
            const uint8_t *line_end = lf ? lf : sep;
            const uint8_t *colon = memchr(p, ':', (size_t)(line_end - p));
            if (colon) {
                char *name = awsc__arena_strndup(hdr_arena, (const char *)p, (size_t)(colon - p));
                const uint8_t *v = colon + 1;
                while (v < line_end && *v == ' ')
                    v++;
                char *value =
                    awsc__arena_strndup(hdr_arena, (const char *)v, (size_t)(line_end - v));
                /* names and values are C strings: a NUL cuts them short */
                if (name && value && *name)
                    awsc__headers_add(&resp.headers, hdr_arena, name, value);
            }
            p = line_end + 1;
        }
        resp.body = sep + skip;
        resp.body_len = (size_t)(end - (sep + skip));
    } else {
        resp.body = data;
        resp.body_len = size;
    }
    /* the body as the transport hands it over: its own allocation */
    uint8_t *body = malloc(resp.body_len ? resp.body_len : 1);
    if (!body) {
        awsc__arena_destroy(hdr_arena);
        return 0;
    }
    if (resp.body_len)
        memcpy(body, resp.body, resp.body_len);
    resp.body = body;

    struct awsc_error err = AWSC_ERROR_INIT;
    if (resp.status < 300 && awsc__event_stream_member(op)) {
        int rc = read_events(op, &resp, &err);
        if (verbose)
            printf("%s %s %d: events: %s %s\n", svc_name, op_name, status, awsc_status_name(rc),
                   err.message ? err.message : "");
    } else if (resp.status < 300 && awsc_operation_output(op)) {
        struct awsc_arena *arena = awsc__arena_new();
        void *out = NULL;
        int rc = arena ? proto->parse(op, &resp, arena, &out, &err) : AWSC_E_NOMEM;
        if (verbose)
            printf("%s %s %d: %s %s\n", svc_name, op_name, status, awsc_status_name(rc),
                   err.message ? err.message : "");
        if (rc == AWSC_OK && out)
            awsc_output_free(out);
        else
            awsc__arena_destroy(arena);
    } else if (resp.status >= 300) {
        proto->parse_error(op, &resp, &err);
        if (verbose)
            printf("%s %s %d: error code %s, message %s, modeled %s\n", svc_name, op_name, status,
                   err.code ? err.code : "-", err.message ? err.message : "-",
                   err.shape ? awsc_shape_name(err.shape) : "-");
    }
    /* what the debug log would show of the bytes */
    for (int request = 0; request < 2; request++) {
        struct awsc_buf shown = AWSC_BUF_INIT;
        const struct awsc_shape *shape = request             ? awsc_operation_input(op)
                                         : resp.status < 300 ? awsc_operation_output(op)
                                                             : err.shape;
        awsc__redact_body(&shown, proto_id, shape, request, resp.body, resp.body_len);
        awsc__buf_clean_up(&shown);
    }
    awsc_error_clean_up(&err);
    free(body);
    awsc__arena_destroy(hdr_arena);
    return 0;
}
