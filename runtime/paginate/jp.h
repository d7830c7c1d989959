/*
 * runtime/paginate/jp.h - the evaluator of compiled JMESPath and the value
 * helpers the pager and the waiter share. Private.
 *
 * A struct awsc__jv is one JMESPath value during an evaluation. Values
 * read from an output keep where they came from (shape and value, "a value
 * of a shape" as in runtime/protocol/json.h), so a result can be written
 * back as JSON exactly, or its list cut short in place. Arrays made by
 * projections live in the evaluation's arena.
 */
#ifndef AWSC_PAGINATE_JP_H
#define AWSC_PAGINATE_JP_H

#include <awsc/awsc.h>

#include "core.h"

enum awsc__jv_kind {
    AWSC__JV_NULL = 0,
    AWSC__JV_BOOL,
    AWSC__JV_NUMBER,
    AWSC__JV_STRING,
    AWSC__JV_BLOB,
    AWSC__JV_ARRAY,
    AWSC__JV_OBJECT
};

struct awsc__jv {
    uint8_t kind; /* enum awsc__jv_kind */
    bool boolean;
    double number;
    const char *string; /* STRING (NUL-terminated), BLOB: the bytes */
    size_t len;         /* STRING, BLOB: bytes */
    /* Where the value came from: a value of this shape (for a structure,
     * the struct; else the slot), or a document. Both NULL for literals and
     * for arrays made by the evaluation (items/count). */
    const struct awsc_shape *shape;
    const void *value;
    const struct awsc_document *doc;
    struct awsc__jv *items;
    size_t count;
};

/* The value of `shape` at `value` (as above), or null when value is NULL. */
struct awsc__jv awsc__jv_of(const struct awsc_shape *shape, const void *value);

/* The value of a document (null when d is NULL). */
struct awsc__jv awsc__jv_of_document(const struct awsc_document *d);

/* A member of the structure at parent: null when absent. */
struct awsc__jv awsc__jv_member(const struct awsc_member *m, const void *parent);

/*
 * Evaluates expr on the value `root` (usually awsc__jv_of(awsc_operation_output(op),
 * output)). Arrays it builds are allocated in arena. Returns AWSC_OK,
 * AWSC_E_NOMEM, or AWSC_E_INVALID_ARG for a type error (length() of a
 * number, `<` between a string and a number), with a message in err.
 */
int awsc__jp_eval(const struct awsc_jmespath *expr, const struct awsc__jv *root,
                  struct awsc_arena *arena, struct awsc__jv *out, struct awsc_error *err);

/* JMESPath equality. python_eq: Python's `==` instead (true == 1), which
 * is how botocore's waiters compare a result with the expected value. */
bool awsc__jv_equal(const struct awsc__jv *a, const struct awsc__jv *b, bool python_eq);
/* The value of a literal. */
struct awsc__jv awsc__jv_literal(const struct awsc_jmespath_literal *lit);
/* JMESPath's false: null, false, "", [] and {}. */
bool awsc__jv_is_false(const struct awsc__jv *v);
/* Python's false (what botocore tests tokens with): JMESPath's, and 0. */
bool awsc__jv_py_false(const struct awsc__jv *v);
/* The i-th element of an array (i < awsc__jv_count()). */
struct awsc__jv awsc__jv_at(const struct awsc__jv *v, size_t i);
/* Elements of an array, entries of an object (0 for anything else). */
size_t awsc__jv_count(const struct awsc__jv *v);

/* Appends v as JSON, separated and escaped as Python's json.dumps does
 * (", ", ": ", ASCII only); model member names; timestamps as epoch
 * seconds. Returns AWSC_OK, or the writer's error. Built with the
 * paginators (-Dpaginators), its only users. */
int awsc__jv_write_json(struct awsc_buf *out, const struct awsc__jv *v, struct awsc_error *err);

/* The member path of an expression that is a plain a.b.c over structures:
 * member indexes from the root down. Returns the depth, 0 when expr is not
 * such a path (or deeper than max). */
size_t awsc__jp_path(const struct awsc_jmespath *expr, uint16_t *members, size_t max);

/*
 * A deep copy of the value of `shape` at src into dst (the same C type,
 * zeroed), everything it points to allocated in arena: strings, blobs,
 * lists, maps, nested structures and documents. Streams and sinks keep
 * their callbacks and user data (borrowed), their paths are copied.
 * AWSC_E_NOMEM, or AWSC_E_VALIDATION for a list or map whose count is set
 * with NULL items, or nesting too deep (a cycle).
 */
int awsc__value_copy(const struct awsc_shape *shape, void *dst, const void *src,
                     struct awsc_arena *arena, struct awsc_error *err);

/* The size of a structure member's slot in its struct. */
size_t awsc__member_slot_size(const struct awsc_member *m);

#endif
