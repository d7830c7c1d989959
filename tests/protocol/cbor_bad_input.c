/*
 * The CBOR codec against bad input: truncated items, wrong major types,
 * reserved and ill-formed heads, nesting too deep, invalid UTF-8, huge
 * lengths, integers out of range, stray tags and break codes, unions with
 * two members, failed allocations; and the rpc-v2-cbor protocol against
 * error bodies that are not what they should be. Every case must end in a
 * clear error (never a crash or a leak: run it under the sanitizers and
 * valgrind), and the messages must name the member and byte at fault.
 *
 * The shapes are written by hand in table_shapes.h (the same as
 * json_bad_input.c's), as the generator would write them;
 * the CBOR is built with a small encoder of the test's own.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "protocol/cbor.h"
#include "protocol/protocol.h"

/* ---------------------------------------------------------------- shapes */

#define TABLE_SHAPE_NAME "Table"
#define TABLE_ERROR_CODE "TableError" /* the table is also an error */
#include "hand_service.h"
#include "table_shapes.h"

/* ---------------------------------------------------------------- checks */

static int failures;
static int checks;

#define CHECK(cond, ...)                                \
    do {                                                \
        checks++;                                       \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

/* ---------------------------------------------------- a small encoder */

static void head(struct awsc_buf *b, unsigned major, uint64_t v)
{
    uint8_t h[9];
    int n = v < 24 ? 0 : v < 0x100 ? 1 : v < 0x10000 ? 2 : v < 0x100000000 ? 4 : 8;
    h[0] = (uint8_t)(major << 5 | (n == 0 ? v : n == 1 ? 24 : n == 2 ? 25 : n == 4 ? 26 : 27));
    for (int i = n; i > 0; i--, v >>= 8)
        h[i] = (uint8_t)v;
    awsc__buf_append(b, h, (size_t)n + 1);
}

static void text(struct awsc_buf *b, const char *s)
{
    head(b, 3, strlen(s));
    awsc__buf_puts(b, s);
}

static void raw(struct awsc_buf *b, const char *hex)
{
    for (; hex[0] && hex[1]; hex += 2) {
        while (*hex == ' ')
            hex++;
        awsc__buf_putc(b, (char)(awsc__hex_value(hex[0]) << 4 | awsc__hex_value(hex[1])));
    }
}

/* {"Table": ...} is not how these shapes nest: the top is the table. A
 * body is {key: <value given as hex>}. */
static void member_body(struct awsc_buf *b, const char *key, const char *value_hex)
{
    head(b, 5, 1);
    text(b, key);
    raw(b, value_hex);
}

/* Reads b into a fresh table; the caller frees the arena. */
static int read_table(const struct awsc_buf *b, struct awsc_arena *arena, struct table *t,
                      struct awsc_error *err)
{
    memset(t, 0, sizeof *t);
    return awsc__cbor_read((const uint8_t *)b->data, b->len, &S_TABLE, t, arena, NULL, err);
}

/* b must fail with status, the message containing want. */
static void expect_fail_buf(const struct awsc_buf *b, int status, const char *want)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    int got = read_table(b, arena, &t, &err);
    CHECK(got == status, "expected %s for \"%s\", got %s (%s)", awsc_status_name(status), want,
          awsc_status_name(got), err.message ? err.message : "");
    CHECK(err.message && strstr(err.message, want), "message \"%s\" lacks \"%s\"",
          err.message ? err.message : "(null)", want);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

static void expect_fail_hex(const char *hex, const char *want)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    raw(&b, hex);
    expect_fail_buf(&b, AWSC_E_PARSE, want);
    awsc__buf_clean_up(&b);
}

static void expect_member_fail(const char *key, const char *value_hex, const char *want)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    member_body(&b, key, value_hex);
    expect_fail_buf(&b, AWSC_E_PARSE, want);
    awsc__buf_clean_up(&b);
}

/* ------------------------------------------------------------ the good */

static struct key_element ELEMENTS[] = {{"pk", "HASH"}, {"sk", "RANGE"}};
static struct tags_entry TAG_ENTRIES[] = {{"env", "prod"}, {"é", "ü"}};
static struct awsc_document DOC_ITEMS[] = {
    {.type = AWSC_DOC_NUMBER, .number = 1},
    {.type = AWSC_DOC_STRING, .string = "two"},
    {.type = AWSC_DOC_NUMBER, .number = -2.5},
    {.type = AWSC_DOC_BOOL, .boolean = true},
    {.type = AWSC_DOC_NULL},
};
static struct awsc_document DOC = {.type = AWSC_DOC_ARRAY, .items = DOC_ITEMS, .count = 5};
static struct choice CHOICE = {.has_number = true, .number = -7};

