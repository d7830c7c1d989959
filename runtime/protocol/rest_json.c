/*
 * The rest-json protocol: the HTTP binding of rest.c with JSON bodies.
 *
 * Request: the body is a JSON object of the input's body members (`{}`
 * when the input has body members but none is set), or the payload
 * member: a structure, union or document as JSON (`{}` when unset), a
 * blob or string as its raw bytes. Content-Type: application/json goes
 * with every JSON body unless a header member set Content-Type already.
 *
 * Response: header and status members from the HTTP binding, then the
 * JSON body into the body members, or into the payload member.
 *
 * Errors: the code is the x-amzn-ErrorType header, else the body's
 * "code" (or "Code"), else its "__type", with any namespace before '#'
 * and anything after ':' dropped; the message is "message" or "Message".
 * A modeled error gets its header-bound and body members.
 */
#include <string.h>

#include "json.h"
#include "rest.h"

#define CFIELD(base, off) ((const void *)((const unsigned char *)(base) + (off)))
#define FIELD(base, off)  ((void *)((unsigned char *)(base) + (off)))

/* The top-level body members of a structure. */
static const struct awsc__json_opts BODY = {
    .body_only = true,
    .idempotency_tokens = true,
    .ascii = true,
};
/* A payload member: the whole value. */
static const struct awsc__json_opts VALUE = {
    .idempotency_tokens = true,
    .ascii = true,
};

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* A structure, union or document payload member as JSON; `{}` when it is
 * unset. */
static int write_payload(const struct awsc_member *pm, const void *input, struct awsc_buf *body,
                         struct awsc_error *err)
{
    if (!awsc__rest_member_is_set(pm, input)) {
        awsc__buf_puts(body, "{}");
        return AWSC_OK;
    }
    const void *v = CFIELD(input, pm->offset);
    switch (pm->shape->type) {
    case AWSC_SHAPE_DOCUMENT:
        return awsc__json_write_document(body, *(const struct awsc_document *const *)v, &VALUE,
                                         err);
    case AWSC_SHAPE_STRUCTURE:
        return awsc__json_write(body, pm->shape, *(const void *const *)v, &VALUE, err);
    default:
        return awsc__json_write(body, pm->shape, v, &VALUE, err);
    }
}

static int rest_json_serialize(const struct awsc_operation *op, const void *input,
                               struct awsc__request *req, struct awsc_error *err)
{
    if (op->input && !input && req->arena) {
        input = awsc__arena_alloc(req->arena, op->input->size ? op->input->size : 1);
        if (!input)
            return nomem(err);
    }
    int status = awsc__rest_serialize(op, input, req, err);
    if (status != AWSC_OK || !op->input)
        return status;
    const struct awsc_member *pm = awsc__rest_payload(op->input);
    bool raw = awsc__rest_payload_is_raw(pm);
    if (raw)
        status = awsc__rest_serialize_raw_payload(pm, input, req, err);
    else if (pm)
        status = write_payload(pm, input, &req->body, err);
    else if (awsc__rest_has_body_members(op->input))
        status = awsc__json_write(&req->body, op->input, input, &BODY, err);
    if (status != AWSC_OK)
        return status;
    if (req->body.failed)
        return nomem(err);
    if (req->body.len) {
        req->has_body = true;
        if (!raw && !awsc__headers_get(&req->headers, "Content-Type") &&
            awsc__headers_set(&req->headers, req->arena, "Content-Type", "application/json") !=
                AWSC_OK)
            return nomem(err);
    }
    return AWSC_OK;
}

/* The JSON body (or raw payload) of a response into the struct at out,
 * whose header-bound members are filled already. */
static int read_body(const struct awsc_operation *op, const struct awsc_shape *shape,
                     const struct awsc__response *resp, struct awsc_arena *arena, void *out,
                     struct awsc_error *err)
{
    const struct awsc_member *pm = awsc__rest_payload(shape);
    if (pm && awsc__rest_payload_is_raw(pm))
        return awsc__rest_parse_raw_payload(pm, resp, arena, out, err);
    if (awsc__rest_blank(resp->body, resp->body_len))
        return AWSC_OK; /* no body: nothing more to read */
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status;
    if (!pm) {
        status = awsc__json_read(resp->body, resp->body_len, shape, out, arena, &BODY, &perr);
    } else if (pm->shape->type == AWSC_SHAPE_STRUCTURE || pm->shape->type == AWSC_SHAPE_DOCUMENT) {
        bool doc = pm->shape->type == AWSC_SHAPE_DOCUMENT;
        size_t size = doc ? sizeof(struct awsc_document) : pm->shape->size;
        void *v = awsc__arena_alloc(arena, size ? size : 1);
        if (!v)
            status = awsc__fail(&perr, AWSC_E_NOMEM, "out of memory");
        else if (doc)
            status = awsc__json_read_document(resp->body, resp->body_len, v, arena, &VALUE, &perr);
        else
            status = awsc__json_read(resp->body, resp->body_len, pm->shape, v, arena, &VALUE,
                                     &perr);
        if (status == AWSC_OK)
            *(void **)FIELD(out, pm->offset) = v;
    } else {
        status = awsc__json_read(resp->body, resp->body_len, pm->shape, FIELD(out, pm->offset),
                                 arena, &VALUE, &perr);
    }
    if (status == AWSC_E_PARSE)
        awsc__fail(err, status, "the %s response (HTTP %d) could not be read: %s", op->name,
                   resp->status, perr.message);
    else if (status != AWSC_OK)
        awsc__error_move(err, &perr);
    awsc_error_clean_up(&perr);
    return status;
}

