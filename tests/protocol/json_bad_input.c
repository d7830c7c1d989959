/*
 * The JSON codec against bad input: malformed and truncated text, values
 * of the wrong type or out of range, deep nesting, invalid UTF-8, unions
 * with two members, cycles, failed allocations; and the json protocol
 * against error bodies that are not JSON. Every case must end in a clear
 * error (never a crash or a leak: run it under the sanitizers and
 * valgrind), and the messages must name the member or byte at fault.
 *
 * The shapes are written by hand in table_shapes.h, as the generator would
 * write them.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/json.h"
#include "protocol/protocol.h"

/* ---------------------------------------------------------------- shapes */

#define TABLE_SHAPE_NAME "TableDescription"
#include "hand_service.h"
#include "table_shapes.h"

/* ------------------------------------------------------------ harness */

static int failures;
static int checks;

#define CHECK(cond, ...)                                           \
    do {                                                           \
        checks++;                                                  \
        if (!(cond)) {                                             \
            failures++;                                            \
            printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            printf(__VA_ARGS__);                                   \
            printf("\n");                                          \
        }                                                          \
    } while (0)

static const struct awsc__json_opts WIRE = AWSC__JSON_OPTS_WIRE;

/* Reads text (copied to a buffer of exactly its size, so that a read past
 * the end shows under the sanitizers) into a struct top. */
static int read_top(const char *text, size_t len, struct awsc_arena *arena, struct top *out,
                    struct awsc_error *err)
{
    memset(out, 0, sizeof *out);
    uint8_t *copy = malloc(len ? len : 1);
    memcpy(copy, text, len);
    int status = awsc__json_read(copy, len, &S_TOP, out, arena, &WIRE, err);
    free(copy);
    return status;
}

/* Expects text to fail with status and a message containing want. */
static void expect_fail(const char *text, int status, const char *want)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct top top;
    int got = read_top(text, strlen(text), arena, &top, &err);
    CHECK(got == status, "%s: status %s, expected %s (%s)", text, awsc_status_name(got),
          awsc_status_name(status), err.message ? err.message : "");
    CHECK(err.message && strstr(err.message, want), "%s: message \"%s\" lacks \"%s\"", text,
          err.message ? err.message : "(null)", want);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

static void expect_ok(const char *text, struct awsc_arena *arena, struct top *top)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = read_top(text, strlen(text), arena, top, &err);
    CHECK(got == AWSC_OK, "%s: %s: %s", text, awsc_status_name(got),
          err.message ? err.message : "");
    awsc_error_clean_up(&err);
}

/* -------------------------------------------------------------- cases */

static const char GOOD[] =
    "{\"Table\":{\"TableName\":\"t\\u00e9\\n\",\"KeySchema\":[{\"AttributeName\":\"id\","
    "\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],\"Size\":-5,"
    "\"ItemCount\":9223372036854775807,\"Ratio\":0.1,\"Weight\":\"NaN\",\"Data\":\"AAEC/w==\","
    "\"Created\":\"2019-12-16T22:48:18.25-01:00\",\"Tags\":{\"a\":\"1\",\"b\":\"2\"},"
    "\"Doc\":{\"n\":12345678901234567890,\"l\":[true,null,\"x\",{}]},\"Choice\":{\"__type\":"
    "\"x#Choice\",\"Text\":\"hi\"},\"Nested\":{\"Small\":-128,\"Created\":1.5},"
    "\"Unknown\":{\"deep\":[1,[2,{\"x\":[]}]]}},\"ClientToken\":\"tok\"}";

