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
 *
 * What botocore adds for some services, named by flags in the tables:
 * API Gateway's Accept: application/json (AWSC_SVC_ACCEPT_JSON); Glacier's
 * x-amz-glacier-version, accountId "-" when unset, and the SHA-256 and
 * tree hash of uploads (AWSC_SVC_GLACIER); CloudSearch Domain's Search
 * sent as a form POST of its query (AWSC_OF_GET_AS_POST).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
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
/* The same two with millisecond timestamps (AWSC_SVC_MS_TIMESTAMPS). */
static const struct awsc__json_opts BODY_MS = {
    .body_only = true,
    .idempotency_tokens = true,
    .ascii = true,
    .ts_precision = AWSC__TS_MILLIS,
};
static const struct awsc__json_opts VALUE_MS = {
    .idempotency_tokens = true,
    .ascii = true,
    .ts_precision = AWSC__TS_MILLIS,
};

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* A structure, union or document payload member as JSON; `{}` when it is
 * unset. */
static int write_payload(const struct awsc_member *pm, const void *input, struct awsc_buf *body,
                         bool ms, struct awsc_error *err)
{
    const struct awsc__json_opts *o = ms ? &VALUE_MS : &VALUE;
    if (!awsc__member_is_set(pm, input)) {
        awsc__buf_puts(body, "{}");
        return AWSC_OK;
    }
    const void *v = CFIELD(input, pm->offset);
    switch (awsc_member_shape(pm)->type) {
    case AWSC_SHAPE_DOCUMENT:
        return awsc__json_write_document(body, *(const struct awsc_document *const *)v, o, err);
    case AWSC_SHAPE_STRUCTURE:
        return awsc__json_write(body, awsc_member_shape(pm), *(const void *const *)v, o, err);
    default:
        return awsc__json_write(body, awsc_member_shape(pm), v, o, err);
    }
}

/* ---- what botocore adds for some services (flags in the tables) ---- */

enum { MIB = 1024 * 1024 };

/* The leaves of a Glacier tree hash: the SHA-256 of each MiB. */
struct leaves {
    uint8_t (*hash)[32];
    size_t count, cap;
};

static bool leaf_add(struct leaves *l, const uint8_t *data, size_t n)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        void *p = awsc__realloc(l->hash, cap * sizeof *l->hash);
        if (!p)
            return false;
        l->hash = p;
        l->cap = cap;
    }
    return awsc__sha256(data, n, l->hash[l->count++]);
}

/* The root of the tree: pairs of hashes hashed together, level by level;
 * an odd one out goes up as it is. False when hashing failed. */
static bool tree_root(struct leaves *l, uint8_t root[32])
{
    if (l->count == 0)
        return awsc__sha256("", 0, root);
    size_t n = l->count;
    while (n > 1) {
        size_t k = 0;
        for (size_t i = 0; i < n; i += 2, k++) {
            if (i + 1 < n) {
                uint8_t pair[64];
                memcpy(pair, l->hash[i], 32);
                memcpy(pair + 32, l->hash[i + 1], 32);
                if (!awsc__sha256(pair, 64, l->hash[k]))
                    return false;
            } else {
                memmove(l->hash[k], l->hash[i], 32);
            }
        }
        n = k;
    }
    memcpy(root, l->hash[0], 32);
    return true;
}

