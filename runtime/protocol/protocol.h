/*
 * runtime/protocol/protocol.h - the interface between the call path and
 * the wire protocols. A protocol turns an input struct into an unsigned
 * HTTP request, and an HTTP response into an output struct or an error.
 * Each protocol is one codec walking the shape descriptors.
 */
#ifndef AWSC_PROTOCOL_H
#define AWSC_PROTOCOL_H

#include <awsc/awsc.h>

#include "core.h"

/* A header as built or received; strings live in the request's or
 * response's arena. */
struct awsc__header {
    const char *name;
    const char *value;
};

struct awsc__headers {
    struct awsc__header *items;
    size_t count;
    size_t cap;
};

/* Adds a header (name and value copied into a). Returns AWSC_E_NOMEM or
 * AWSC_OK. */
int awsc__headers_add(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value);
/* Sets a header, replacing any of the same name (case-insensitive). */
int awsc__headers_set(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value);
/* The first value of a header (case-insensitive), or NULL. */
const char *awsc__headers_get(const struct awsc__headers *h, const char *name);
void awsc__headers_remove(struct awsc__headers *h, const char *name);

/*
 * A request being built. The protocol fills method, path (already
 * percent-encoded, starting with '/'), query (encoded, without '?'),
 * headers and body; the call path then adds the endpoint's host and base
 * path, signs and sends it.
 */
struct awsc__request {
    struct awsc_arena *arena; /* owns header strings */
    /* The request URI to expand: the operation's, or (S3, when its rule
     * set places the bucket) the operation's without its leading
     * "/{Bucket}". Set before serialize; protocols use it, not
     * awsc_operation_request_uri(op). */
    const char *request_uri;
    const char *method;
    struct awsc_buf path;
    struct awsc_buf query;
    struct awsc__headers headers;
    struct awsc_buf body;
    bool has_body; /* send body even when empty */
    /* A streaming payload member (struct awsc_stream, borrowed from the
     * input): the call path sends it from memory, a file or a callback
     * instead of body. */
    const struct awsc_stream *body_stream;
    /* endpoint.hostPrefix with its labels filled in ("foo."), or NULL;
     * set by the call path, not the protocol */
    const char *host_prefix;
};

struct awsc__response {
    int status;
    struct awsc__headers headers;
    const uint8_t *body;
    size_t body_len;
};

struct awsc__protocol {
    const char *name;
    /* Input struct -> request. The input has been validated already. */
    int (*serialize)(const struct awsc_operation *op, const void *input, struct awsc__request *req,
                     struct awsc_error *err);
    /* A 2xx response -> output struct allocated with awsc__output_new(arena,
     * awsc_operation_output(op)->size). Called only when awsc_operation_output(op) is set. */
    int (*parse)(const struct awsc_operation *op, const struct awsc__response *resp,
                 struct awsc_arena *arena, void **output, struct awsc_error *err);
    /* A non-2xx response (or a 200 that carries an error) -> err: status
     * AWSC_E_SERVICE, code, message, request id, and for a modeled error
     * err->shape and err->data (allocated in err's arena). Returns
     * AWSC_E_SERVICE; a body that can't be read (an HTML 502 page) gives
     * the HTTP status as the code and a message quoting the body's start. */
    int (*parse_error)(const struct awsc_operation *op, const struct awsc__response *resp,
                       struct awsc_error *err);
    /* An event's payload p[0..n) (not blank) -> the value of shape at value
     * (a zeroed struct for a structure), allocated in arena; NULL for the
     * protocols that have no event streams. */
    int (*read_payload)(const uint8_t *p, size_t n, const struct awsc_shape *shape, void *value,
                        struct awsc_arena *arena, struct awsc_error *err);
};

/* The path from a top-level value to the one a writer is at, for error
 * messages ("Table.KeySchema[0].AttributeName"); the chain lives on the
 * recursion's stack. */
struct awsc__wpath {
    const struct awsc__wpath *up;
    const char *name; /* a member name, or a map key when is_key */
    size_t index;     /* a list index when name is NULL */
    bool is_key;
};
/* Appends the path to b ("top level" for none). */
void awsc__wpath_put(struct awsc_buf *b, const struct awsc__wpath *p);
/* err = AWSC_E_VALIDATION "PATH: message"; returns the status. */
int awsc__wpath_fail(struct awsc_error *err, const struct awsc__wpath *path, const char *fmt,
                     va_list ap);


/* A finite double as Python's repr() writes it, which is what botocore
 * sends for float and double members: the shortest digits that read back
 * as the same value (as a float when single), "250.0", "0.0001", "1e-05",
 * "1e+16". Non-finite values are written "NaN", "Infinity", "-Infinity". */
void awsc__put_double_repr(struct awsc_buf *out, double d, bool single);

/* Sparse lists and maps (AWSC_SF_SPARSE): whether item i of the list
 * shape s at list (a struct awsc_list_view and what follows it), or the
 * value of a map entry, is null: a NULL string, or is_null says so. false
 * for shapes that are not sparse. */
bool awsc__item_is_null(const struct awsc_shape *s, const void *list, const void *item, size_t i);
bool awsc__entry_is_null(const struct awsc_shape *s, const void *entry);

/* How finely a request's timestamps are written, as botocore 1.43.67's
 * serializers write them. DEFAULT: epoch seconds whole (the fraction
 * dropped), ISO 8601 with microseconds when there are any; MILLIS (the
 * services whose serializer botocore sets to millisecond precision,
 * AWSC_SVC_MS_TIMESTAMPS): ISO 8601 always with milliseconds, epoch
 * seconds with milliseconds as Python prints the float ("1422172800.123",
 * "1422172800.0"). RFC 822 is always whole seconds. A header value is
 * first cut to whole seconds (botocore's _convert_header_value), then
 * written at the service's precision. */