static void test_good(void)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct top top;
    expect_ok(GOOD, arena, &top);
    const struct table *t = top.table;
    CHECK(t != NULL, "Table is absent");
    if (!t) {
        awsc__arena_destroy(arena);
        return;
    }
    CHECK(t->table_name && strcmp(t->table_name, "t\xc3\xa9\n") == 0, "TableName");
    CHECK(t->key_schema.count == 2 && strcmp(t->key_schema.items[1].key_type, "RANGE") == 0,
          "KeySchema");
    CHECK(t->has_size && t->size == -5, "Size");
    CHECK(t->has_item_count && t->item_count == INT64_MAX, "ItemCount %lld",
          (long long)t->item_count);
    CHECK(t->has_ratio && t->ratio == 0.1, "Ratio");
    CHECK(t->has_weight && isnan(t->weight), "Weight");
    CHECK(t->data.len == 4 && t->data.data[3] == 0xff, "Data");
    CHECK(t->has_created && t->created.sec == 1576540098 && t->created.nsec == 250000000,
          "Created %lld.%d", (long long)t->created.sec, (int)t->created.nsec);
    CHECK(t->tags.count == 2 && strcmp(t->tags.entries[1].key, "b") == 0 &&
              strcmp(t->tags.entries[1].value, "2") == 0,
          "Tags");
    const struct awsc_document *n = awsc__document_get(t->doc, "n");
    CHECK(n && n->type == AWSC_DOC_NUMBER && strcmp(n->string, "12345678901234567890") == 0,
          "Doc.n keeps its text");
    const struct awsc_document *l = awsc__document_get(t->doc, "l");
    CHECK(l && l->type == AWSC_DOC_ARRAY && l->count == 4 && l->items[1].type == AWSC_DOC_NULL &&
              l->items[3].type == AWSC_DOC_OBJECT,
          "Doc.l");
    CHECK(t->choice && t->choice->text && !t->choice->has_number, "Choice ignores __type");
    CHECK(t->nested && t->nested->has_small && t->nested->small == -128 &&
              t->nested->created.sec == 1 && t->nested->created.nsec == 500000000,
          "Nested");

    /* and back: the same document, member for member */
    struct awsc_buf out = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(status == AWSC_OK, "write: %s", err.message ? err.message : "");
    struct awsc_arena *arena2 = awsc__arena_new();
    struct top again;
    expect_ok(out.data ? out.data : "", arena2, &again);
    struct awsc_buf out2 = AWSC_BUF_INIT;
    awsc__json_write(&out2, &S_TOP, &again, &WIRE, &err);
    CHECK(out.len == out2.len && memcmp(out.data, out2.data, out.len) == 0,
          "round trip differs:\n%s\n%s", out.data, out2.data);
    CHECK(strstr(out.data, "\"Weight\": \"NaN\"") != NULL, "NaN written as a string: %s", out.data);
    /* a request's epoch seconds are whole, as botocore 1.43.67 writes them
     * (int(calendar.timegm(...)): the fraction dropped) */
    CHECK(strstr(out.data, "\"Created\": 1576540098,") != NULL, "epoch with fraction: %s",
          out.data);
    CHECK(strstr(out.data, "\"Created\": 1,") != NULL, "epoch 1.5: %s", out.data);
    CHECK(strstr(out.data, "\"n\": 12345678901234567890") != NULL, "document number exact: %s",
          out.data);
    CHECK(strstr(out.data, "Unknown") == NULL, "unknown members are not kept");
    awsc__buf_clean_up(&out);
    awsc__buf_clean_up(&out2);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena2);
    awsc__arena_destroy(arena);
}

