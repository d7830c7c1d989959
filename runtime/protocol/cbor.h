/*
 * runtime/protocol/cbor.h - the CBOR codec over the shape descriptors
 * (RFC 8949, as the Smithy RPC v2 CBOR protocol uses it).
 *
 * One writer (a value of a shape -> CBOR bytes) and one reader (CBOR bytes
 * -> a value of a shape, allocated in an arena), as json.h has for JSON.
 * "A value of a shape" is the C type the shape has when held by value
 * (see <awsc/shape.h>): for a structure the struct itself, for a string a
 * `const char *`, for a document a struct awsc_document.
 *
 * The writer writes what botocore's CBOR serializer writes: structures
 * and maps as definite-length maps keyed by wire names, lists as
 * definite-length arrays, every length and integer in its shortest form,
 * strings as text strings, blobs as byte strings, floats as single and
 * doubles as double precision (NaN and the infinities as half precision),
 * timestamps as tag 1 over the epoch seconds (an integer when there is
 * no fraction, else a double). The reader takes any well-formed CBOR for
 * each shape: definite or indefinite lengths, chunked strings, integers
 * and floats of any width.
 */
#ifndef AWSC_CBOR_H
#define AWSC_CBOR_H

#include <awsc/shape.h>

#include "core.h"

struct awsc__cbor_opts {
    /* Writing a request: an unset string member flagged
     * AWSC_MF_IDEMPOTENCY_TOKEN gets a fresh UUID v4. */
    bool idempotency_tokens;
    /* Reading and writing: nesting deeper than this is refused. 0 means
     * AWSC__CBOR_MAX_DEPTH. */
    unsigned max_depth;
};

#define AWSC__CBOR_MAX_DEPTH 256

/*
 * Appends the CBOR encoding of the value of `shape` at `value` to out.
 *
 * Fails with AWSC_E_VALIDATION, the message naming the member path, on a
 * string that is not valid UTF-8, a union with more than one member set,
 * a list or map whose count is set but whose items are NULL, a NULL string
 * in a list or map, a timestamp whose nsec is out of range, or nesting
 * deeper than max_depth. AWSC_E_NOMEM when out's allocation failed. On
 * failure out may hold a partial item.
 */
int awsc__cbor_write(struct awsc_buf *out, const struct awsc_shape *shape, const void *value,
                     const struct awsc__cbor_opts *opts, struct awsc_error *err);

/*
 * Decodes the one CBOR data item cbor[0..len) into the value of `shape` at
 * `value` (for a structure: a zeroed struct of shape->size bytes).
 * Everything the value points to is allocated in arena; the caller owns
 * the arena whatever the outcome.
 *
 * Unknown members are skipped, however deep. null and undefined leave a
 * member absent and are dropped from lists and maps; "__type" inside a
 * union is ignored. Fails with AWSC_E_PARSE, the message naming the
 * member path and the byte offset, on a truncated or malformed item, a
 * value of the wrong major type or out of range for its member, text that
 * is not valid UTF-8 or holds a NUL, a tag other than 1 (timestamps) and
 * 2/3 (big integers that fit), bytes after the item, a union with more
 * than one member set, and nesting deeper than max_depth. AWSC_E_NOMEM
 * when an allocation failed.
 */
int awsc__cbor_read(const uint8_t *cbor, size_t len, const struct awsc_shape *shape, void *value,
                    struct awsc_arena *arena, const struct awsc__cbor_opts *opts,
                    struct awsc_error *err);

/* ---- the rpcv2Cbor protocol (cbor_protocol.c) ---- */

struct awsc__protocol;
/* Smithy RPC v2 CBOR ("smithy-rpc-v2-cbor"). */
const struct awsc__protocol *awsc__cbor_protocol(void);

#endif
