/*
 * awsc/dynamodb_easy.h - DynamoDB as boto3's resource layer makes it easy:
 * attribute values from C values and back, condition and key-condition
 * expressions built as boto3.dynamodb.conditions builds them, and a batch
 * writer. A layer over the typed API of <awsc/dynamodb.h>; built when the
 * dynamodb service is.
 *
 *   struct awsc_ddb_arena *a = awsc_ddb_arena_new();
 *   struct awsc_dynamodb_attribute_value item = awsc_ddb_map(a, 2,
 *       "pk", awsc_ddb_s(a, "test1"),
 *       "col1", awsc_ddb_s(a, "some_data"));
 *   awsc_ddb_put_item(client, "test_table", &item, &err);
 *
 *   struct awsc_dynamodb_query_input q = {.table_name = "test_table"};
 *   awsc_ddb_query_where(a, &q, awsc_ddb_eq(a, awsc_ddb_key(a, "pk"), awsc_ddb_s(a, "test1")),
 *                        NULL, &err);
 *   then awsc_dynamodb_query(), or awsc_dynamodb_query_paginate() and _next_item()
 *
 * Memory: everything the builders make lives in an arena (struct
 * awsc_ddb_arena) until awsc_ddb_arena_destroy(); strings, blobs and
 * values given to them are copied. Builders never fail on the spot: the
 * first error (no memory, a number DynamoDB cannot hold, an empty
 * attribute name ...) is kept by the arena, later builders return empty
 * values, and awsc_ddb_arena_error() - or any function below that takes
 * the arena and an err - reports it, naming the value at fault.
 */
#ifndef AWSC_DYNAMODB_EASY_H
#define AWSC_DYNAMODB_EASY_H

#include <awsc/dynamodb.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct awsc_dynamodb_attribute_value awsc_ddb_value;

/* ------------------------------------------------------------ the arena */

struct awsc_ddb_arena;
/* NULL when out of memory. */
AWSC_API struct awsc_ddb_arena *awsc_ddb_arena_new(void);
/* Frees everything built in the arena. NULL is fine. */
AWSC_API void awsc_ddb_arena_destroy(struct awsc_ddb_arena *a);
/* AWSC_OK, or the status of the first failed builder with its message
 * copied into err (when err is not NULL). The arena keeps the error. */
AWSC_API int awsc_ddb_arena_error(const struct awsc_ddb_arena *a, struct awsc_error *err);

/* ------------------------------------------------ values from C values */

/* S: a copy of the NUL-terminated UTF-8 string (NULL is an error). */
AWSC_API awsc_ddb_value awsc_ddb_s(struct awsc_ddb_arena *a, const char *s);
/* N from an integer, exactly. */
AWSC_API awsc_ddb_value awsc_ddb_n_int(struct awsc_ddb_arena *a, int64_t v);
AWSC_API awsc_ddb_value awsc_ddb_n_uint(struct awsc_ddb_arena *a, uint64_t v);
/* N from a double: the shortest decimal text that reads back as the same
 * double (0.1 is "0.1", as Python's repr). NaN and infinities are errors. */
AWSC_API awsc_ddb_value awsc_ddb_n_double(struct awsc_ddb_arena *a, double v);
/* N from decimal text ("-12.5", "1e-130", "9.99E+125"): kept digit for
 * digit, written as Python's str(Decimal(text)) writes it (what boto3's
 * TypeSerializer sends). It must be a number DynamoDB can hold: at most 38
 * significant digits and zero or a magnitude from 1E-130 to below 1E+126;
 * anything else is an error naming the text and the limit it breaks. */
AWSC_API awsc_ddb_value awsc_ddb_n(struct awsc_ddb_arena *a, const char *decimal);
/* B: a copy of the bytes. */
AWSC_API awsc_ddb_value awsc_ddb_b(struct awsc_ddb_arena *a, const void *data, size_t len);
AWSC_API awsc_ddb_value awsc_ddb_bool(struct awsc_ddb_arena *a, bool v);
AWSC_API awsc_ddb_value awsc_ddb_null(struct awsc_ddb_arena *a);
/* Sets: copies of the members; a set must not be empty (DynamoDB refuses
 * empty sets) nor hold a member twice. Numbers as for awsc_ddb_n(). */
