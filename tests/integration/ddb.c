#include "ddb.h"
#include "itest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool ddb_client_new(const char *url, struct awsc_client **client)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_error err = AWSC_ERROR_INIT;
    return CHECK_OK(awsc_dynamodb_client_new(&cfg, client, &err), &err, "dynamodb client_new");
}

bool ddb_create_table(struct awsc_client *client, const char *table, const char *hash_name,
                      const char *hash_type, const char *range_name, const char *range_type)
{
    struct awsc_dynamodb_attribute_definition defs[2] = {
        {.attribute_name = hash_name, .attribute_type = hash_type},
        {.attribute_name = range_name, .attribute_type = range_type},
    };
    struct awsc_dynamodb_key_schema_element keys[2] = {
        {.attribute_name = hash_name, .key_type = "HASH"},
        {.attribute_name = range_name, .key_type = "RANGE"},
    };
    size_t nkeys = range_name ? 2 : 1;
    struct awsc_dynamodb_create_table_input in = {
        .table_name = table,
        .attribute_definitions = {defs, nkeys},
        .key_schema = {keys, nkeys},
        .billing_mode = "PAY_PER_REQUEST",
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_create_table_output *out = NULL;
    if (!CHECK_OK(awsc_dynamodb_create_table(client, &in, &out, &err), &err, "CreateTable"))
        return false;
    bool ok = CHECK(out->table_description != NULL, "CreateTable: no TableDescription");
    if (ok) {
        const struct awsc_dynamodb_table_description *d = out->table_description;
        ok = CHECK(d->table_name && strcmp(d->table_name, table) == 0, "CreateTable: TableName %s",
                   d->table_name ? d->table_name : "(null)") &&
             CHECK(d->table_status && (strcmp(d->table_status, "CREATING") == 0 ||
                                       strcmp(d->table_status, "ACTIVE") == 0),
                   "CreateTable: TableStatus %s", d->table_status ? d->table_status : "(null)") &&
             CHECK(d->key_schema.count == nkeys, "CreateTable: %zu key schema elements",
                   d->key_schema.count);
    }
    awsc_output_free(out);
    if (!ok)
        return false;

    /* Poll until ACTIVE. */
    struct awsc_dynamodb_describe_table_input din = {.table_name = table};
    double deadline = itest_now_ms() + 20000;
    while (itest_now_ms() < deadline) {
        struct awsc_dynamodb_describe_table_output *d = NULL;
        if (!CHECK_OK(awsc_dynamodb_describe_table(client, &din, &d, &err), &err,
                      "DescribeTable (waiting for ACTIVE)"))
            return false;
        bool active = d->table && d->table->table_status &&
                      awsc_dynamodb_table_status_parse(d->table->table_status) ==
                          AWSC_DYNAMODB_TABLE_STATUS_ACTIVE;
        awsc_output_free(d);
        if (active)
            return true;
        itest_sleep_ms(20);
    }
    return FAIL("table %s did not become ACTIVE", table);
}

bool ddb_delete_table(struct awsc_client *client, const char *table)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_delete_table_input in = {.table_name = table};
    struct awsc_dynamodb_delete_table_output *out = NULL;
    if (!CHECK_OK(awsc_dynamodb_delete_table(client, &in, &out, &err), &err, "DeleteTable"))
        return false;
    bool ok = CHECK(out->table_description && out->table_description->table_name &&
                        strcmp(out->table_description->table_name, table) == 0,
                    "DeleteTable: the answer does not describe %s", table);
    awsc_output_free(out);

    struct awsc_dynamodb_describe_table_input din = {.table_name = table};
    double deadline = itest_now_ms() + 20000;
    while (itest_now_ms() < deadline) {
        struct awsc_dynamodb_describe_table_output *d = NULL;
        int rc = awsc_dynamodb_describe_table(client, &din, &d, &err);
        if (rc == AWSC_E_SERVICE &&
            awsc_error_is(&err, AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION)) {
            awsc_error_clean_up(&err);
            return ok;
        }
        if (!CHECK_OK(rc, &err, "DescribeTable (waiting for deletion)"))
            return false;
        awsc_output_free(d);
        itest_sleep_ms(20);
    }
    return FAIL("table %s was not deleted", table);
}