static void test_malformed(void)
{
    static const char *const BAD[] = {
        "",
        "   ",
        "{",
        "}",
        "{\"Table\":}",
        "{\"Table\" {}}",
        "{'Table':{}}",
        "{\"Unknown\":[1,]}",
        "{\"Table\":{},}",
        "nul",
        "tru",
        "\"abc",
        "{\"Table\":{}}}",
        "{\"Table\":{}} x",
        "{} {}",
        "/* c */ {}",
        "{\"Table\":{\"Size\":01}}",
        "{\"Table\":{\"Size\":1.}}",
        "{\"Table\":{\"Size\":-}}",
        "{\"Table\":{\"TableName\":\"\\x\"}}",
        "{\"Table\":{\"TableName\":\"a\tb\"}}",         /* a raw control character */
        "\xef\xbb\xbf{}",                               /* a byte order mark */
        "{\"Table\":{\"TableName\":\"\xff\"}}",         /* not UTF-8 */
        "{\"Table\":{\"TableName\":\"\xc0\xaf\"}}",     /* an overlong form */
        "{\"Table\":{\"TableName\":\"\xed\xa0\x80\"}}", /* a surrogate */
        "{\"Table\":NaN}",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        struct top top;
        int got = read_top(BAD[i], strlen(BAD[i]), arena, &top, &err);
        CHECK(got == AWSC_E_PARSE, "\"%s\": %s", BAD[i], awsc_status_name(got));
        CHECK(err.message && (strstr(err.message, "byte") || strstr(err.message, "no JSON")),
              "\"%s\": the message should name the byte: %s", BAD[i],
              err.message ? err.message : "(null)");
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
    }
    expect_fail("{\"Table\" {}}", AWSC_E_PARSE,
                "invalid JSON near byte 10: parse error: object "
                "key and value must be separated by a colon");
    expect_fail("{\"Table\":{", AWSC_E_PARSE, "ends at byte 10");
}

/* Every proper prefix of a valid document is an error, never a crash. */
static void test_truncated(void)
{
    size_t len = strlen(GOOD);
    int bad = 0;
    for (size_t n = 0; n < len; n++) {
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        struct top top;
        int got = read_top(GOOD, n, arena, &top, &err);
        if (got != AWSC_E_PARSE || !err.message || !strstr(err.message, "byte")) {
            if (bad++ < 5)
                CHECK(false, "prefix of %zu bytes: %s: %s", n, awsc_status_name(got),
                      err.message ? err.message : "(null)");
        }
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
    }
    CHECK(bad == 0, "%d of %zu prefixes were not refused", bad, len);
}

static void test_types(void)
{
    expect_fail("{\"Table\":{\"KeySchema\":[{\"AttributeName\":\"a\"},{\"AttributeName\":5}]}}",
                AWSC_E_PARSE, "Table.KeySchema[1].AttributeName: expected a string, got a number");
    expect_fail("{\"Table\":[]}", AWSC_E_PARSE, "Table: expected an object, got an array");
    expect_fail("[]", AWSC_E_PARSE, "top level: expected an object, got an array");
    expect_fail("{\"Table\":{\"KeySchema\":{}}}", AWSC_E_PARSE,
                "Table.KeySchema: expected an array, got an object");
    expect_fail("{\"Table\":{\"Size\":\"5\"}}", AWSC_E_PARSE,
                "Table.Size: expected an integer, got a string");
    expect_fail("{\"Table\":{\"Size\":true}}", AWSC_E_PARSE,
                "Table.Size: expected an integer, got true");
    expect_fail("{\"Table\":{\"TableName\":false}}", AWSC_E_PARSE,
                "Table.TableName: expected a string, got false");
    expect_fail("{\"Table\":{\"Tags\":{\"k\":1}}}", AWSC_E_PARSE,
                "Table.Tags[\"k\"]: expected a string, got a number");
    expect_fail("{\"Table\":{\"Data\":\"not base64!\"}}", AWSC_E_PARSE,
                "Table.Data: expected a base64 string");
    expect_fail("{\"Table\":{\"Created\":\"yesterday\"}}", AWSC_E_PARSE,
                "Table.Created: \"yesterday\" is not a timestamp");
    expect_fail("{\"Table\":{\"Created\":true}}", AWSC_E_PARSE,
                "Table.Created: expected a timestamp");
    expect_fail("{\"Table\":{\"Ratio\":\"1.5\"}}", AWSC_E_PARSE,
                "Table.Ratio: expected a number, got a string");
    expect_fail("{\"Table\":{\"Nested\":{\"Nested\":{\"Size\":{}}}}}", AWSC_E_PARSE,
                "Table.Nested.Nested.Size: expected an integer, got an object");
    expect_fail("{\"Table\":{\"TableName\":\"a\\u0000b\"}}", AWSC_E_PARSE,
                "Table.TableName: the string holds a NUL character");
    expect_fail("{\"Table\":{\"Choice\":{\"Text\":\"a\",\"Number\":1}}}", AWSC_E_PARSE,
                "Table.Choice: a union takes exactly one member");

    /* nulls leave members absent and are dropped from lists and maps */
    struct awsc_arena *arena = awsc__arena_new();
    struct top top;
    expect_ok("{\"Table\":{\"TableName\":null,\"Size\":null,\"KeySchema\":[null,{},null],"
              "\"Tags\":{\"a\":null},\"Choice\":{\"Text\":null,\"Number\":3}}}",
              arena, &top);
    CHECK(top.table && !top.table->table_name && !top.table->has_size, "nulls are absent");
    CHECK(top.table && top.table->key_schema.count == 1, "null list items dropped");
    CHECK(top.table && top.table->tags.entries && top.table->tags.count == 0,
          "an empty map is present");
    CHECK(top.table && top.table->choice && top.table->choice->number == 3, "union with nulls");
    awsc__arena_destroy(arena);

    arena = awsc__arena_new();
    expect_ok("{\"Table\":{\"KeySchema\":[]}}", arena, &top);
    CHECK(top.table && top.table->key_schema.items && top.table->key_schema.count == 0,
          "an empty list is present");
    awsc__arena_destroy(arena);
}

