/*
 * The query protocol (awsQuery), and the engine the ec2 protocol shares
 * with it: every operation is a POST of a form (Action, Version and the
 * input flattened into dotted parameter names) to the service's endpoint;
 * responses are XML documents whose <OperationResult> element holds the
 * output; errors are <ErrorResponse><Error><Code/><Message/></Error>
 * <RequestId/></ErrorResponse> (ec2: <Response><Errors><Error>...).
 *
 * The form is byte for byte the one botocore sends, so that signatures
 * over it compare equal: parameters in model order, names and values
 * encoded as Python's urlencode() does.
 */
#include <string.h>

#include "protocol.h"
#include "xml.h"

/* ---------------------------------------------------------- the form */

struct qwriter {
    struct awsc_buf *body;
    struct awsc_buf key; /* the parameter name being built: also the error path */
    bool ec2;
    unsigned depth;
    struct awsc_error *err;
};

static int qfail(struct qwriter *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int qfail(struct qwriter *w, const char *fmt, ...)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, w->key.len ? w->key.data : "top level");
    awsc__buf_puts(&b, ": ");
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    int status = b.failed ? awsc__fail(w->err, AWSC_E_NOMEM, "out of memory")
                          : awsc__fail(w->err, AWSC_E_VALIDATION, "%s", b.data);
    awsc__buf_clean_up(&b);
    return status;
}

static void put_param(struct qwriter *w, const char *value, size_t n)
{
    awsc__buf_putc(w->body, '&');
    awsc__form_encode(w->body, w->key.data ? w->key.data : "", w->key.len);
    awsc__buf_putc(w->body, '=');
    awsc__form_encode(w->body, value, n);
}

static void key_truncate(struct qwriter *w, size_t len)
{
    w->key.len = len;
    if (w->key.data)
        w->key.data[len] = '\0';
}

/* "Prefix.Name", or "Name" at the top level */
static void key_member(struct qwriter *w, const struct awsc_member *m)
{
    if (w->key.len)
        awsc__buf_putc(&w->key, '.');
    if (w->ec2)
        awsc__ec2_put_member_name(&w->key, m);
    else
        awsc__buf_puts(&w->key, awsc__xml_member_name(m));
}

static int q_value(struct qwriter *w, const struct awsc_shape *s, const struct awsc_member *m,
                   const void *v);

static int q_structure(struct qwriter *w, const struct awsc_shape *s, const void *v)
{
    if (w->depth >= AWSC__XML_MAX_DEPTH)
        return qfail(w, "nested more than %u levels deep (is there a cycle?)", AWSC__XML_MAX_DEPTH);
    w->depth++;
    size_t mark = w->key.len;
    const struct awsc_member *set = NULL; /* a union's member */
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (!awsc__member_is_set(m, v)) {
            if ((m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) &&
                awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
                char token[37];
                awsc__uuid4(token);
                key_member(w, m);
                put_param(w, token, strlen(token));
                key_truncate(w, mark);
            }
            continue;
        }
        if (s->flags & AWSC_SF_UNION) {
            if (set)
                return qfail(w, "a union takes exactly one member, but both %s and %s are set",
                             awsc_member_name(set), awsc_member_name(m));
            set = m;
        }
        key_member(w, m);
        const void *mv = (const unsigned char *)v + m->offset;
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE)
            mv = *(const void *const *)mv; /* members hold structures by pointer */
        int status =
            awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT
                ? qfail(w, "a document cannot be sent by the %s protocol", w->ec2 ? "ec2" : "query")
                : q_value(w, awsc_member_shape(m), m, mv);
        if (status != AWSC_OK)
            return status;
        key_truncate(w, mark);
    }
    w->depth--;
    return AWSC_OK;
}

