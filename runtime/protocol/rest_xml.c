/*
 * The rest-xml protocol (S3, S3 Control, Route 53, CloudFront): the HTTP
 * binding of rest.c with XML bodies.
 *
 * Request: when the input names a payload member, the body is that
 * member: a structure as one element named by the member's locationName
 * with its xmlNamespace (nothing when unset), a blob or string as its raw
 * bytes. Otherwise, when any body member is set, the body is the input
 * structure as one element named by the input's locationName, with its
 * xmlNamespace. No Content-Type is added.
 *
 * Response: header and status members from the HTTP binding, then the
 * XML body: the root element is the output structure (or the payload
 * member).
 *
 * Errors: <ErrorResponse><Error><Code/><Message/></Error><RequestId/>
 * </ErrorResponse> (Route 53, CloudFront) or <Error><Code/><Message/>
 * <RequestId/></Error> (S3); a few Route 53 errors are named by their
 * root element (<InvalidChangeBatch><Messages><Message/>...), which is
 * taken as the code when it names a modeled error. A response without a
 * body (S3 answers HEAD that way) takes the HTTP status as the code and
 * its reason phrase as the message; one whose body is not XML, the status
 * and a message quoting the body's start.
 *
 * Route 53 (AWSC_SVC_ROUTE53_IDS): hosted zone, delegation set and change
 * ids are sent without the path they may come with, as botocore does.
 */
#include <string.h>

#include "rest.h"
#include "xml.h"

#define FIELD(base, off) ((void *)((unsigned char *)(base) + (off)))

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* Whether any body member of the input is set (or will be: an unset
 * idempotency token is filled). */
static bool body_members_set(const struct awsc_shape *in, const void *input)
{
    for (uint32_t i = 0; i < awsc_shape_member_count(in); i++) {
        const struct awsc_member *m = &awsc_shape_members(in)[i];
        if (m->location != AWSC_LOC_BODY)
            continue;
        if (awsc__member_is_set(m, input))
            return true;
        if ((m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) &&
            awsc_member_shape(m)->type == AWSC_SHAPE_STRING)
            return true;
    }
    return false;
}

/* Route 53 ids may come with their path ("/hostedzone/Z1D633PJN98FT9",
 * "/change/C2682N5HXP0BZ4"), as its own responses give them: what is sent
 * is the last segment, as botocore sends it (AWSC_SVC_ROUTE53_IDS; the
 * generator marks those shapes, ResourceId, DelegationSetId and ChangeId,
 * AWSC_SF_ID_PATH). The input's top-level members of those shapes are
 * fixed in a copy. */
static int route53_ids(const struct awsc_operation *op, const void **input,
                       struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_shape *in = awsc_operation_input(op);
    void *copy = NULL;
    for (uint32_t i = 0; in && *input && i < awsc_shape_member_count(in); i++) {
        const struct awsc_member *m = &awsc_shape_members(in)[i];
        if (!(awsc_member_shape(m)->flags & AWSC_SF_ID_PATH) ||
            awsc_member_shape(m)->type != AWSC_SHAPE_STRING)
            continue;
        const char *v =
            *(const char *const *)(const void *)((const unsigned char *)*input + m->offset);
        const char *slash = v ? strrchr(v, '/') : NULL;
        if (!slash)
            continue;
        if (!copy) {
            copy = awsc__arena_memdup(req->arena, *input, in->size);
            if (!copy)
                return nomem(err);
        }
        *(const char **)FIELD(copy, m->offset) = slash + 1;
    }
    if (copy)
        *input = copy;
    return AWSC_OK;
}

