/*
 * The Smithy RPC v2 CBOR protocol ("smithy-rpc-v2-cbor"), as botocore
 * speaks it: every operation is a POST to
 * /service/<ServiceName>/operation/<OperationName> (the service name is
 * the model's targetPrefix) with smithy-protocol: rpc-v2-cbor and Accept:
 * application/cbor; the input, when the operation has one, is a CBOR map
 * sent as application/cbor. Responses are CBOR maps (an empty body is an
 * empty output); an error's code is its "__type" (without namespace or
 * URI), else the HTTP status, and for a query-compatible service the code
 * in x-amzn-query-error.
 */
#include <stddef.h>
#include <string.h>

#include "cbor.h"
#include "protocol.h"

static const struct awsc__cbor_opts WIRE = {.idempotency_tokens = true};
static const struct awsc__cbor_opts READ = {.idempotency_tokens = false};

static int cbor_serialize(const struct awsc_operation *op, const void *input,
                          struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_service *svc = awsc_operation_service(op);
    if (!req->arena)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the request has no arena");
    if (!svc || !awsc_service_target_prefix(svc))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "the service has no targetPrefix to name it in the request path");
    req->method = "POST";
    awsc__buf_printf(&req->path, "/service/%s/operation/%s", awsc_service_target_prefix(svc),
                     awsc_operation_name(op));

    /* An operation with an input sends a map, {} (0xa0) when it was given
     * none; one without sends no body. */
    int status = AWSC_OK;
    if (awsc_operation_input(op) && input)
        status = awsc__cbor_write(&req->body, awsc_operation_input(op), input, &WIRE, err);
    else if (awsc_operation_input(op))
        awsc__buf_putc(&req->body, (char)0xa0);
    req->has_body = true; /* POST: Content-Length 0 when there is no input */
    if (status != AWSC_OK)
        return status;

    if (awsc__headers_set(&req->headers, req->arena, "smithy-protocol", "rpc-v2-cbor") != AWSC_OK ||
        awsc__headers_set(&req->headers, req->arena, "Accept", "application/cbor") != AWSC_OK ||
        (req->body.len && awsc__headers_set(&req->headers, req->arena, "Content-Type",
                                            "application/cbor") != AWSC_OK) ||
        ((svc->flags & AWSC_SVC_QUERY_COMPATIBLE) &&
         awsc__headers_set(&req->headers, req->arena, "x-amzn-query-mode", "true") != AWSC_OK) ||
        req->path.failed || req->body.failed)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return AWSC_OK;
}

static int cbor_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                      struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, awsc_operation_output(op)->size);
    if (!out)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    /* No body at all is an empty output. */
    if (resp->body_len) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status = awsc__cbor_read(resp->body, resp->body_len, awsc_operation_output(op), out,
                                     arena, &READ, &perr);
        if (status != AWSC_OK)
            return awsc__response_read_status(err, op, resp, status, &perr);
    }
    *output = out;
    return AWSC_OK;
}

/* A first look at an error body: where the code and the message are. */
struct error_look {
    const char *type;
    const char *message;
    const char *message_upper;
};

/* Its table: the shapes, members and names in one object, as the
 * generated tables are (struct awsc_shape). */
#define L LOOK_TABLES
static const struct {
    struct awsc_structure_shape look;
    struct awsc_shape string;
    struct awsc_member members[3];
    uint16_t by_wire_name[3];
    char names[sizeof "ErrorLook\0String\0__type\0message\0Message"];
} L = {
    .look = {.shape = {.name_ref = AWSC_REF(L.look.shape.name_ref, L.names[0]),
                       .size = sizeof(struct error_look),
                       .type = AWSC_SHAPE_STRUCTURE},
             .members_ref = AWSC_REF(L.look.members_ref, L.members),
             .by_wire_name_ref = AWSC_REF(L.look.by_wire_name_ref, L.by_wire_name),
             .member_count = 3},
    .string = {.name_ref = AWSC_REF(L.string.name_ref, L.names[10]),
               .size = sizeof(const char *),
               .type = AWSC_SHAPE_STRING},
    .members = {{.name_ref = AWSC_MEMBER_REF(L.members[0], L.names[17]),
                 .shape_ref = AWSC_MEMBER_REF(L.members[0], L.string),
                 .offset = offsetof(struct error_look, type)},
                {.name_ref = AWSC_MEMBER_REF(L.members[1], L.names[24]),
                 .shape_ref = AWSC_MEMBER_REF(L.members[1], L.string),
                 .offset = offsetof(struct error_look, message)},
                {.name_ref = AWSC_MEMBER_REF(L.members[2], L.names[32]),
                 .shape_ref = AWSC_MEMBER_REF(L.members[2], L.string),
                 .offset = offsetof(struct error_look, message_upper)}},
    .by_wire_name = {2, 0, 1}, /* Message, __type, message */
    .names = "ErrorLook\0String\0__type\0message\0Message",
};
#undef L
#define LOOK_SHAPE LOOK_TABLES.look.shape

static int cbor_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                            struct awsc_error *err)
{
    const uint8_t *body = resp->body;
    size_t len = resp->body_len;

    struct awsc_arena *scratch = awsc__arena_new();
    if (!scratch)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct error_look look = {0};
    bool readable = len == 0;
    if (len) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status = awsc__cbor_read(body, len, &LOOK_SHAPE, &look, scratch, &READ, &perr);
        awsc_error_clean_up(&perr);
        if (status == AWSC_E_NOMEM) {
            awsc__arena_destroy(scratch);
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        readable = status == AWSC_OK;
        if (!readable)
            memset(&look, 0, sizeof look);
    }

    struct awsc__rpc_error e = {look.type, look.message ? look.message : look.message_upper,
                                readable, "a CBOR map"};
    const struct awsc_shape *shape = NULL;
    int status = awsc__rpc_error_fill(op, resp, &e, scratch, err, &shape);
    struct awsc_arena *a = err->arena;
    /* the modeled error's members, into its struct */
    if (shape) {
        void *data = awsc__arena_alloc(a, shape->size ? shape->size : 1);
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = !data ? AWSC_E_NOMEM
                 : len ? awsc__cbor_read(body, len, shape, data, a, &READ, &perr)
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

static const struct awsc__protocol CBOR_PROTOCOL = {
    "smithy-rpc-v2-cbor",
    cbor_serialize,
    cbor_parse,
    cbor_parse_error,
    /* read_payload: no event streams */
    NULL,
};

const struct awsc__protocol *awsc__cbor_protocol(void)
{
    return &CBOR_PROTOCOL;
}
