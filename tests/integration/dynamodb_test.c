/*
 * DynamoDB through the typed C API against dynalite: the table life cycle,
 * every item operation with exact read-back of every attribute type, query
 * and scan paging by hand, batch writes with the unprocessed-items loop
 * (also against the stub transport, where the server's answer is chosen),
 * and service errors as struct awsc_error reports them.
 *
 *   dynamodb_test [URL]     (default: $AWSC_TEST_DYNALITE_URL)
 */
#include "ddb.h"
#include "itest.h"

#include <yajl/yajl_tree.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ITEMS_TABLE   "awsc-int-items"
#define RANGE_TABLE   "awsc-int-range"
#define MISSING_TABLE "awsc-int-no-such-table"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct awsc_dynamodb_attribute_map_entry m_entry;

static uint8_t all_bytes[256];

static ddb_av S(const char *s)
{
    ddb_av v = {0};
    v.s = s;
    return v;
}

static ddb_av N(const char *n)
{
    ddb_av v = {0};
    v.n = n;
    return v;
}

static ddb_av B(const uint8_t *data, size_t len)
{
    static const uint8_t empty[1];
    ddb_av v = {0};
    v.b.data = data ? data : empty;
    v.b.len = len;
    return v;
}

static ddb_av BOOLV(bool b)
{
    ddb_av v = {0};
    v.has_bool = true;
    v.bool_ = b;
    return v;
}

static ddb_av NUL(void)
{
    ddb_av v = {0};
    v.has_null = true;
    v.null = true;
    return v;
}

static ddb_av M(m_entry *entries, size_t count)
{
    static m_entry none[1];
    ddb_av v = {0};
    v.m.entries = entries ? entries : none;
    v.m.count = count;
    return v;
}

static ddb_av L(ddb_av *items, size_t count)
{
    static ddb_av none[1];
    ddb_av v = {0};
    v.l.items = items ? items : none;
    v.l.count = count;
    return v;
}

static ddb_av SS(const char **items, size_t count)
{
    ddb_av v = {0};
    v.ss.items = items;
    v.ss.count = count;
    return v;
}

static ddb_av NS(const char **items, size_t count)
{
    ddb_av v = {0};
    v.ns.items = items;
    v.ns.count = count;
    return v;
}

static ddb_av BS(struct awsc_blob *items, size_t count)
{
    ddb_av v = {0};
    v.bs.items = items;
    v.bs.count = count;
    return v;
}

/* Copies an M value's entries into any generated map of attribute values. */
#define FILL_FROM_M(dst, av)                             \
    do {                                                 \
        for (size_t i_ = 0; i_ < (av)->m.count; i_++) {  \
            (dst)[i_].key = (av)->m.entries[i_].key;     \
            (dst)[i_].value = (av)->m.entries[i_].value; \
        }                                                \
    } while (0)

static void set_attr(m_entry *entries, size_t *count, const char *name, ddb_av value)
{
    for (size_t i = 0; i < *count; i++) {
        if (strcmp(entries[i].key, name) == 0) {
            entries[i].value = value;
            return;
        }
    }
    entries[*count].key = name;
    entries[*count].value = value;
    (*count)++;
}

static void remove_attr(m_entry *entries, size_t *count, const char *name)
{
    for (size_t i = 0; i < *count; i++) {
        if (strcmp(entries[i].key, name) == 0) {
            memmove(&entries[i], &entries[i + 1], (*count - i - 1) * sizeof *entries);
            (*count)--;
            return;
        }
    }
}

/* ------------------------------------------------------------------ data */

#define UNICODE_TEXT                                                                    \
    "h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93 \xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87 " \
    "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a "                                                 \
    "quote\" backslash\\ slash/ tab\t newline\n cr\r ctl\x01\x1f del\x7f"

static const char *ss_items[] = {"b", "a", "\xc3\xbcn\xc3\xaf", "\xf0\x9f\x98\x80", " spaced "};
static const char *ns_items[] = {"1", "-2.5", "1000000000000000000000", "0.001"};
static const uint8_t bs0[] = {0x00}, bs1[] = {0xff, 0x00}, bs2[] = {0x01, 0x02, 0x03, 0xfe};
static struct awsc_blob bs_items[] = {{bs0, 1}, {bs1, 2}, {bs2, 4}};
static const uint8_t small_bin[] = {0xff, 0x00, 0x80, 0x7f};

static ddb_av deep_items[6];
static m_entry inner_entries[1];
static m_entry m_entries[4];
static m_entry l2_map_entries[1];
static ddb_av l_nested_inner[1];
static ddb_av l_nested[1];
static const char *l_ss[] = {"only"};
static ddb_av l_items[5];
static m_entry rich_entries[24];
static size_t rich_count;

/* The item with every attribute type, as PutItem writes it. */
static ddb_av rich_item(const char *pk)
{
    deep_items[0] = S("x");
    deep_items[1] = N("1");
    deep_items[2] = BOOLV(true);
    deep_items[3] = NUL();
    deep_items[4] = B(small_bin, sizeof small_bin);
    deep_items[5] = S("");
    inner_entries[0] = (m_entry){"deep", L(deep_items, COUNT(deep_items))};
    m_entries[0] = (m_entry){"inner", M(inner_entries, COUNT(inner_entries))};
    m_entries[1] = (m_entry){"emptyM", M(NULL, 0)};
    m_entries[2] = (m_entry){"emptyL", L(NULL, 0)};
    m_entries[3] = (m_entry){"flag", BOOLV(false)};
    l2_map_entries[0] = (m_entry){"k", S("v")};
    l_nested_inner[0] = S("nested");
    l_nested[0] = L(l_nested_inner, 1);
    l_items[0] = S("first");
    l_items[1] = N("2");
    l_items[2] = M(l2_map_entries, 1);
    l_items[3] = L(l_nested, 1);
    l_items[4] = SS(l_ss, 1);

    size_t n = 0;
    rich_entries[n++] = (m_entry){"pk", S(pk)};
    rich_entries[n++] = (m_entry){"str", S(UNICODE_TEXT)};
    rich_entries[n++] = (m_entry){"empty", S("")};
    rich_entries[n++] = (m_entry){"big", N("12345678901234567890123456789012345678")};
    rich_entries[n++] = (m_entry){"frac", N("-3.1415926535897932384626433832795028")};
    rich_entries[n++] = (m_entry){"tiny", N("0.00000000000000000000000000000000000001")};
    rich_entries[n++] = (m_entry){"counter", N("41")};
    rich_entries[n++] = (m_entry){"bin", B(all_bytes, sizeof all_bytes)};
    rich_entries[n++] = (m_entry){"binEmpty", B(NULL, 0)};
    rich_entries[n++] = (m_entry){"ss", SS(ss_items, COUNT(ss_items))};
    rich_entries[n++] = (m_entry){"ns", NS(ns_items, COUNT(ns_items))};
    rich_entries[n++] = (m_entry){"bs", BS(bs_items, COUNT(bs_items))};
    rich_entries[n++] = (m_entry){"m", M(m_entries, COUNT(m_entries))};
    rich_entries[n++] = (m_entry){"l", L(l_items, COUNT(l_items))};
    rich_entries[n++] = (m_entry){"t", BOOLV(true)};
    rich_entries[n++] = (m_entry){"f", BOOLV(false)};
    rich_entries[n++] = (m_entry){"nul", NUL()};
    rich_entries[n++] = (m_entry){"name with spaces \xe2\x9c\x93", S("v")};
    rich_count = n;
    return M(rich_entries, n);
}