/* The SHA-256 and the tree hash of a body in memory or in a file. */
static int glacier_hashes(const struct awsc_stream *st, const struct awsc_buf *body,
                          uint8_t whole[32], uint8_t tree[32], struct awsc_error *err)
{
    struct leaves l = {NULL, 0, 0};
    int status = AWSC_OK;
    if (st && st->path) {
        FILE *f = fopen(st->path, "rb");
        uint8_t *chunk = awsc__malloc(MIB);
        struct awsc__hash_ctx *ctx = awsc__hash_new(AWSC__HASH_SHA256);
        if (!f)
            status = awsc__fail(err, AWSC_E_IO, "cannot read the body file %s: %s", st->path,
                                strerror(errno));
        else if (!chunk || !ctx)
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        while (status == AWSC_OK) {
            size_t n = fread(chunk, 1, MIB, f);
            if (n == 0) {
                if (ferror(f))
                    status = awsc__fail(err, AWSC_E_IO, "cannot read the body file %s", st->path);
                break;
            }
            awsc__hash_update(ctx, chunk, n);
            if (!leaf_add(&l, chunk, n))
                status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        uint8_t digest[AWSC__HASH_MAX];
        if (status == AWSC_OK && awsc__hash_final(ctx, digest) != 32)
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        memcpy(whole, digest, 32);
        awsc__hash_free(ctx);
        awsc__free(chunk);
        if (f)
            fclose(f);
    } else {
        const uint8_t *data = st ? st->data : (const uint8_t *)body->data;
        size_t len = st ? st->len : body->len;
        if (!awsc__sha256(data ? data : (const uint8_t *)"", len, whole))
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        for (size_t off = 0; status == AWSC_OK && off < len; off += MIB)
            if (!leaf_add(&l, data + off, len - off < MIB ? len - off : MIB))
                status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    if (status == AWSC_OK && !tree_root(&l, tree))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc__free(l.hash);
    return status;
}

static int set_hex_header(struct awsc__request *req, const char *name, const uint8_t hash[32],
                          struct awsc_error *err)
{
    char hex[65];
    awsc__hex_encode(hash, 32, hex);
    if (awsc__headers_set(&req->headers, req->arena, name, hex) != AWSC_OK)
        return nomem(err);
    return AWSC_OK;
}

/* An upload to Glacier carries the SHA-256 of its body and the tree hash
 * of it, unless the input set them. */
static int glacier_checksums(struct awsc__request *req, struct awsc_error *err)
{
    const char *content = awsc__headers_get(&req->headers, "x-amz-content-sha256");
    const char *tree = awsc__headers_get(&req->headers, "x-amz-sha256-tree-hash");
    if (content && tree)
        return AWSC_OK;
    const struct awsc_stream *st = req->body_stream;
    if (st && !st->data && !st->path) {
        if (!tree)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "checksum: Glacier needs the SHA-256 tree hash of an upload; set "
                              "it, or upload from memory or a file");
        return AWSC_OK; /* the body is read once, while it is sent */
    }
    uint8_t whole[32], root[32];
    int status = glacier_hashes(st, &req->body, whole, root, err);
    if (status == AWSC_OK && !content)
        status = set_hex_header(req, "x-amz-content-sha256", whole, err);
    if (status == AWSC_OK && !tree)
        status = set_hex_header(req, "x-amz-sha256-tree-hash", root, err);
    return status;
}

static int customize(const struct awsc_operation *op, struct awsc__request *req,
                     struct awsc_error *err)
{
    const struct awsc_service *svc = awsc_operation_service(op);
    uint32_t flags = svc ? svc->flags : 0;
    if ((flags & AWSC_SVC_ACCEPT_JSON) && !awsc__headers_get(&req->headers, "Accept") &&
        awsc__headers_set(&req->headers, req->arena, "Accept", "application/json") != AWSC_OK)
        return nomem(err);
    if (flags & AWSC_SVC_GLACIER) {
        if (awsc__headers_set(&req->headers, req->arena, "x-amz-glacier-version",
                              awsc_service_api_version(svc)) != AWSC_OK)
            return nomem(err);
        const struct awsc_member *pm = awsc_shape_payload_member(awsc_operation_input(op));
        if (pm && (pm->flags & AWSC_MF_STREAMING)) {
            int status = glacier_checksums(req, err);
            if (status != AWSC_OK)
                return status;
        }
    }
    if ((op->flags & AWSC_OF_GET_AS_POST) && strcmp(req->method, "GET") == 0 && req->query.len) {
        req->method = "POST";
        awsc__buf_append(&req->body, req->query.data, req->query.len);
        awsc__buf_reset(&req->query);
        req->has_body = true;
        if (req->body.failed || awsc__headers_set(&req->headers, req->arena, "Content-Type",
                                                  "application/x-www-form-urlencoded") != AWSC_OK)
            return nomem(err);
    }
    return AWSC_OK;
}

static int rest_json_serialize(const struct awsc_operation *op, const void *input,
                               struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_shape *in = awsc_operation_input(op);
    if (in && !input && req->arena) {
        input = awsc__arena_alloc(req->arena, in->size ? in->size : 1);
        if (!input)
            return nomem(err);
    }
    int status = awsc__rest_serialize(op, input, req, err);
    if (status != AWSC_OK)
        return status;
    if (!awsc_operation_input(op))
        return customize(op, req, err);
    const struct awsc_member *pm = awsc_shape_payload_member(awsc_operation_input(op));
    bool raw = awsc__rest_payload_is_raw(pm);
    bool ms = awsc__ts_precision_of(awsc_operation_service(op)) == AWSC__TS_MILLIS;
    if (raw)
        status = awsc__rest_serialize_raw_payload(pm, input, req, err);
    else if (pm)
        status = write_payload(pm, input, &req->body, ms, err);
    else if (awsc__rest_has_body_members(awsc_operation_input(op)))
        status = awsc__json_write(&req->body, awsc_operation_input(op), input,
                                  ms ? &BODY_MS : &BODY, err);
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
    return customize(op, req, err);
}

/* The JSON body (or raw payload) of a response into the struct at out,
 * whose header-bound members are filled already. */
static int read_body(const struct awsc_operation *op, const struct awsc_shape *shape,
                     const struct awsc__response *resp, struct awsc_arena *arena, void *out,
                     struct awsc_error *err)
{
    const struct awsc_member *pm = awsc_shape_payload_member(shape);
    if (pm && awsc__rest_payload_is_raw(pm))
        return awsc__rest_parse_raw_payload(pm, resp, arena, out, err);
    if (awsc__blank(resp->body, resp->body_len))
        return AWSC_OK; /* no body: nothing more to read */
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status;
    if (!pm) {
        status = awsc__json_read(resp->body, resp->body_len, shape, out, arena, &BODY, &perr);
    } else if (awsc_member_shape(pm)->type == AWSC_SHAPE_STRUCTURE ||
               awsc_member_shape(pm)->type == AWSC_SHAPE_DOCUMENT) {
        bool doc = awsc_member_shape(pm)->type == AWSC_SHAPE_DOCUMENT;
        size_t size = doc ? sizeof(struct awsc_document) : awsc_member_shape(pm)->size;
        void *v = awsc__arena_alloc(arena, size ? size : 1);
        if (!v)
            status = awsc__fail(&perr, AWSC_E_NOMEM, "out of memory");
        else if (doc)
            status = awsc__json_read_document(resp->body, resp->body_len, v, arena, &VALUE, &perr);
        else
            status = awsc__json_read(resp->body, resp->body_len, awsc_member_shape(pm), v, arena,
                                     &VALUE, &perr);
        if (status == AWSC_OK)
            *(void **)FIELD(out, pm->offset) = v;
    } else {
        status = awsc__json_read(resp->body, resp->body_len, awsc_member_shape(pm),
                                 FIELD(out, pm->offset), arena, &VALUE, &perr);
    }
    return awsc__response_read_status(err, op, resp, status, &perr);
}

static int rest_json_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                           struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, awsc_operation_output(op)->size);
    if (!out)
        return nomem(err);
    int status = awsc__rest_parse_http(awsc_operation_output(op), resp, arena, out, err);
    if (status == AWSC_OK)
        status = read_body(op, awsc_operation_output(op), resp, arena, out, err);
    if (status == AWSC_OK)
        *output = out;
    return status;
}

static const char *doc_string(const struct awsc_document *doc, const char *key)
{
    const struct awsc_document *v = awsc__document_get(doc, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

static int rest_json_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                                 struct awsc_error *err)
{
    bool empty = awsc__blank(resp->body, resp->body_len);
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
    const char *code = raw && *raw ? awsc__clean_error_code(scratch, raw) : NULL;
    const char *message = NULL;
    if (is_json) {
        message = doc_string(&doc, "message");
        if (!message)
            message = doc_string(&doc, "Message");
        if (!message)
            message = doc_string(&doc, "errorMessage");
    } else if (!empty) {
        const char *start = awsc__quote_body(scratch, resp->body, resp->body_len);
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
    const struct awsc_shape *shape = status == AWSC_E_SERVICE && (is_json || empty)
                                         ? awsc__find_error_shape(op, err->code)
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
    /* read_payload: the events of a stream */
    awsc__json_read_payload,
};

const struct awsc__protocol *awsc__rest_json_protocol(void)
{
    return &REST_JSON_PROTOCOL;
}
