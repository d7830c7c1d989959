/*
 * The messages of an event-stream response as typed events, modeled
 * errors and service errors (see events.h), following botocore's
 * EventStream and BaseEventStreamParser.
 */
#include "events.h"

#include "protocol/protocol.h"

#include <string.h>

#define FIELD(base, off) ((void *)((unsigned char *)(base) + (off)))

struct awsc__events {
    const struct awsc_operation *op;
    const struct awsc_shape *stream; /* the event stream union */
    const struct awsc__protocol *codec; /* its read_payload reads the bodies */
    struct awsc__event_sink sink;
    struct awsc_eventstream_decoder *decoder;
    bool want_initial; /* json: the first message is the initial-response */
    bool started;
    uint64_t delivered;
    uint64_t skipped;
    /* why the decoder was stopped from inside its callback */
    int status;
    struct awsc_error err;
};

const struct awsc_member *awsc__event_stream_member(const struct awsc_operation *op)
{
    const struct awsc_shape *out = op ? awsc_operation_output(op) : NULL;
    for (uint32_t i = 0; out && i < awsc_shape_member_count(out); i++)
        if (awsc_member_shape(&awsc_shape_members(out)[i])->flags & AWSC_SF_EVENTSTREAM)
            return &awsc_shape_members(out)[i];
    return NULL;
}

const struct awsc_member *awsc__event_stream_input(const struct awsc_operation *op)
{
    const struct awsc_shape *in = op ? awsc_operation_input(op) : NULL;
    for (uint32_t i = 0; in && i < awsc_shape_member_count(in); i++)
        if (awsc_member_shape(&awsc_shape_members(in)[i])->flags & AWSC_SF_EVENTSTREAM)
            return &awsc_shape_members(in)[i];
    return NULL;
}

/* ------------------------------------------------------------- bodies */

/* The payload p[0..n) in the protocol's body codec into the value of shape
 * at value (a zeroed struct for a structure). An empty payload is an
 * empty value, as botocore reads it. */
static int read_body(const struct awsc__events *ev, const uint8_t *p, size_t n,
                     const struct awsc_shape *shape, void *value, struct awsc_arena *arena,
                     struct awsc_error *err)
{
    if (awsc__blank(p, n))
        return AWSC_OK;
    return ev->codec->read_payload(p, n, shape, value, arena, err);
}

/* --------------------------------------------------------------- events */

/* A header into a member marked eventheader (botocore takes the header of
 * the member's name as it is; a timestamp header counts milliseconds). */