static int rest_json_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                           struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, op->output->size);
    if (!out)
        return nomem(err);
    int status = awsc__rest_parse_http(op->output, resp, arena, out, err);
    if (status == AWSC_OK)
        status = read_body(op, op->output, resp, arena, out, err);
    if (status == AWSC_OK)
        *output = out;
    return status;
}

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

static int rest_json_parse_error(const struct awsc_operation *op,
                                 const struct awsc__response *resp, struct awsc_error *err)
{
    bool empty = awsc__rest_blank(resp->body, resp->body_len);
    struct awsc_arena *scratch = awsc__arena_new();
    if (!scratch)
        return nomem(err);

    /* A first look at the body, as a document: where the code and message
     * are. A modeled error's members are read below, into its struct. */
    struct awsc_document doc;
    memset(&doc, 0, sizeof doc);
    bool is_json = false;
    if (!empty) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = awsc__json_read_document(resp->body, resp->body_len, &doc, scratch, &VALUE, &perr);
        awsc_error_clean_up(&perr);
        if (st == AWSC_E_NOMEM) {
            awsc__arena_destroy(scratch);
            return nomem(err);
        }
        is_json = st == AWSC_OK && doc.type == AWSC_DOC_OBJECT;
    }

    const char *raw = awsc__headers_get(&resp->headers, "x-amzn-ErrorType");
    if ((!raw || !*raw) && is_json) {
        raw = doc_string(&doc, "code");
        if (!raw)
            raw = doc_string(&doc, "Code");
        if (!raw)
            raw = doc_string(&doc, "__type");
    }
    const char *code = raw && *raw ? awsc__rest_clean_code(scratch, raw) : NULL;
    const char *message = NULL;
    if (is_json) {
        message = doc_string(&doc, "message");
        if (!message)
            message = doc_string(&doc, "Message");
        if (!message)
            message = doc_string(&doc, "errorMessage");
    } else if (!empty) {
        const char *start = awsc__rest_quote_body(scratch, resp->body, resp->body_len);
        message = start ? awsc__arena_printf(scratch,
                                             "the service answered HTTP %d with a body that is "
                                             "not JSON: \"%s\"",
                                             resp->status, start)
                        : NULL;
    }
    if ((raw && *raw && !code) || (!empty && !is_json && !message)) {
        awsc__arena_destroy(scratch);
        return nomem(err);
    }
    int status = awsc__rest_error(err, op, resp, code, message, NULL);

    /* The modeled error's members. A body that does not fit the model
     * leaves the error unmodeled rather than hiding the code and message. */
    const struct awsc_shape *shape =
        status == AWSC_E_SERVICE && (is_json || empty) ? awsc__find_error_shape(op, err->code)
                                                       : NULL;
    if (shape) {
        struct awsc_arena *a = awsc__error_arena(err);
        void *data = a ? awsc__arena_alloc(a, shape->size ? shape->size : 1) : NULL;
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = data ? awsc__rest_parse_http(shape, resp, a, data, &perr) : AWSC_E_NOMEM;
        if (st == AWSC_OK)
            st = read_body(op, shape, resp, a, data, &perr);
        awsc_error_clean_up(&perr);
        if (st == AWSC_OK) {
            err->shape = shape;
            err->data = data;
        } else if (st == AWSC_E_NOMEM) {
            status = nomem(err);
        }
    }
    awsc__arena_destroy(scratch);
    return status;
}

static const struct awsc__protocol REST_JSON_PROTOCOL = {
    "rest-json",
    rest_json_serialize,
    rest_json_parse,
    rest_json_parse_error,
};

const struct awsc__protocol *awsc__rest_json_protocol(void)
{
    return &REST_JSON_PROTOCOL;
}