static int rest_xml_serialize(const struct awsc_operation *op, const void *input,
                              struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_service *svc = awsc_operation_service(op);
    if (svc && (svc->flags & AWSC_SVC_ROUTE53_IDS) && req->arena) {
        int status = route53_ids(op, &input, req, err);
        if (status != AWSC_OK)
            return status;
    }
    int status = awsc__rest_serialize(op, input, req, err);
    if (status != AWSC_OK || !awsc_operation_input(op) || !input)
        return status;
    const struct awsc_shape *in = awsc_operation_input(op);
    const struct awsc_member *pm = awsc_shape_payload_member(in);
    struct awsc__xml_write_opts opts = {.idempotency_tokens = true};
    if (pm && awsc__rest_payload_is_raw(pm)) {
        status = awsc__rest_serialize_raw_payload(pm, input, req, err);
    } else if (pm) {
        if (awsc__member_is_set(pm, input)) {
            const void *v = (const unsigned char *)input + pm->offset;
            if (awsc_member_shape(pm)->type == AWSC_SHAPE_STRUCTURE)
                v = *(const void *const *)v;
            struct awsc_xml_namespace own;
            status = awsc__xml_write(&req->body, awsc__xml_member_name(pm),
                                     awsc_member_xml_namespace(pm, &own), awsc_member_shape(pm), v,
                                     &opts, err);
        }
    } else if (body_members_set(in, input)) {
        opts.body_only = true;
        status = awsc__xml_write(&req->body,
                                 awsc_shape_location_name(in) ? awsc_shape_location_name(in)
                                                              : awsc_shape_name(in),
                                 NULL, in, input, &opts, err);
    }
    if (status != AWSC_OK)
        return status;
    if (req->body.failed)
        return nomem(err);
    if (req->body.len)
        req->has_body = true;
    return AWSC_OK;
}

/* The XML body (or raw payload) of a response into the struct at out,
 * whose header-bound members are filled already. path: where the value's
 * element is below the root (a modeled error's Error element), or NULL
 * for the root itself. */
static int read_body(const struct awsc_operation *op, const struct awsc_shape *shape,
                     const struct awsc__response *resp, const char *const *path,
                     struct awsc_arena *arena, void *out, struct awsc_error *err)
{
    const struct awsc_member *pm = awsc_shape_payload_member(shape);
    if (pm && awsc__rest_payload_is_raw(pm))
        return awsc__rest_parse_raw_payload(pm, resp, arena, out, err);
    if (awsc__blank(resp->body, resp->body_len))
        return AWSC_OK; /* no body: nothing more to read */
    struct awsc__xml_read_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.path = path;
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status;
    if (!pm) {
        opts.body_only = true;
        status = awsc__xml_read(resp->body, resp->body_len, shape, out, arena, &opts, &perr);
    } else if (awsc_member_shape(pm)->type == AWSC_SHAPE_STRUCTURE) {
        const struct awsc_shape *ps = awsc_member_shape(pm);
        void *v = awsc__arena_alloc(arena, ps->size ? ps->size : 1);
        status = v ? awsc__xml_read(resp->body, resp->body_len, ps, v, arena, &opts, &perr)
                   : awsc__fail(&perr, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK && opts.found)
            *(void **)FIELD(out, pm->offset) = v;
    } else {
        status = awsc__xml_read(resp->body, resp->body_len, awsc_member_shape(pm),
                                FIELD(out, pm->offset), arena, &opts, &perr);
    }
    return awsc__response_read_status(err, op, resp, status, &perr);
}

static int rest_xml_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                          struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, awsc_operation_output(op)->size);
    if (!out)
        return nomem(err);
    int status = awsc__rest_parse_http(awsc_operation_output(op), resp, arena, out, err);
    if (status == AWSC_OK)
        status = read_body(op, awsc_operation_output(op), resp, NULL, arena, out, err);
    if (status == AWSC_OK)
        *output = out;
    return status;
}

static const char *const P_CODE[] = {"Code", NULL};
static const char *const P_MESSAGE[] = {"Message", NULL};
static const char *const P_REQUEST_ID[] = {"RequestId", NULL};
static const char *const P_ERROR[] = {"Error", NULL};
static const char *const P_ERROR_CODE[] = {"Error", "Code", NULL};
static const char *const P_ERROR_MESSAGE[] = {"Error", "Message", NULL};
static const char *const P_MESSAGES_MESSAGE[] = {"Messages", "Message", NULL};

