/*
 * runtime/protocol/xml.h - the XML codec over the shape descriptors, and
 * the query and ec2 protocols built on it.
 *
 * One reader (XML text -> a value of a shape, allocated in an arena) and
 * one writer (a value of a shape -> XML text) serve rest-xml bodies and
 * the responses of query and ec2. Names on the wire follow botocore:
 *
 *  - a structure member is the element (or, with xmlAttribute, the
 *    attribute) named by its locationName, else by the locationName of
 *    the shape it targets, else by its member name
 *    (awsc__xml_member_name);
 *  - a list is a wrapper element holding one element per item, named by
 *    the list's member locationName, else "member"; a flattened list (the
 *    member's or the shape's `flattened`) has no wrapper: each item is an
 *    element of its own in the parent structure;
 *  - a map is a wrapper element holding one "entry" element per entry,
 *    each with a "key" and a "value" element (or the key's and value's
 *    locationNames); a flattened map repeats the entry element itself,
 *    named like the member;
 *  - timestamps are ISO 8601 unless the member or shape says otherwise,
 *    blobs base64, booleans "true"/"false".
 *
 * "A value of a shape" is the C type the shape has when held by value (see
 * <awsc/shape.h>): for a structure, the struct itself; for anything else,
 * the member slot.
 */
#ifndef AWSC_XML_H
#define AWSC_XML_H

#include <awsc/shape.h>

#include "core.h"

#define AWSC__XML_MAX_DEPTH 256

/* ---------------------------------------------------------------- reader */

/* An element whose text is wanted as well: the path of local names from
 * the root element down to it ({"Error", "Code", NULL} is the Code child
 * of the Error child of the root; an empty path is the root itself). The
 * reader sets text to the first such element's character data (direct
 * text only, allocated in the arena), and leaves it NULL when there is
 * none. */
struct awsc__xml_capture {
    const char *const *path; /* NULL-terminated */
    const char *text;        /* out */
};

struct awsc__xml_read_opts {
    /* Where the value's element is: the path of local names from the root
     * element down to it, NULL-terminated; NULL or empty for the root
     * element itself. When there is no such element the value is left as
     * it was (found says so). */
    const char *const *path;
    /* Top level only: members located elsewhere than the body (headers,
     * URI, status code) are not read from the XML (rest-xml). */
    bool body_only;
    /* Nesting deeper than this is refused; 0 means AWSC__XML_MAX_DEPTH. */
    unsigned max_depth;
    /* Elements whose text is captured on the way (at most 32). */
    struct awsc__xml_capture *captures;
    size_t capture_count;
    /* Out: the local name of the root element (in the arena), and whether
     * the value's element was found. */
    const char *root_name;
    bool found;
};

/*
 * Parses the XML document xml[0..len) into the value of `shape` at `value`
 * (for a structure: a zeroed struct of shape->size bytes). shape may be
 * NULL to read only the captures. Everything read is allocated in arena;
 * the caller owns the arena whatever the outcome. opts may be NULL.
 *
 * Element and attribute names are compared by local name: namespaces are
 * accepted and otherwise ignored, as botocore does. Elements the shape
 * does not know are skipped, however deep. An element that is present but
 * empty gives an empty string, blob, list or map; an empty element of a
 * number, boolean or timestamp leaves it unset. The character data of a
 * scalar is used as it is for strings and with surrounding white space
 * trimmed for everything else: integers in range, floats (also "NaN",
 * "Infinity", "-Infinity"), "true"/"false", timestamps in ISO 8601 (with
 * offsets), RFC 822 or epoch seconds whatever the model's format, base64
 * (white space ignored).
 *
 * Fails with AWSC_E_PARSE when the text is not well-formed XML (truncated,
 * mismatched tags, unbound prefixes ...), when it is not valid UTF-8 (the
 * encoding declaration is ignored: responses are UTF-8), when it holds a
 * DOCTYPE or an entity declaration (refused outright: no entity expansion
 * of any kind), when nesting is deeper than max_depth, and when a value
 * does not fit its member; the message names the line and column and, for
 * a value, the member path ("Reservations[0].Instances[2].LaunchTime:
 * ..."). AWSC_E_NOMEM when an allocation failed.
 */
int awsc__xml_read(const uint8_t *xml, size_t len, const struct awsc_shape *shape, void *value,
                   struct awsc_arena *arena, struct awsc__xml_read_opts *opts,
                   struct awsc_error *err);

/* ---------------------------------------------------------------- writer */

struct awsc__xml_write_opts {
    /* Top level only: members located elsewhere than the body are left
     * out (rest-xml request bodies). */
    bool body_only;
    /* An unset string member flagged AWSC_MF_IDEMPOTENCY_TOKEN gets a
     * fresh UUID v4. */
    bool idempotency_tokens;
    /* Nesting deeper than this is refused (a cycle among the input's
     * pointers, usually); 0 means AWSC__XML_MAX_DEPTH. */
    unsigned max_depth;
};

/*
 * Appends the value of `shape` at `value` to out as one element named
 * `name` (for a flattened list: one element per item), with no XML
 * declaration, the way botocore's RestXMLSerializer writes it (Python's
 * ElementTree): members in model order; members flagged
 * AWSC_MF_XML_ATTRIBUTE as attributes of their structure's element, in
 * model order after the namespace declaration; an empty element as
 * `<Name />`; text escaping &, < and > (and CR as &#13;, so that it
 * survives the reader's line-end normalisation), attributes escaping &, <,
 * >, ", CR, LF and TAB; floats as Python's repr() writes them.
 *
 * Namespaces: the element declares `ns` when given, else the shape's
 * xmlNamespace (xmlns="uri", or xmlns:prefix="uri"); a member element
 * declares the member's xmlNamespace, else its shape's.
 *
 * For rest-xml, a structure payload member M of the input is written with
 * name = awsc__xml_member_name(M), ns = M->xml_namespace (NULL lets the
 * shape's apply), shape = M->shape and value = the struct M points to; an
 * input whose members travel in the body as a whole is written with
 * name = the input shape's location_name and body_only set.
 *
 * Fails with AWSC_E_VALIDATION, the message naming the member path, on a
 * string that is not valid UTF-8 or holds a character XML 1.0 cannot carry
 * (NUL and the other C0 controls but TAB, LF and CR), a union with more
 * than one member set, a list or map whose count is set but whose items
 * are NULL, a NULL string in a list or map, a document member (no XML
 * form), or nesting deeper than max_depth. AWSC_E_NOMEM when out's
 * allocation failed. On failure out may hold a partial document.
 */