static int set_header_member(const struct awsc_member *m, const struct awsc_eventstream_header *h,
                             void *base, struct awsc_arena *arena, struct awsc_error *err)
{
    void *slot = FIELD(base, m->offset);
    bool integral = h->type >= AWSC_EVENTSTREAM_BYTE && h->type <= AWSC_EVENTSTREAM_LONG;
    bool has = true;
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_STRING:
        if (h->type != AWSC_EVENTSTREAM_STRING)
            goto mismatch;
        *(const char **)slot = awsc__arena_strndup(arena, (const char *)h->bytes, h->len);
        if (!*(const char **)slot)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        has = false;
        break;
    case AWSC_SHAPE_BLOB: {
        if (h->type != AWSC_EVENTSTREAM_BYTE_ARRAY && h->type != AWSC_EVENTSTREAM_UUID &&
            h->type != AWSC_EVENTSTREAM_STRING)
            goto mismatch;
        struct awsc_blob *b = slot;
        b->data = awsc__arena_memdup(arena, h->bytes, h->len);
        b->len = h->len;
        if (!b->data)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        has = false;
        break;
    }
    case AWSC_SHAPE_BOOLEAN:
        if (h->type != AWSC_EVENTSTREAM_BOOL_TRUE && h->type != AWSC_EVENTSTREAM_BOOL_FALSE)
            goto mismatch;
        *(bool *)slot = h->boolean;
        break;
    case AWSC_SHAPE_BYTE:
        if (!integral || h->integer < INT8_MIN || h->integer > INT8_MAX)
            goto mismatch;
        *(int8_t *)slot = (int8_t)h->integer;
        break;
    case AWSC_SHAPE_SHORT:
        if (!integral || h->integer < INT16_MIN || h->integer > INT16_MAX)
            goto mismatch;
        *(int16_t *)slot = (int16_t)h->integer;
        break;
    case AWSC_SHAPE_INTEGER:
        if (!integral || h->integer < INT32_MIN || h->integer > INT32_MAX)
            goto mismatch;
        *(int32_t *)slot = (int32_t)h->integer;
        break;
    case AWSC_SHAPE_LONG:
        if (!integral)
            goto mismatch;
        *(int64_t *)slot = h->integer;
        break;
    case AWSC_SHAPE_TIMESTAMP: {
        if (h->type != AWSC_EVENTSTREAM_TIMESTAMP && !integral)
            goto mismatch;
        int64_t ms = h->integer, sec = ms / 1000, rem = ms % 1000;
        if (rem < 0) {
            rem += 1000;
            sec--;
        }
        struct awsc_timestamp *t = slot;
        t->sec = sec;
        t->nsec = (int32_t)(rem * 1000000);
        break;
    }
    default:
        goto mismatch;
    }
    if (has)
        awsc__member_set_has(m, base, true);
    return AWSC_OK;
mismatch:
    return awsc__fail(err, AWSC_E_PARSE,
                      "the header \"%s\" (value type %u) does not fit the member %s of the "
                      "event",
                      h->name, (unsigned)h->type, awsc_member_name(m));
}