bool ddb_batch_write(struct awsc_client *client, const char *table,
                     const struct awsc_dynamodb_write_request *writes, size_t n, long backoff_ms,
                     struct ddb_batch_stats *stats)
{
    struct ddb_batch_stats s = {0, 0, 0};
    bool ok = true;
    for (size_t start = 0; start < n && ok; start += 25) {
        size_t len = n - start < 25 ? n - start : 25;
        struct awsc_dynamodb_batch_write_item_request_map_entry entry = {
            .key = table,
            .value = {(struct awsc_dynamodb_write_request *)(writes + start), len},
        };
        struct awsc_dynamodb_batch_write_item_input in = {.request_items = {&entry, 1}};
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc_dynamodb_batch_write_item_output *out = NULL;
        s.batches++;
        s.calls++;
        if (!CHECK_OK(awsc_dynamodb_batch_write_item(client, &in, &out, &err), &err,
                      "BatchWriteItem")) {
            ok = false;
            break;
        }
        /* What one response leaves unprocessed is the next request. */
        long wait = backoff_ms;
        int rounds = 0;
        while (out->unprocessed_items.count > 0) {
            if (!CHECK(++rounds <= 20, "BatchWriteItem: items still unprocessed after 20 rounds")) {
                ok = false;
                break;
            }
            for (size_t t = 0; t < out->unprocessed_items.count; t++) {
                const struct awsc_dynamodb_batch_write_item_request_map_entry *e =
                    &out->unprocessed_items.entries[t];
                if (!CHECK(e->key && strcmp(e->key, table) == 0,
                           "BatchWriteItem: unprocessed items for an unknown table %s",
                           e->key ? e->key : "(null)"))
                    ok = false;
                s.resubmitted += (int)e->value.count;
            }
            if (!ok)
                break;
            itest_sleep_ms(wait);
            wait = wait * 2 > 2000 ? 2000 : wait * 2;
            struct awsc_dynamodb_batch_write_item_input again = {.request_items =
                                                                     out->unprocessed_items};
            struct awsc_dynamodb_batch_write_item_output *next = NULL;
            s.calls++;
            int rc = awsc_dynamodb_batch_write_item(client, &again, &next, &err);
            awsc_output_free(out);
            out = next;
            if (!CHECK_OK(rc, &err, "BatchWriteItem (resubmitting unprocessed items)")) {
                ok = false;
                break;
            }
        }
        awsc_output_free(out);
    }
    if (stats)
        *stats = s;
    return ok;
}

const char *ddb_av_type(const ddb_av *v)
{
    const char *type = "none";
    int n = 0;
#define DDB_TYPE(cond, name) \
    if (cond) {              \
        type = name;         \
        n++;                 \
    }
    DDB_TYPE(v->s != NULL, "S")
    DDB_TYPE(v->n != NULL, "N")
    DDB_TYPE(v->b.data != NULL, "B")
    DDB_TYPE(v->ss.items != NULL, "SS")
    DDB_TYPE(v->ns.items != NULL, "NS")
    DDB_TYPE(v->bs.items != NULL, "BS")
    DDB_TYPE(v->m.entries != NULL, "M")
    DDB_TYPE(v->l.items != NULL, "L")
    DDB_TYPE(v->has_null, "NULL")
    DDB_TYPE(v->has_bool, "BOOL")
#undef DDB_TYPE
    return n > 1 ? "several" : type;
}

static bool blob_eq(struct awsc_blob a, struct awsc_blob b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0);
}

static bool str_set_eq(const char **want, size_t wn, const char **got, size_t gn, const char *path,
                       char *why, size_t cap)
{
    if (wn != gn) {
        snprintf(why, cap, "%s: a set of %zu, got %zu", path, wn, gn);
        return false;
    }
    for (size_t i = 0; i < gn; i++) {
        for (size_t j = i + 1; j < gn; j++) {
            if (strcmp(got[i], got[j]) == 0) {
                snprintf(why, cap, "%s: \"%s\" twice in a set", path, got[i]);
                return false;
            }
        }
    }
    for (size_t i = 0; i < wn; i++) {
        bool found = false;
        for (size_t j = 0; j < gn && !found; j++)
            found = strcmp(want[i], got[j]) == 0;
        if (!found) {
            snprintf(why, cap, "%s: \"%s\" is missing from the set", path, want[i]);
            return false;
        }
    }
    return true;
}