static int q_list(struct qwriter *w, const struct awsc_shape *s, const struct awsc_member *m,
                  const void *v)
{
    const struct awsc_list_view *l = v;
    if (!l->items && l->count)
        return qfail(w, "the list has %zu items but items is NULL", l->count);
    if (l->count == 0) {
        /* query sends an empty list as "Name="; ec2 sends nothing */
        if (!w->ec2)
            put_param(w, "", 0);
        return AWSC_OK;
    }
    size_t mark = w->key.len;
    if (!w->ec2) {
        const char *item = awsc__xml_item_name(s);
        if (awsc__xml_flattened(m, s)) {
            /* Name.N, Name being the items' locationName unless the member
             * has one of its own (botocore prefers the items' name, but
             * where the models give both they are the same) */
            if (item && !(m && strcmp(awsc_member_wire_name(m), awsc_member_name(m)) != 0)) {
                /* the last part of the name is the items' name */
                size_t start = mark;
                while (start > 0 && w->key.data[start - 1] != '.')
                    start--;
                key_truncate(w, start);
                awsc__buf_puts(&w->key, item);
            }
        } else {
            awsc__buf_putc(&w->key, '.');
            awsc__buf_puts(&w->key, item ? item : "member");
        }
    }
    size_t prefix = w->key.len;
    for (size_t i = 0; i < l->count; i++) {
        awsc__buf_printf(&w->key, ".%zu", i + 1);
        const void *item = (const unsigned char *)l->items + i * awsc_shape_item(s)->size;
        if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)item)
            return qfail(w, "a list item is NULL");
        int status = q_value(w, awsc_shape_item(s), NULL, item);
        if (status != AWSC_OK)
            return status;
        key_truncate(w, prefix);
    }
    key_truncate(w, mark);
    return AWSC_OK;
}

static int q_map(struct qwriter *w, const struct awsc_shape *s, const struct awsc_member *m,
                 const void *v)
{
    const struct awsc_map_view *mv = v;
    if (!mv->entries && mv->count)
        return qfail(w, "the map has %zu entries but entries is NULL", mv->count);
    size_t mark = w->key.len;
    if (!awsc__xml_flattened(m, s))
        awsc__buf_puts(&w->key, ".entry");
    size_t prefix = w->key.len;
    struct awsc_buf kname = AWSC_BUF_INIT, vname = AWSC_BUF_INIT;
    if (w->ec2) {
        awsc__ec2_put_name(&kname, awsc__xml_key_name(s), "key");
        awsc__ec2_put_name(&vname, awsc__xml_value_name(s), "value");
    } else {
        const char *k = awsc__xml_key_name(s), *val = awsc__xml_value_name(s);
        awsc__buf_puts(&kname, k ? k : "key");
        awsc__buf_puts(&vname, val ? val : "value");
    }
    int status =
        kname.failed || vname.failed ? awsc__fail(w->err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
    for (size_t i = 0; status == AWSC_OK && i < mv->count; i++) {
        const unsigned char *entry =
            (const unsigned char *)mv->entries + i * awsc_shape_entry_size(s);
        const char *key = *(const char *const *)(const void *)entry;
        const void *value = entry + awsc_shape_value_offset(s);
        awsc__buf_printf(&w->key, ".%zu.%s", i + 1, kname.data);
        if (!key)
            status = qfail(w, "the key of entry %zu is NULL", i);
        else if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)value)
            status = qfail(w, "the value of entry %zu is NULL", i);
        if (status == AWSC_OK)
            status = q_value(w, awsc_shape_key(s), NULL, &key);
        key_truncate(w, prefix);
        if (status != AWSC_OK)
            break;
        awsc__buf_printf(&w->key, ".%zu.%s", i + 1, vname.data);
        status = q_value(w, awsc_shape_item(s), NULL, value);
        key_truncate(w, prefix);
    }
    awsc__buf_clean_up(&kname);
    awsc__buf_clean_up(&vname);
    if (status == AWSC_OK)
        key_truncate(w, mark);
    return status;
}

