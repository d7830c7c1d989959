/*
 * The protocol conformance runner: runs every case of one botocore suite
 * file through the protocol codec and prints what came out, one JSON line
 * per case, for check.py to compare with the suite's expectations.
 *
 *   runner SUITE.json [CASE-ID]
 *
 * Input cases ("params"): the params become the operation's input struct
 * (through the JSON reader, in test representation: member names, blobs
 * as plain strings, timestamps as epoch numbers), the protocol serializes
 * it, and the line holds method, uri, headers, body and host_prefix. A
 * binary body (rpc-v2-cbor) is written in base64, and read from base64 in
 * output cases, as the suites give it.
 * Output cases ("response"): the response is handed to the protocol's
 * parse (or parse_error when the case expects an error) and the line
 * holds the result in test representation, or the error's code, message
 * and modeled members. An output that is an event stream (botocore's
 * legacy suites give its body in base64) goes through the event decoder
 * as a call's would: the output from the headers or the initial-response,
 * and the events as a list under the stream member's name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "client/client.h"
#include "eventstream/events.h"
#include "protocol/json.h"
#include "protocol/protocol.h"
#include "pt.h"

/* Test representation: what botocore's test compares against. */
static const struct awsc__json_opts TEST_OPTS = {
    .member_names = true,
    .raw_blobs = true,
    .timestamps = AWSC__JSON_TS_EPOCH,
};

static yajl_val get(yajl_val obj, const char *key)
{
    if (!YAJL_IS_OBJECT(obj))
        return NULL;
    for (size_t i = 0; i < obj->u.object.len; i++)
        if (strcmp(obj->u.object.keys[i], key) == 0)
            return obj->u.object.values[i];
    return NULL;
}

static yajl_val at(yajl_val arr, size_t i)
{
    return YAJL_IS_ARRAY(arr) && i < arr->u.array.len ? arr->u.array.values[i] : NULL;
}

static void put_str(struct awsc_buf *b, const char *s)
{
    if (s)
        awsc__json_put_string(b, s, strlen(s));
    else
        awsc__buf_puts(b, "null");
}

/* A yajl tree back to JSON text (numbers keep their text). */
static void dump(struct awsc_buf *b, yajl_val v)
{
    if (!v || YAJL_IS_NULL(v)) {
        awsc__buf_puts(b, "null");
    } else if (YAJL_IS_TRUE(v)) {
        awsc__buf_puts(b, "true");
    } else if (YAJL_IS_FALSE(v)) {
        awsc__buf_puts(b, "false");
    } else if (YAJL_IS_NUMBER(v)) {
        awsc__buf_puts(b, YAJL_GET_NUMBER(v));
    } else if (YAJL_IS_STRING(v)) {
        put_str(b, v->u.string);
    } else if (YAJL_IS_ARRAY(v)) {
        awsc__buf_putc(b, '[');
        for (size_t i = 0; i < v->u.array.len; i++) {
            if (i)
                awsc__buf_putc(b, ',');
            dump(b, v->u.array.values[i]);
        }
        awsc__buf_putc(b, ']');
    } else {
        awsc__buf_putc(b, '{');
        for (size_t i = 0; i < v->u.object.len; i++) {
            if (i)
                awsc__buf_putc(b, ',');
            const char *k = v->u.object.keys[i];
            awsc__json_put_string(b, k, strlen(k));
            awsc__buf_putc(b, ':');
            dump(b, v->u.object.values[i]);
        }
        awsc__buf_putc(b, '}');
    }
}

/* The params of an input case as the JSON reader takes them. A jsonvalue
 * member (the suites give it as any JSON value) is a string of JSON text
 * in awsc's input struct: its value goes in as that text, compact, as
 * botocore writes it (json.dumps with separators ',' and ':'). */
static void dump_params(struct awsc_buf *b, yajl_val params, const struct awsc_shape *shape)
{
    if (!params) { /* a case with no params: an empty input */
        awsc__buf_puts(b, "{}");
        return;
    }
    if (!YAJL_IS_OBJECT(params)) {
        dump(b, params);
        return;
    }
    awsc__buf_putc(b, '{');
    for (size_t i = 0; i < params->u.object.len; i++) {
        const char *k = params->u.object.keys[i];
        yajl_val v = params->u.object.values[i];
        const struct awsc_member *m = NULL;
        for (uint32_t j = 0; j < awsc_shape_member_count(shape) && !m; j++)
            if (strcmp(awsc_member_name(&awsc_shape_members(shape)[j]), k) == 0)
                m = &awsc_shape_members(shape)[j];
        if (i)
            awsc__buf_putc(b, ',');
        awsc__json_put_string(b, k, strlen(k));
        awsc__buf_putc(b, ':');
        if (m && (m->flags & AWSC_MF_JSONVALUE) && v && !YAJL_IS_STRING(v)) {
            struct awsc_buf text = AWSC_BUF_INIT;
            dump(&text, v);
            awsc__json_put_string(b, text.data ? text.data : "", text.len);
            awsc__buf_clean_up(&text);
        } else {
            dump(b, v);
        }
    }
    awsc__buf_putc(b, '}');
}