static struct table good_table(struct table *nested)
{
    struct table t = {
        .table_name = "music",
        .key_schema = {ELEMENTS, 2},
        .has_size = true,
        .size = -2147483647 - 1,
        .has_item_count = true,
        .item_count = 9007199254740993LL,
        .has_ratio = true,
        .ratio = 0.1,
        .has_weight = true,
        .weight = 7.625f,
        .data = {(const uint8_t *)"\x00\x01\xff", 3},
        .has_created = true,
        .created = {1422172800, 500000000},
        .tags = {TAG_ENTRIES, 2},
        .doc = &DOC,
        .choice = &CHOICE,
        .nested = nested,
        .has_small = true,
        .small = -128,
    };
    return t;
}

static void check_same(const struct table *a, const struct table *b, const char *what)
{
    CHECK(a->table_name && strcmp(a->table_name, b->table_name) == 0, "%s: TableName", what);
    CHECK(a->key_schema.count == 2 && strcmp(a->key_schema.items[1].key_type, "RANGE") == 0,
          "%s: KeySchema", what);
    CHECK(a->has_size && a->size == b->size, "%s: Size %d", what, a->size);
    CHECK(a->has_item_count && a->item_count == b->item_count, "%s: ItemCount %lld", what,
          (long long)a->item_count);
    CHECK(a->has_ratio && a->ratio == b->ratio, "%s: Ratio", what);
    CHECK(a->has_weight && a->weight == b->weight, "%s: Weight", what);
    CHECK(a->data.len == 3 && memcmp(a->data.data, "\x00\x01\xff", 3) == 0, "%s: Data", what);
    CHECK(a->has_created && a->created.sec == b->created.sec && a->created.nsec == b->created.nsec,
          "%s: Created %lld.%09d", what, (long long)a->created.sec, (int)a->created.nsec);
    CHECK(a->tags.count == 2 && strcmp(a->tags.entries[1].key, "é") == 0 &&
              strcmp(a->tags.entries[1].value, "ü") == 0,
          "%s: Tags", what);
    CHECK(a->doc && a->doc->type == AWSC_DOC_ARRAY && a->doc->count == 5 &&
              a->doc->items[2].number == -2.5 && a->doc->items[4].type == AWSC_DOC_NULL &&
              strcmp(a->doc->items[1].string, "two") == 0,
          "%s: Doc", what);
    CHECK(a->choice && a->choice->has_number && a->choice->number == -7 && !a->choice->text,
          "%s: Choice", what);
    CHECK(a->has_small && a->small == -128, "%s: Small", what);
}

/* The writer's bytes read back the same; every prefix of them is a clear
 * truncation error; bytes after them are refused. */
static void test_round_trip(void)
{
    struct table inner = good_table(NULL);
    struct table t = good_table(&inner);
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__cbor_write(&b, &S_TABLE, &t, NULL, &err);
    CHECK(got == AWSC_OK, "write: %s", err.message ? err.message : "");

    struct awsc_arena *arena = awsc__arena_new();
    struct table back;
    got = read_table(&b, arena, &back, &err);
    CHECK(got == AWSC_OK, "read back: %s", err.message ? err.message : "");
    if (got == AWSC_OK) {
        check_same(&back, &t, "top");
        CHECK(back.nested != NULL, "nested table");
        if (back.nested)
            check_same(back.nested, &inner, "nested");
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);

    for (size_t n = 0; n < b.len; n++) {
        struct awsc_buf cut = AWSC_BUF_INIT;
        awsc__buf_append(&cut, b.data, n);
        struct awsc_arena *a = awsc__arena_new();
        struct table part;
        int st = read_table(&cut, a, &part, &err);
        CHECK(st == AWSC_E_PARSE && err.message &&
                  (strstr(err.message, "ends") || strstr(err.message, "bytes remain")),
              "%zu of %zu bytes: %s: %s", n, b.len, awsc_status_name(st),
              err.message ? err.message : "");
        awsc_error_clean_up(&err);
        awsc__arena_destroy(a);
        awsc__buf_clean_up(&cut);
    }
    awsc__buf_puts(&b, "\xf6");
    expect_fail_buf(&b, AWSC_E_PARSE, "top level: 1 bytes follow the CBOR item");
    awsc__buf_clean_up(&b);
}

/* Indefinite lengths everywhere, chunked strings, nulls dropped, unknown
 * members of every kind skipped, integers and floats of other widths. */