AWSC_API awsc_ddb_value awsc_ddb_ss(struct awsc_ddb_arena *a, const char *const *items, size_t n);
AWSC_API awsc_ddb_value awsc_ddb_ns(struct awsc_ddb_arena *a, const char *const *items, size_t n);
AWSC_API awsc_ddb_value awsc_ddb_bs(struct awsc_ddb_arena *a, const struct awsc_blob *items,
                                    size_t n);
/* L: a copy of the n values. */
AWSC_API awsc_ddb_value awsc_ddb_list(struct awsc_ddb_arena *a, const awsc_ddb_value *items,
                                      size_t n);
/* M from n pairs of arguments: const char *name, awsc_ddb_value value.
 * A name given twice is an error. */
AWSC_API awsc_ddb_value awsc_ddb_map(struct awsc_ddb_arena *a, size_t n, ...);
/* M from arrays of names and values. */
AWSC_API awsc_ddb_value awsc_ddb_map_of(struct awsc_ddb_arena *a, const char *const *names,
                                        const awsc_ddb_value *values, size_t n);
/* A deep copy of any value (an item of an output, to keep after freeing
 * the output). */
AWSC_API awsc_ddb_value awsc_ddb_copy(struct awsc_ddb_arena *a, const awsc_ddb_value *v);

/* ------------------------------------------------ C values from values */

/* The type of a value: "S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL",
 * "BOOL"; NULL when none or more than one is set. */
AWSC_API const char *awsc_ddb_type(const awsc_ddb_value *v);
/* An N (or a member of an NS, with awsc_ddb_value{.n = text}) as a C
 * number. AWSC_E_INVALID_ARG, with err naming the value, when v is not an
 * N, or is not an integer (int64/uint64), or is out of the type's range.
 * _double gives the nearest double (a value beyond a double's range is an
 * error; precision beyond 17 digits is rounded away). */
AWSC_API int awsc_ddb_get_int64(const awsc_ddb_value *v, int64_t *out, struct awsc_error *err);
AWSC_API int awsc_ddb_get_uint64(const awsc_ddb_value *v, uint64_t *out, struct awsc_error *err);
AWSC_API int awsc_ddb_get_double(const awsc_ddb_value *v, double *out, struct awsc_error *err);
/* The value of an item's (an M's) attribute, or NULL. */
AWSC_API const awsc_ddb_value *awsc_ddb_get(const awsc_ddb_value *item, const char *name);
/* The value as DynamoDB's JSON ({"S":"x"}, {"N":"1"}, {"M":{...}}: what
 * the AWS CLI prints; B as base64), NUL-terminated, in the arena. NULL on
 * error (see awsc_ddb_arena_error). */
AWSC_API const char *awsc_ddb_json(struct awsc_ddb_arena *a, const awsc_ddb_value *v);

/* Checks a number's text (as awsc_ddb_n does), writes its canonical text
 * (Python's str(Decimal)) into out (cap bytes; 64 always suffice for a valid
 * number). AWSC_E_VALIDATION with a message naming the text otherwise. */
AWSC_API int awsc_ddb_number_check(const char *decimal, char *out, size_t cap,
                                   struct awsc_error *err);

/*
 * Items: every place an item goes in the generated API (Key,
 * PutItemInputAttributeMap, AttributeMap, ExpressionAttributeValueMap, the
 * M of an attribute value ...) is one type, struct
 * awsc_dynamodb_attribute_map: an M value's .m is an item as it is
 *   put.item = item.m;
 * and this makes an item read from an output a value again (for
 * awsc_ddb_get(), awsc_ddb_json() ...):
 *   awsc_ddb_value m = AWSC_DDB_ITEM_M(out->item);
 */
#define AWSC_DDB_ITEM_M(map) ((awsc_ddb_value){.m = (map)})

/* PutItem of an item (an M value) into a table. */
AWSC_API int awsc_ddb_put_item(struct awsc_client *client, const char *table,
                               const awsc_ddb_value *item, struct awsc_error *err);

/* ------------------------------------------------------- conditions */

/*
 * Conditions as boto3.dynamodb.conditions makes them. An operand is an
 * attribute named as boto3 names them - a path: "a.b[2].c" - through Key()
 * (key conditions) or Attr() (any condition), or the size() of one.
 * Conditions and operands live in the arena; NULL (after recording the
 * error in the arena) on bad input: an empty name or path, a NULL operand.
 */
struct awsc_ddb_operand;
struct awsc_ddb_cond;