/* --------------------------------------------------------------- helpers */

static bool put_item(struct awsc_client *c, const char *table, const ddb_av *item)
{
    struct awsc_dynamodb_attribute_map_entry entries[32];
    FILL_FROM_M(entries, item);
    struct awsc_dynamodb_put_item_input in = {.table_name = table,
                                              .item = {entries, item->m.count}};
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_put_item_output *out = NULL;
    if (!CHECK_OK(awsc_dynamodb_put_item(c, &in, &out, &err), &err, "PutItem"))
        return false;
    bool ok = CHECK(out->attributes.entries == NULL && out->attributes.count == 0,
                    "PutItem without ReturnValues returned %zu attributes", out->attributes.count);
    awsc_output_free(out);
    return ok;
}

/* GetItem (consistent) of a string hash key; NULL on failure. */
static struct awsc_dynamodb_get_item_output *get_item(struct awsc_client *c, const char *table,
                                                      const char *pk)
{
    struct awsc_dynamodb_attribute_map_entry key = {"pk", S(pk)};
    struct awsc_dynamodb_get_item_input in = {.table_name = table,
                                              .key = {&key, 1},
                                              .has_consistent_read = true,
                                              .consistent_read = true};
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_get_item_output *out = NULL;
    if (!CHECK_OK(awsc_dynamodb_get_item(c, &in, &out, &err), &err, "GetItem"))
        return NULL;
    return out;
}

/* Checks the fields of a service error as every test expects them. */
static void check_service_error(int rc, struct awsc_error *err, const char *code,
                                const char *operation)
{
    int before = itest_failures;
    CHECK(rc == AWSC_E_SERVICE, "%s: want AWSC_E_SERVICE, got %d (%s)", operation, rc,
          awsc_status_name(rc));
    CHECK(err->status == rc, "%s: err.status %d, returned %d", operation, err->status, rc);
    CHECK(err->code && strcmp(err->code, code) == 0, "%s: err.code \"%s\", want \"%s\"", operation,
          err->code ? err->code : "(null)", code);
    CHECK(awsc_error_is(err, code), "%s: awsc_error_is(err, \"%s\") is false", operation, code);
    CHECK(!awsc_error_is(err, "SomethingElse"), "%s: awsc_error_is matches any code", operation);
    CHECK(err->message && err->message[0], "%s: no err.message", operation);
    CHECK(err->request_id && err->request_id[0], "%s: no err.request_id", operation);
    CHECK(err->http_status == 400, "%s: err.http_status %d, want 400", operation, err->http_status);
    CHECK(err->operation && strcmp(err->operation, operation) == 0, "%s: err.operation \"%s\"",
          operation, err->operation ? err->operation : "(null)");
    CHECK(err->attempts == 1, "%s: %d attempts for a non-retryable error", operation,
          err->attempts);
    CHECK(!err->retryable, "%s: %s marked retryable", operation, code);
    /* Both errors are modeled: their descriptor and parsed struct come along. */
    if (CHECK(err->shape && awsc_shape_error_code(err->shape) &&
                  strcmp(awsc_shape_error_code(err->shape), code) == 0,
              "%s: err.shape is not the %s shape", operation, code) &&
        CHECK(err->data != NULL, "%s: no parsed error struct in err.data", operation)) {
        /* Every DynamoDB error struct is {const char *message}. */
        const struct awsc_dynamodb_resource_not_found_exception *data = err->data;
        CHECK(data->message && err->message && strcmp(data->message, err->message) == 0,
              "%s: the parsed error's message \"%s\" is not err.message \"%s\"", operation,
              data->message ? data->message : "(null)", err->message ? err->message : "(null)");
    }
    if (itest_failures != before)
        itest_print_error(operation, rc, err);
}

/* ---------------------------------------------------------------- tables */