static void test_lenient(void)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    raw(&b, "bf");
    text(&b, "Unknown");
    raw(&b, "9f 01 bf 61 61 9f f6 ff ff c1 1a 00 00 00 01 5f 41 00 ff 7f 61 61 ff f9 7c00 f7 ff");
    text(&b, "TableName");
    raw(&b, "7f 63 6d 75 73 62 69 63 ff"); /* "mus" "ic" */
    text(&b, "KeySchema");
    raw(&b, "9f f6 bf 6d 41 74 74 72 69 62 75 74 65 4e 61 6d 65 62 70 6b ff f6 ff");
    text(&b, "Size");
    raw(&b, "1b 00 00 00 00 00 00 00 05"); /* 5 in eight bytes */
    text(&b, "Ratio");
    raw(&b, "f9 3e 00"); /* 1.5 as a half */
    text(&b, "Weight");
    raw(&b, "18 07"); /* an integer for a float */
    text(&b, "Data");
    raw(&b, "5f 41 00 42 01 ff ff");
    text(&b, "Created");
    raw(&b, "c1 fb 41 cc 37 db 38 0f be 77"); /* 946845296.123 */
    text(&b, "Tags");
    raw(&b, "bf 61 61 f6 61 62 61 63 ff");
    text(&b, "ItemCount");
    raw(&b, "c2 42 01 00"); /* a big number: 256 */
    text(&b, "Choice");
    raw(&b, "a2 66 5f 5f 74 79 70 65 61 78 64 54 65 78 74 61 74"); /* __type is ignored */
    text(&b, "Small");
    raw(&b, "c3 41 7f"); /* -1 - 127 */
    raw(&b, "ff");

    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    int got = read_table(&b, arena, &t, &err);
    CHECK(got == AWSC_OK, "lenient: %s", err.message ? err.message : "");
    if (got == AWSC_OK) {
        CHECK(t.table_name && strcmp(t.table_name, "music") == 0, "chunked TableName");
        CHECK(t.key_schema.count == 1 && strcmp(t.key_schema.items[0].attribute_name, "pk") == 0 &&
                  !t.key_schema.items[0].key_type,
              "KeySchema without its nulls: %zu", t.key_schema.count);
        CHECK(t.has_size && t.size == 5, "Size %d", t.size);
        CHECK(t.has_ratio && t.ratio == 1.5, "Ratio %g", t.ratio);
        CHECK(t.has_weight && t.weight == 7.0f, "Weight %g", (double)t.weight);
        CHECK(t.data.len == 3 && memcmp(t.data.data, "\x00\x01\xff", 3) == 0, "chunked Data");
        CHECK(t.has_created && t.created.sec == 946845296 && t.created.nsec == 123000000,
              "Created %lld.%09d", (long long)t.created.sec, (int)t.created.nsec);
        CHECK(t.tags.count == 1 && strcmp(t.tags.entries[0].key, "b") == 0 &&
                  strcmp(t.tags.entries[0].value, "c") == 0,
              "Tags without the null entry: %zu", t.tags.count);
        CHECK(t.has_item_count && t.item_count == 256, "ItemCount %lld", (long long)t.item_count);
        CHECK(t.choice && t.choice->text && strcmp(t.choice->text, "t") == 0, "Choice");
        CHECK(t.has_small && t.small == -128, "Small %d", t.small);
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    awsc__buf_clean_up(&b);
}

static void test_malformed(void)
{
    expect_fail_hex("", "top level: the CBOR data ends before the item is complete (byte 0)");
    expect_fail_hex("1c", "reserved additional information");
    expect_fail_hex("fe", "reserved additional information");
    expect_fail_hex("1f", "the initial byte 0x1f is not well-formed");
    expect_fail_hex("df", "not well-formed");
    expect_fail_hex("ff", "a break code outside an indefinite-length item");
    expect_fail_hex("a1 ff", "a map key must be a text string, not a break code");
    expect_fail_hex("a1 01 02", "a map key must be a text string, not an unsigned integer");
    expect_fail_hex("bf 63 66 6f 6f ff", "a break code outside an indefinite-length item");
    expect_fail_hex("bf 63 66 6f 6f 9f ff", "ends before the item is complete");
    expect_fail_hex("a1 63 66 6f 6f 9f 01 02", "ends before the item is complete");
    expect_fail_hex("a1 63 66 6f 6f 82 01 ff", "a break code outside an indefinite-length item");
    expect_fail_hex("a1 63 66 6f 6f bf 01 ff", "a map ends after a key, before its value");
    expect_fail_hex("a1 63 66 6f 6f f8 10", "simple value 16 is not well-formed in two bytes");
    expect_fail_hex("a1 7f 61 61 01 ff 01",
                    "a chunk of an indefinite-length text string is an unsigned integer");
    expect_fail_hex("a1 7f 61 61 7f ff ff 01", "not a definite-length one");
    expect_fail_hex("a1 63 66 6f 6f 5f 61 61 ff", "a chunk of an indefinite-length byte string is "
                                                  "a text string");
    expect_fail_hex("a1 63 66 6f 6f 19 01", "ends inside the head of an unsigned integer");
    /* huge lengths */
    expect_fail_hex("a1 7b 7f ff ff ff ff ff ff ff",
                    "a text string of 9223372036854775807 bytes, but only 0 bytes remain");
    expect_fail_hex("a1 63 66 6f 6f 5b ff ff ff ff ff ff ff ff",
                    "a byte string of 18446744073709551615 bytes, but only 0 bytes remain");
    expect_member_fail("KeySchema", "9b 00 00 00 01 00 00 00 00",
                       "KeySchema: an array of 4294967296 elements, but only 0 bytes remain");
    expect_member_fail("Tags", "bb ff ff ff ff ff ff ff ff",
                       "Tags: a map of 18446744073709551615 elements, but only 0 bytes remain");
    expect_member_fail("TableName", "7f 7a ff ff ff ff ff",
                       "TableName: a text string of 4294967295 bytes, but only 1 bytes remain");
    expect_member_fail("Unknown", "bb 7f ff ff ff ff ff ff ff",
                       "top level: the CBOR data ends before the item is complete");
}

