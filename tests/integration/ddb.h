/*
 * DynamoDB helpers shared by the integration tests: table life cycle,
 * the batch-write loop with resubmission of unprocessed items, and deep
 * comparison of attribute values.
 */
#ifndef AWSC_ITEST_DDB_H
#define AWSC_ITEST_DDB_H

#include <awsc/dynamodb.h>

#include <stdbool.h>
#include <stddef.h>

typedef struct awsc_dynamodb_attribute_value ddb_av;

/* A client for the endpoint (credentials and region from the environment). */
bool ddb_client_new(const char *url, struct awsc_client **client);

/* Creates a PAY_PER_REQUEST table keyed by hash (and range, when range_name
 * is not NULL) and polls DescribeTable until it is ACTIVE. */
bool ddb_create_table(struct awsc_client *client, const char *table, const char *hash_name,
                      const char *hash_type, const char *range_name, const char *range_type);
/* Deletes a table and polls DescribeTable until it is gone. */
bool ddb_delete_table(struct awsc_client *client, const char *table);

/* Counters of one ddb_batch_write run. */
struct ddb_batch_stats {
    int calls;       /* BatchWriteItem calls made */
    int resubmitted; /* write requests sent again because unprocessed */
    int batches;     /* groups of at most 25 */
};

/* Writes n requests to one table in groups of 25, resubmitting each
 * response's UnprocessedItems (waiting backoff_ms, doubled each round)
 * until none are left. Checks every call. */
bool ddb_batch_write(struct awsc_client *client, const char *table,
                     const struct awsc_dynamodb_write_request *writes, size_t n, long backoff_ms,
                     struct ddb_batch_stats *stats);

/* Deep equality of two attribute values. Sets compare without order (and
 * must hold no duplicates); lists and everything else compare exactly.
 * On a difference, why gets a description naming the path. */
bool ddb_av_equal(const ddb_av *want, const ddb_av *got, const char *path, char *why,
                  size_t why_cap);

/* The single type an attribute value holds ("S", "NS", ...), "none", or
 * "several" when more than one is set (never valid). */
const char *ddb_av_type(const ddb_av *v);

/* A read-only view of any generated {key, attribute_value} map (Key,
 * AttributeMap, PutItemInputAttributeMap, ... all share that layout):
 * DDB_VIEW(out->item). */
struct ddb_map_view {
    const char *base;
    size_t count;
    size_t stride;
    size_t key_offset;
    size_t value_offset;
};
#define DDB_VIEW(map)                                                                       \
    ddb_view_make(                                                                          \
        (const void *)(map).entries, (map).count, sizeof *(map).entries,                    \
        (map).entries                                                                       \
            ? (size_t)((const char *)&(map).entries[0].key - (const char *)(map).entries)   \
            : 0,                                                                            \
        (map).entries                                                                       \
            ? (size_t)((const char *)&(map).entries[0].value - (const char *)(map).entries) \
            : 0)
struct ddb_map_view ddb_view_make(const void *entries, size_t count, size_t stride,
                                  size_t key_offset, size_t value_offset);
const char *ddb_view_key(struct ddb_map_view v, size_t i);
const ddb_av *ddb_view_value(struct ddb_map_view v, size_t i);
/* The value of an attribute, or NULL. */
const ddb_av *ddb_view_get(struct ddb_map_view v, const char *name);
/* The map as an M value; buf needs room for v.count entries. */
ddb_av ddb_view_to_m(struct ddb_map_view v, struct awsc_dynamodb_attribute_map_entry *buf);

/* Checks that an item equals an M value, reporting the difference. */
#define DDB_CHECK_ITEM(want_m, map, what) \
    ddb_check_item_at(__FILE__, __LINE__, (want_m), DDB_VIEW(map), (what))
bool ddb_check_item_at(const char *file, int line, const ddb_av *want, struct ddb_map_view got,
                       const char *what);

#endif