static void test_numbers(void)
{
    static const struct {
        const char *text;
        const char *want; /* NULL: accepted */
    } CASES[] = {
        {"{\"Table\":{\"Size\":2147483647}}", NULL},
        {"{\"Table\":{\"Size\":-2147483648}}", NULL},
        {"{\"Table\":{\"Size\":1e3}}", NULL},
        {"{\"Table\":{\"Size\":2147483648}}",
         "Table.Size: 2147483648 is out of range for a 32-bit integer"},
        {"{\"Table\":{\"Size\":-2147483649}}", "out of range for a 32-bit integer"},
        {"{\"Table\":{\"Size\":99999999999999999999999999999}}", "out of range"},
        {"{\"Table\":{\"Size\":1e10}}", "Table.Size: 1e10 is out of range"},
        {"{\"Table\":{\"Size\":1.5}}", "Table.Size: expected an integer, got 1.5"},
        {"{\"Table\":{\"Size\":1e400}}", "out of range"},
        {"{\"Table\":{\"Small\":128}}", "Table.Small: 128 is out of range for a byte"},
        {"{\"Table\":{\"ItemCount\":-9223372036854775808}}", NULL},
        {"{\"Table\":{\"ItemCount\":9223372036854775808}}",
         "Table.ItemCount: 9223372036854775808 is out of range for a 64-bit integer"},
        {"{\"Table\":{\"Ratio\":1e400}}", "Table.Ratio: 1e400 is out of range for a double"},
        {"{\"Table\":{\"Ratio\":1e-400}}", NULL},
        {"{\"Table\":{\"Weight\":1e39}}", "Table.Weight: 1e39 is out of range for a float"},
        {"{\"Table\":{\"Created\":1e300}}", "Table.Created: 1e300 is not a usable timestamp"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        if (CASES[i].want) {
            expect_fail(CASES[i].text, AWSC_E_PARSE, CASES[i].want);
        } else {
            struct awsc_arena *arena = awsc__arena_new();
            struct top top;
            expect_ok(CASES[i].text, arena, &top);
            awsc__arena_destroy(arena);
        }
    }
    /* longs are exact to 64 bits */
    struct awsc_arena *arena = awsc__arena_new();
    struct top top;
    expect_ok("{\"Table\":{\"ItemCount\":1234567890123456789}}", arena, &top);
    CHECK(top.table && top.table->item_count == 1234567890123456789LL, "long exact");
    awsc__arena_destroy(arena);
}

static void test_depth(void)
{
    /* deep nesting in a skipped member, in a document, in the model */
    const char *heads[] = {
        "{\"Table\":{\"Unknown\":", "{\"Table\":{\"Doc\":", "{\"Table\":{\"Doc\":{\"x\":"};
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        for (int depth = 100; depth <= 100000; depth *= 1000) {
            struct awsc_buf b = AWSC_BUF_INIT;
            awsc__buf_puts(&b, heads[h]);
            for (int i = 0; i < depth; i++)
                awsc__buf_putc(&b, '[');
            for (int i = 0; i < depth; i++)
                awsc__buf_putc(&b, ']');
            awsc__buf_puts(&b, h == 2 ? "}}}" : "}}");
            struct awsc_arena *arena = awsc__arena_new();
            struct awsc_error err = AWSC_ERROR_INIT;
            struct top top;
            int got = read_top(b.data, b.len, arena, &top, &err);
            if (depth < 200)
                CHECK(got == AWSC_OK, "depth %d: %s", depth, err.message ? err.message : "");
            else
                CHECK(got == AWSC_E_PARSE && strstr(err.message, "nested more than 256"),
                      "depth %d: %s: %s", depth, awsc_status_name(got),
                      err.message ? err.message : "");
            awsc_error_clean_up(&err);
            awsc__arena_destroy(arena);
            awsc__buf_clean_up(&b);
        }
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"Table\":");
    for (int i = 0; i < 300; i++)
        awsc__buf_puts(&b, "{\"Nested\":");
    for (int i = 0; i < 301; i++)
        awsc__buf_putc(&b, '}');
    awsc__buf_putc(&b, '}');
    expect_fail(b.data, AWSC_E_PARSE, "nested more than 256 levels");
    awsc__buf_clean_up(&b);
}