static void test_types(void)
{
    expect_fail_hex("81 01", "top level: expected a map, got an array (byte 0)");
    expect_member_fail("TableName", "05",
                       "TableName: expected a text string, got an unsigned "
                       "integer (byte 11)");
    expect_member_fail("TableName", "43 61 62 63", "expected a text string, got a byte string");
    expect_member_fail("Data", "63 61 62 63", "Data: expected a byte string, got a text string");
    expect_member_fail("Size", "f9 3c 00", "Size: expected an integer, got a float");
    expect_member_fail("Size", "f5", "Size: expected an integer, got a boolean");
    expect_member_fail("Ratio", "61 31", "Ratio: expected a number, got a text string");
    expect_member_fail("KeySchema", "a0", "KeySchema: expected an array, got a map");
    expect_member_fail("KeySchema", "81 80", "KeySchema[0]: expected a map, got an array");
    expect_member_fail("Tags", "a1 01 61 61", "Tags: a map key must be a text string");
    expect_member_fail("Tags", "a1 61 61 01", "Tags[\"a\"]: expected a text string");
    expect_member_fail("Created", "c1 61 31",
                       "Created: expected a timestamp (tag 1 and a number), got a text string");
    expect_member_fail("Created", "c1 fb 7f f0 00 00 00 00 00 00", "is not a usable timestamp");
    expect_member_fail("Created", "c1 c1 01", "tags on tags are not expected here");
    expect_member_fail("TableName", "c1 61 61", "TableName: unexpected tag 1 before a text string");
    expect_member_fail("Size", "c2 61 61", "a big number (tag 2) must be a byte string");
    expect_member_fail("Doc", "a1 01 02", "Doc: a map key must be a text string");
    expect_member_fail("Doc", "41 00", "Doc: a byte string has no meaning in a document");
    expect_member_fail("Doc", "c2 41 00", "Doc: tag 2 has no meaning in a document");
    expect_member_fail("Choice", "a2 64 54 65 78 74 61 61 66 4e 75 6d 62 65 72 01",
                       "Choice: a union takes exactly one member, but both Number and Text are "
                       "set");
    /* text */
    expect_member_fail("TableName", "62 c3 28", "TableName: the text string is not valid UTF-8");
    expect_member_fail("TableName", "63 ed a0 80", "not valid UTF-8"); /* a surrogate */
    expect_member_fail("TableName", "62 c0 80", "not valid UTF-8");    /* overlong NUL */
    expect_member_fail("TableName", "63 61 00 62", "holds a NUL character");
    expect_member_fail("Tags", "a1 61 ff 61 61", "Tags: the text string is not valid UTF-8");
}

static void test_numbers(void)
{
    expect_member_fail("Size", "1a 80 00 00 00", "Size: 2147483648 is out of range for a 32-bit");
    expect_member_fail("Size", "3a 80 00 00 00", "Size: -1-2147483648 is out of range");
    expect_member_fail("Small", "18 80", "Small: 128 is out of range for a byte");
    expect_member_fail("ItemCount", "1b 80 00 00 00 00 00 00 00",
                       "ItemCount: 9223372036854775808 is out of range for a 64-bit integer");
    expect_member_fail("ItemCount", "3b ff ff ff ff ff ff ff ff", "is out of range");
    expect_member_fail("ItemCount", "c2 49 01 00 00 00 00 00 00 00 00",
                       "a big number of 9 bytes is out of range for a 64-bit integer");
    expect_member_fail("ItemCount", "c2 48 80 00 00 00 00 00 00 00",
                       "9223372036854775808 is out of range for a 64-bit integer");
    /* the extremes that fit */
    struct awsc_buf b = AWSC_BUF_INIT;
    head(&b, 5, 4);
    text(&b, "ItemCount");
    raw(&b, "3b 7f ff ff ff ff ff ff ff");
    text(&b, "Size");
    raw(&b, "c2 49 00 00 00 00 00 7f ff ff ff"); /* leading zeros */
    text(&b, "Ratio");
    raw(&b, "f9 7e 00");
    text(&b, "Weight");
    raw(&b, "fa ff 80 00 00");
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    int got = read_table(&b, arena, &t, &err);
    CHECK(got == AWSC_OK && t.item_count == INT64_MIN && t.size == INT32_MAX && isnan(t.ratio) &&
              isinf(t.weight) && t.weight < 0,
          "extremes: %s", err.message ? err.message : "");
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    awsc__buf_clean_up(&b);
}