static void test_tables(struct awsc_client *c)
{
    if (!ddb_create_table(c, ITEMS_TABLE, "pk", "S", NULL, NULL) ||
        !ddb_create_table(c, RANGE_TABLE, "pk", "S", "sk", "N")) {
        fprintf(stderr, "cannot go on without the tables\n");
        exit(itest_finish("dynamodb_test"));
    }

    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_describe_table_input in = {.table_name = RANGE_TABLE};
    struct awsc_dynamodb_describe_table_output *out = NULL;
    if (CHECK_OK(awsc_dynamodb_describe_table(c, &in, &out, &err), &err, "DescribeTable")) {
        const struct awsc_dynamodb_table_description *t = out->table;
        CHECK(awsc_output_http_status(out) == 200, "DescribeTable: HTTP %d",
              awsc_output_http_status(out));
        CHECK(awsc_output_request_id(out) && awsc_output_request_id(out)[0],
              "DescribeTable: no request id on the output");
        if (CHECK(t != NULL, "DescribeTable: no Table")) {
            CHECK(t->table_name && strcmp(t->table_name, RANGE_TABLE) == 0, "TableName %s",
                  t->table_name ? t->table_name : "(null)");
            CHECK(t->table_status && strcmp(t->table_status, "ACTIVE") == 0, "TableStatus %s",
                  t->table_status ? t->table_status : "(null)");
            if (CHECK(t->key_schema.count == 2, "%zu key schema elements", t->key_schema.count)) {
                CHECK(strcmp(t->key_schema.items[0].attribute_name, "pk") == 0 &&
                          strcmp(t->key_schema.items[0].key_type, "HASH") == 0 &&
                          strcmp(t->key_schema.items[1].attribute_name, "sk") == 0 &&
                          strcmp(t->key_schema.items[1].key_type, "RANGE") == 0,
                      "KeySchema differs");
            }
            if (CHECK(t->attribute_definitions.count == 2, "%zu attribute definitions",
                      t->attribute_definitions.count)) {
                for (size_t i = 0; i < 2; i++) {
                    const struct awsc_dynamodb_attribute_definition *d =
                        &t->attribute_definitions.items[i];
                    bool pk = strcmp(d->attribute_name, "pk") == 0;
                    CHECK(strcmp(d->attribute_type, pk ? "S" : "N") == 0 &&
                              (pk || strcmp(d->attribute_name, "sk") == 0),
                          "AttributeDefinitions[%zu] %s %s", i, d->attribute_name,
                          d->attribute_type);
                }
            }
            CHECK(t->has_item_count && t->item_count == 0, "ItemCount %lld (has %d)",
                  (long long)t->item_count, t->has_item_count);
            CHECK(t->has_table_size_bytes && t->table_size_bytes == 0, "TableSizeBytes");
            int64_t now = (int64_t)time(NULL);
            CHECK(t->has_creation_date_time && t->creation_date_time.sec > now - 3600 &&
                      t->creation_date_time.sec <= now + 5 && t->creation_date_time.nsec >= 0 &&
                      t->creation_date_time.nsec < 1000000000,
                  "CreationDateTime %lld.%09d, now %lld", (long long)t->creation_date_time.sec,
                  (int)t->creation_date_time.nsec, (long long)now);
            const char *arn_tail = ":table/" RANGE_TABLE;
            CHECK(t->table_arn && strlen(t->table_arn) > strlen(arn_tail) &&
                      strncmp(t->table_arn, "arn:aws:dynamodb:us-east-1:", 27) == 0 &&
                      strcmp(t->table_arn + strlen(t->table_arn) - strlen(arn_tail), arn_tail) == 0,
                  "TableArn %s", t->table_arn ? t->table_arn : "(null)");
            CHECK(t->billing_mode_summary && t->billing_mode_summary->billing_mode &&
                      strcmp(t->billing_mode_summary->billing_mode, "PAY_PER_REQUEST") == 0,
                  "BillingModeSummary");
            CHECK(t->local_secondary_indexes.items == NULL &&
                      t->global_secondary_indexes.items == NULL,
                  "indexes reported on a table without any");
        }
        awsc_output_free(out);
    }

    struct awsc_dynamodb_list_tables_input lin = {0};
    struct awsc_dynamodb_list_tables_output *list = NULL;
    if (CHECK_OK(awsc_dynamodb_list_tables(c, &lin, &list, &err), &err, "ListTables")) {
        int seen = 0;
        for (size_t i = 0; i < list->table_names.count; i++)
            seen += strcmp(list->table_names.items[i], ITEMS_TABLE) == 0 ||
                    strcmp(list->table_names.items[i], RANGE_TABLE) == 0;
        CHECK(seen == 2 && list->table_names.count == 2, "ListTables: %zu names, %d of ours",
              list->table_names.count, seen);
        awsc_output_free(list);
    }
}

/* ------------------------------------------------------------------ items */