static void expect_write_fail(const struct top *top, const char *want)
{
    struct awsc_buf out = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__json_write(&out, &S_TOP, top, &WIRE, &err);
    CHECK(got == AWSC_E_VALIDATION, "write: %s, expected AWSC_E_VALIDATION", awsc_status_name(got));
    CHECK(err.message && strstr(err.message, want), "write: message \"%s\" lacks \"%s\"",
          err.message ? err.message : "(null)", want);
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);
}

static void test_write(void)
{
    struct table t;
    memset(&t, 0, sizeof t);
    struct top top = {&t, NULL};

    t.table_name = "ok\x01\"\\\n\xe2\x82\xac";
    struct awsc_buf out = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(got == AWSC_OK, "write: %s", err.message ? err.message : "");
    CHECK(out.data && strstr(out.data, "\"TableName\": \"ok\\u0001\\\"\\\\\\n\\u20ac\""),
          "escaping: %s", out.data ? out.data : "");
    /* the idempotency token is filled */
    CHECK(out.data && strstr(out.data, "\"ClientToken\": \"") && strlen(out.data) > 40, "token: %s",
          out.data ? out.data : "");
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);

    t.table_name = "bad \xff here";
    expect_write_fail(&top, "Table.TableName: the string is not valid UTF-8 (byte 0xff at "
                            "offset 4)");
    t.table_name = "truncated \xe2\x82";
    expect_write_fail(&top, "Table.TableName: the string is not valid UTF-8");
    t.table_name = "surrogate \xed\xa0\x80";
    expect_write_fail(&top, "not valid UTF-8");
    t.table_name = NULL;

    struct key_element items[2] = {{"a", "HASH"}, {"b\xc3", "RANGE"}};
    t.key_schema.items = items;
    t.key_schema.count = 2;
    expect_write_fail(&top, "Table.KeySchema[1].AttributeName: the string is not valid UTF-8");
    t.key_schema.items = NULL;
    expect_write_fail(&top, "Table.KeySchema: the list has 2 items but items is NULL");
    t.key_schema.count = 0;

    struct tags_entry tags[1] = {{"k\x80", "v"}};
    t.tags.entries = tags;
    t.tags.count = 1;
    expect_write_fail(&top, "not valid UTF-8");
    tags[0].key = "k";
    tags[0].value = NULL;
    expect_write_fail(&top, "Table.Tags[\"k\"]: a map value is NULL");
    t.tags.entries = NULL;
    t.tags.count = 0;

    struct choice c = {"x", true, 1};
    t.choice = &c;
    expect_write_fail(&top, "Table.Choice: a union takes exactly one member");
    t.choice = NULL;

    struct awsc_document doc = {.type = AWSC_DOC_NUMBER, .number = NAN};
    t.doc = &doc;
    expect_write_fail(&top, "Table.Doc: a document number must be finite");
    doc.number = 1.25;
    doc.string = "1.25; DROP"; /* not a JSON number: the double is written */
    out = (struct awsc_buf)AWSC_BUF_INIT;
    got = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(got == AWSC_OK && strstr(out.data, "\"Doc\": 1.25}"), "document number: %s",
          out.data ? out.data : "");
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);
    t.doc = NULL;

    /* a cycle */
    t.nested = &t;
    expect_write_fail(&top, "nested more than 256 levels deep (is there a cycle?)");
    t.nested = NULL;

    /* numbers: shortest round-trip text, non-finite as strings */
    t.has_ratio = true;
    t.ratio = 0.1;
    t.has_weight = true;
    t.weight = 0.1f;
    t.has_created = true;
    t.created.sec = -2;
    t.created.nsec = 500000000;
    t.has_item_count = true;
    t.item_count = INT64_MIN;
    out = (struct awsc_buf)AWSC_BUF_INIT;
    got = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(got == AWSC_OK, "numbers: %s", err.message ? err.message : "");
    CHECK(strstr(out.data, "\"Ratio\": 0.1,") && strstr(out.data, "\"Weight\": 0.1,") &&
              strstr(out.data, "\"Created\": -2") && /* -1.5 s: 23:59:58.5 */
              strstr(out.data, "\"ItemCount\": -9223372036854775808"),
          "numbers: %s", out.data);
    awsc__buf_clean_up(&out);
    t.ratio = -INFINITY;
    out = (struct awsc_buf)AWSC_BUF_INIT;
    got = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(got == AWSC_OK && strstr(out.data, "\"Ratio\": \"-Infinity\""), "-Infinity: %s",
          out.data);
    awsc__buf_clean_up(&out);

    /* pretty output, as the command-line tool prints it */
    struct key_element one = {"id", NULL};
    struct table small;
    memset(&small, 0, sizeof small);
    small.has_size = true;
    small.size = 7;
    small.key_schema.items = &one;
    small.key_schema.count = 1;
    small.tags.entries = tags; /* an empty map: present, no entries */
    struct top pretty_top = {&small, "tok"};
    struct awsc__json_opts pretty = {.member_names = true, .pretty = true};
    out = (struct awsc_buf)AWSC_BUF_INIT;
    got = awsc__json_write(&out, &S_TOP, &pretty_top, &pretty, &err);
    static const char WANT[] = "{\n"
                               "    \"Table\": {\n"
                               "        \"KeySchema\": [\n"
                               "            {\n"
                               "                \"AttributeName\": \"id\"\n"
                               "            }\n"
                               "        ],\n"
                               "        \"Size\": 7,\n"
                               "        \"Tags\": {}\n"
                               "    },\n"
                               "    \"ClientToken\": \"tok\"\n"
                               "}";
    CHECK(got == AWSC_OK && strcmp(out.data, WANT) == 0, "pretty:\n%s", out.data);
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);
}