/* The message into the event struct of shape at event. */
static int fill_event(const struct awsc__events *ev, const struct awsc_eventstream_message *msg,
                      const struct awsc_shape *shape, void *event, struct awsc_arena *arena,
                      struct awsc_error *err)
{
    const struct awsc_member *payload = NULL;
    for (uint32_t i = 0; i < awsc_shape_member_count(shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(shape)[i];
        if (m->flags & AWSC_MF_EVENTPAYLOAD) {
            if (!payload)
                payload = m;
            continue;
        }
        if (!(m->flags & AWSC_MF_EVENTHEADER))
            continue;
        const struct awsc_eventstream_header *h =
            awsc_eventstream_message_header(msg, awsc_member_name(m));
        int status = h ? set_header_member(m, h, event, arena, err) : AWSC_OK;
        if (status != AWSC_OK)
            return status;
    }
    /* botocore reads a payload only into a shape marked as an event (an
     * exception delivered as an event keeps only its header members) */
    if (!(shape->flags & AWSC_SF_EVENT))
        return AWSC_OK;
    if (!payload) /* the payload is the event's body */
        return read_body(ev, msg->payload, msg->payload_len, shape, event, arena, err);
    void *slot = FIELD(event, payload->offset);
    switch (awsc_member_shape(payload)->type) {
    case AWSC_SHAPE_BLOB: {
        /* the bytes stay where the decoder has them: they live as long as
         * the event */
        struct awsc_blob *b = slot;
        b->data = msg->payload_len ? msg->payload : (const uint8_t *)"";
        b->len = msg->payload_len;
        return AWSC_OK;
    }
    case AWSC_SHAPE_STRING:
        if (!awsc__utf8_valid((const char *)msg->payload, msg->payload_len))
            return awsc__fail(err, AWSC_E_PARSE, "the payload of the event is not valid UTF-8");
        *(const char **)slot =
            awsc__arena_strndup(arena, (const char *)msg->payload, msg->payload_len);
        return *(const char **)slot ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_DOCUMENT: {
        bool doc = awsc_member_shape(payload)->type == AWSC_SHAPE_DOCUMENT;
        size_t size = doc ? sizeof(struct awsc_document) : awsc_member_shape(payload)->size;
        void *v = awsc__arena_alloc(arena, size ? size : 1);
        if (!v)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        int status = read_body(ev, msg->payload, msg->payload_len, awsc_member_shape(payload), v,
                               arena, err);
        if (status == AWSC_OK)
            *(void **)slot = v;
        return status;
    }
    default:
        return read_body(ev, msg->payload, msg->payload_len, awsc_member_shape(payload), slot,
                         arena, err);
    }
}

static int stop(struct awsc__events *ev, int status)
{
    ev->status = status;
    return 1;
}

static int deliver_event(struct awsc__events *ev, const struct awsc_eventstream_message *msg,
                         const char *type)
{
    /* (an exception's member named as an event's type is delivered as an
     * event, as botocore delivers it) */
    const struct awsc_member *m = awsc_shape_member_named(ev->stream, type);
    if (!m) {
        ev->skipped++; /* a type this model does not know, as botocore */
        return 0;
    }
    const struct awsc_shape *es = awsc_member_shape(m);
    if (es->type != AWSC_SHAPE_STRUCTURE)
        return stop(ev, awsc__fail(&ev->err, AWSC_E_UNSUPPORTED,
                                   "the event type %s of %s is not a structure", type,
                                   awsc__shape_label(ev->stream)));
    struct awsc_arena *arena = awsc__arena_new();
    void *u = arena ? awsc__arena_alloc(arena, ev->stream->size ? ev->stream->size : 1) : NULL;
    void *event = u ? awsc__arena_alloc(arena, es->size ? es->size : 1) : NULL;
    if (!event) {
        awsc__arena_destroy(arena);
        return stop(ev, awsc__fail(&ev->err, AWSC_E_NOMEM, "out of memory"));
    }
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status = fill_event(ev, msg, es, event, arena, &perr);
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        if (status == AWSC_E_PARSE)
            awsc__fail(&ev->err, status,
                       "the %s event %s (event stream message %llu) could not "
                       "be read: %s",
                       awsc_operation_name(ev->op), type,
                       (unsigned long long)awsc_eventstream_decoder_messages(ev->decoder) + 1,
                       perr.message);
        else
            awsc__error_move(&ev->err, &perr);
        awsc_error_clean_up(&perr);
        return stop(ev, status);
    }
    *(void **)FIELD(u, m->offset) = event;
    ev->delivered++;
    int rc = ev->sink.event(ev->sink.ud, u);
    awsc__arena_destroy(arena);
    if (rc != 0)
        return stop(ev, awsc__fail(&ev->err, AWSC_E_CANCELLED,
                                   "the event callback stopped the %s event stream after %llu "
                                   "event%s",
                                   awsc_operation_name(ev->op), (unsigned long long)ev->delivered,
                                   ev->delivered == 1 ? "" : "s"));
    return 0;
}

/* ------------------------------------------------------------- errors */

static int service_error(struct awsc__events *ev, const char *code, const char *message,
                         const struct awsc_shape *shape, void *data)
{
    struct awsc_error *err = &ev->err;
    struct awsc_arena *a = err->arena;
    err->status = AWSC_E_SERVICE;
    err->code = awsc__arena_strdup(a, code ? code : "");
    err->message = awsc__arena_strdup(a, message ? message : "");
    err->operation = awsc_operation_name(ev->op);
    err->shape = shape;
    err->data = data;
    err->retryable = shape && (shape->flags & (AWSC_SF_RETRYABLE | AWSC_SF_THROTTLING));
    if (!err->code || !err->message)
        return stop(ev, awsc__fail(err, AWSC_E_NOMEM, "out of memory"));
    return stop(ev, AWSC_E_SERVICE);
}

