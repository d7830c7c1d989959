/*
 * The json protocol (awsJson1_0 and awsJson1_1): every operation is a POST
 * of a JSON document to the service's endpoint, named by the X-Amz-Target
 * header; responses are JSON documents; errors carry their code in
 * "__type", the x-amzn-ErrorType header or "code".
 */
#include <string.h>

#include "json.h"
#include "protocol.h"

static const struct awsc__json_opts WIRE = AWSC__JSON_OPTS_WIRE;
/* The same with millisecond timestamps (AWSC_SVC_MS_TIMESTAMPS). */
static const struct awsc__json_opts WIRE_MS = {.timestamps = AWSC__JSON_TS_MODEL,
                                               .idempotency_tokens = true,
                                               .ascii = true,
                                               .ts_precision = AWSC__TS_MILLIS};

static bool blank(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            return false;
    return true;
}

static int json_serialize(const struct awsc_operation *op, const void *input,
                          struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_service *svc = awsc_operation_service(op);
    if (!req->arena)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the request has no arena");
    const char *method = awsc_operation_http_method(op);
    req->method = method ? method : "POST";

    const char *uri = awsc_operation_request_uri(op);
    if (!uri || !*uri)
        uri = "/";
    const char *q = strchr(uri, '?');
    awsc__buf_append(&req->path, uri, q ? (size_t)(q - uri) : strlen(uri));
    if (q && q[1])
        awsc__buf_puts(&req->query, q + 1);

    const char *version = svc ? awsc_service_json_version(svc) : NULL;
    const char *content_type =
        awsc__arena_concat(req->arena, "application/x-amz-json-", version ? version : "1.0", NULL);
    if (!content_type ||
        awsc__headers_set(&req->headers, req->arena, "Content-Type", content_type) != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (svc && (svc->flags & AWSC_SVC_QUERY_COMPATIBLE) &&
        awsc__headers_set(&req->headers, req->arena, "x-amzn-query-mode", "true") != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (svc && awsc_service_target_prefix(svc)) {
        const char *target = awsc__arena_concat(req->arena, awsc_service_target_prefix(svc), ".",
                                                awsc_operation_name(op));
        if (!target ||
            awsc__headers_set(&req->headers, req->arena, "X-Amz-Target", target) != AWSC_OK)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }

    /* Always a JSON object, "{}" when there is no input. */
    int status = AWSC_OK;
    if (awsc_operation_input(op) && input)
        status = awsc__json_write(
            &req->body, awsc_operation_input(op), input,
            awsc__ts_precision_of(awsc_operation_service(op)) == AWSC__TS_MILLIS ? &WIRE_MS : &WIRE,
            err);
    else
        awsc__buf_puts(&req->body, "{}");
    req->has_body = true;
    if (status == AWSC_OK && (req->path.failed || req->query.failed || req->body.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

static int json_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                      struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, awsc_operation_output(op)->size);
    if (!out)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    /* No body at all is an empty output. */
    if (!blank(resp->body, resp->body_len)) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status = awsc__json_read(resp->body, resp->body_len, awsc_operation_output(op), out,
                                     arena, &WIRE, &perr);
        if (status != AWSC_OK)
            return awsc__response_read_status(err, op, resp, status, &perr);
    }
    *output = out;
    return AWSC_OK;
}

/* "aws.protocoltests.json10#FooError:http://internal.amazon.com/..." ->
 * "FooError". Returns a copy in a. */

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

static int json_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                            struct awsc_error *err)
{
    const uint8_t *body = resp->body;
    size_t len = resp->body_len;
    bool empty = blank(body, len);

    /* A first look at the body, as a document: where the code and message
     * are. The modeled error's members are read below, into its struct. */
    struct awsc_arena *scratch = awsc__arena_new();
    if (!scratch)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc_document doc;
    memset(&doc, 0, sizeof doc);
    bool is_json = false;
    if (!empty) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status = awsc__json_read_document(body, len, &doc, scratch, &WIRE, &perr);
        awsc_error_clean_up(&perr);
        if (status == AWSC_E_NOMEM) {
            awsc__arena_destroy(scratch);
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        is_json = status == AWSC_OK && doc.type == AWSC_DOC_OBJECT;
    }

    /* The code: "__type", else the x-amzn-ErrorType header, else "code". */
    const char *raw = is_json ? doc_string(&doc, "__type") : NULL;
    if (!raw || !*raw)
        raw = awsc__headers_get(&resp->headers, "x-amzn-ErrorType");
    if ((!raw || !*raw) && is_json)
        raw = doc_string(&doc, "code");
    const char *message = NULL;
    if (is_json) {
        message = doc_string(&doc, "message");
        if (!message)
            message = doc_string(&doc, "Message");
        if (!message)
            message = doc_string(&doc, "errorMessage");
    }

    struct awsc__rpc_error e = {raw, message, is_json || empty, "JSON"};
    const struct awsc_shape *shape = NULL;
    int status = awsc__rpc_error_fill(op, resp, &e, scratch, err, &shape);
    struct awsc_arena *a = err->arena;
    /* the modeled error's members, into its struct */
    if (shape) {
        void *data = awsc__arena_alloc(a, shape->size ? shape->size : 1);
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = !data     ? AWSC_E_NOMEM
                 : is_json ? awsc__json_read(body, len, shape, data, a, &WIRE, &perr)
                           : AWSC_OK;
        awsc_error_clean_up(&perr);
        if (st == AWSC_OK) {
            err->shape = shape;
            err->data = data;
        } else if (st == AWSC_E_NOMEM) {
            status = AWSC_E_NOMEM;
        }
    }
    awsc__arena_destroy(scratch);
    if (status == AWSC_E_NOMEM)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

static const struct awsc__protocol JSON_PROTOCOL = {
    "json",
    json_serialize,
    json_parse,
    json_parse_error,
    /* read_payload: the events of a stream */
    awsc__json_read_payload,
};

const struct awsc__protocol *awsc__json_protocol(void)
{
    return &JSON_PROTOCOL;
}