int awsc__xml_write(struct awsc_buf *out, const char *name, const struct awsc_xml_namespace *ns,
                    const struct awsc_shape *shape, const void *value,
                    const struct awsc__xml_write_opts *opts, struct awsc_error *err);

/* Appends s[0..n) escaped as XML character data (&, <, >, CR) or, with
 * attribute, as an attribute value (also ", LF and TAB). */
void awsc__xml_put_escaped(struct awsc_buf *out, const char *s, size_t n, bool attribute);

/* ---------------------------------------------- shared with the protocols */

/* The name a structure member has on the wire, as botocore resolves it:
 * the member's locationName, else the locationName of the shape it
 * targets, else the member's name. */
const char *awsc__xml_member_name(const struct awsc_member *m);

/* Whether the member has a locationName of its own or through its shape
 * (the ec2 protocol capitalises those). */
bool awsc__xml_member_has_location_name(const struct awsc_member *m);

/* The locationName of a list's items (the list's member, else the item
 * shape's), or NULL. */
const char *awsc__xml_item_name(const struct awsc_shape *list);

/* The locationNames of a map's keys and values, or NULL. */
const char *awsc__xml_key_name(const struct awsc_shape *map);
const char *awsc__xml_value_name(const struct awsc_shape *map);

/* Whether a list or map member is flattened (the member's trait or its
 * shape's). m may be NULL for a list item or map value. */
bool awsc__xml_flattened(const struct awsc_member *m, const struct awsc_shape *s);

/* A timestamp as botocore's serializers write it: ISO 8601 as
 * 2015-01-25T08:00:00Z, or with microseconds (2015-01-25T08:00:00.500000Z)
 * when it has a fraction of at least one; RFC 822 as an HTTP date; epoch
 * as whole seconds. fmt is an enum awsc_timestamp_format (DEFAULT means
 * ISO 8601). out must hold 40 bytes. */
void awsc__xml_format_timestamp(struct awsc_timestamp t, int fmt, char *out);

/* The timestamp format of a member (its own, else its shape's), or
 * AWSC_TSFMT_DEFAULT. m may be NULL. */
int awsc__xml_timestamp_format(const struct awsc_member *m, const struct awsc_shape *s);

/* ---- the query and ec2 protocols (query.c, ec2.c) ---- */

struct awsc__protocol;
struct awsc__request;
struct awsc__response;

/* The awsQuery protocol: SQS, SNS, STS, IAM, CloudWatch ... */
const struct awsc__protocol *awsc__query_protocol(void);
/* The ec2 protocol. */
const struct awsc__protocol *awsc__ec2_protocol(void);

/*
 * The form body both protocols send: Action=<op>&Version=<api version>
 * followed by the input's members, percent-encoded as botocore's request
 * preparation does (unreserved characters kept, space as '+', everything
 * else %XX), with the Content-Type header. ec2 selects the ec2 naming
 * rules (queryName, else the locationName or member name capitalised;
 * lists as Name.N, empty lists not sent); query the query ones
 * (Name.member.N; a flattened list Name.N, where Name is the member's own
 * locationName, else its items' locationName, else the member name;
 * empty lists as "Name="; maps Name.entry.N.key / .value).
 */
int awsc__query_serialize(const struct awsc_operation *op, const void *input, bool ec2,
                          struct awsc__request *req, struct awsc_error *err);

/* ec2's parameter names (ec2.c): a member's queryName, else its
 * locationName or member name with the first letter upper-cased; a map
 * key's or value's locationName upper-cased likewise, else dflt. */
void awsc__ec2_put_member_name(struct awsc_buf *b, const struct awsc_member *m);
void awsc__ec2_put_name(struct awsc_buf *b, const char *location_name, const char *dflt);

/*
 * Fills err from an error response of either protocol: the code, message
 * and request id found in <ErrorResponse><Error>...</Error><RequestId>
 * (query) or <Response><Errors><Error>...</Error></Errors><RequestID>
 * (ec2), and the modeled error the code names (err->shape and err->data,
 * read from the Error element; a string member named "message" in any
 * case that the element did not fill gets the error's message). A body
 * that is not an XML error document gives the HTTP status as the code and
 * a message quoting its start. Returns AWSC_E_SERVICE, or AWSC_E_NOMEM.
 */
int awsc__query_parse_error(const struct awsc_operation *op, const struct awsc__response *resp,
                            struct awsc_error *err);

/*
 * A 2xx response -> the output struct. ec2: the root element is the
 * output; query: the awsc_operation_result_wrapper(op) child of the root (the root itself
 * when the operation names none). An empty body is an empty output. A
 * body that is an error document (a 200 carrying <ErrorResponse>, or
 * <Response><Errors>) is handed to awsc__query_parse_error and gives
 * AWSC_E_SERVICE.
 */
int awsc__query_parse(const struct awsc_operation *op, const struct awsc__response *resp, bool ec2,
                      struct awsc_arena *arena, void **output, struct awsc_error *err);

#endif