static void test_depth(void)
{
    /* an unknown member nested 300 deep, and the table itself */
    struct awsc_buf b = AWSC_BUF_INIT;
    head(&b, 5, 1);
    text(&b, "Unknown");
    for (int i = 0; i < 300; i++)
        raw(&b, "81");
    raw(&b, "01");
    expect_fail_buf(&b, AWSC_E_PARSE, "nested more than 256 levels deep");
    awsc__buf_reset(&b);
    for (int i = 0; i < 300; i++) {
        head(&b, 5, 1);
        text(&b, "Nested");
    }
    raw(&b, "a0");
    expect_fail_buf(&b, AWSC_E_PARSE,
                    "Nested.Nested.Nested.Nested.Nested.Nested.Nested.Nested.Nested.Nested");
    expect_fail_buf(&b, AWSC_E_PARSE, "nested more than 256 levels deep");
    awsc__buf_reset(&b);
    /* indefinite arrays 100,000 deep in a document: refused, not a stack overflow */
    head(&b, 5, 1);
    text(&b, "Doc");
    for (int i = 0; i < 100000; i++)
        raw(&b, "9f");
    expect_fail_buf(&b, AWSC_E_PARSE, "Doc");
    awsc__buf_clean_up(&b);
}

static void expect_write_fail(const struct table *t, const char *want)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__cbor_write(&b, &S_TABLE, t, NULL, &err);
    CHECK(got == AWSC_E_VALIDATION, "write \"%s\": %s", want, awsc_status_name(got));
    CHECK(err.message && strstr(err.message, want), "write message \"%s\" lacks \"%s\"",
          err.message ? err.message : "(null)", want);
    awsc_error_clean_up(&err);
    awsc__buf_clean_up(&b);
}

static void test_write(void)
{
    struct table t = {.table_name = "bad \xff"};
    expect_write_fail(&t, "TableName: the string is not valid UTF-8");
    struct key_element bad_items[] = {{"pk", "\xc0\x80"}};
    t = (struct table){.key_schema = {bad_items, 1}};
    expect_write_fail(&t, "KeySchema[0].KeyType: the string is not valid UTF-8");
    t = (struct table){.key_schema = {NULL, 2}};
    expect_write_fail(&t, "KeySchema: the list has 2 items but items is NULL");
    struct tags_entry null_value[] = {{"k", NULL}};
    t = (struct table){.tags = {null_value, 1}};
    expect_write_fail(&t, "Tags[\"k\"]: a map value is NULL");
    struct choice both = {.text = "a", .has_number = true};
    t = (struct table){.choice = &both};
    expect_write_fail(&t, "Choice: a union takes exactly one member, but both Number and Text");
    t = (struct table){.has_created = true, .created = {0, 1000000000}};
    expect_write_fail(&t, "Created: the timestamp's nsec (1000000000) is outside 0..999999999");
    struct table cycle = {.table_name = "loop"};
    cycle.nested = &cycle;
    expect_write_fail(&cycle, "nested more than 256 levels deep (is there a cycle?)");
    struct awsc_document bad_doc = {.type = AWSC_DOC_OBJECT, .count = 1};
    t = (struct table){.doc = &bad_doc};
    expect_write_fail(&t, "Doc: a document object has 1 entries but entries is NULL");
}

/* Every allocation fails in turn: each run ends in AWSC_OK or
 * AWSC_E_NOMEM, and nothing leaks (the sanitizers and valgrind say). */