static void put_failure(struct awsc_buf *line, const char *stage, int status,
                        const struct awsc_error *err)
{
    awsc__buf_printf(line, ",\"failure\":{\"stage\":\"%s\",\"status\":\"%s\",\"message\":", stage,
                     awsc_status_name(status));
    put_str(line, err->message);
    awsc__buf_putc(line, '}');
}

static void run_input(const struct pt_case *c, yajl_val tc, struct awsc_buf *line)
{
    const struct awsc_operation *op = c->op;
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__request req;
    memset(&req, 0, sizeof req);
    req.arena = awsc__arena_new();
    void *input = NULL;
    int status = AWSC_OK;

    if (awsc_operation_input(op)) {
        struct awsc_buf params = AWSC_BUF_INIT;
        dump_params(&params, get(tc, "params"), awsc_operation_input(op));
        input = awsc__arena_alloc(arena, awsc_operation_input(op)->size);
        status = awsc__json_read((const uint8_t *)params.data, params.len, awsc_operation_input(op),
                                 input, arena, &TEST_OPTS, &err);
        awsc__buf_clean_up(&params);
        if (status != AWSC_OK)
            put_failure(line, "params", status, &err);
    }
    if (status == AWSC_OK) {
        status = awsc__protocol_any(awsc_operation_service(op)->protocol)
                     ->serialize(op, input, &req, &err);
        if (status != AWSC_OK)
            put_failure(line, "serialize", status, &err);
    }
    const char *host_prefix = NULL;
    if (status == AWSC_OK) {
        status = awsc__host_prefix(op, input, req.arena, &host_prefix, &err);
        if (status != AWSC_OK)
            put_failure(line, "host_prefix", status, &err);
    }
    if (status == AWSC_OK) {
        awsc__buf_puts(line, ",\"method\":");
        put_str(line, req.method);
        awsc__buf_puts(line, ",\"uri\":");
        struct awsc_buf uri = AWSC_BUF_INIT;
        awsc__buf_append(&uri, req.path.data, req.path.len);
        if (req.query.len) {
            awsc__buf_putc(&uri, '?');
            awsc__buf_append(&uri, req.query.data, req.query.len);
        }
        put_str(line, uri.data ? uri.data : "");
        awsc__buf_clean_up(&uri);
        awsc__buf_puts(line, ",\"headers\":{");
        for (size_t i = 0; i < req.headers.count; i++) {
            if (i)
                awsc__buf_putc(line, ',');
            put_str(line, req.headers.items[i].name);
            awsc__buf_putc(line, ':');
            put_str(line, req.headers.items[i].value);
        }
        awsc__buf_puts(line, "},\"body\":");
        if (awsc_operation_service(op)->protocol ==
            AWSC_PROTO_RPC_V2_CBOR) { /* binary: as base64 */
            awsc__buf_putc(line, '"');
            awsc__buf_base64(line, (const uint8_t *)req.body.data, req.body.len);
            awsc__buf_putc(line, '"');
        } else if (req.body_stream) /* a streaming payload, sent from where it is */
            awsc__json_put_string(line, (const char *)req.body_stream->data, req.body_stream->len);
        else
            awsc__json_put_string(line, req.body.data ? req.body.data : "", req.body.len);
        awsc__buf_puts(line, ",\"host_prefix\":");
        put_str(line, host_prefix);
    }
    awsc__request_clean_up(&req);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

/* An event-stream output: what the event decoder makes of the body. */
struct es_run {
    const struct awsc_operation *op;
    const struct awsc__response *resp;
    struct awsc_arena *arena;
    void *out;
    struct awsc_buf events;
    size_t count;
};

static int es_initial(void *ud, const uint8_t *payload, size_t len, struct awsc_error *err)
{
    struct es_run *r = ud;
    struct awsc__response resp = *r->resp;
    resp.body = payload;
    resp.body_len = len;
    return awsc__protocol_any(awsc_operation_service(r->op)->protocol)
        ->parse(r->op, &resp, r->arena, &r->out, err);
}

static int es_event(void *ud, const void *event)
{
    struct es_run *r = ud;
    struct awsc_error werr = AWSC_ERROR_INIT;
    awsc__buf_puts(&r->events, r->count++ ? "," : "");
    int status = awsc__json_write(&r->events, awsc_member_shape(awsc__event_stream_member(r->op)),
                                  event, &TEST_OPTS, &werr);
    awsc_error_clean_up(&werr);
    return status == AWSC_OK ? 0 : 1;
}

static void run_events(const struct awsc_operation *op, const struct awsc__response *resp,
                       struct awsc_buf *line)
{
    /* the body in base64 */
    size_t n = 0;
    uint8_t *raw = malloc(resp->body_len / 4 * 3 + 4);
    if (!awsc__base64_decode((const char *)resp->body, resp->body_len, raw, &n)) {
        struct awsc_error e = AWSC_ERROR_INIT;
        awsc__fail(&e, AWSC_E_PARSE, "the event stream body is not base64");
        put_failure(line, "events", AWSC_E_PARSE, &e);
        awsc_error_clean_up(&e);
        free(raw);
        return;
    }
    struct es_run r = {op, resp, awsc__arena_new(), NULL, AWSC_BUF_INIT, 0};
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__event_sink sink = {es_initial, es_event, &r};
    struct awsc__events *ev = NULL;
    int status = awsc__events_new(op, awsc__protocol_any(awsc_operation_service(op)->protocol),
                                  &sink, &ev, &err);
    if (status == AWSC_OK && awsc_operation_service(op)->protocol != AWSC_PROTO_JSON) {
        /* the members bound to the HTTP response, as the call path reads them */
        struct awsc__response head = *resp;
        head.body = NULL;
        head.body_len = 0;
        status = awsc__protocol_any(awsc_operation_service(op)->protocol)
                     ->parse(op, &head, r.arena, &r.out, &err);
    }
    if (status == AWSC_OK)
        status = awsc__events_feed(ev, raw, n, &err);
    if (status == AWSC_OK)
        status = awsc__events_end(ev, &err);
    if (status != AWSC_OK) {
        put_failure(line, "events", status, &err);
    } else {
        /* the output without its stream, then the events under its name */
        struct awsc_buf out = AWSC_BUF_INIT;
        struct awsc_error werr = AWSC_ERROR_INIT;
        if (awsc__json_write(&out, awsc_operation_output(op), r.out, &TEST_OPTS, &werr) !=
            AWSC_OK) {
            put_failure(line, "write", AWSC_E_INTERNAL, &werr);
        } else {
            awsc__buf_puts(line, ",\"result\":");
            awsc__buf_append(line, out.data, out.len - 1);
            if (out.len > 2)
                awsc__buf_putc(line, ',');
            const char *name = awsc_member_name(awsc__event_stream_member(op));
            awsc__json_put_string(line, name, strlen(name));
            awsc__buf_puts(line, ":[");
            awsc__buf_append(line, r.events.data ? r.events.data : "", r.events.len);
            awsc__buf_puts(line, "]}");
        }
        awsc_error_clean_up(&werr);
        awsc__buf_clean_up(&out);
    }
    awsc__events_destroy(ev);
    awsc_error_clean_up(&err);
    awsc__buf_clean_up(&r.events);
    awsc__arena_destroy(r.arena);
    free(raw);
}

static void run_output(const struct pt_case *c, yajl_val tc, struct awsc_buf *line)
{
    const struct awsc_operation *op = c->op;
    yajl_val r = get(tc, "response");
    yajl_val status_code = get(r, "status_code");
    yajl_val headers = get(r, "headers");
    yajl_val body = get(r, "body");
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc__response resp;
    memset(&resp, 0, sizeof resp);
    resp.status = YAJL_IS_INTEGER(status_code) ? (int)YAJL_GET_INTEGER(status_code) : 200;
    for (size_t i = 0; YAJL_IS_OBJECT(headers) && i < headers->u.object.len; i++) {
        yajl_val v = headers->u.object.values[i];
        awsc__headers_add(&resp.headers, arena, headers->u.object.keys[i],
                          YAJL_IS_STRING(v) ? YAJL_GET_STRING(v) : "");
    }
    /* a copy, so that a read past the end shows up under the sanitizers */
    const char *text = YAJL_IS_STRING(body) ? YAJL_GET_STRING(body) : "";
    resp.body_len = strlen(text);
    uint8_t *copy = malloc(resp.body_len ? resp.body_len : 1);
    memcpy(copy, text, resp.body_len);
    /* a binary body (rpc-v2-cbor) is given as base64 */
    if (awsc_operation_service(op)->protocol == AWSC_PROTO_RPC_V2_CBOR &&
        !awsc__base64_decode(text, resp.body_len, copy, &resp.body_len)) {
        fprintf(stderr, "case %s: the body is not base64\n", c->id ? c->id : "?");
        resp.body_len = 0;
    }
    if (resp.body_len) { /* exactly as long as the body */
        uint8_t *exact = malloc(resp.body_len);
        memcpy(exact, copy, resp.body_len);
        free(copy);
        copy = exact;
    }
    resp.body = copy;

    const struct awsc__protocol *proto = awsc__protocol_any(awsc_operation_service(op)->protocol);
    struct awsc_error err = AWSC_ERROR_INIT;
    awsc__buf_puts(line, ",\"request_id\":");
    put_str(line, awsc__response_request_id(&resp));
    if (get(tc, "error") || get(tc, "errorCode")) {
        int status = proto->parse_error(op, &resp, &err);
        if (status != AWSC_E_SERVICE) {
            put_failure(line, "parse_error", status, &err);
        } else {
            awsc__buf_puts(line, ",\"error\":{\"code\":");
            put_str(line, err.code);
            awsc__buf_puts(line, ",\"message\":");
            put_str(line, err.message);
            awsc__buf_puts(line, ",\"request_id\":");
            put_str(line, err.request_id);
            awsc__buf_puts(line, ",\"shape\":");
            put_str(line, err.shape ? awsc_shape_name(err.shape) : NULL);
            awsc__buf_puts(line, ",\"members\":");
            struct awsc_error werr = AWSC_ERROR_INIT;
            if (!err.shape || !err.data)
                awsc__buf_puts(line, "{}");
            else if (awsc__json_write(line, err.shape, err.data, &TEST_OPTS, &werr) != AWSC_OK)
                awsc__buf_puts(line, "\"(could not write)\"");
            awsc_error_clean_up(&werr);
            awsc__buf_putc(line, '}');
        }
    } else if (!awsc_operation_output(op)) {
        awsc__buf_puts(line, ",\"result\":{}");
    } else if (awsc__event_stream_member(op)) {
        run_events(op, &resp, line);
    } else {
        struct awsc_arena *out_arena = awsc__arena_new();
        void *out = NULL;
        int status = proto->parse(op, &resp, out_arena, &out, &err);
        if (status != AWSC_OK) {
            put_failure(line, "parse", status, &err);
        } else {
            awsc__buf_puts(line, ",\"result\":");
            struct awsc_error werr = AWSC_ERROR_INIT;
            if (awsc__json_write(line, awsc_operation_output(op), out, &TEST_OPTS, &werr) !=
                AWSC_OK)
                put_failure(line, "write", AWSC_E_INTERNAL, &werr);
            awsc_error_clean_up(&werr);
        }
        awsc__arena_destroy(out_arena);
    }
    awsc_error_clean_up(&err);
    free(copy);
    awsc__arena_destroy(arena);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    fclose(f);
    return awsc__buf_steal(&b);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s SUITE.json [CASE-ID]\n", argv[0]);
        return 2;
    }
    char *text = slurp(argv[1]);
    if (!text) {
        perror(argv[1]);
        return 2;
    }
    char errbuf[512];
    yajl_val suites = yajl_tree_parse(text, errbuf, sizeof errbuf);
    awsc__free(text);
    if (!YAJL_IS_ARRAY(suites)) {
        fprintf(stderr, "%s: %s\n", argv[1], suites ? "not a list of suites" : errbuf);
        yajl_tree_free(suites);
        return 2;
    }
    int bad = 0;
    for (size_t i = 0; i < pt_case_count; i++) {
        const struct pt_case *c = &pt_cases[i];
        if (argc > 2 && (!c->id || strcmp(c->id, argv[2]) != 0))
            continue;
        yajl_val tc = at(get(at(suites, (size_t)c->suite), "cases"), (size_t)c->index);
        if (!tc) {
            fprintf(stderr, "%s: no case %d:%d; regenerate the C file\n", argv[1], c->suite,
                    c->index);
            bad = 1;
            continue;
        }
        struct awsc_buf line = AWSC_BUF_INIT;
        awsc__buf_printf(&line, "{\"suite\":%d,\"case\":%d,\"id\":", c->suite, c->index);
        put_str(&line, c->id);
        if (get(tc, "serialized")) /* an input case, params or none */
            run_input(c, tc, &line);
        else
            run_output(c, tc, &line);
        awsc__buf_putc(&line, '}');
        if (line.failed) {
            fprintf(stderr, "out of memory\n");
            return 2;
        }
        printf("%s\n", line.data);
        awsc__buf_clean_up(&line);
    }
    yajl_tree_free(suites);
    return bad;
}