enum awsc__ts_precision { AWSC__TS_DEFAULT = 0, AWSC__TS_MILLIS };
/* Appends the timestamp t (nsec within 0..999999999) in the format fmt
 * (AWSC_TSFMT_*; DEFAULT is ISO 8601) at that precision. */
void awsc__put_timestamp(struct awsc_buf *out, struct awsc_timestamp t, int fmt, int precision);
/* The precision of the op's service outside headers. */
int awsc__ts_precision_of(const struct awsc_service *svc);

/* "aws.protocoltests.restjson#FooError:http://internal.amazon.com/..." ->
 * "FooError": what precedes the first ':', after the last '#'. A copy in
 * a, or NULL when out of memory. */
const char *awsc__clean_error_code(struct awsc_arena *a, const char *code);
/* true when p[0..n) is only ASCII white space. */
bool awsc__blank(const uint8_t *p, size_t n);
/* The start of a body that could not be read, as one printable line of at
 * most about 120 characters, in a. */
const char *awsc__quote_body(struct awsc_arena *a, const uint8_t *body, size_t len);

/* Whether a structure member holds a value (see <awsc/common.h>):
 * pointers non-NULL, a list or map with items or a count (a count with no
 * items is "set", so writers and validation can refuse it), a stream with
 * any source, a scalar whose has_ flag is true. */
bool awsc__member_is_set(const struct awsc_member *m, const void *parent);
/* The value of the string member called name (its model name) of the
 * struct of shape s at value, or NULL: unset, no such string member, or
 * value NULL. */
const char *awsc__string_member(const struct awsc_shape *s, const void *value, const char *name);

/* After a codec read a response body: AWSC_E_PARSE becomes "the Op
 * response (HTTP n) could not be read: <why>", any other failure passes
 * through from perr. perr is cleaned; returns status. */
int awsc__response_read_status(struct awsc_error *err, const struct awsc_operation *op,
                               const struct awsc__response *resp, int status,
                               struct awsc_error *perr);

/* What an error body of an RPC protocol (json, rpc-v2-cbor) says, from a
 * first look at it by the protocol's codec. */
struct awsc__rpc_error {
    const char *type;    /* the error's type ("__type" or the like), or NULL */
    const char *message; /* or NULL */
    bool readable;       /* the body is empty or a document of the protocol */
    const char *what;    /* what an unreadable body is not: "JSON", "a CBOR map" */
};
/* Fills err (AWSC_E_SERVICE, HTTP status, code, message, request id,
 * operation) from e and the response's headers: the code is the type
 * without its namespace, or a query-compatible service's query code
 * (x-amzn-query-error: "Code;Fault"), else the HTTP status. *shape is the
 * modeled error to read the body into (NULL for none): found by the code,
 * or for SQS by the type (AWSC_SVC_ERROR_SHAPE_BY_TYPE). Returns
 * AWSC_E_SERVICE, or AWSC_E_NOMEM. scratch holds the quoted start of an
 * unreadable body. */
int awsc__rpc_error_fill(const struct awsc_operation *op, const struct awsc__response *resp,
                         const struct awsc__rpc_error *e, struct awsc_arena *scratch,
                         struct awsc_error *err, const struct awsc_shape **shape);

/*
 * The debug log's view of a request or response (redact.c): the values of
 * members the model marks sensitive (AWSC_MF_SENSITIVE, or a shape with
 * AWSC_SF_SENSITIVE) replaced by "<redacted>", as the format writes it.
 *
 * awsc__redact_body appends body[0..len) to out so, walking it in the
 * wire format of `protocol` with `shape`: an operation's input (request
 * set: JSON, XML or the query protocols' form) or its output or an error
 * shape (JSON or XML); a rest payload member is followed to its shape. A
 * part that is not well-formed is shown only when nothing under shape is
 * sensitive. A CBOR body (rpc-v2-cbor) is shown as its length only. false
 * when out of memory (out then holds a partial text).
 */
bool awsc__redact_body(struct awsc_buf *out, int protocol, const struct awsc_shape *shape,
                       bool request, const uint8_t *body, size_t len);
/* Whether a header carries a sensitive member of shape (a request's input
 * or a response's output). */
bool awsc__redact_header(const struct awsc_shape *shape, const char *name);
/* Whether shape has a sensitive member at location (enum awsc_location). */
bool awsc__redact_location(const struct awsc_shape *shape, int location);
/* Appends url with the values of the input's sensitive query members
 * hidden, and its path hidden whole when a sensitive member is a URI
 * label. false when out of memory. */
bool awsc__redact_url(struct awsc_buf *out, const struct awsc_shape *input, const char *url);

/* The codec for enum awsc_protocol, or NULL when no built service speaks
 * it (the library leaves such codecs out). */
const struct awsc__protocol *awsc__protocol_for(int protocol);
/* The codec for enum awsc_protocol whether or not a built service speaks
 * it (NULL for an unknown one): for the tests and fuzzers that drive a
 * codec with tables of their own. */
const struct awsc__protocol *awsc__protocol_any(int protocol);

/* Finds a modeled error of the service (or operation) by its code. */
const struct awsc_shape *awsc__find_error_shape(const struct awsc_operation *op, const char *code);

/* Request ids: x-amzn-RequestId, x-amz-request-id, x-amz-id-2 ... */
const char *awsc__response_request_id(const struct awsc__response *resp);

#endif
