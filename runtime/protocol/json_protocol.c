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
    const struct awsc_service *svc = op->service;
    if (!req->arena)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the request has no arena");
    req->method = op->http_method ? op->http_method : "POST";

    const char *uri = op->request_uri && *op->request_uri ? op->request_uri : "/";
    const char *q = strchr(uri, '?');
    awsc__buf_append(&req->path, uri, q ? (size_t)(q - uri) : strlen(uri));
    if (q && q[1])
        awsc__buf_puts(&req->query, q + 1);

    char content_type[64];
    snprintf(content_type, sizeof content_type, "application/x-amz-json-%s",
             svc && svc->json_version ? svc->json_version : "1.0");
    if (awsc__headers_set(&req->headers, req->arena, "Content-Type", content_type) != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (svc && (svc->flags & AWSC_SVC_QUERY_COMPATIBLE) &&
        awsc__headers_set(&req->headers, req->arena, "x-amzn-query-mode", "true") != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (svc && svc->target_prefix) {
        const char *target = awsc__arena_printf(req->arena, "%s.%s", svc->target_prefix, op->name);
        if (!target ||
            awsc__headers_set(&req->headers, req->arena, "X-Amz-Target", target) != AWSC_OK)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }

    /* Always a JSON object, "{}" when there is no input. */
    int status = AWSC_OK;
    if (op->input && input)
        status = awsc__json_write(
            &req->body, op->input, input,
            awsc__ts_precision_of(op->service) == AWSC__TS_MILLIS ? &WIRE_MS : &WIRE, err);
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
    void *out = awsc__output_new(arena, op->output->size);
    if (!out)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    /* No body at all is an empty output. */
    if (!blank(resp->body, resp->body_len)) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status =
            awsc__json_read(resp->body, resp->body_len, op->output, out, arena, &WIRE, &perr);
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

    awsc_error_clean_up(err);
    err->status = AWSC_E_SERVICE;
    err->http_status = resp->status;
    struct awsc_arena *a = awsc__error_arena(err);
    int status = a ? AWSC_E_SERVICE : AWSC_E_NOMEM;
    const char *code = NULL;
    if (a && raw && *raw)
        code = awsc__clean_error_code(a, raw);
    /* A query-compatible service names its old query error code in
     * x-amzn-query-error: "Code;Fault". */
    const char *query = awsc__headers_get(&resp->headers, "x-amzn-query-error");
    const char *semi = query ? strchr(query, ';') : NULL;
    if (a && semi && semi != query && !strchr(semi + 1, ';'))
        code = awsc__arena_strndup(a, query, (size_t)(semi - query));
    if (a && (!code || !*code))
        code = awsc__arena_printf(a, "%d", resp->status);

    if (a) {
        err->code = code;
        if (is_json || empty)
            err->message = awsc__arena_strdup(a, message ? message : "");
        else {
            const char *start = awsc__quote_body(scratch, body, len);
            err->message = start ? awsc__arena_printf(a,
                                                      "the service answered HTTP %d with "
                                                      "a body that is not JSON: \"%s\"",
                                                      resp->status, start)
                                 : NULL;
        }
        const char *rid = awsc__response_request_id(resp);
        err->request_id = rid ? awsc__arena_strdup(a, rid) : NULL;
        err->operation = op->name;
        if (!err->code || !err->message || (rid && !err->request_id))
            status = AWSC_E_NOMEM;
    }

    /* The modeled error's members. A body that does not fit the model
     * leaves the error unmodeled rather than hiding the code and message. */
    const struct awsc_shape *shape =
        status == AWSC_E_SERVICE && (is_json || empty) ? awsc__find_error_shape(op, code) : NULL;
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
};

const struct awsc__protocol *awsc__json_protocol(void)
{
    return &JSON_PROTOCOL;
}
