/*
 * runtime/protocol/rest.h - the HTTP binding that rest-json and rest-xml
 * share: where each member of an input goes in the request (URI labels,
 * query string, headers, payload) and where each member of an output or
 * a modeled error comes from in the response (status code, headers,
 * payload). The body formats themselves live in rest_json.c and
 * rest_xml.c.
 *
 * Request side, per member location:
 *
 *   AWSC_LOC_URI      {Name} in the request URI: every byte but the
 *                     unreserved ones percent-encoded; {Name+} (greedy)
 *                     keeps '/' too. Booleans "true"/"false", numbers
 *                     in decimal ("NaN", "Infinity", "-Infinity"),
 *                     timestamps ISO 8601 unless the model says otherwise.
 *   AWSC_LOC_QUERY    name=value after the URI template's own query part
 *                     (`?uploads`, `?list-type=2`); a list repeats the
 *                     name; a map adds one parameter per entry (a map of
 *                     lists, one per item), never overriding a query
 *                     member of the same name. Values as for labels.
 *   AWSC_LOC_HEADER   one header. Timestamps as HTTP dates unless the
 *                     model says otherwise; lists comma-separated (an item
 *                     holding a comma or a quote is quoted); an empty list
 *                     sends nothing; a jsonvalue string is sent as the
 *                     base64 of its JSON text; a blob as base64.
 *   AWSC_LOC_HEADERS  a map of strings: one header per entry, named by
 *                     the member's wire name (the prefix, "x-amz-meta-")
 *                     followed by the entry's key.
 *
 * An unset idempotency-token member in the URI, query or a header gets a
 * fresh UUID, as in the body. Header names that are not HTTP tokens and
 * values holding CR, LF or other control characters are refused
 * (AWSC_E_VALIDATION), never sent; white space around a value is dropped,
 * as it would be on the wire.
 *
 * Payloads: a structure whose `payload` names a blob or string member
 * sends that member's bytes as the body, untouched; a streaming blob (a
 * struct awsc_stream) is handed to the call path in req->body_stream, to
 * be sent from memory, a file or a read callback. A payload of any other
 * type (structure, union, document) is written by the body format.
 *
 * Response side: a statusCode member takes the HTTP status; a header
 * member its header (list headers split on commas outside quotes, HTTP
 * dates kept whole); a headers member every header with its prefix
 * (case-insensitive), keyed by the rest of the name, and is present, if
 * empty, when there are none. Several headers of one name read as their
 * values joined with ", ". A blob or string payload takes the body (an
 * empty body leaves it absent; a streaming payload is always present).
 */
#ifndef AWSC_REST_H
#define AWSC_REST_H

#include "protocol.h"

/* true when the payload member travels as raw bytes: a blob (streaming
 * or not) or a string. */
bool awsc__rest_payload_is_raw(const struct awsc_member *m);

/* true when the structure has members that travel in the body (no
 * location). */
bool awsc__rest_has_body_members(const struct awsc_shape *shape);

/*
 * The HTTP binding of an input: sets req->method, appends the expanded
 * URI template's path to req->path and its query part plus the query
 * members to req->query, and adds the header and headers members to
 * req->headers. input may be NULL when awsc_operation_input(op) is (or for an empty
 * input). The body is left to the body format.
 *
 * AWSC_E_VALIDATION names the member at fault: a URI label that is unset,
 * a header name or value with a control character, a string that is not
 * valid UTF-8, a list or map with NULL items. AWSC_E_NOMEM.
 */
int awsc__rest_serialize(const struct awsc_operation *op, const void *input,
                         struct awsc__request *req, struct awsc_error *err);

/* A blob or string payload member of the struct at input -> the request
 * body (a streaming blob -> req->body_stream). An unset member leaves the
 * body empty. */
int awsc__rest_serialize_raw_payload(const struct awsc_member *m, const void *input,
                                     struct awsc__request *req, struct awsc_error *err);

/*
 * The HTTP binding of a response: the statusCode, header and headers
 * members of `shape` (an output or a modeled error) read from resp into
 * the zeroed struct at out; what they point to is allocated in arena.
 * AWSC_E_PARSE names the header and member when a value does not fit its
 * type ("X-Count: abc is not an integer"). AWSC_E_NOMEM.
 */
int awsc__rest_parse_http(const struct awsc_shape *shape, const struct awsc__response *resp,
                          struct awsc_arena *arena, void *out, struct awsc_error *err);

/* The response body -> a blob or string payload member of the struct at
 * out. A string must be valid UTF-8 (AWSC_E_PARSE otherwise). */
int awsc__rest_parse_raw_payload(const struct awsc_member *m, const struct awsc__response *resp,
                                 struct awsc_arena *arena, void *out, struct awsc_error *err);

/*
 * Fills err with a service error from a response, once the body format
 * has found the code and message: status AWSC_E_SERVICE, the HTTP status,
 * the code (the HTTP status in decimal when code is NULL or empty), the
 * message ("" when NULL), the request id (request_id, else the response's
 * x-amzn-RequestId / x-amz-request-id) and the operation. Returns
 * AWSC_E_SERVICE, or AWSC_E_NOMEM.
 */
int awsc__rest_error(struct awsc_error *err, const struct awsc_operation *op,
                     const struct awsc__response *resp, const char *code, const char *message,
                     const char *request_id);

/* The standard reason phrase of an HTTP status ("Not Found"), or "". */
const char *awsc__rest_reason(int status);

/* ---- the protocols (rest_json.c, rest_xml.c) ---- */

const struct awsc__protocol *awsc__rest_json_protocol(void);
const struct awsc__protocol *awsc__rest_xml_protocol(void);

#endif