/* Request bodies are byte for byte what botocore's json.dumps makes:
 * floats as Python's repr(), everything outside ASCII escaped. */
static void test_botocore_bytes(void)
{
    static const struct {
        double value;
        const char *text;
    } FLOATS[] = {
        {250.0, "250.0"},
        {1e16, "1e+16"},
        {1e15, "1000000000000000.0"},
        {0.0001, "0.0001"},
        {1e-05, "1e-05"},
        {123456789.12345679, "123456789.12345679"},
        {-0.0, "-0.0"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {0.30000000000000004, "0.30000000000000004"},
        {100.25, "100.25"},
        {1.5e-7, "1.5e-07"},
        {12345678901234567.0, "1.2345678901234568e+16"},
        {2.5e-5, "2.5e-05"},
    };
    for (size_t i = 0; i < sizeof FLOATS / sizeof FLOATS[0]; i++) {
        struct table t;
        memset(&t, 0, sizeof t);
        t.has_ratio = true;
        t.ratio = FLOATS[i].value;
        struct top top = {&t, "x"};
        struct awsc_buf out = AWSC_BUF_INIT;
        struct awsc_error err = AWSC_ERROR_INIT;
        awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
        char want[128];
        snprintf(want, sizeof want, "{\"Table\": {\"Ratio\": %s}, \"ClientToken\": \"x\"}",
                 FLOATS[i].text);
        CHECK(out.data && strcmp(out.data, want) == 0, "%s: got %s", FLOATS[i].text,
              out.data ? out.data : "(null)");
        awsc__buf_clean_up(&out);
        awsc_error_clean_up(&err);
    }
    struct table t;
    memset(&t, 0, sizeof t);
    t.table_name = "\xf0\x9f\x98\x80\x7f\xe2\x82\xac/\xc3\xa9";
    struct top top = {&t, "x"};
    struct awsc_buf out = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
    CHECK(out.data && strstr(out.data, "\"\\ud83d\\ude00\\u007f\\u20ac/\\u00e9\""),
          "ensure_ascii: %s", out.data ? out.data : "(null)");
    awsc__buf_clean_up(&out);
    /* without ascii (the command-line tool), UTF-8 stays as it is */
    struct awsc__json_opts utf8 = {.member_names = true};
    out = (struct awsc_buf)AWSC_BUF_INIT;
    awsc__json_write(&out, &S_TOP, &top, &utf8, &err);
    CHECK(out.data && strstr(out.data, "\"\xf0\x9f\x98\x80\x7f\xe2\x82\xac/\xc3\xa9\""),
          "utf-8: %s", out.data ? out.data : "(null)");
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);
}