static void test_alloc_failures(void)
{
    struct table inner = good_table(NULL);
    struct table good = good_table(&inner);
    struct awsc_buf body = AWSC_BUF_INIT;
    struct awsc_error werr = AWSC_ERROR_INIT;
    awsc__cbor_write(&body, &S_TABLE, &good, NULL, &werr);
    awsc_error_clean_up(&werr);
    for (int what = 0; what < 2; what++) {
        int n;
        for (n = 1; n < 100000; n++) {
            awsc__alloc_fail_at(n);
            struct awsc_arena *arena = awsc__arena_new();
            struct awsc_error err = AWSC_ERROR_INIT;
            int got = AWSC_E_NOMEM;
            struct awsc_buf out = AWSC_BUF_INIT;
            struct table t;
            memset(&t, 0, sizeof t);
            if (arena) {
                got = read_table(&body, arena, &t, &err);
                if (what == 1 && got == AWSC_OK)
                    got = awsc__cbor_write(&out, &S_TABLE, &t, NULL, &err);
            }
            long made = awsc__alloc_count();
            awsc__alloc_fail_at(0);
            CHECK(got == AWSC_OK || got == AWSC_E_NOMEM, "allocation %d: %s: %s", n,
                  awsc_status_name(got), err.message ? err.message : "");
            awsc__buf_clean_up(&out);
            awsc_error_clean_up(&err);
            awsc__arena_destroy(arena);
            if (made < n) {
                CHECK(got == AWSC_OK, "the run without failures: %s", awsc_status_name(got));
                break;
            }
        }
        /* the run made n - 1 allocations: the arena and at least one of its
         * blocks (one block holds the table where pointers take 4 bytes) */
        CHECK(n > 2 && n < 100000, "fault injection reached %d allocations", n - 1);
    }
    awsc__buf_clean_up(&body);
}

/* The protocol's error parsing: bodies that are not what they should be
 * still give a service error with a useful code and message. */
static void test_error_bodies(void)
{
    static const struct awsc_shape *const ERRORS[] = {&S_TABLE};
    static const struct hand_svc SVC = {.name = "test",
                                        .target_prefix = "T",
                                        .protocol = AWSC_PROTO_RPC_V2_CBOR,
                                        .errors = ERRORS,
                                        .error_count = 1};
    static const struct hand_op OP_DESC = {.name = "Op",
                                           .http_method = "POST",
                                           .request_uri = "/",
                                           .output = &S_TABLE,
                                           .error_count = 1};
    static struct hand_service H;
    const struct awsc_operation *op = hand_build(&H, &SVC, &OP_DESC, 1);
    /* the bodies in hex, as the test encoder writes them */
    static const struct {
        int status;
        const char *header;
        const char *body_hex;
        const char *code;
        const char *message;
        bool modeled;
    } CASES[] = {
        /* an HTML page */
        {502, NULL, "3c 68 74 6d 6c 3e", "502", "a body that is not a CBOR map: \"<html>\"", false},
        {500, NULL, "", "500", "", false},
        {400, NULL, "82 01 02", "400", "not a CBOR map", false},
        /* __type not a string: not readable */
        {400, NULL, "a1 66 5f 5f 74 79 70 65 05", "400", "not a CBOR map", false},
        /* truncated */
        {400, NULL, "a2 66 5f 5f 74 79 70 65 61 58", "400", "not a CBOR map", false},
        /* {"__type": "a.b#TableError:http://x", "Message": "m"} */
        {400, NULL,
         "a2 66 5f 5f 74 79 70 65 77 61 2e 62 23 54 61 62 6c 65 45 72 72 6f 72 3a 68 74 74 70 3a "
         "2f 2f 78 67 4d 65 73 73 61 67 65 61 6d",
         "TableError", "m", true},
        /* the same, with a member that does not fit the model: unmodeled */
        {400, NULL, "a2 66 5f 5f 74 79 70 65 6a 54 61 62 6c 65 45 72 72 6f 72 64 53 69 7a 65 61 78",
         "TableError", "", false},
        /* x-amzn-query-error names the code */
        {400, "x-amzn-query-error:AWS.Table.Missing;Sender",
         "a2 66 5f 5f 74 79 70 65 61 58 67 6d 65 73 73 61 67 65 61 71", "AWS.Table.Missing", "q",
         false},
        /* a malformed x-amzn-query-error is not used */
        {400, "x-amzn-query-error:;Sender", "a1 66 5f 5f 74 79 70 65 61 58", "X", "", false},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc__response resp;
        memset(&resp, 0, sizeof resp);
        resp.status = CASES[i].status;
        if (CASES[i].header) {
            char name[64];
            const char *colon = strchr(CASES[i].header, ':');
            snprintf(name, sizeof name, "%.*s", (int)(colon - CASES[i].header), CASES[i].header);
            awsc__headers_add(&resp.headers, arena, name, colon + 1);
        }
        struct awsc_buf body = AWSC_BUF_INIT;
        raw(&body, CASES[i].body_hex);
        uint8_t *copy = malloc(body.len ? body.len : 1); /* exact, for the sanitizers */
        if (body.len)
            memcpy(copy, body.data, body.len);
        resp.body = copy;
        resp.body_len = body.len;
        struct awsc_error err = AWSC_ERROR_INIT;
        int got = awsc__cbor_protocol()->parse_error(op, &resp, &err);
        CHECK(got == AWSC_E_SERVICE && err.status == AWSC_E_SERVICE, "case %zu: %s", i,
              awsc_status_name(got));
        CHECK(err.code && strcmp(err.code, CASES[i].code) == 0, "case %zu: code %s, expected %s", i,
              err.code ? err.code : "(null)", CASES[i].code);
        CHECK(err.message && (CASES[i].message[0] ? strstr(err.message, CASES[i].message) != NULL
                                                  : err.message[0] == '\0'),
              "case %zu: message \"%s\" lacks \"%s\"", i, err.message ? err.message : "(null)",
              CASES[i].message);
        CHECK((err.shape != NULL) == CASES[i].modeled, "case %zu: modeled %d", i,
              err.shape != NULL);
        CHECK(err.http_status == CASES[i].status, "case %zu: http status", i);
        awsc_error_clean_up(&err);
        awsc__buf_clean_up(&body);
        free(copy);
        awsc__arena_destroy(arena);
    }

    /* a 200 whose body does not fit the output: a parse error naming the
     * operation and the member; an empty body is an empty output */
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc__response resp;
    memset(&resp, 0, sizeof resp);
    resp.status = 200;
    struct awsc_buf body = AWSC_BUF_INIT;
    member_body(&body, "Size", "61 78");
    resp.body = (const uint8_t *)body.data;
    resp.body_len = body.len;
    void *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__cbor_protocol()->parse(op, &resp, arena, &out, &err);
    CHECK(got == AWSC_E_PARSE && out == NULL, "parse: %s", awsc_status_name(got));
    CHECK(err.message && strstr(err.message, "the Op response (HTTP 200) could not be read: "
                                             "Size: expected an integer, got a text string"),
          "parse message: %s", err.message ? err.message : "(null)");
    awsc_error_clean_up(&err);
    resp.body_len = 0;
    got = awsc__cbor_protocol()->parse(op, &resp, arena, &out, &err);
    CHECK(got == AWSC_OK && out && !((struct table *)out)->table_name, "empty body: %s",
          awsc_status_name(got));
    awsc_error_clean_up(&err);
    awsc__buf_clean_up(&body);
    awsc__arena_destroy(arena);
}

