/*
 * Paginators and waiters against dynalite on 127.0.0.1.
 *
 *   ddb_paginate_test URL [DYNAMODB_CREATE_TABLE_WAIT]
 *
 * CreateTable, then the table_exists waiter; 1,000 items; Scan and Query
 * with a small page size, page by page and item by item, sync and async,
 * with max_items and resume tokens, and collected into one output: every
 * count and every item exact. DeleteTable, then table_not_exists; the same
 * two waiters asynchronously on a second table. With the path of the
 * dynamodb_create_table_wait example, that creates a table that then exists.
 */
#include <awsc/dynamodb.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "itest.h"

#define ITEMS     1000
#define PARTS     4
#define PAGE_SIZE 7

static const struct awsc_wait_options QUICK = {.delay_ms = 100, .max_wait_ms = 60000};

static struct awsc_client *client_new(const char *url)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_client_new(&cfg, &c, &err), &err, "client")) {
        itest_env_clean_up();
        exit(1);
    }
    return c;
}

static bool create_table(struct awsc_client *c, const char *table)
{
    struct awsc_dynamodb_attribute_definition attrs[] = {
        {.attribute_name = "pk", .attribute_type = "S"},
        {.attribute_name = "sk", .attribute_type = "N"},
    };
    struct awsc_dynamodb_key_schema_element keys[] = {
        {.attribute_name = "pk", .key_type = "HASH"},
        {.attribute_name = "sk", .key_type = "RANGE"},
    };
    struct awsc_dynamodb_create_table_input in = {
        .table_name = table,
        .attribute_definitions = AWSC_LIST(attrs),
        .key_schema = AWSC_LIST(keys),
        .billing_mode = "PAY_PER_REQUEST",
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    return CHECK_OK(awsc_dynamodb_create_table(c, &in, NULL, &err), &err, "CreateTable");
}

/* Item i: pk "p<i % 4>", sk i, data "value-<i>". */
static bool put_items(struct awsc_client *c, const char *table)
{
    for (int i = 0; i < ITEMS; i++) {
        char pk[8], sk[16], data[32];
        snprintf(pk, sizeof pk, "p%d", i % PARTS);
        snprintf(sk, sizeof sk, "%d", i);
        snprintf(data, sizeof data, "value-%d", i);
        struct awsc_dynamodb_attribute_map_entry item[] = {
            {"pk", {.s = pk}},
            {"sk", {.n = sk}},
            {"data", {.s = data}},
        };
        struct awsc_dynamodb_put_item_input in = {.table_name = table, .item = AWSC_LIST(item)};
        struct awsc_error err = AWSC_ERROR_INIT;
        if (!CHECK_OK(awsc_dynamodb_put_item(c, &in, NULL, &err), &err, "PutItem"))
            return false;
    }
    return true;
}

static const struct awsc_dynamodb_attribute_value *attr(const struct awsc_dynamodb_attribute_map *m,
                                                        const char *name)
{
    for (size_t i = 0; i < m->count; i++)
        if (strcmp(m->entries[i].key, name) == 0)
            return &m->entries[i].value;
    return NULL;
}

/* Checks one item and marks it seen; returns its sk, or -1. */
static int check_item(const struct awsc_dynamodb_attribute_map *m, bool *seen, const char *what)
{
    const struct awsc_dynamodb_attribute_value *pk = attr(m, "pk"), *sk = attr(m, "sk"),
                                               *data = attr(m, "data");
    if (!CHECK(m->count == 3 && pk && pk->s && sk && sk->n && data && data->s,
               "%s: an item without pk, sk and data", what))
        return -1;
    int i = atoi(sk->n);
    char want_pk[8], want_data[32];
    snprintf(want_pk, sizeof want_pk, "p%d", i % PARTS);
    snprintf(want_data, sizeof want_data, "value-%d", i);
    CHECK(i >= 0 && i < ITEMS, "%s: sk %d out of range", what, i);
    CHECK(strcmp(pk->s, want_pk) == 0 && strcmp(data->s, want_data) == 0, "%s: item %d is {%s, %s}",
          what, i, pk->s, data->s);
    if (i >= 0 && i < ITEMS) {
        CHECK(!seen[i], "%s: item %d seen twice", what, i);
        seen[i] = true;
    }
    return i;
}

static int count_seen(const bool *seen)
{
    int n = 0;
    for (int i = 0; i < ITEMS; i++)
        n += seen[i];
    return n;
}

static void scan_pages(struct awsc_client *c, const char *table)
{
    bool seen[ITEMS] = {false};
    struct awsc_dynamodb_scan_input in = {.table_name = table};
    struct awsc_page_options opts = {.page_size = PAGE_SIZE};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan paginate"))
        return;
    int pages = 0, items = 0, rc;
    struct awsc_dynamodb_scan_output *page;
    while ((rc = awsc_dynamodb_scan_next_page(p, &page, &err)) == AWSC_OK && page) {
        pages++;
        CHECK(page->items.count <= PAGE_SIZE, "a page of %zu items", page->items.count);
        CHECK(page->count == (int32_t)page->items.count, "Count %d for %zu items", page->count,
              page->items.count);
        for (size_t i = 0; i < page->items.count; i++)
            check_item(&page->items.items[i], seen, "scan page");
        items += (int)page->items.count;
        awsc_output_free(page);
    }
    CHECK_OK(rc, &err, "scan next_page");
    CHECK(items == ITEMS && count_seen(seen) == ITEMS, "scan pages: %d items, %d distinct", items,
          count_seen(seen));
    CHECK(pages >= (ITEMS + PAGE_SIZE - 1) / PAGE_SIZE && pages <= ITEMS / PAGE_SIZE + 2,
          "scan: %d pages of %d", pages, PAGE_SIZE);
    CHECK(awsc_pager_page_count(p) == pages && awsc_pager_item_count(p) == ITEMS,
          "scan counters: %lld pages, %lld items", (long long)awsc_pager_page_count(p),
          (long long)awsc_pager_item_count(p));
    printf("scan: %d items in %d pages of at most %d\n", items, pages, PAGE_SIZE);
    awsc_pager_destroy(p);
}

/* Items one by one from a pager, at most `stop` (0: all). */
static int scan_items(struct awsc_pager *p, bool *seen, int stop)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    const struct awsc_dynamodb_attribute_map *item;
    int n = 0, rc;
    while ((!stop || n < stop) && (rc = awsc_dynamodb_scan_next_item(p, &item, &err)) == AWSC_OK &&
           item) {
        check_item(item, seen, "scan item");
        n++;
    }
    if (!stop || n < stop)
        CHECK_OK(rc, &err, "scan next_item");
    return n;
}