static void test_item_round_trip(struct awsc_client *c)
{
    ddb_av item = rich_item("item-1");
    if (!put_item(c, ITEMS_TABLE, &item))
        return;
    struct awsc_dynamodb_get_item_output *got = get_item(c, ITEMS_TABLE, "item-1");
    if (got) {
        DDB_CHECK_ITEM(&item, got->item, "GetItem after PutItem");
        CHECK(got->consumed_capacity == NULL, "ConsumedCapacity without asking for it");
        awsc_output_free(got);
    }

    /* A projection: only the attributes named come back. */
    struct awsc_dynamodb_attribute_map_entry key = {"pk", S("item-1")};
    struct awsc_dynamodb_expression_attribute_name_map_entry names[] = {
        {"#s", "str"}, {"#m", "m"}, {"#i", "inner"}, {"#d", "deep"}};
    struct awsc_dynamodb_get_item_input pin = {
        .table_name = ITEMS_TABLE,
        .key = {&key, 1},
        .projection_expression = "#s, #m.#i.#d[4], l[2]",
        .expression_attribute_names = AWSC_LIST(names),
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    if (CHECK_OK(awsc_dynamodb_get_item(c, &pin, &got, &err), &err, "GetItem (projection)")) {
        m_entry inner[1], m[1], want_e[3];
        ddb_av deep4[1] = {B(small_bin, sizeof small_bin)};
        inner[0] = (m_entry){"deep", L(deep4, 1)};
        m[0] = (m_entry){"inner", M(inner, 1)};
        ddb_av l2[1] = {M(l2_map_entries, 1)};
        want_e[0] = (m_entry){"str", S(UNICODE_TEXT)};
        want_e[1] = (m_entry){"m", M(m, 1)};
        want_e[2] = (m_entry){"l", L(l2, 1)};
        ddb_av want = M(want_e, 3);
        DDB_CHECK_ITEM(&want, got->item, "GetItem with ProjectionExpression");
        awsc_output_free(got);
    }

    /* UpdateItem: arithmetic, SET of a nested member, ADD and DELETE on
     * sets, REMOVE, ALL_NEW returned. */
    const char *ss_more[] = {"c"};
    const char *ns_gone[] = {"1"};
    ddb_av added_items[2] = {S("\xf0\x9f\x8e\x89"), B(all_bytes + 250, 6)};
    struct awsc_dynamodb_attribute_map_entry values[] = {
        {":one", N("1")},          {":s", S("updated \xe2\x82\xac")}, {":t", BOOLV(true)},
        {":l", L(added_items, 2)}, {":more", SS(ss_more, 1)},         {":gone", NS(ns_gone, 1)},
    };
    struct awsc_dynamodb_expression_attribute_name_map_entry unames[] = {{"#c", "counter"}};
    struct awsc_dynamodb_update_item_input uin = {
        .table_name = ITEMS_TABLE,
        .key = {&key, 1},
        .update_expression = "SET #c = #c + :one, str = :s, m.flag = :t, added = :l "
                             "REMOVE nul ADD ss :more DELETE ns :gone",
        .expression_attribute_names = AWSC_LIST(unames),
        .expression_attribute_values = AWSC_LIST(values),
        .return_values = "ALL_NEW",
    };
    /* The item as it must be afterwards. */
    m_entry want_e[32];
    size_t want_n = rich_count;
    memcpy(want_e, rich_entries, rich_count * sizeof *want_e);
    m_entry want_m[COUNT(m_entries)];
    memcpy(want_m, m_entries, sizeof m_entries);
    want_m[3].value = BOOLV(true);
    const char *want_ss[COUNT(ss_items) + 1];
    memcpy(want_ss, ss_items, sizeof ss_items);
    want_ss[COUNT(ss_items)] = "c";
    const char *want_ns[] = {"-2.5", "1000000000000000000000", "0.001"};
    set_attr(want_e, &want_n, "counter", N("42"));
    set_attr(want_e, &want_n, "str", S("updated \xe2\x82\xac"));
    set_attr(want_e, &want_n, "m", M(want_m, COUNT(want_m)));
    set_attr(want_e, &want_n, "added", L(added_items, 2));
    set_attr(want_e, &want_n, "ss", SS(want_ss, COUNT(want_ss)));
    set_attr(want_e, &want_n, "ns", NS(want_ns, COUNT(want_ns)));
    remove_attr(want_e, &want_n, "nul");
    ddb_av updated = M(want_e, want_n);

    struct awsc_dynamodb_update_item_output *uout = NULL;
    if (CHECK_OK(awsc_dynamodb_update_item(c, &uin, &uout, &err), &err, "UpdateItem")) {
        DDB_CHECK_ITEM(&updated, uout->attributes, "UpdateItem ReturnValues ALL_NEW");
        awsc_output_free(uout);
    }
    got = get_item(c, ITEMS_TABLE, "item-1");
    if (got) {
        DDB_CHECK_ITEM(&updated, got->item, "GetItem after UpdateItem");
        awsc_output_free(got);
    }

    /* UPDATED_OLD: only the attributes the update touched, as they were. */
    struct awsc_dynamodb_attribute_map_entry v2[] = {{":one", N("1")}};
    uin.update_expression = "SET #c = #c + :one";
    uin.expression_attribute_values = (struct awsc_dynamodb_attribute_map)AWSC_LIST(v2);
    uin.return_values = "UPDATED_OLD";
    if (CHECK_OK(awsc_dynamodb_update_item(c, &uin, &uout, &err), &err,
                 "UpdateItem (UPDATED_OLD)")) {
        m_entry old_e[1] = {{"counter", N("42")}};
        ddb_av old = M(old_e, 1);
        DDB_CHECK_ITEM(&old, uout->attributes, "UpdateItem ReturnValues UPDATED_OLD");
        awsc_output_free(uout);
    }
    set_attr(want_e, &want_n, "counter", N("43"));

    /* DeleteItem returns the old item, then it is gone. */
    struct awsc_dynamodb_delete_item_input din = {
        .table_name = ITEMS_TABLE, .key = {&key, 1}, .return_values = "ALL_OLD"};
    struct awsc_dynamodb_delete_item_output *dout = NULL;
    if (CHECK_OK(awsc_dynamodb_delete_item(c, &din, &dout, &err), &err, "DeleteItem")) {
        DDB_CHECK_ITEM(&updated, dout->attributes, "DeleteItem ReturnValues ALL_OLD");
        awsc_output_free(dout);
    }
    got = get_item(c, ITEMS_TABLE, "item-1");
    if (got) {
        CHECK(got->item.entries == NULL && got->item.count == 0,
              "GetItem of a deleted item returned %zu attributes", got->item.count);
        awsc_output_free(got);
    }
    /* Deleting what is not there is not an error, and returns nothing. */
    if (CHECK_OK(awsc_dynamodb_delete_item(c, &din, &dout, &err), &err, "DeleteItem (absent)")) {
        CHECK(dout->attributes.entries == NULL, "DeleteItem of nothing returned attributes");
        awsc_output_free(dout);
    }
}

/* ----------------------------------------------------------------- errors */

static void test_errors(struct awsc_client *c)
{
    m_entry e[2] = {{"pk", S("cond-1")}, {"v", S("original")}};
    ddb_av item = M(e, 2);
    if (!put_item(c, ITEMS_TABLE, &item))
        return;

    /* A condition that fails on an existing item. */
    struct awsc_dynamodb_attribute_map_entry pe[2] = {{"pk", S("cond-1")}, {"v", S("overwritten")}};
    struct awsc_dynamodb_put_item_input in = {
        .table_name = ITEMS_TABLE,
        .item = AWSC_LIST(pe),
        .condition_expression = "attribute_not_exists(pk)",
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_put_item_output *out = (void *)&err; /* must be reset */
    int rc = awsc_dynamodb_put_item(c, &in, &out, &err);
    check_service_error(rc, &err, AWSC_DYNAMODB_ERR_CONDITIONAL_CHECK_FAILED_EXCEPTION, "PutItem");
    CHECK(out == NULL, "a failed PutItem left *output set");
    if (rc == AWSC_OK)
        awsc_output_free(out);
    awsc_error_clean_up(&err);
    CHECK(err.code == NULL && err.message == NULL && err.arena == NULL,
          "awsc_error_clean_up left the error filled");
    awsc_error_clean_up(&err); /* twice is fine */

    struct awsc_dynamodb_get_item_output *got = get_item(c, ITEMS_TABLE, "cond-1");
    if (got) {
        DDB_CHECK_ITEM(&item, got->item, "the item after a failed conditional put");
        awsc_output_free(got);
    }

    /* The same condition on a new key succeeds. */
    pe[0].value = S("cond-2");
    out = NULL;
    if (CHECK_OK(awsc_dynamodb_put_item(c, &in, &out, &err), &err, "conditional PutItem"))
        awsc_output_free(out);

    /* A table that does not exist. */
    struct awsc_dynamodb_attribute_map_entry key = {"pk", S("x")};
    struct awsc_dynamodb_get_item_input gin = {.table_name = MISSING_TABLE, .key = {&key, 1}};
    got = NULL;
    rc = awsc_dynamodb_get_item(c, &gin, &got, &err);
    check_service_error(rc, &err, AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION, "GetItem");
    CHECK(got == NULL, "a failed GetItem left *output set");
    awsc_error_clean_up(&err);

    /* Invalid input is refused before anything is sent. */
    gin.table_name = ""; /* shorter than the model's minimum of 1 */
    rc = awsc_dynamodb_get_item(c, &gin, &got, &err);
    CHECK(rc == AWSC_E_VALIDATION && err.http_status == 0 && err.message &&
              strstr(err.message, "TableName"),
          "a too-short TableName: rc %d, http %d, message %s", rc, err.http_status,
          err.message ? err.message : "(null)");
    awsc_error_clean_up(&err);
}

/* An item near DynamoDB's 400 KB limit. */
static void test_big_item(struct awsc_client *c)
{
    size_t len = 390 * 1024;
    uint8_t *big = malloc(len);
    char *text = malloc(4001);
    if (!big || !text) {
        free(big);
        free(text);
        FAIL("out of memory");
        return;
    }
    for (size_t i = 0; i < len; i++)
        big[i] = (uint8_t)((i * 2654435761u) >> 13);
    /* 1000 four-byte characters */
    for (size_t i = 0; i < 1000; i++)
        memcpy(text + i * 4, "\xf0\x9f\x98\x80", 4);
    text[4000] = '\0';
    m_entry e[3] = {{"pk", S("big-1")}, {"blob", B(big, len)}, {"text", S(text)}};
    ddb_av item = M(e, 3);
    if (put_item(c, ITEMS_TABLE, &item)) {
        struct awsc_dynamodb_get_item_output *got = get_item(c, ITEMS_TABLE, "big-1");
        if (got) {
            DDB_CHECK_ITEM(&item, got->item, "a 390 KB item");
            awsc_output_free(got);
        }
    }
    /* Over the limit: the service says so. */
    size_t over = 401 * 1024;
    uint8_t *huge = realloc(big, over);
    if (huge) {
        big = huge;
        memset(big + len, 0xab, over - len);
        e[1].value = B(big, over);
        struct awsc_dynamodb_attribute_map_entry pe[3];
        FILL_FROM_M(pe, &item);
        struct awsc_dynamodb_put_item_input in = {.table_name = ITEMS_TABLE, .item = {pe, 3}};
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc_dynamodb_put_item_output *out = NULL;
        int rc = awsc_dynamodb_put_item(c, &in, &out, &err);
        CHECK(rc == AWSC_E_SERVICE && awsc_error_is(&err, "ValidationException") &&
                  err.http_status == 400,
              "a 401 KB item: rc %d code %s", rc, err.code ? err.code : "(null)");
        if (rc == AWSC_OK)
            awsc_output_free(out);
        awsc_error_clean_up(&err);
    }
    free(big);
    free(text);
    struct awsc_dynamodb_attribute_map_entry key = {"pk", S("big-1")};
    struct awsc_dynamodb_delete_item_input din = {.table_name = ITEMS_TABLE, .key = {&key, 1}};
    struct awsc_dynamodb_delete_item_output *dout = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (CHECK_OK(awsc_dynamodb_delete_item(c, &din, &dout, &err), &err, "DeleteItem (big)"))
        awsc_output_free(dout);
}

/* Input the model or JSON cannot carry is refused before anything is sent,
 * with a message naming the member at fault. */
static void test_invalid_input(void)
{
    struct awsc_stub *stub = NULL;
    if (!CHECK(awsc_stub_new(&stub) == AWSC_OK, "awsc_stub_new"))
        return;
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.transport = awsc_stub_transport(stub);
    cfg.endpoint_url = "http://127.0.0.1:9";
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_client_new(&cfg, &c, &err), &err, "client on the stub")) {
        awsc_stub_destroy(stub);
        return;
    }
    static const struct {
        const char *what;
        const char *value;
        const char *needle;
    } cases[] = {
        {"invalid UTF-8", "ok \xff\xfe", "bad"},
        {"a truncated sequence", "\xe2\x82", "bad"},
        {"an overlong encoding", "\xc0\xaf", "bad"},
        {"a UTF-16 surrogate", "\xed\xa0\x80", "bad"},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        m_entry inner[1] = {{"bad", S(cases[i].value)}};
        struct awsc_dynamodb_attribute_map_entry pe[2] = {{"pk", S("k")}, {"m", M(inner, 1)}};
        struct awsc_dynamodb_put_item_input in = {.table_name = "awsc-stub-table",
                                                  .item = AWSC_LIST(pe)};
        struct awsc_dynamodb_put_item_output *out = NULL;
        int rc = awsc_dynamodb_put_item(c, &in, &out, &err);
        CHECK(rc == AWSC_E_VALIDATION && err.message && strstr(err.message, cases[i].needle),
              "PutItem with %s: rc %d (%s), message %s", cases[i].what, rc, awsc_status_name(rc),
              err.message ? err.message : "(null)");
        if (rc == AWSC_OK)
            awsc_output_free(out);
        awsc_error_clean_up(&err);
    }
    /* A set member left NULL, and a list whose count has no items. */
    const char *holes[] = {"a", NULL};
    struct awsc_dynamodb_attribute_map_entry pe[2] = {{"pk", S("k")}, {"ss", SS(holes, 2)}};
    struct awsc_dynamodb_put_item_input in = {.table_name = "awsc-stub-table",
                                              .item = AWSC_LIST(pe)};
    struct awsc_dynamodb_put_item_output *out = NULL;
    int rc = awsc_dynamodb_put_item(c, &in, &out, &err);
    CHECK(rc == AWSC_E_VALIDATION && err.message && strstr(err.message, "ss"),
          "PutItem with a NULL in a string set: rc %d, message %s", rc,
          err.message ? err.message : "(null)");
    if (rc == AWSC_OK)
        awsc_output_free(out);
    awsc_error_clean_up(&err);
    ddb_av broken = {0};
    broken.l.count = 3;
    pe[1] = (struct awsc_dynamodb_attribute_map_entry){"l", broken};
    rc = awsc_dynamodb_put_item(c, &in, &out, &err);
    CHECK(rc == AWSC_E_VALIDATION && err.message && strstr(err.message, "l"),
          "PutItem with a list count but no items: rc %d, message %s", rc,
          err.message ? err.message : "(null)");
    if (rc == AWSC_OK)
        awsc_output_free(out);
    awsc_error_clean_up(&err);
    /* A required member missing. */
    in.table_name = NULL;
    pe[1] = (struct awsc_dynamodb_attribute_map_entry){"s", S("fine")};
    rc = awsc_dynamodb_put_item(c, &in, &out, &err);
    CHECK(rc == AWSC_E_VALIDATION && err.message && strstr(err.message, "TableName"),
          "PutItem without TableName: rc %d, message %s", rc, err.message ? err.message : "(null)");
    if (rc == AWSC_OK)
        awsc_output_free(out);
    awsc_error_clean_up(&err);
    CHECK(awsc_stub_request_count(stub) == 0, "%zu requests were sent for invalid input",
          awsc_stub_request_count(stub));
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
}