/* Requests: no input struct for an operation that has an input is {};
 * an operation without one sends no body and no Content-Type; input the
 * writer refuses fails the serialization with the member's path. */
static void test_serialize(void)
{
    static const struct hand_svc SVC = {
        .name = "test", .target_prefix = "Svc_2024", .protocol = AWSC_PROTO_RPC_V2_CBOR};
    static const struct hand_op OPS[] = {
        {.name = "PutTable", .http_method = "POST", .input = &S_TABLE},
        {.name = "Ping", .http_method = "POST"},
    };
    static struct hand_service H;
    const struct awsc_operation *WITH = hand_build(&H, &SVC, OPS, 2), *WITHOUT = WITH + 1;
    struct {
        const struct awsc_operation *op;
        const void *input;
        const char *body_hex;
        int status;
    } cases[] = {
        {WITH, NULL, "a0", AWSC_OK},
        {WITHOUT, NULL, "", AWSC_OK},
        {WITH, &(struct table){.table_name = "x\xff"}, "", AWSC_E_VALIDATION},
        {WITH, &(struct table){.has_small = true, .small = -1}, "a1 65 53 6d 61 6c 6c 20", AWSC_OK},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct awsc__request req;
        memset(&req, 0, sizeof req);
        req.arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        int got = awsc__cbor_protocol()->serialize(cases[i].op, cases[i].input, &req, &err);
        CHECK(got == cases[i].status, "serialize %zu: %s %s", i, awsc_status_name(got),
              err.message ? err.message : "");
        if (got == AWSC_OK) {
            struct awsc_buf want = AWSC_BUF_INIT;
            raw(&want, cases[i].body_hex);
            CHECK(req.body.len == want.len &&
                      (!want.len || memcmp(req.body.data, want.data, want.len) == 0),
                  "serialize %zu: body of %zu bytes", i, req.body.len);
            const char *ct = awsc__headers_get(&req.headers, "Content-Type");
            CHECK(want.len ? ct && strcmp(ct, "application/cbor") == 0 : ct == NULL,
                  "serialize %zu: Content-Type %s", i, ct ? ct : "(none)");
            CHECK(req.path.data && strncmp(req.path.data, "/service/Svc_2024/operation/", 28) == 0,
                  "serialize %zu: path %s", i, req.path.data ? req.path.data : "");
            awsc__buf_clean_up(&want);
        } else {
            CHECK(err.message && strstr(err.message, "TableName: the string is not valid UTF-8"),
                  "serialize %zu: %s", i, err.message ? err.message : "");
        }
        awsc_error_clean_up(&err);
        awsc__request_clean_up(&req);
    }
}

/* The protocol's own allocations fail in turn: serializing a full input,
 * and reading a modeled error; each run ends in success or AWSC_E_NOMEM,
 * with nothing leaked. */