static int q_value(struct qwriter *w, const struct awsc_shape *s, const struct awsc_member *m,
                   const void *v)
{
    char text[64];
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        return q_structure(w, s, v);
    case AWSC_SHAPE_LIST:
        return q_list(w, s, m, v);
    case AWSC_SHAPE_MAP:
        return q_map(w, s, m, v);
    case AWSC_SHAPE_STRING: {
        const char *str = *(const char *const *)v;
        if (!str)
            return qfail(w, "the string is NULL");
        size_t n = strlen(str);
        if (!awsc__utf8_valid(str, n))
            return qfail(w, "the string is not valid UTF-8");
        if (m && (m->flags & AWSC_MF_BASE64_TEXT)) {
            struct awsc_buf t = AWSC_BUF_INIT;
            awsc__buf_base64(&t, (const uint8_t *)str, n);
            put_param(w, t.data ? t.data : "", t.len);
            bool failed = t.failed;
            awsc__buf_clean_up(&t);
            return failed ? awsc__fail(w->err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
        }
        put_param(w, str, n);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *b = v;
        if (b->len && !b->data)
            return qfail(w, "the blob has %zu bytes but data is NULL", b->len);
        struct awsc_buf t = AWSC_BUF_INIT;
        awsc__buf_base64(&t, b->data, b->len);
        put_param(w, t.data ? t.data : "", t.len);
        bool failed = t.failed;
        awsc__buf_clean_up(&t);
        return failed ? awsc__fail(w->err, AWSC_E_NOMEM, "out of memory") : AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        snprintf(text, sizeof text, "%s", *(const bool *)v ? "true" : "false");
        break;
    case AWSC_SHAPE_BYTE:
        snprintf(text, sizeof text, "%d", (int)*(const int8_t *)v);
        break;
    case AWSC_SHAPE_SHORT:
        snprintf(text, sizeof text, "%d", (int)*(const int16_t *)v);
        break;
    case AWSC_SHAPE_INTEGER:
        snprintf(text, sizeof text, "%ld", (long)*(const int32_t *)v);
        break;
    case AWSC_SHAPE_LONG:
        snprintf(text, sizeof text, "%lld", (long long)*(const int64_t *)v);
        break;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        struct awsc_buf t = AWSC_BUF_INIT;
        if (s->type == AWSC_SHAPE_FLOAT)
            awsc__put_double_repr(&t, (double)*(const float *)v, true);
        else
            awsc__put_double_repr(&t, *(const double *)v, false);
        snprintf(text, sizeof text, "%s", t.data ? t.data : "");
        bool failed = t.failed;
        awsc__buf_clean_up(&t);
        if (failed)
            return awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        break;
    }
    case AWSC_SHAPE_TIMESTAMP: {
        struct awsc_timestamp t = *(const struct awsc_timestamp *)v;
        if (t.nsec < 0 || t.nsec >= 1000000000)
            return qfail(w, "the timestamp's nsec (%ld) is outside 0..999999999", (long)t.nsec);
        awsc__xml_format_timestamp(t, awsc__xml_timestamp_format(m, s), text);
        break;
    }
    default:
        return qfail(w, "shape %s (type %d) cannot be sent by the %s protocol",
                     awsc__shape_label(s), (int)s->type, w->ec2 ? "ec2" : "query");
    }
    put_param(w, text, strlen(text));
    return AWSC_OK;
}

int awsc__query_serialize(const struct awsc_operation *op, const void *input, bool ec2,
                          struct awsc__request *req, struct awsc_error *err)
{
    const struct awsc_service *svc = awsc_operation_service(op);
    if (!req->arena)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the request has no arena");
    const char *method = awsc_operation_http_method(op);
    req->method = method ? method : "POST";
    /* Always "/": botocore sends every query and ec2 request there, even
     * where the model's requestUri says more (ImportExport's
     * "/?Operation=CancelJob"). */
    awsc__buf_putc(&req->path, '/');
    if (awsc__headers_set(&req->headers, req->arena, "Content-Type",
                          "application/x-www-form-urlencoded; charset=utf-8") != AWSC_OK)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");

    awsc__buf_puts(&req->body, "Action=");
    const char *action = awsc_operation_name(op);
    awsc__form_encode(&req->body, action, strlen(action));
    awsc__buf_puts(&req->body, "&Version=");
    const char *version = svc ? awsc_service_api_version(svc) : NULL;
    if (!version)
        version = "";
    awsc__form_encode(&req->body, version, strlen(version));
    req->has_body = true;