AWSC_API const struct awsc_ddb_operand *awsc_ddb_key(struct awsc_ddb_arena *a, const char *name);
AWSC_API const struct awsc_ddb_operand *awsc_ddb_attr(struct awsc_ddb_arena *a, const char *name);
AWSC_API const struct awsc_ddb_operand *awsc_ddb_size(struct awsc_ddb_arena *a,
                                                      const struct awsc_ddb_operand *attr);

/* x = v, x <> v, x < v, x <= v, x > v, x >= v */
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_eq(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_ne(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_lt(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_lte(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_gt(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_gte(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
/* begins_with(x, v), x BETWEEN lo AND hi, x IN (v1, v2, ...) (n >= 1),
 * contains(x, v), attribute_type(x, type) with type "S", "N", ... */
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_begins_with(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *awsc_ddb_between(struct awsc_ddb_arena *a,
                                                      const struct awsc_ddb_operand *x,
                                                      awsc_ddb_value lo, awsc_ddb_value hi);
AWSC_API const struct awsc_ddb_cond *awsc_ddb_is_in(struct awsc_ddb_arena *a,
                                                    const struct awsc_ddb_operand *x,
                                                    const awsc_ddb_value *values, size_t n);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_contains(struct awsc_ddb_arena *a, const struct awsc_ddb_operand *x, awsc_ddb_value v);
AWSC_API const struct awsc_ddb_cond *awsc_ddb_attribute_type(struct awsc_ddb_arena *a,
                                                             const struct awsc_ddb_operand *x,
                                                             const char *type);
/* attribute_exists(x), attribute_not_exists(x) */
AWSC_API const struct awsc_ddb_cond *awsc_ddb_exists(struct awsc_ddb_arena *a,
                                                     const struct awsc_ddb_operand *x);
AWSC_API const struct awsc_ddb_cond *awsc_ddb_not_exists(struct awsc_ddb_arena *a,
                                                         const struct awsc_ddb_operand *x);
/* (l AND r), (l OR r), (NOT c) */
AWSC_API const struct awsc_ddb_cond *awsc_ddb_and(struct awsc_ddb_arena *a,
                                                  const struct awsc_ddb_cond *l,
                                                  const struct awsc_ddb_cond *r);
AWSC_API const struct awsc_ddb_cond *
awsc_ddb_or(struct awsc_ddb_arena *a, const struct awsc_ddb_cond *l, const struct awsc_ddb_cond *r);
AWSC_API const struct awsc_ddb_cond *awsc_ddb_not(struct awsc_ddb_arena *a,
                                                  const struct awsc_ddb_cond *c);

/*
 * Expressions: the text with #n0, #n1 ... for names and :v0, :v1 ... for
 * values, and the maps of both, exactly as boto3's
 * ConditionExpressionBuilder writes them. One struct awsc_ddb_expressions
 * gathers the names and values of the expressions of one request (a key
 * condition and a filter, say): numbering goes on from one to the next.
 * Zero it (AWSC_DDB_EXPRESSIONS_INIT) before the first.
 */
struct awsc_ddb_expressions {
    struct awsc_dynamodb_expression_attribute_name_map names;
    struct awsc_dynamodb_attribute_map values;
    size_t name_cap, value_cap; /* private */
};
#define AWSC_DDB_EXPRESSIONS_INIT  \
    {                              \
        {NULL, 0}, {NULL, 0}, 0, 0 \
    }

/* Writes c's text into *text (in the arena). key_condition: only Key()
 * operands are allowed (AWSC_E_INVALID_ARG naming the Attr otherwise), as
 * for a KeyConditionExpression. */
AWSC_API int awsc_ddb_build(struct awsc_ddb_arena *a, struct awsc_ddb_expressions *ex,
                            const struct awsc_ddb_cond *c, bool key_condition, const char **text,
                            struct awsc_error *err);

/* Fills a Query's key_condition_expression, filter_expression (filter may
 * be NULL) and the expression attribute names and values. */
AWSC_API int awsc_ddb_query_where(struct awsc_ddb_arena *a, struct awsc_dynamodb_query_input *in,
                                  const struct awsc_ddb_cond *key_condition,
                                  const struct awsc_ddb_cond *filter, struct awsc_error *err);
/* Fills a Scan's filter_expression and its names and values. */
AWSC_API int awsc_ddb_scan_where(struct awsc_ddb_arena *a, struct awsc_dynamodb_scan_input *in,
                                 const struct awsc_ddb_cond *filter, struct awsc_error *err);

/* ------------------------------------------------------ batch writer */

/*
 * The batch writer (boto3's Table.batch_writer()): puts and deletes are
 * queued (copied) and sent flush_amount (25) at a time through
 * BatchWriteItem; what a response leaves in UnprocessedItems goes back in
 * the queue and is sent again after a back-off (base_delay_ms, doubled for
 * each round in a row that processed nothing, up to max_delay_ms);
 * awsc_ddb_batch_flush() sends whatever is left. With pkeys set, a request for a primary key
 * already queued replaces the queued one (boto3's overwrite_by_pkeys).
 *
 * Synchronous: put and delete send a batch themselves once flush_amount
 * requests are queued, and flush returns once everything is written.
 * Asynchronous (awsc_ddb_batch_writer_new_async): put and delete never
 * block; one BatchWriteItem at a time runs on the client's transport (drive
 * it with awsc_client_run/poll); awsc_ddb_batch_flush_async calls its
 * callback once the queue is empty (or the writer failed).
 *
 * A failed BatchWriteItem (after the client's own retries), or a request
 * still unprocessed after max_rounds rounds without progress, stops the
 * writer: the requests not written stay queued (awsc_ddb_batch_pending),
 * the error is returned by that call or the next, and a later flush tries
 * again. Nothing queued is dropped silently: destroying a writer with
 * requests still queued discards them, so flush first.
 */
struct awsc_ddb_batch_options {
    int flush_amount;         /* 0: 25 (BatchWriteItem's limit; 1..25) */
    const char *const *pkeys; /* the primary key's attribute names, or NULL */
    size_t pkey_count;        /* 1 or 2 when pkeys is set */
    long base_delay_ms;       /* 0: 50 */
    long max_delay_ms;        /* 0: 5000 */
    int max_rounds;           /* 0: 10 rounds in a row with nothing processed */
};
#define AWSC_DDB_BATCH_OPTIONS_INIT \
    {                               \
        0, NULL, 0, 0, 0, 0         \
    }

struct awsc_ddb_batch_writer;

/* Counters of a writer's life. */
struct awsc_ddb_batch_stats {
    size_t calls;       /* BatchWriteItem calls made */
    size_t written;     /* requests the service processed */
    size_t resubmitted; /* requests sent again (they came back unprocessed) */
    size_t replaced;    /* requests replaced by a later one for the same key */
};

AWSC_API int awsc_ddb_batch_writer_new(struct awsc_client *client, const char *table,
                                       const struct awsc_ddb_batch_options *options,
                                       struct awsc_ddb_batch_writer **out, struct awsc_error *err);
AWSC_API int awsc_ddb_batch_writer_new_async(struct awsc_client *client, const char *table,
                                             const struct awsc_ddb_batch_options *options,
                                             struct awsc_ddb_batch_writer **out,
                                             struct awsc_error *err);
/* Queue a PutRequest of item (an M value; copied). */
AWSC_API int awsc_ddb_batch_put(struct awsc_ddb_batch_writer *w, const awsc_ddb_value *item,
                                struct awsc_error *err);
/* Queue a DeleteRequest of key (an M value of the key attributes; copied). */
AWSC_API int awsc_ddb_batch_delete(struct awsc_ddb_batch_writer *w, const awsc_ddb_value *key,
                                   struct awsc_error *err);
/* Synchronous writers: send everything queued, back-offs included. */
AWSC_API int awsc_ddb_batch_flush(struct awsc_ddb_batch_writer *w, struct awsc_error *err);
/* Asynchronous writers: cb(user_data, status, err) once nothing is queued
 * or in flight (status AWSC_OK), or the writer stopped on an error; err
 * is valid during the call only. One flush at a time. */
typedef void awsc_ddb_batch_flush_cb(void *user_data, int status, const struct awsc_error *err);
AWSC_API int awsc_ddb_batch_flush_async(struct awsc_ddb_batch_writer *w,
                                        awsc_ddb_batch_flush_cb *cb, void *user_data,
                                        struct awsc_error *err);
/* Requests queued or in flight. */
AWSC_API size_t awsc_ddb_batch_pending(const struct awsc_ddb_batch_writer *w);
AWSC_API struct awsc_ddb_batch_stats awsc_ddb_batch_stats(const struct awsc_ddb_batch_writer *w);
/* Destroys the writer; a BatchWriteItem in flight is left to complete
 * and its result dropped. NULL is fine. */
AWSC_API void awsc_ddb_batch_writer_destroy(struct awsc_ddb_batch_writer *w);

#ifdef __cplusplus
}
#endif
#endif