bool ddb_av_equal(const ddb_av *want, const ddb_av *got, const char *path, char *why, size_t cap)
{
    const char *wt = ddb_av_type(want), *gt = ddb_av_type(got);
    if (strcmp(wt, gt) != 0) {
        snprintf(why, cap, "%s: want type %s, got %s", path, wt, gt);
        return false;
    }
    char sub[512];
    if (want->s || want->n) {
        const char *w = want->s ? want->s : want->n, *g = got->s ? got->s : got->n;
        if (strcmp(w, g) != 0) {
            snprintf(why, cap, "%s: want %s \"%s\", got \"%s\"", path, wt, w, g);
            return false;
        }
        return true;
    }
    if (want->b.data) {
        if (!blob_eq(want->b, got->b)) {
            size_t i = 0;
            while (i < want->b.len && i < got->b.len && want->b.data[i] == got->b.data[i])
                i++;
            snprintf(why, cap, "%s: binary of %zu bytes, got %zu; first difference at byte %zu",
                     path, want->b.len, got->b.len, i);
            return false;
        }
        return true;
    }
    if (want->ss.items)
        return str_set_eq(want->ss.items, want->ss.count, got->ss.items, got->ss.count, path, why,
                          cap);
    if (want->ns.items)
        return str_set_eq(want->ns.items, want->ns.count, got->ns.items, got->ns.count, path, why,
                          cap);
    if (want->bs.items) {
        if (want->bs.count != got->bs.count) {
            snprintf(why, cap, "%s: a binary set of %zu, got %zu", path, want->bs.count,
                     got->bs.count);
            return false;
        }
        for (size_t i = 0; i < got->bs.count; i++) {
            size_t found = 0;
            for (size_t j = 0; j < want->bs.count; j++)
                found += blob_eq(got->bs.items[i], want->bs.items[j]);
            if (found != 1) {
                snprintf(why, cap, "%s: binary set item %zu (%zu bytes) is unexpected", path, i,
                         got->bs.items[i].len);
                return false;
            }
        }
        return true;
    }
    if (want->m.entries) {
        if (want->m.count != got->m.count) {
            snprintf(why, cap, "%s: a map of %zu, got %zu", path, want->m.count, got->m.count);
            return false;
        }
        for (size_t i = 0; i < want->m.count; i++) {
            const char *key = want->m.entries[i].key;
            const ddb_av *g = NULL;
            for (size_t j = 0; j < got->m.count; j++) {
                if (got->m.entries[j].key && strcmp(got->m.entries[j].key, key) == 0) {
                    if (g) {
                        snprintf(why, cap, "%s: key \"%s\" twice", path, key);
                        return false;
                    }
                    g = &got->m.entries[j].value;
                }
            }
            snprintf(sub, sizeof sub, "%s.%s", path, key);
            if (!g) {
                snprintf(why, cap, "%s: missing", sub);
                return false;
            }
            if (!ddb_av_equal(&want->m.entries[i].value, g, sub, why, cap))
                return false;
        }
        return true;
    }
    if (want->l.items) {
        if (want->l.count != got->l.count) {
            snprintf(why, cap, "%s: a list of %zu, got %zu", path, want->l.count, got->l.count);
            return false;
        }
        for (size_t i = 0; i < want->l.count; i++) {
            snprintf(sub, sizeof sub, "%s[%zu]", path, i);
            if (!ddb_av_equal(&want->l.items[i], &got->l.items[i], sub, why, cap))
                return false;
        }
        return true;
    }
    if (want->has_null) {
        if (want->null != got->null) {
            snprintf(why, cap, "%s: NULL %d, got %d", path, want->null, got->null);
            return false;
        }
        return true;
    }
    if (want->has_bool) {
        if (want->bool_ != got->bool_) {
            snprintf(why, cap, "%s: BOOL %d, got %d", path, want->bool_, got->bool_);
            return false;
        }
        return true;
    }
    return true;
}

struct ddb_map_view ddb_view_make(const void *entries, size_t count, size_t stride,
                                  size_t key_offset, size_t value_offset)
{
    struct ddb_map_view v = {(const char *)entries, entries ? count : 0, stride, key_offset,
                             value_offset};
    return v;
}

const char *ddb_view_key(struct ddb_map_view v, size_t i)
{
    return *(const char *const *)(const void *)(v.base + i * v.stride + v.key_offset);
}

const ddb_av *ddb_view_value(struct ddb_map_view v, size_t i)
{
    return (const ddb_av *)(const void *)(v.base + i * v.stride + v.value_offset);
}

const ddb_av *ddb_view_get(struct ddb_map_view v, const char *name)
{
    for (size_t i = 0; i < v.count; i++) {
        const char *k = ddb_view_key(v, i);
        if (k && strcmp(k, name) == 0)
            return ddb_view_value(v, i);
    }
    return NULL;
}

ddb_av ddb_view_to_m(struct ddb_map_view v, struct awsc_dynamodb_attribute_map_entry *buf)
{
    for (size_t i = 0; i < v.count; i++) {
        buf[i].key = ddb_view_key(v, i);
        buf[i].value = *ddb_view_value(v, i);
    }
    ddb_av m = {0};
    m.m.entries = buf;
    m.m.count = v.count;
    return m;
}

bool ddb_check_item_at(const char *file, int line, const ddb_av *want, struct ddb_map_view got,
                       const char *what)
{
    if (!got.base) {
        itest_fail_at(file, line, "%s: no item", what);
        return false;
    }
    struct awsc_dynamodb_attribute_map_entry *buf = calloc(got.count ? got.count : 1, sizeof *buf);
    if (!buf) {
        itest_fail_at(file, line, "%s: out of memory", what);
        return false;
    }
    ddb_av g = ddb_view_to_m(got, buf);
    char why[1024];
    bool ok = ddb_av_equal(want, &g, "item", why, sizeof why);
    free(buf);
    if (!ok)
        itest_fail_at(file, line, "%s: %s", what, why);
    return ok;
}