static void scan_items_and_resume(struct awsc_client *c, const char *table)
{
    bool seen[ITEMS] = {false};
    struct awsc_dynamodb_scan_input in = {.table_name = table};
    struct awsc_page_options opts = {.page_size = PAGE_SIZE};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;

    /* every item */
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan paginate"))
        return;
    int n = scan_items(p, seen, 0);
    CHECK(n == ITEMS && count_seen(seen) == ITEMS, "scan items: %d, %d distinct", n,
          count_seen(seen));
    awsc_pager_destroy(p);

    /* in three runs: max_items 100 (a page is cut), then a stop after 333
     * items, then the rest, each from the last one's resume token */
    memset(seen, 0, sizeof seen);
    char token[4096];
    opts.max_items = 100;
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan paginate"))
        return;
    int first = scan_items(p, seen, 0);
    const char *t = awsc_pager_resume_token(p);
    CHECK(first == 100 && t, "max_items 100: %d items, token %s", first, t ? t : "(none)");
    snprintf(token, sizeof token, "%s", t ? t : "");
    awsc_pager_destroy(p);
    opts = (struct awsc_page_options){.page_size = PAGE_SIZE, .starting_token = token};
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan resume"))
        return;
    int second = scan_items(p, seen, 333);
    t = awsc_pager_resume_token(p);
    CHECK(second == 333 && t, "a stop after 333: %d items", second);
    snprintf(token, sizeof token, "%s", t ? t : "");
    awsc_pager_destroy(p);
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan resume"))
        return;
    int third = scan_items(p, seen, 0);
    CHECK(awsc_pager_resume_token(p) == NULL, "a resume token after the end");
    awsc_pager_destroy(p);
    CHECK(first + second + third == ITEMS && count_seen(seen) == ITEMS,
          "resumed scan: %d + %d + %d items, %d distinct", first, second, third, count_seen(seen));
    printf("scan items: %d, and %d + %d + %d across resume tokens\n", n, first, second, third);
}