/* :message-type exception: the modeled error named by :exception-type. */
static int exception(struct awsc__events *ev, const struct awsc_eventstream_message *msg)
{
    awsc_error_clean_up(&ev->err);
    struct awsc_arena *a = awsc__error_arena(&ev->err);
    if (!a)
        return stop(ev, awsc__fail(&ev->err, AWSC_E_NOMEM, "out of memory"));
    const char *type = awsc_eventstream_message_string(msg, ":exception-type");
    const struct awsc_member *m = awsc_shape_member_named(ev->stream, type);
    if (m && awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE) {
        const struct awsc_shape *shape = awsc_member_shape(m);
        const char *code =
            awsc_shape_error_code(shape) ? awsc_shape_error_code(shape) : awsc_shape_name(shape);
        void *data = awsc__arena_alloc(a, shape->size ? shape->size : 1);
        if (!data)
            return stop(ev, awsc__fail(&ev->err, AWSC_E_NOMEM, "out of memory"));
        struct awsc_error perr = AWSC_ERROR_INIT;
        int status = read_body(ev, msg->payload, msg->payload_len, shape, data, a, &perr);
        if (status == AWSC_E_NOMEM) {
            awsc_error_clean_up(&perr);
            return stop(ev, awsc__fail(&ev->err, AWSC_E_NOMEM, "out of memory"));
        }
        if (status != AWSC_OK) {
            /* the code stays known; the message says the body was unreadable */
            const char *start = awsc__quote_body(a, msg->payload, msg->payload_len);
            const char *why = awsc__arena_printf(
                a, "the %s exception event's payload could not be read (%s): \"%s\"", type,
                perr.message ? perr.message : "malformed", start ? start : "");
            awsc_error_clean_up(&perr);
            return service_error(ev, code, why, NULL, NULL);
        }
        const char *message = awsc__string_member(shape, data, "Message");
        if (!message)
            message = awsc__string_member(shape, data, "message");
        return service_error(ev, code, message, shape, data);
    }
    /* an exception this model does not know */
    const char *code = awsc_eventstream_message_string(msg, ":error-code");
    const char *message = awsc_eventstream_message_string(msg, ":error-message");
    if (!message && msg->payload_len)
        message = awsc__quote_body(a, msg->payload, msg->payload_len);
    return service_error(ev, code && *code ? code : type, message, NULL, NULL);
}

/* :message-type error: :error-code and :error-message. */
static int error_message(struct awsc__events *ev, const struct awsc_eventstream_message *msg)
{
    awsc_error_clean_up(&ev->err);
    if (!awsc__error_arena(&ev->err))
        return stop(ev, awsc__fail(&ev->err, AWSC_E_NOMEM, "out of memory"));
    return service_error(ev, awsc_eventstream_message_string(msg, ":error-code"),
                         awsc_eventstream_message_string(msg, ":error-message"), NULL, NULL);
}

/* ------------------------------------------------------------ messages */

static int on_message(void *ud, const struct awsc_eventstream_message *msg)
{
    struct awsc__events *ev = ud;
    const char *mtype = awsc_eventstream_message_string(msg, ":message-type");
    const char *etype = awsc_eventstream_message_string(msg, ":event-type");
    bool first = !ev->started;
    ev->started = true;
    /* an exception or error ends the stream wherever it comes (also in
     * place of the initial-response) */
    if (mtype && strcmp(mtype, "exception") == 0)
        return exception(ev, msg);
    if (mtype && strcmp(mtype, "error") == 0)
        return error_message(ev, msg);
    if (first && ev->want_initial) {
        if (!etype || strcmp(etype, "initial-response") != 0)
            return stop(ev, awsc__fail(&ev->err, AWSC_E_PARSE,
                                       "the %s response could not be read: its first event was "
                                       "not of type initial-response (it was %s%s%s)",
                                       awsc_operation_name(ev->op), etype ? "\"" : "",
                                       etype ? etype : "of no type", etype ? "\"" : ""));
        int status = ev->sink.initial
                         ? ev->sink.initial(ev->sink.ud, msg->payload, msg->payload_len, &ev->err)
                         : AWSC_OK;
        return status == AWSC_OK ? 0 : stop(ev, status);
    }
    return deliver_event(ev, msg, etype);
}