    int status = AWSC_OK;
    if (awsc_operation_input(op) && input) {
        struct qwriter w = {&req->body, AWSC_BUF_INIT, ec2, 0, err};
        status = q_structure(&w, awsc_operation_input(op), input);
        if (status == AWSC_OK && w.key.failed)
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        awsc__buf_clean_up(&w.key);
    }
    if (status == AWSC_OK && (req->path.failed || req->query.failed || req->body.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

/* ------------------------------------------------------- the responses */

enum {
    C_ERROR_CODE,
    C_ERROR_MESSAGE,
    C_ERRORS_CODE,
    C_ERRORS_MESSAGE,
    C_ROOT_CODE,
    C_ROOT_MESSAGE,
    C_REQUEST_ID,
    C_REQUEST_ID_EC2,
    C_METADATA_REQUEST_ID,
    C_COUNT
};

static const char *const P_ERROR_CODE[] = {"Error", "Code", NULL};
static const char *const P_ERROR_MESSAGE[] = {"Error", "Message", NULL};
static const char *const P_ERRORS_CODE[] = {"Errors", "Error", "Code", NULL};
static const char *const P_ERRORS_MESSAGE[] = {"Errors", "Error", "Message", NULL};
static const char *const P_ROOT_CODE[] = {"Code", NULL};
static const char *const P_ROOT_MESSAGE[] = {"Message", NULL};
static const char *const P_REQUEST_ID[] = {"RequestId", NULL};
static const char *const P_REQUEST_ID_EC2[] = {"RequestID", NULL};
static const char *const P_METADATA_REQUEST_ID[] = {"ResponseMetadata", "RequestId", NULL};
static const char *const P_ERROR[] = {"Error", NULL};
static const char *const P_ERRORS_ERROR[] = {"Errors", "Error", NULL};

static void error_captures(struct awsc__xml_capture c[C_COUNT])
{
    memset(c, 0, C_COUNT * sizeof *c);
    c[C_ERROR_CODE].path = P_ERROR_CODE;
    c[C_ERROR_MESSAGE].path = P_ERROR_MESSAGE;
    c[C_ERRORS_CODE].path = P_ERRORS_CODE;
    c[C_ERRORS_MESSAGE].path = P_ERRORS_MESSAGE;
    c[C_ROOT_CODE].path = P_ROOT_CODE;
    c[C_ROOT_MESSAGE].path = P_ROOT_MESSAGE;
    c[C_REQUEST_ID].path = P_REQUEST_ID;
    c[C_REQUEST_ID_EC2].path = P_REQUEST_ID_EC2;
    c[C_METADATA_REQUEST_ID].path = P_METADATA_REQUEST_ID;
}

static const char *trimmed(struct awsc_arena *a, const char *s)
{
    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return awsc__arena_strndup(a, s, n);
}

int awsc__query_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                            struct awsc_error *err)
{
    const uint8_t *body = resp->body;
    size_t len = resp->body_len;
    bool empty = !body || awsc__blank(body, len);
    struct awsc_arena *scratch = awsc__arena_new();
    if (!scratch)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");

    /* First the code, the message and the request id. */
    struct awsc__xml_capture caps[C_COUNT];
    error_captures(caps);
    struct awsc__xml_read_opts o;
    memset(&o, 0, sizeof o);
    o.captures = caps;
    o.capture_count = C_COUNT;
    bool is_xml = false;
    const char *why = NULL; /* why the body could not be read */
    if (!empty) {
        struct awsc_error perr = AWSC_ERROR_INIT;
        int st = awsc__xml_read(body, len, NULL, NULL, scratch, &o, &perr);
        if (st == AWSC_E_NOMEM) {
            awsc_error_clean_up(&perr);
            awsc__arena_destroy(scratch);
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        is_xml = st == AWSC_OK;
        if (!is_xml)
            why = perr.message ? awsc__arena_strdup(scratch, perr.message) : NULL;
        awsc_error_clean_up(&perr);
    }
    const char *const *error_path = NULL;
    const char *code = NULL, *message = NULL;
    if (is_xml && caps[C_ERROR_CODE].text) {
        code = caps[C_ERROR_CODE].text;
        message = caps[C_ERROR_MESSAGE].text;
        error_path = o.root_name && strcmp(o.root_name, "ErrorResponse") == 0 ? P_ERROR : NULL;
    } else if (is_xml && caps[C_ERRORS_CODE].text) {
        code = caps[C_ERRORS_CODE].text;
        message = caps[C_ERRORS_MESSAGE].text;
        error_path = P_ERRORS_ERROR;
    } else if (is_xml && o.root_name && strcmp(o.root_name, "Error") == 0) {
        code = caps[C_ROOT_CODE].text;
        message = caps[C_ROOT_MESSAGE].text;
    }
    /* XML, but not an error document (an HTML page that happens to be
     * well-formed): quoted like any other body */
    bool is_error = is_xml && code;
    if (is_xml && !code)
        why = "no error code in it";
    const char *rid = caps[C_REQUEST_ID].text;
    if (!rid || !*rid)
        rid = caps[C_REQUEST_ID_EC2].text;
    if (!rid || !*rid)
        rid = caps[C_METADATA_REQUEST_ID].text;
    if (!rid || !*rid)
        rid = awsc__response_request_id(resp);

    awsc_error_clean_up(err);
    err->status = AWSC_E_SERVICE;
    err->http_status = resp->status;
    err->operation = awsc_operation_name(op);
    struct awsc_arena *a = awsc__error_arena(err);
    int status = a ? AWSC_E_SERVICE : AWSC_E_NOMEM;
    if (a) {
        code = trimmed(a, code);
        if (!code || !*code)
            code = awsc__arena_printf(a, "%d", resp->status);
        err->code = code;
        if (is_error)
            err->message = awsc__arena_strdup(a, message ? message : "");
        else if (empty)
            err->message = awsc__arena_printf(a, "the service answered HTTP %d with an empty body",
                                              resp->status);
        else {
            const char *start = awsc__quote_body(scratch, body, len);
            err->message = start ? awsc__arena_printf(a,
                                                      "the service answered HTTP %d with a body "
                                                      "that is not an XML error (%s): \"%s\"",
                                                      resp->status, why ? why : "unreadable", start)
                                 : NULL;
        }
        err->request_id = rid && *rid ? trimmed(a, rid) : NULL;
        if (!err->code || !err->message || (rid && *rid && !err->request_id))
            status = AWSC_E_NOMEM;
    }

    /* The modeled error's members, from the Error element. A body that
     * does not fit the model leaves the error unmodeled rather than
     * hiding the code and message. */
    const struct awsc_shape *shape =
        status == AWSC_E_SERVICE && is_error ? awsc__find_error_shape(op, code) : NULL;
    if (shape) {
        void *data = awsc__arena_alloc(a, shape->size ? shape->size : 1);
        struct awsc_error perr = AWSC_ERROR_INIT;
        struct awsc__xml_read_opts eo;
        memset(&eo, 0, sizeof eo);
        eo.path = error_path;
        int st = data ? awsc__xml_read(body, len, shape, data, a, &eo, &perr) : AWSC_E_NOMEM;
        awsc_error_clean_up(&perr);
        if (st == AWSC_OK) {
            err->shape = shape;
            err->data = data;
            /* Many models call the member "message" while the element is
             * <Message>: such a member gets the error's message. */
            for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++) {
                const struct awsc_member *m = &awsc_shape_members(shape)[i];
                const char **slot = (const char **)(void *)((unsigned char *)data + m->offset);
                if (awsc_member_shape(m)->type == AWSC_SHAPE_STRING && !*slot &&
                    awsc__strcasecmp(awsc_member_name(m), "Message") == 0)
                    *slot = err->message;
            }
        } else if (st == AWSC_E_NOMEM) {
            status = AWSC_E_NOMEM;
        }
    }
    awsc__arena_destroy(scratch);
    if (status == AWSC_E_NOMEM)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

int awsc__query_parse(const struct awsc_operation *op, const struct awsc__response *resp, bool ec2,
                      struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    *output = NULL;
    void *out = awsc__output_new(arena, awsc_operation_output(op)->size);
    if (!out)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (!resp->body || awsc__blank(resp->body, resp->body_len)) {
        *output = out; /* no body at all is an empty output */
        return AWSC_OK;
    }
    const char *wrapper[2] = {
        awsc_operation_result_wrapper(op),
        NULL}; /* the request id of query is in the body (ec2: RequestId at the top) */
    static const char *const p_ec2_request_id[] = {"requestId", NULL};
    struct awsc__xml_capture caps[4];
    memset(caps, 0, sizeof caps);
    caps[0].path = P_ERRORS_CODE;
    caps[1].path = P_METADATA_REQUEST_ID;
    caps[2].path = P_REQUEST_ID;
    caps[3].path = p_ec2_request_id;
    struct awsc__xml_read_opts o;
    memset(&o, 0, sizeof o);
    o.path = !ec2 && awsc_operation_result_wrapper(op) ? wrapper : NULL;
    o.captures = caps;
    o.capture_count = 4;
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status = awsc__xml_read(resp->body, resp->body_len, awsc_operation_output(op), out, arena,
                                &o, &perr);

    /* An error document in a 2xx response is an error all the same. */
    if (status != AWSC_E_NOMEM && o.root_name &&
        (strcmp(o.root_name, "ErrorResponse") == 0 ||
         (strcmp(o.root_name, "Response") == 0 && caps[0].text))) {
        awsc_error_clean_up(&perr);
        return awsc__query_parse_error(op, resp, err);
    }
    if (status != AWSC_OK)
        return awsc__response_read_status(err, op, resp, status, &perr);
    const char *rid = caps[1].text ? caps[1].text : caps[2].text ? caps[2].text : caps[3].text;
    if (rid)
        awsc__output_set_meta(out, resp->status, trimmed(arena, rid));
    *output = out;
    return AWSC_OK;
}

/* ------------------------------------------------------- the protocol */

static int query_serialize(const struct awsc_operation *op, const void *input,
                           struct awsc__request *req, struct awsc_error *err)
{
    return awsc__query_serialize(op, input, false, req, err);
}

static int query_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                       struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    return awsc__query_parse(op, resp, false, arena, output, err);
}

static const struct awsc__protocol QUERY_PROTOCOL = {
    "query",
    query_serialize,
    query_parse,
    awsc__query_parse_error,
    /* read_payload: no event streams */
    NULL,
};

const struct awsc__protocol *awsc__query_protocol(void)
{
    return &QUERY_PROTOCOL;
}