static void scan_collect(struct awsc_client *c, const char *table)
{
    bool seen[ITEMS] = {false};
    struct awsc_dynamodb_scan_input in = {.table_name = table};
    struct awsc_page_options opts = {.page_size = 50};
    struct awsc_pager *p = NULL;
    struct awsc_dynamodb_scan_output *all = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &p, &err), &err, "scan paginate"))
        return;
    if (CHECK_OK(awsc_dynamodb_scan_collect(p, &all, &err), &err, "scan collect")) {
        CHECK(all->items.count == ITEMS && all->count == ITEMS && all->scanned_count == ITEMS,
              "collected %zu items, Count %d, ScannedCount %d", all->items.count, all->count,
              all->scanned_count);
        for (size_t i = 0; i < all->items.count; i++)
            check_item(&all->items.items[i], seen, "collected");
        CHECK(count_seen(seen) == ITEMS, "collected %d distinct", count_seen(seen));
    }
    awsc_output_free(all);
    awsc_pager_destroy(p);
}

/* Query one partition: its items in sk order. */
static void query(struct awsc_client *c, const char *table)
{
    struct awsc_dynamodb_attribute_map_entry values[] = {
        {":p", {.s = "p1"}},
    };
    struct awsc_dynamodb_query_input in = {
        .table_name = table,
        .key_condition_expression = "pk = :p",
        .expression_attribute_values = AWSC_LIST(values),
    };
    struct awsc_page_options opts = {.page_size = 9};
    struct awsc_pager *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    bool seen[ITEMS] = {false};

    /* pages */
    if (!CHECK_OK(awsc_dynamodb_query_paginate(c, &in, &opts, &p, &err), &err, "query paginate"))
        return;
    struct awsc_dynamodb_query_output *page;
    int pages = 0, next = 1, rc;
    while ((rc = awsc_dynamodb_query_next_page(p, &page, &err)) == AWSC_OK && page) {
        pages++;
        CHECK(page->items.count <= 9, "a query page of %zu", page->items.count);
        for (size_t i = 0; i < page->items.count; i++) {
            int sk = check_item(&page->items.items[i], seen, "query page");
            CHECK(sk == next, "query: sk %d where %d was due", sk, next);
            next += PARTS;
        }
        awsc_output_free(page);
    }
    CHECK_OK(rc, &err, "query next_page");
    CHECK(next == ITEMS + 1, "query pages: ended before sk %d", next);
    awsc_pager_destroy(p);

    /* items */
    memset(seen, 0, sizeof seen);
    if (!CHECK_OK(awsc_dynamodb_query_paginate(c, &in, &opts, &p, &err), &err, "query paginate"))
        return;
    const struct awsc_dynamodb_attribute_map *item;
    int items = 0;
    next = 1;
    while ((rc = awsc_dynamodb_query_next_item(p, &item, &err)) == AWSC_OK && item) {
        int sk = check_item(item, seen, "query item");
        CHECK(sk == next, "query items: sk %d where %d was due", sk, next);
        next += PARTS;
        items++;
    }
    CHECK_OK(rc, &err, "query next_item");
    CHECK(items == ITEMS / PARTS, "query items: %d", items);
    printf("query: %d items in %d pages of at most 9, in key order\n", items, pages);
    awsc_pager_destroy(p);
}