/* ------------------------------------------------------------ query, scan */

#define USER1_ITEMS 23
#define USER2_ITEMS 7

static uint8_t range_bin[USER1_ITEMS + USER2_ITEMS][3];
static char range_num[USER1_ITEMS + USER2_ITEMS][16];
static char range_data[USER1_ITEMS + USER2_ITEMS][32];

static ddb_av range_item(m_entry *e, int user, int sk)
{
    int i = user == 1 ? sk : USER1_ITEMS + sk;
    snprintf(range_num[i], sizeof range_num[i], "%d", sk);
    snprintf(range_data[i], sizeof range_data[i], "user-%d item %d \xc3\xa6", user, sk);
    range_bin[i][0] = (uint8_t)sk;
    range_bin[i][1] = (uint8_t)(255 - sk);
    range_bin[i][2] = 0;
    e[0] = (m_entry){"pk", S(user == 1 ? "user-1" : "user-2")};
    e[1] = (m_entry){"sk", N(range_num[i])};
    e[2] = (m_entry){"data", S(range_data[i])};
    e[3] = (m_entry){"bin", B(range_bin[i], 3)};
    return M(e, 4);
}

static void test_query_scan(struct awsc_client *c)
{
    m_entry e[4];
    for (int i = 0; i < USER1_ITEMS; i++) {
        ddb_av item = range_item(e, 1, i);
        if (!put_item(c, RANGE_TABLE, &item))
            return;
    }
    for (int i = 0; i < USER2_ITEMS; i++) {
        ddb_av item = range_item(e, 2, i);
        if (!put_item(c, RANGE_TABLE, &item))
            return;
    }

    /* Query user-1 five at a time, following LastEvaluatedKey. */
    struct awsc_dynamodb_attribute_map_entry values[] = {{":p", S("user-1")}};
    struct awsc_dynamodb_expression_attribute_name_map_entry names[] = {{"#pk", "pk"}};
    struct awsc_dynamodb_query_input q = {
        .table_name = RANGE_TABLE,
        .key_condition_expression = "#pk = :p",
        .expression_attribute_names = AWSC_LIST(names),
        .expression_attribute_values = AWSC_LIST(values),
        .has_limit = true,
        .limit = 5,
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_query_output *prev = NULL;
    int seen = 0, pages = 0;
    for (;;) {
        struct awsc_dynamodb_query_output *out = NULL;
        int rc = awsc_dynamodb_query(c, &q, &out, &err);
        awsc_output_free(prev); /* ExclusiveStartKey pointed into it */
        prev = NULL;
        if (!CHECK_OK(rc, &err, "Query"))
            break;
        pages++;
        CHECK(out->has_count && out->count == (int32_t)out->items.count,
              "Query page %d: Count %d for %zu items", pages, out->count, out->items.count);
        CHECK(out->items.count <= 5, "Query page %d: %zu items over the limit", pages,
              out->items.count);
        for (size_t i = 0; i < out->items.count; i++) {
            char what[64];
            snprintf(what, sizeof what, "Query page %d item %zu (sk %d)", pages, i, seen);
            if (seen < USER1_ITEMS) {
                ddb_av want = range_item(e, 1, seen);
                DDB_CHECK_ITEM(&want, out->items.items[i], what);
            } else {
                FAIL("%s: more items than were written", what);
            }
            seen++;
        }
        if (out->last_evaluated_key.entries == NULL) {
            CHECK(out->last_evaluated_key.count == 0, "LastEvaluatedKey: count without entries");
            awsc_output_free(out);
            break;
        }
        /* The key names the last item of the page. */
        const ddb_av *lpk = ddb_view_get(DDB_VIEW(out->last_evaluated_key), "pk");
        const ddb_av *lsk = ddb_view_get(DDB_VIEW(out->last_evaluated_key), "sk");
        char last_sk[16];
        snprintf(last_sk, sizeof last_sk, "%d", seen - 1);
        CHECK(out->last_evaluated_key.count == 2 && lpk && lpk->s &&
                  strcmp(lpk->s, "user-1") == 0 && lsk && lsk->n && strcmp(lsk->n, last_sk) == 0,
              "Query page %d: LastEvaluatedKey is not the page's last item (sk %s)", pages,
              last_sk);
        if (!CHECK(pages < 20, "Query: no end after 20 pages")) {
            awsc_output_free(out);
            break;
        }
        q.exclusive_start_key = out->last_evaluated_key;
        prev = out;
    }
    awsc_output_free(prev);
    CHECK(seen == USER1_ITEMS, "Query returned %d items, want %d", seen, USER1_ITEMS);
    CHECK(pages == (USER1_ITEMS + 4) / 5, "Query took %d pages, want %d", pages,
          (USER1_ITEMS + 4) / 5);

    /* Backwards, with a range condition. */
    struct awsc_dynamodb_attribute_map_entry rv[] = {
        {":p", S("user-1")}, {":lo", N("3")}, {":hi", N("12")}};
    struct awsc_dynamodb_query_input back = {
        .table_name = RANGE_TABLE,
        .key_condition_expression = "pk = :p AND sk BETWEEN :lo AND :hi",
        .expression_attribute_values = AWSC_LIST(rv),
        .has_scan_index_forward = true,
        .scan_index_forward = false,
        .has_limit = true,
        .limit = 4,
    };
    struct awsc_dynamodb_query_output *out = NULL;
    if (CHECK_OK(awsc_dynamodb_query(c, &back, &out, &err), &err, "Query (backwards)")) {
        CHECK(out->items.count == 4, "Query backwards: %zu items", out->items.count);
        for (size_t i = 0; i < out->items.count && i < 4; i++) {
            ddb_av want = range_item(e, 1, 12 - (int)i);
            DDB_CHECK_ITEM(&want, out->items.items[i], "Query backwards");
        }
        awsc_output_free(out);
    }

    /* Scan everything seven at a time: each item exactly once. */
    int found[USER1_ITEMS + USER2_ITEMS] = {0};
    int total = 0, scanned = 0;
    pages = 0;
    struct awsc_dynamodb_scan_input s = {.table_name = RANGE_TABLE, .has_limit = true, .limit = 7};
    struct awsc_dynamodb_scan_output *sprev = NULL;
    for (;;) {
        struct awsc_dynamodb_scan_output *sout = NULL;
        int rc = awsc_dynamodb_scan(c, &s, &sout, &err);
        awsc_output_free(sprev);
        sprev = NULL;
        if (!CHECK_OK(rc, &err, "Scan"))
            break;
        pages++;
        CHECK(sout->items.count <= 7, "Scan page %d: %zu items", pages, sout->items.count);
        CHECK(sout->has_scanned_count && sout->has_count &&
                  sout->count == (int32_t)sout->items.count,
              "Scan page %d: Count/ScannedCount", pages);
        scanned += sout->scanned_count;
        for (size_t i = 0; i < sout->items.count; i++) {
            struct ddb_map_view v = DDB_VIEW(sout->items.items[i]);
            const ddb_av *pk = ddb_view_get(v, "pk"), *sk = ddb_view_get(v, "sk");
            if (!CHECK(pk && pk->s && sk && sk->n, "Scan: an item without its key"))
                continue;
            int user = strcmp(pk->s, "user-1") == 0 ? 1 : strcmp(pk->s, "user-2") == 0 ? 2 : 0;
            int k = atoi(sk->n);
            int limit = user == 1 ? USER1_ITEMS : USER2_ITEMS;
            if (!CHECK(user && k >= 0 && k < limit, "Scan: unexpected item %s/%s", pk->s, sk->n))
                continue;
            found[user == 1 ? k : USER1_ITEMS + k]++;
            ddb_av want = range_item(e, user, k);
            DDB_CHECK_ITEM(&want, sout->items.items[i], "Scan item");
            total++;
        }
        if (!sout->last_evaluated_key.entries || !CHECK(pages < 30, "Scan: no end")) {
            awsc_output_free(sout);
            break;
        }
        s.exclusive_start_key = sout->last_evaluated_key;
        sprev = sout;
    }
    awsc_output_free(sprev);
    CHECK(total == USER1_ITEMS + USER2_ITEMS, "Scan found %d items, want %d", total,
          USER1_ITEMS + USER2_ITEMS);
    CHECK(scanned == total, "Scan: ScannedCount sums to %d, items %d", scanned, total);
    for (int i = 0; i < USER1_ITEMS + USER2_ITEMS; i++)
        CHECK(found[i] == 1, "Scan: item %d seen %d times", i, found[i]);
}

/* ------------------------------------------------------------ batch write */

#define BATCH_ITEMS 60

static void test_batch_write(struct awsc_client *c)
{
    static char keys[BATCH_ITEMS][16], nums[BATCH_ITEMS][16];
    static m_entry entries[BATCH_ITEMS][3];
    static struct awsc_dynamodb_attribute_map_entry put_e[BATCH_ITEMS][3];
    static struct awsc_dynamodb_put_request puts[BATCH_ITEMS];
    static struct awsc_dynamodb_write_request writes[BATCH_ITEMS + 2];
    for (int i = 0; i < BATCH_ITEMS; i++) {
        snprintf(keys[i], sizeof keys[i], "batch-%03d", i);
        snprintf(nums[i], sizeof nums[i], "%d", i * 1000 + 1);
        entries[i][0] = (m_entry){"pk", S(keys[i])};
        entries[i][1] = (m_entry){"n", N(nums[i])};
        entries[i][2] = (m_entry){"payload", B(all_bytes + (255 - i), (size_t)i + 1)};
        ddb_av item = M(entries[i], 3);
        FILL_FROM_M(put_e[i], &item);
        puts[i].item = (struct awsc_dynamodb_attribute_map){put_e[i], 3};
        writes[i] = (struct awsc_dynamodb_write_request){.put_request = &puts[i]};
    }
    /* Two deletes ride along: cond-1 and cond-2 exist from test_errors. */
    struct awsc_dynamodb_attribute_map_entry dk[2] = {{"pk", S("cond-1")}, {"pk", S("cond-2")}};
    struct awsc_dynamodb_delete_request dels[2] = {{{&dk[0], 1}}, {{&dk[1], 1}}};
    writes[BATCH_ITEMS] = (struct awsc_dynamodb_write_request){.delete_request = &dels[0]};
    writes[BATCH_ITEMS + 1] = (struct awsc_dynamodb_write_request){.delete_request = &dels[1]};

    struct ddb_batch_stats st;
    if (!ddb_batch_write(c, ITEMS_TABLE, writes, BATCH_ITEMS + 2, 50, &st))
        return;
    CHECK(st.batches == 3, "%d batches for %d requests", st.batches, BATCH_ITEMS + 2);
    printf("batch write: %d calls for %d batches, %d requests resubmitted\n", st.calls, st.batches,
           st.resubmitted);

    /* The table holds exactly the 60 items now. */
    int found[BATCH_ITEMS] = {0};
    int total = 0;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_scan_input s = {.table_name = ITEMS_TABLE,
                                         .has_limit = true,
                                         .limit = 25,
                                         .has_consistent_read = true,
                                         .consistent_read = true};
    struct awsc_dynamodb_scan_output *prev = NULL;
    for (int page = 0; page < 20; page++) {
        struct awsc_dynamodb_scan_output *out = NULL;
        int rc = awsc_dynamodb_scan(c, &s, &out, &err);
        awsc_output_free(prev);
        prev = NULL;
        if (!CHECK_OK(rc, &err, "Scan (after batch write)"))
            break;
        for (size_t i = 0; i < out->items.count; i++) {
            const ddb_av *pk = ddb_view_get(DDB_VIEW(out->items.items[i]), "pk");
            total++;
            int k = -1;
            if (pk && pk->s && sscanf(pk->s, "batch-%d", &k) == 1 && k >= 0 && k < BATCH_ITEMS) {
                found[k]++;
                ddb_av want = M(entries[k], 3);
                DDB_CHECK_ITEM(&want, out->items.items[i], "batch-written item");
            } else {
                FAIL("unexpected item %s in the table", pk && pk->s ? pk->s : "?");
            }
        }
        if (!out->last_evaluated_key.entries) {
            awsc_output_free(out);
            break;
        }
        s.exclusive_start_key = out->last_evaluated_key;
        prev = out;
    }
    awsc_output_free(prev);
    CHECK(total == BATCH_ITEMS, "%d items in the table after the batch, want %d", total,
          BATCH_ITEMS);
    for (int i = 0; i < BATCH_ITEMS; i++)
        CHECK(found[i] == 1, "batch-%03d found %d times", i, found[i]);
}

/* The resubmission loop against canned answers: the first response leaves
 * two requests unprocessed, the second none. */
static const char unprocessed_json[] =
    "{\"awsc-stub-table\":["
    "{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"k3\"},\"bin\":{\"B\":\"AP8A/w==\"},"
    "\"n\":{\"N\":\"-1.5\"},\"u\":{\"S\":\"\\u00e9\\ud83d\\ude00\"},"
    "\"m\":{\"M\":{\"l\":{\"L\":[{\"S\":\"x\"},{\"NULL\":true},{\"BOOL\":false}]}}}}}},"
    "{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"k7\"}}}}"
    "]}";

static bool json_equal(const yajl_val a, const yajl_val b)
{
    if (!a || !b || a->type != b->type)
        return false;
    switch (a->type) {
    case yajl_t_string:
        return strcmp(a->u.string, b->u.string) == 0;
    case yajl_t_number:
        return strcmp(a->u.number.r, b->u.number.r) == 0;
    case yajl_t_true:
    case yajl_t_false:
    case yajl_t_null:
        return true;
    case yajl_t_array:
        if (a->u.array.len != b->u.array.len)
            return false;
        for (size_t i = 0; i < a->u.array.len; i++)
            if (!json_equal(a->u.array.values[i], b->u.array.values[i]))
                return false;
        return true;
    case yajl_t_object:
        if (a->u.object.len != b->u.object.len)
            return false;
        for (size_t i = 0; i < a->u.object.len; i++) {
            const char *path[2] = {a->u.object.keys[i], NULL};
            if (!json_equal(a->u.object.values[i], yajl_tree_get(b, path, yajl_t_any)))
                return false;
        }
        return true;
    default:
        return false;
    }
}

static yajl_val parse_body(const struct awsc_stub_request *r)
{
    char *text = malloc(r->body_len + 1);
    if (!text)
        return NULL;
    memcpy(text, r->body, r->body_len);
    text[r->body_len] = '\0';
    char msg[256];
    yajl_val v = yajl_tree_parse(text, msg, sizeof msg);
    if (!v)
        fprintf(stderr, "request body is not JSON (%s): %s\n", msg, text);
    free(text);
    return v;
}

static void test_batch_write_stub(void)
{
    struct awsc_stub *stub = NULL;
    if (!CHECK(awsc_stub_new(&stub) == AWSC_OK, "awsc_stub_new"))
        return;
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.transport = awsc_stub_transport(stub);
    cfg.endpoint_url = "http://127.0.0.1:9";
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_client_new(&cfg, &c, &err), &err, "client on the stub")) {
        awsc_stub_destroy(stub);
        return;
    }
    const char *headers = "Content-Type: application/x-amz-json-1.0\r\n"
                          "x-amzn-RequestId: STUBREQUEST1\r\n";
    char first[1024];
    snprintf(first, sizeof first, "{\"UnprocessedItems\":%s}", unprocessed_json);
    CHECK(awsc_stub_push_simple(stub, 200, headers, first) == AWSC_OK, "stub push");
    CHECK(awsc_stub_push_simple(stub, 200, headers, "{\"UnprocessedItems\":{}}") == AWSC_OK,
          "stub push");

    static char keys[25][16];
    static struct awsc_dynamodb_attribute_map_entry e[25];
    static struct awsc_dynamodb_put_request puts[25];
    static struct awsc_dynamodb_write_request writes[25];
    for (int i = 0; i < 25; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        e[i] = (struct awsc_dynamodb_attribute_map_entry){"pk", S(keys[i])};
        puts[i].item = (struct awsc_dynamodb_attribute_map){&e[i], 1};
        writes[i] = (struct awsc_dynamodb_write_request){.put_request = &puts[i]};
    }
    struct ddb_batch_stats st = {0, 0, 0};
    CHECK(ddb_batch_write(c, "awsc-stub-table", writes, 25, 1, &st), "batch write on the stub");
    CHECK(st.calls == 2 && st.resubmitted == 2, "stub: %d calls and %d resubmitted, want 2 and 2",
          st.calls, st.resubmitted);
    CHECK(awsc_stub_pending_responses(stub) == 0, "stub: %zu responses left unused",
          awsc_stub_pending_responses(stub));
    size_t nreq = awsc_stub_request_count(stub);
    CHECK(nreq == 2, "stub: %zu requests, want 2", nreq);

    char msg[256];
    yajl_val want = yajl_tree_parse(unprocessed_json, msg, sizeof msg);
    CHECK(want != NULL, "canned JSON: %s", msg);
    for (size_t i = 0; i < nreq && i < 2; i++) {
        const struct awsc_stub_request *r = awsc_stub_request(stub, i);
        const char *target = awsc_stub_request_header(r, "X-Amz-Target");
        CHECK(target && strcmp(target, "DynamoDB_20120810.BatchWriteItem") == 0,
              "request %zu: X-Amz-Target %s", i, target ? target : "(null)");
        yajl_val body = parse_body(r);
        const char *path[] = {"RequestItems", NULL};
        yajl_val items = body ? yajl_tree_get(body, path, yajl_t_object) : NULL;
        if (CHECK(items != NULL, "request %zu: no RequestItems object", i)) {
            if (i == 0) {
                const char *tp[] = {"awsc-stub-table", NULL};
                yajl_val list = yajl_tree_get(items, tp, yajl_t_array);
                CHECK(items->u.object.len == 1 && list && list->u.array.len == 25,
                      "first request: not the 25 puts");
            } else {
                CHECK(json_equal(want, items),
                      "the resubmitted request is not exactly the 2 unprocessed items: %.*s",
                      (int)r->body_len, (const char *)r->body);
            }
        }
        yajl_tree_free(body);
    }
    yajl_tree_free(want);
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
}

/* ------------------------------------------------------------------- main */

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_DYNALITE_URL");
    for (int i = 0; i < 256; i++)
        all_bytes[i] = (uint8_t)i;

    test_batch_write_stub();
    test_invalid_input();

    struct awsc_client *c = NULL;
    if (!ddb_client_new(url, &c))
        return itest_finish("dynamodb_test");
    test_tables(c);
    test_item_round_trip(c);
    test_errors(c);
    test_big_item(c);
    test_query_scan(c);
    test_batch_write(c);
    ddb_delete_table(c, ITEMS_TABLE);
    ddb_delete_table(c, RANGE_TABLE);

    /* Gone for good: DescribeTable now fails the way a missing table does. */
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_describe_table_input din = {.table_name = ITEMS_TABLE};
    struct awsc_dynamodb_describe_table_output *dout = NULL;
    int rc = awsc_dynamodb_describe_table(c, &din, &dout, &err);
    check_service_error(rc, &err, AWSC_DYNAMODB_ERR_RESOURCE_NOT_FOUND_EXCEPTION, "DescribeTable");
    awsc_error_clean_up(&err);
    if (rc == AWSC_OK)
        awsc_output_free(dout);
    awsc_client_destroy(c);
    return itest_finish("dynamodb_test");
}