static int rest_xml_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                                struct awsc_error *err)
{
    bool empty = awsc__blank(resp->body, resp->body_len);
    struct awsc_arena *scratch = awsc__arena_new();
    if (!scratch)
        return nomem(err);

    /* Where the code, message and request id are: <Error> as the root
     * (S3), or <ErrorResponse><Error> with <RequestId> beside it. Route 53
     * names a few errors by their root element instead, with the message
     * in <Messages><Message> (InvalidChangeBatch). */
    struct awsc__xml_capture caps[] = {
        {P_CODE, NULL},       {P_MESSAGE, NULL},       {P_REQUEST_ID, NULL},
        {P_ERROR_CODE, NULL}, {P_ERROR_MESSAGE, NULL}, {P_MESSAGES_MESSAGE, NULL},
    };
    struct awsc__xml_read_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.captures = caps;
    opts.capture_count = AWSC_ARRAY_LEN(caps);
    bool is_xml = false;
    if (!empty) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = awsc__xml_read(resp->body, resp->body_len, NULL, NULL, scratch, &opts, &perr);
        awsc_error_clean_up(&perr);
        if (st == AWSC_E_NOMEM) {
            awsc__arena_destroy(scratch);
            return nomem(err);
        }
        is_xml = st == AWSC_OK && opts.root_name;
    }
    const char *code = NULL, *message = NULL, *request_id = NULL;
    const char *const *error_path = NULL;
    if (is_xml) {
        request_id = caps[2].text;
        if (strcmp(opts.root_name, "ErrorResponse") == 0) {
            code = caps[3].text;
            message = caps[4].text;
            error_path = P_ERROR;
        } else {
            code = caps[0].text;
            message = caps[1].text;
        }
        if (!code && strcmp(opts.root_name, "Error") != 0 &&
            strcmp(opts.root_name, "ErrorResponse") != 0 &&
            awsc__find_error_shape(op, opts.root_name)) {
            code = opts.root_name;
            if (!message)
                message = caps[5].text;
        }
        if (code)
            code = awsc__clean_error_code(scratch, code);
    } else if (empty) {
        message = awsc__rest_reason(resp->status);
    } else {
        const char *start = awsc__quote_body(scratch, resp->body, resp->body_len);
        message = start ? awsc__arena_printf(scratch,
                                             "the service answered HTTP %d with a body that is "
                                             "not XML: \"%s\"",
                                             resp->status, start)
                        : NULL;
        if (!message) {
            awsc__arena_destroy(scratch);
            return nomem(err);
        }
    }
    int status = awsc__rest_error(err, op, resp, code, message, request_id);

    /* The modeled error's members: header-bound ones and those of the
     * Error element. A body that does not fit the model leaves the error
     * unmodeled rather than hiding the code and message. */
    const struct awsc_shape *shape = status == AWSC_E_SERVICE && (is_xml || empty)
                                         ? awsc__find_error_shape(op, err->code)
                                         : NULL;
    if (shape) {
        struct awsc_arena *a = awsc__error_arena(err);
        void *data = a ? awsc__arena_alloc(a, shape->size ? shape->size : 1) : NULL;
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = data ? awsc__rest_parse_http(shape, resp, a, data, &perr) : AWSC_E_NOMEM;
        if (st == AWSC_OK)
            st = read_body(op, shape, resp, error_path, a, data, &perr);
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

static int rest_xml_read_payload(const uint8_t *p, size_t n, const struct awsc_shape *shape,
                                 void *value, struct awsc_arena *arena, struct awsc_error *err)
{
    return awsc__xml_read(p, n, shape, value, arena, NULL, err);
}

static const struct awsc__protocol REST_XML_PROTOCOL = {
    "rest-xml",
    rest_xml_serialize,
    rest_xml_parse,
    rest_xml_parse_error,
    /* read_payload: the events of a stream */
    rest_xml_read_payload,
};

const struct awsc__protocol *awsc__rest_xml_protocol(void)
{
    return &REST_XML_PROTOCOL;
}