/* Every allocation fails in turn: each run ends in AWSC_OK or
 * AWSC_E_NOMEM, and nothing leaks (the sanitizers and valgrind say). */
static void test_alloc_failures(void)
{
    for (int what = 0; what < 2; what++) {
        int n;
        for (n = 1; n < 100000; n++) {
            awsc__alloc_fail_at(n);
            struct awsc_arena *arena = awsc__arena_new();
            struct awsc_error err = AWSC_ERROR_INIT;
            int got = AWSC_E_NOMEM;
            struct awsc_buf out = AWSC_BUF_INIT;
            struct top top;
            memset(&top, 0, sizeof top);
            if (arena) {
                got = awsc__json_read((const uint8_t *)GOOD, strlen(GOOD), &S_TOP, &top, arena,
                                      &WIRE, &err);
                if (what == 1 && got == AWSC_OK)
                    got = awsc__json_write(&out, &S_TOP, &top, &WIRE, &err);
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
        CHECK(n > 3, "fault injection reached %d allocations", n);
    }
}

/* The json protocol's error parsing: bodies that are not what they should
 * be still give a service error with a useful code and message. */
static void test_error_bodies(void)
{
    static const struct awsc_shape *const ERRORS[] = {&S_TABLE};
    static const struct hand_svc SVC = {.name = "test",
                                        .target_prefix = "T",
                                        .json_version = "1.0",
                                        .protocol = AWSC_PROTO_JSON,
                                        .errors = ERRORS};
    static const struct hand_op OP_DESC = {
        .name = "Op", .http_method = "POST", .request_uri = "/", .output = &S_TOP};
    static struct hand_service H;
    const struct awsc_operation *op = hand_build(&H, &SVC, &OP_DESC, 1);
    static const struct {
        int status;
        const char *header;
        const char *body;
        const char *code;
        const char *message;
    } CASES[] = {
        {502, NULL, "<html><body><h1>502 Bad Gateway</h1>\n</body></html>", "502",
         "not JSON: \"<html><body><h1>502 Bad Gateway</h1> </body></html>\""},
        {503, "x-amzn-ErrorType:ServiceUnavailable", "Service Unavailable", "ServiceUnavailable",
         "not JSON"},
        {500, NULL, "", "500", ""},
        {400, NULL, "[1,2]", "400", "not JSON"},
        {400, NULL, "{\"__type\":5,\"message\":[]}", "400", ""},
        {400, NULL, "{\"__type\":\"a.b#Thing:http://x\",\"Message\":\"m\"}", "Thing", "m"},
        {400, "x-amzn-query-error:AWS.Queue.Missing;Sender",
         "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"q\"}",
         "AWS.Queue.Missing", "q"},
        {400, NULL, "{\"__type\":\"X\",\"errorMessage\":\"lambda\"", "400", "not JSON"},
        {400, NULL, "\xff\xfe{}", "400", "not JSON: \"??{}\""},
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
        size_t len = strlen(CASES[i].body);
        uint8_t *body = malloc(len ? len : 1);
        memcpy(body, CASES[i].body, len);
        resp.body = body;
        resp.body_len = len;
        struct awsc_error err = AWSC_ERROR_INIT;
        int got = awsc__json_protocol()->parse_error(op, &resp, &err);
        CHECK(got == AWSC_E_SERVICE && err.status == AWSC_E_SERVICE, "case %zu: %s", i,
              awsc_status_name(got));
        CHECK(err.code && strcmp(err.code, CASES[i].code) == 0, "case %zu: code %s, expected %s", i,
              err.code ? err.code : "(null)", CASES[i].code);
        CHECK(err.message && (CASES[i].message[0] ? strstr(err.message, CASES[i].message) != NULL
                                                  : err.message[0] == '\0'),
              "case %zu: message \"%s\" lacks \"%s\"", i, err.message ? err.message : "(null)",
              CASES[i].message);
        CHECK(err.http_status == CASES[i].status, "case %zu: http status", i);
        awsc_error_clean_up(&err);
        free(body);
        awsc__arena_destroy(arena);
    }

    /* a 200 whose body does not fit the output: a parse error naming the
     * operation and the member */
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc__response resp;
    memset(&resp, 0, sizeof resp);
    resp.status = 200;
    resp.body = (const uint8_t *)"{\"Table\":{\"Size\":\"big\"}}";
    resp.body_len = strlen((const char *)resp.body);
    void *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__json_protocol()->parse(op, &resp, arena, &out, &err);
    CHECK(got == AWSC_E_PARSE && out == NULL, "parse: %s", awsc_status_name(got));
    CHECK(err.message && strstr(err.message, "the Op response (HTTP 200) could not be read: "
                                             "Table.Size: expected an integer, got a string"),
          "parse message: %s", err.message ? err.message : "(null)");
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

int main(void)
{
    test_good();
    test_malformed();
    test_truncated();
    test_types();
    test_numbers();
    test_depth();
    test_write();
    test_botocore_bytes();
    test_alloc_failures();
    test_error_bodies();
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