static void test_protocol_alloc_failures(void)
{
    static const struct awsc_shape *const ERRORS[] = {&S_TABLE};
    static const struct hand_svc SVC = {.name = "test",
                                        .target_prefix = "T",
                                        .protocol = AWSC_PROTO_RPC_V2_CBOR,
                                        .flags = AWSC_SVC_QUERY_COMPATIBLE,
                                        .errors = ERRORS};
    static const struct hand_op OP_DESC = {.name = "Op",
                                           .http_method = "POST",
                                           .input = &S_TABLE,
                                           .output = &S_TABLE,
                                           .error_count = 1};
    static struct hand_service H;
    const struct awsc_operation *op = hand_build(&H, &SVC, &OP_DESC, 1);
    struct table inner = good_table(NULL);
    struct table good = good_table(&inner);
    struct awsc_buf body = AWSC_BUF_INIT;
    head(&body, 5, 3);
    text(&body, "__type");
    text(&body, "ns#TableError");
    text(&body, "message");
    text(&body, "gone");
    text(&body, "TableName");
    text(&body, "t");
    for (int what = 0; what < 2; what++) {
        int n;
        for (n = 1; n < 100000; n++) {
            awsc__alloc_fail_at(n);
            struct awsc_error err = AWSC_ERROR_INIT;
            int got, ok;
            if (what == 0) {
                struct awsc__request req;
                memset(&req, 0, sizeof req);
                req.arena = awsc__arena_new();
                got = req.arena ? awsc__cbor_protocol()->serialize(op, &good, &req, &err)
                                : AWSC_E_NOMEM;
                ok = AWSC_OK;
                awsc__request_clean_up(&req);
            } else {
                struct awsc_arena *arena = awsc__arena_new();
                struct awsc__response resp;
                memset(&resp, 0, sizeof resp);
                resp.status = 400;
                resp.body = (const uint8_t *)body.data;
                resp.body_len = body.len;
                if (arena)
                    awsc__headers_add(&resp.headers, arena, "x-amzn-RequestId", "rid");
                got = awsc__cbor_protocol()->parse_error(op, &resp, &err);
                ok = AWSC_E_SERVICE;
                if (got == ok)
                    CHECK(err.shape == &S_TABLE && strcmp(err.code, "TableError") == 0 &&
                              strcmp(err.message, "gone") == 0 &&
                              strcmp(((struct table *)err.data)->table_name, "t") == 0,
                          "allocation %d: the modeled error: %s %s %s", n, err.code, err.message,
                          err.shape ? awsc_shape_name(err.shape) : "-");
                awsc__arena_destroy(arena);
            }
            long made = awsc__alloc_count();
            awsc__alloc_fail_at(0);
            CHECK(got == ok || got == AWSC_E_NOMEM, "%s, allocation %d: %s: %s",
                  what ? "parse_error" : "serialize", n, awsc_status_name(got),
                  err.message ? err.message : "");
            awsc_error_clean_up(&err);
            if (made < n) {
                CHECK(got == ok, "the run without failures: %s", awsc_status_name(got));
                break;
            }
        }
        CHECK(n > 2, "fault injection reached %d allocations", n);
    }
    awsc__buf_clean_up(&body);
}

/* A client for a service that speaks a protocol no built service speaks
 * fails with a message naming the protocol (its codec is left out of the
 * call path); in a build with an rpc-v2-cbor service it is made. */
static void test_client_codec(void)
{
    static const struct hand_svc SVC = {.name = "test",
                                        .service_id = "Test",
                                        .target_prefix = "Svc_2024",
                                        .protocol = AWSC_PROTO_RPC_V2_CBOR};
    static struct hand_service H;
    hand_build(&H, &SVC, NULL, 0);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    struct awsc_client *client = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc_client_new(&H.service, &cfg, &client, &err);
#if AWSC_CODEC_RPC_V2_CBOR
    CHECK(got == AWSC_OK && client, "client of an rpc-v2-cbor service: %s",
          err.message ? err.message : "");
#else
    CHECK(got == AWSC_E_UNSUPPORTED && !client, "client without the codec: got %s",
          awsc_status_name(got));
    CHECK(err.message && strstr(err.message, "smithy-rpc-v2-cbor") &&
              strstr(err.message, "Test"),
          "message \"%s\" names the service and the protocol", err.message ? err.message : "");
#endif
    awsc_client_destroy(client);
    awsc_error_clean_up(&err);
}

int main(void)
{
    test_client_codec();
    test_round_trip();
    test_lenient();
    test_malformed();
    test_types();
    test_numbers();
    test_depth();
    test_write();
    test_alloc_failures();
    test_error_bodies();
    test_serialize();
    test_protocol_alloc_failures();
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