/* ------------------------------------------------------------- async */

struct async_scan {
    struct awsc_pager *pager;
    bool seen[ITEMS];
    int items, ends, errors;
};

static void on_item(void *ud, int status, const struct awsc_dynamodb_attribute_map *item,
                    struct awsc_error *err)
{
    struct async_scan *s = ud;
    if (status != AWSC_OK) {
        itest_print_error("async next_item", status, err);
        s->errors++;
        return;
    }
    if (!item) {
        s->ends++;
        return;
    }
    check_item(item, s->seen, "async scan");
    s->items++;
    struct awsc_error e = AWSC_ERROR_INIT;
    if (awsc_dynamodb_scan_next_item_async(s->pager, on_item, s, &e) != AWSC_OK)
        s->errors++;
    awsc_error_clean_up(&e);
}

static void scan_async(struct awsc_client *c, const char *table)
{
    static struct async_scan s;
    memset(&s, 0, sizeof s);
    struct awsc_dynamodb_scan_input in = {.table_name = table};
    struct awsc_page_options opts = {.page_size = 13};
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_scan_paginate(c, &in, &opts, &s.pager, &err), &err, "paginate"))
        return;
    if (CHECK_OK(awsc_dynamodb_scan_next_item_async(s.pager, on_item, &s, &err), &err,
                 "next_item_async"))
        awsc_client_run(c);
    CHECK(s.items == ITEMS && count_seen(s.seen) == ITEMS && s.ends == 1 && s.errors == 0,
          "async scan: %d items, %d distinct, %d ends, %d errors", s.items, count_seen(s.seen),
          s.ends, s.errors);
    awsc_pager_destroy(s.pager);
}

struct waited {
    int calls, status;
};

static void on_waited(void *ud, int status, struct awsc_error *err)
{
    struct waited *w = ud;
    w->calls++;
    w->status = status;
    if (status != AWSC_OK)
        itest_print_error("async wait", status, err);
}

static void waiters_async(struct awsc_client *c, const char *table)
{
    struct awsc_dynamodb_attribute_definition attrs[] = {
        {.attribute_name = "id", .attribute_type = "S"}};
    struct awsc_dynamodb_key_schema_element keys[] = {{.attribute_name = "id", .key_type = "HASH"}};
    struct awsc_dynamodb_create_table_input cin = {
        .table_name = table,
        .attribute_definitions = AWSC_LIST(attrs),
        .key_schema = AWSC_LIST(keys),
        .billing_mode = "PAY_PER_REQUEST",
    };
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_dynamodb_create_table(c, &cin, NULL, &err), &err, "CreateTable"))
        return;
    struct awsc_dynamodb_describe_table_input din = {.table_name = table};
    struct waited w = {0};
    double t0 = itest_now_ms();
    if (CHECK_OK(awsc_dynamodb_wait_table_exists_async(c, &din, &QUICK, on_waited, &w, &err), &err,
                 "wait_table_exists_async"))
        awsc_client_run(c);
    CHECK(w.calls == 1 && w.status == AWSC_OK, "async table_exists: %d calls, status %s", w.calls,
          awsc_status_name(w.status));
    printf("async table_exists: %.0f ms\n", itest_now_ms() - t0);
    struct awsc_dynamodb_delete_table_input del = {.table_name = table};
    if (!CHECK_OK(awsc_dynamodb_delete_table(c, &del, NULL, &err), &err, "DeleteTable"))
        return;
    w = (struct waited){0};
    if (CHECK_OK(awsc_dynamodb_wait_table_not_exists_async(c, &din, &QUICK, on_waited, &w, &err),
                 &err, "wait_table_not_exists_async"))
        awsc_client_run(c);
    CHECK(w.calls == 1 && w.status == AWSC_OK, "async table_not_exists: %d calls, status %s",
          w.calls, awsc_status_name(w.status));
}