/* -------------------------------------------------------------- the API */

int awsc__events_new(const struct awsc_operation *op, const struct awsc__protocol *codec,
                     const struct awsc__event_sink *sink, struct awsc__events **out,
                     struct awsc_error *err)
{
    *out = NULL;
    const struct awsc_member *m = awsc__event_stream_member(op);
    if (!m || !sink || !sink->event)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "%s has no event stream in its output",
                          op ? awsc_operation_name(op) : "the operation");
    const struct awsc_service *svc = awsc_operation_service(op);
    int protocol = svc ? svc->protocol : AWSC_PROTO_REST_JSON;
    if (!codec || !codec->read_payload)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "%s: event streams are read for the json, rest-json and rest-xml "
                          "protocols only",
                          awsc_operation_name(op));
    struct awsc__events *ev = awsc__calloc(1, sizeof *ev);
    if (!ev)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    ev->op = op;
    ev->stream = awsc_member_shape(m);
    ev->codec = codec;
    ev->sink = *sink;
    ev->want_initial = protocol == AWSC_PROTO_JSON;
    int status = awsc_eventstream_decoder_new(on_message, ev, &ev->decoder, err);
    if (status != AWSC_OK) {
        awsc__free(ev);
        return status;
    }
    *out = ev;
    return AWSC_OK;
}

void awsc__events_destroy(struct awsc__events *ev)
{
    if (!ev)
        return;
    awsc_eventstream_decoder_destroy(ev->decoder);
    awsc_error_clean_up(&ev->err);
    awsc__free(ev);
}

void awsc__events_reset(struct awsc__events *ev)
{
    awsc_eventstream_decoder_reset(ev->decoder);
    awsc_error_clean_up(&ev->err);
    ev->status = AWSC_OK;
    ev->started = false;
    ev->delivered = 0;
    ev->skipped = 0;
}

int awsc__events_feed(struct awsc__events *ev, const uint8_t *data, size_t len,
                      struct awsc_error *err)
{
    struct awsc_error derr = AWSC_ERROR_INIT;
    int status = awsc_eventstream_decoder_feed(ev->decoder, data, len, &derr);
    if (status != AWSC_OK && ev->status != AWSC_OK) {
        /* stopped from the message callback: its own reason */
        status = ev->status;
        awsc__error_move(err, &ev->err);
    } else if (status != AWSC_OK) {
        /* the framing's own complaint, said of this operation's response */
        awsc__fail(err, status, "the %s response's %s", awsc_operation_name(ev->op),
                   derr.message ? derr.message : awsc_strerror(status));
        err->operation = awsc_operation_name(ev->op);
    }
    awsc_error_clean_up(&derr);
    return status;
}

int awsc__events_end(struct awsc__events *ev, struct awsc_error *err)
{
    struct awsc_error derr = AWSC_ERROR_INIT;
    int status = awsc_eventstream_decoder_end(ev->decoder, &derr);
    if (status != AWSC_OK)
        awsc__fail(err, status, "the %s response's %s", awsc_operation_name(ev->op),
                   derr.message ? derr.message : awsc_strerror(status));
    awsc_error_clean_up(&derr);
    if (status == AWSC_OK && ev->want_initial && !ev->started)
        status = awsc__fail(err, AWSC_E_PARSE,
                            "the %s response could not be read: its event stream ended before "
                            "the initial-response event",
                            awsc_operation_name(ev->op));
    if (status != AWSC_OK)
        err->operation = awsc_operation_name(ev->op);
    return status;
}

uint64_t awsc__events_delivered(const struct awsc__events *ev)
{
    return ev ? ev->delivered : 0;
}

uint64_t awsc__events_skipped(const struct awsc__events *ev)
{
    return ev ? ev->skipped : 0;
}

bool awsc__events_started(const struct awsc__events *ev)
{
    return ev && ev->started;
}
