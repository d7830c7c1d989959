/*
 * runtime/protocol/json.h - the JSON codec over the shape descriptors.
 *
 * One writer (a value of a shape -> JSON text) and one reader (JSON text
 * -> a value of a shape, allocated in an arena) serve every user: the json
 * and rest-json protocols, the command-line tool and the tests. What
 * differs between them is said once, in struct awsc__json_opts.
 *
 * "A value of a shape" is the C type the shape has when held by value (see
 * <awsc/shape.h>): for a structure, the struct itself; for a string, a
 * `const char *`; for a list, the list struct; for a document, a struct
 * awsc_document. So `value` below points at a struct for structure shapes
 * and at the member slot for anything else.
 */
#ifndef AWSC_JSON_H
#define AWSC_JSON_H

#include <awsc/shape.h>

#include "core.h"

/* How timestamps are written. Reading accepts every form regardless: a
 * JSON number (epoch seconds) or a string in ISO 8601, RFC 822 or epoch
 * form. */
enum awsc__json_ts {
    AWSC__JSON_TS_MODEL = 0, /* the member's or shape's timestampFormat, else
                                epoch seconds (json and rest-json bodies) */
    AWSC__JSON_TS_EPOCH,     /* always epoch seconds as a number */
    AWSC__JSON_TS_ISO8601,   /* always an ISO 8601 string */
    AWSC__JSON_TS_CLI        /* ISO 8601 as the AWS CLI prints it:
                                2015-01-25T08:00:00.123000+00:00 */
};

struct awsc__json_opts {
    /* Object keys are model member names ("TableName") instead of wire
     * names (locationName). The CLI and the tests use member names. */
    bool member_names;
    /* Reading a person's input: an unknown member is an error
     * (AWSC_E_VALIDATION, "Unknown parameter in input: ..."), not skipped. */
    bool strict;
    /* Blobs are plain UTF-8 strings instead of base64 (the protocol tests'
     * params and results). */
    bool raw_blobs;
    /* enum awsc__json_ts */
    uint8_t timestamps;
    /* Top level only: members whose location is not AWSC_LOC_BODY are left
     * out when writing and unknown when reading (rest-json bodies). */
    bool body_only;
    /* Writing a request: an unset string member flagged
     * AWSC_MF_IDEMPOTENCY_TOKEN gets a fresh UUID v4. */
    bool idempotency_tokens;
    /* Writing: indent nested values by four spaces, like the AWS CLI. */
    bool pretty;
    /* Writing: escape every character outside printable ASCII as \uXXXX
     * (json.dumps's ensure_ascii). The writer always separates as
     * json.dumps does (", " and ": ") and writes floats as Python's repr()
     * does ("250.0", "1e-05"), so with this a request body is byte for byte
     * the one botocore sends and signatures compare equal (timestamps
     * too, written at ts_precision as botocore writes them). */
    bool ascii;
    /* Writing, not pretty: separate as json.dumps(separators=(',', ':'))
     * does, "," and ":" (JMESPath's to_string()). */
    bool compact;
    /* Writing with AWSC__JSON_TS_MODEL: enum awsc__ts_precision
     * (protocol.h). */
    uint8_t ts_precision;
    /* Reading and writing: nesting deeper than this is refused. 0 means
     * AWSC__JSON_MAX_DEPTH. */
    unsigned max_depth;
};

#define AWSC__JSON_MAX_DEPTH 256

/* The options of a protocol body: wire names, base64 blobs, the model's
 * timestamp formats, idempotency tokens filled, ASCII only. */
#define AWSC__JSON_OPTS_WIRE                                                         \
    {                                                                                \
        .timestamps = AWSC__JSON_TS_MODEL, .idempotency_tokens = true, .ascii = true \
    }

/*
 * Appends the JSON text of the value of `shape` at `value` to out.
 *
 * Fails with AWSC_E_VALIDATION, the message naming the member path
 * ("Table.KeySchema[0].AttributeName: ..."), on a string that is not valid
 * UTF-8, a union with more than one member set, a list or map whose count
 * is set but whose items are NULL, a NULL string in a list or map, a
 * non-finite number in a document, or nesting deeper than max_depth (a
 * cycle among the input's pointers, usually). AWSC_E_NOMEM when out's
 * allocation failed. On failure out may hold a partial document.
 */
int awsc__json_write(struct awsc_buf *out, const struct awsc_shape *shape, const void *value,
                     const struct awsc__json_opts *opts, struct awsc_error *err);

/* Appends a document (any JSON value) to out. */
int awsc__json_write_document(struct awsc_buf *out, const struct awsc_document *doc,
                              const struct awsc__json_opts *opts, struct awsc_error *err);

/* An event's payload in JSON (json and rest-json, struct awsc__protocol's
 * read_payload): a document, or the value of shape. */
int awsc__json_read_payload(const uint8_t *p, size_t n, const struct awsc_shape *shape, void *value,
                            struct awsc_arena *arena, struct awsc_error *err);

/* Appends s[0..n) as a JSON string literal, quotes included: '"', '\\'
 * and control characters escaped, everything else (UTF-8 included) copied
 * as is. The caller checks UTF-8 validity where it matters. */
void awsc__json_put_string(struct awsc_buf *out, const char *s, size_t n);

/*
 * Parses the JSON text json[0..len) into the value of `shape` at `value`
 * (for a structure: a zeroed struct of shape->size bytes, e.g. from
 * awsc__output_new()). Everything the value points to is allocated in
 * arena; the caller owns the arena whatever the outcome.
 *
 * Unknown object members are skipped, however deep. `null` leaves a member
 * absent (and is dropped from lists and maps). "__type" inside a union is
 * ignored. Fails with AWSC_E_PARSE on malformed or truncated text (the
 * message names the byte offset), on a value of the wrong type or out of
 * range for its member (the message names the member path), on a union
 * with more than one member set, and on nesting deeper than max_depth.
 * AWSC_E_NOMEM when an allocation failed.
 */
int awsc__json_read(const uint8_t *json, size_t len, const struct awsc_shape *shape, void *value,
                    struct awsc_arena *arena, const struct awsc__json_opts *opts,
                    struct awsc_error *err);

/* Parses any JSON value into *doc (allocated in arena). */
int awsc__json_read_document(const uint8_t *json, size_t len, struct awsc_document *doc,
                             struct awsc_arena *arena, const struct awsc__json_opts *opts,
                             struct awsc_error *err);

/* A member of a document object by key, or NULL (also when doc is not an
 * object). */
const struct awsc_document *awsc__document_get(const struct awsc_document *doc, const char *key);

/* yajl's memory for one parse (the context of its yajl_alloc_funcs, which
 * are these three functions): its few small blocks come from scratch, an
 * area of the caller's (on its stack: no allocation for a small document),
 * and the rest from the allocator hooks. yajl does not survive a failed
 * allocation: a refused one is made by the C library instead, nomem is
 * set, and the caller must treat the parse as out of memory. */
struct awsc__yajl_mem {
    bool nomem;
    unsigned char *scratch; /* NULL: none */
    size_t used, cap;
};
void *awsc__yajl_malloc(void *mem, size_t n);
void *awsc__yajl_realloc(void *mem, void *ptr, size_t n);
void awsc__yajl_free(void *mem, void *ptr);

/* ---- the json protocol (json_protocol.c) ---- */

struct awsc__protocol;
/* The awsJson1_0 / awsJson1_1 protocol. */
const struct awsc__protocol *awsc__json_protocol(void);

#endif