/* The dynamodb_create_table_wait example makes a table that then exists. */
static void example(struct awsc_client *c, const char *program, const char *url)
{
    char cmd[4096];
    if (!itest_program_command(cmd, sizeof cmd, program, "awsc-example-wait > /dev/null"))
        return;
    setenv("AWS_ENDPOINT_URL", url, 1);
    setenv("AWSC_WAIT_DELAY_MS", "100", 1);
    int status = system(cmd);
    unsetenv("AWS_ENDPOINT_URL");
    unsetenv("AWSC_WAIT_DELAY_MS");
    CHECK(status == 0, "dynamodb_create_table_wait exited with %d", status);
    struct awsc_dynamodb_describe_table_input din = {.table_name = "awsc-example-wait"};
    struct awsc_dynamodb_describe_table_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (CHECK_OK(awsc_dynamodb_describe_table(c, &din, &out, &err), &err, "DescribeTable"))
        CHECK(out->table && out->table->table_status &&
                  strcmp(out->table->table_status, "ACTIVE") == 0,
              "the example's table is not ACTIVE");
    awsc_output_free(out);
    printf("dynamodb_create_table_wait example: table ACTIVE\n");
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_DYNALITE_URL");
    struct awsc_client *c = client_new(url);
    const char *table = "awsc-paginate";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_describe_table_input din = {.table_name = table};

    /* a table that does not exist yet: table_exists runs out of attempts */
    struct awsc_wait_options two = {.delay_ms = 10, .max_attempts = 2};
    int rc = awsc_dynamodb_wait_table_exists(c, &din, &two, &err);
    CHECK(rc == AWSC_E_WAIT_TIMEOUT, "table_exists on no table: %s", awsc_status_name(rc));
    CHECK(err.message && strstr(err.message, "Waiter TableExists failed: Max attempts exceeded"),
          "message: %s", err.message ? err.message : "(none)");
    awsc_error_clean_up(&err);

    double t0 = itest_now_ms();
    if (create_table(c, table) && CHECK_OK(awsc_dynamodb_wait_table_exists(c, &din, &QUICK, &err),
                                           &err, "wait_table_exists")) {
        printf("table_exists: %.0f ms after CreateTable\n", itest_now_ms() - t0);
        if (put_items(c, table)) {
            scan_pages(c, table);
            scan_items_and_resume(c, table);
            scan_collect(c, table);
            query(c, table);
            scan_async(c, table);
        }
        struct awsc_dynamodb_delete_table_input del = {.table_name = table};
        t0 = itest_now_ms();
        if (CHECK_OK(awsc_dynamodb_delete_table(c, &del, NULL, &err), &err, "DeleteTable") &&
            CHECK_OK(awsc_dynamodb_wait_table_not_exists(c, &din, &QUICK, &err), &err,
                     "wait_table_not_exists"))
            printf("table_not_exists: %.0f ms after DeleteTable\n", itest_now_ms() - t0);
        struct awsc_dynamodb_describe_table_output *gone = NULL;
        rc = awsc_dynamodb_describe_table(c, &din, &gone, &err);
        CHECK(rc == AWSC_E_SERVICE && awsc_error_is(&err, "ResourceNotFoundException"),
              "the table is still there: %s", awsc_status_name(rc));
        awsc_error_clean_up(&err);
        awsc_output_free(gone);
    }
    waiters_async(c, "awsc-paginate-async");
    if (argc > 2)
        example(c, argv[2], url);
    awsc_client_destroy(c);
    itest_env_clean_up();
    return itest_finish("ddb_paginate_test");
}
