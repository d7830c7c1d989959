/*
 * The XML codec and the query and ec2 protocols against good and bad
 * input: every XML construct the models use (wrapped and flattened lists
 * and maps, attributes, namespaces, nested structures) read into structs;
 * malformed, truncated and non-UTF-8 text, DOCTYPEs and entities (refused
 * outright), deep nesting, values that do not fit; the writer's exact
 * bytes and its refusals; the form body of query and ec2 byte for byte;
 * error documents, in error responses and inside a 200; failed
 * allocations at every point. Every case must end in a clear error, never
 * a crash or a leak (run it under the sanitizers and valgrind).
 *
 * The shapes are written by hand here, as the generator would write them.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/protocol.h"
#include "protocol/xml.h"

#include "hand_service.h"
#include "hand_shapes.h"

/* ---------------------------------------------------------------- shapes */

struct strings {
    const char **items;
    size_t count;
};
struct item {
    const char *name;
    bool has_count;
    int32_t count;
};
struct items {
    struct item *items;
    size_t count;
};
struct tag_entry {
    const char *key;
    const char *value;
};
struct tags {
    struct tag_entry *entries;
    size_t count;
};
struct choice { /* a union */
    const char *text;
    bool has_number;
    int32_t number;
};
struct table {
    const char *name;
    const char *kind;
    const char *xsi_type;
    bool has_size;
    int32_t size;
    bool has_big;
    int64_t big;
    bool has_small;
    int8_t small;
    bool has_ok;
    bool ok;
    bool has_ratio;
    double ratio;
    bool has_weight;
    float weight;
    bool has_created;
    struct awsc_timestamp created;
    bool has_stamp;
    struct awsc_timestamp stamp;
    struct awsc_blob data;
    struct strings names;
    struct strings flat;
    struct items items;
    struct tags tags;
    struct tags flat_tags;
    struct choice *choice;
    struct table *nested;
};

struct qinput { /* the input of the query and ec2 operations */
    const char *name;
    struct strings names;
    struct strings flat;
    struct tags tags;
    struct tags flat_tags;
    struct item *item;
    bool has_ok;
    bool ok;
    bool has_when;
    struct awsc_timestamp when;
    struct awsc_blob data;
    bool has_ratio;
    double ratio;
    struct strings empty;
    const char *token;
};
struct qerror {
    const char *message;
    const char *detail;
};

/* The shapes are one object (hand_shapes.h): every shape, member, XML
 * name and namespace of this test. */
#define T SHAPES

/* The names: X(Name) for "Name", and TEXT(id, text) for a member's names
 * with its wire name or query name after the NUL, a code and a namespace
 * (its prefix, "" for the default, and its URI). */
/* clang-format off */
#define NAMES(X, TEXT)                                                                            \
    X(String) X(Integer) X(Long) X(Byte) X(Boolean) X(Double) X(Float) X(Timestamp) X(Epoch)      \
    X(Blob) X(Names) X(FlatNames) X(NamedList) X(Item) X(Items) X(Tags) X(FlatTags) X(Choice)     \
    X(Table) X(QInput) X(NoSuchThing)                                                             \
    X(Name) X(Count) X(Text) X(Number) X(Size) X(Big) X(Small) X(Ok) X(Ratio) X(Weight)           \
    X(Created) X(Stamp) X(Data) X(Flat) X(Nested) X(When) X(Empty) X(Message) X(Detail)           \
    X(V) X(K) X(Entry)                                                                            \
    TEXT(Name_TableName, "Name\0TableName")                                                       \
    TEXT(Kind_kind, "Kind\0kind")                                                                 \
    TEXT(XsiType_xsi_type, "XsiType\0xsi:type")                                                   \
    TEXT(FlatTags_Tag, "FlatTags\0Tag")                                                           \
    TEXT(Item_item, "Item\0item")                                                                 \
    TEXT(Token_ClientToken, "Token\0ClientToken")                                                 \
    TEXT(no_such_thing_code, "AWS.Test.NoSuchThing")                                              \
    TEXT(doc_namespace, "\0https://example.com/doc/")
/* clang-format on */

/* Formatted by hand: clang-format would put its brace below "T =". */
/* clang-format off */
static const struct {
    struct awsc_shape String, Integer, Long, Byte, Boolean, Double, Float, Timestamp, Epoch, Blob;
    struct awsc_collection_shape Names, FlatNames, Items, Tags, FlatTags, NamedList;
    struct awsc_structure_shape Item, Choice, Table, QInput, NoSuchThing;
    struct awsc_shape_traits table_traits, no_such_thing_traits;
    struct awsc_member item_members[2], choice_members[2], table_members[19], qinput_members[12],
        qerror_members[2];
    struct awsc_xml_refs names_refs, flat_tags_refs, entry_refs;
    struct {
        NAMES(NAME_FIELD, TEXT_FIELD)
    } names;
} T = {
    .String = SCALAR(String, STRING, const char *),
    .Integer = SCALAR(Integer, INTEGER, int32_t),
    .Long = SCALAR(Long, LONG, int64_t),
    .Byte = SCALAR(Byte, BYTE, int8_t),
    .Boolean = SCALAR(Boolean, BOOLEAN, bool),
    .Double = SCALAR(Double, DOUBLE, double),
    .Float = SCALAR(Float, FLOAT, float),
    .Timestamp = SCALAR(Timestamp, TIMESTAMP, struct awsc_timestamp),
    .Epoch = {.name_ref = REF(Epoch.name_ref, names.Epoch),
              .type = AWSC_SHAPE_TIMESTAMP,
              .timestamp_format = AWSC_TSFMT_EPOCH,
              .size = sizeof(struct awsc_timestamp)},
    .Blob = SCALAR(Blob, BLOB, struct awsc_blob),

    .names_refs = {.item_name_ref = REF(names_refs.item_name_ref, names.Name)},
    .flat_tags_refs = {.item_name_ref = REF(flat_tags_refs.item_name_ref, names.V),
                       .key_name_ref = REF(flat_tags_refs.key_name_ref, names.K)},
    .entry_refs = {.item_name_ref = REF(entry_refs.item_name_ref, names.Entry)},
    .Names = {.shape = {.name_ref = REF(Names.shape.name_ref, names.Names),
                        .type = AWSC_SHAPE_LIST,
                        .size = sizeof(const char *)},
              .item_ref = REF(Names.item_ref, String),
              .xml_refs_ref = REF(Names.xml_refs_ref, names_refs)},
    .FlatNames = {.shape = {.name_ref = REF(FlatNames.shape.name_ref, names.FlatNames),
                            .type = AWSC_SHAPE_LIST,
                            .flags = AWSC_SF_FLATTENED,
                            .size = sizeof(const char *)},
                  .item_ref = REF(FlatNames.item_ref, String)},

    .Item = {.shape = STRUCT_HEAD(Item, struct item),
             .members_ref = REF(Item.members_ref, item_members),
             .member_count = 2},
    .item_members = {
        MEMBER(item, 0, Name, String, name, NOHAS),
        MEMBER(item, 1, Count, Integer, count, HAS(item, has_count)),
    },
    .Items = {.shape = {.name_ref = REF(Items.shape.name_ref, names.Items),
                        .type = AWSC_SHAPE_LIST,
                        .size = sizeof(struct item)},
              .item_ref = REF(Items.item_ref, Item.shape)},
    .Tags = {.shape = {.name_ref = REF(Tags.shape.name_ref, names.Tags),
                       .type = AWSC_SHAPE_MAP,
                       .size = sizeof(struct tag_entry)},
             .item_ref = REF(Tags.item_ref, String),
             .key_ref = REF(Tags.key_ref, String),
             .value_offset = offsetof(struct tag_entry, value),
             .entry_size = sizeof(struct tag_entry)},
    .FlatTags = {.shape = {.name_ref = REF(FlatTags.shape.name_ref, names.FlatTags),
                           .type = AWSC_SHAPE_MAP,
                           .flags = AWSC_SF_FLATTENED,
                           .size = sizeof(struct tag_entry)},
                 .item_ref = REF(FlatTags.item_ref, String),
                 .xml_refs_ref = REF(FlatTags.xml_refs_ref, flat_tags_refs),
                 .key_ref = REF(FlatTags.key_ref, String),
                 .value_offset = offsetof(struct tag_entry, value),
                 .entry_size = sizeof(struct tag_entry)},

    .Choice = {.shape = {.name_ref = REF(Choice.shape.name_ref, names.Choice),
                         .type = AWSC_SHAPE_STRUCTURE,
                         .flags = AWSC_SF_UNION,
                         .size = sizeof(struct choice)},
               .members_ref = REF(Choice.members_ref, choice_members),
               .member_count = 2},
    .choice_members = {
        MEMBER(choice, 0, Text, String, text, NOHAS),
        MEMBER(choice, 1, Number, Integer, number, HAS(choice, has_number)),
    },

    .Table = {.shape = {.name_ref = REF(Table.shape.name_ref, names.Table),
                        .traits_ref = REF(Table.shape.traits_ref, table_traits),
                        .type = AWSC_SHAPE_STRUCTURE,
                        .size = sizeof(struct table)},
              .members_ref = REF(Table.members_ref, table_members),
              .member_count = AWSC_ARRAY_LEN(T.table_members)},
    .table_traits = {.xml_namespace_ref = REF(table_traits.xml_namespace_ref, names.doc_namespace)},
    .table_members = {
        MEMBER_FLAGS(table, 0, Name_TableName, String, name, NOHAS, AWSC_MF_WIRE_NAME),
        MEMBER_FLAGS(table, 1, Kind_kind, String, kind, NOHAS,
                     AWSC_MF_XML_ATTRIBUTE | AWSC_MF_WIRE_NAME),
        MEMBER_FLAGS(table, 2, XsiType_xsi_type, String, xsi_type, NOHAS,
                     AWSC_MF_XML_ATTRIBUTE | AWSC_MF_WIRE_NAME),
        MEMBER(table, 3, Size, Integer, size, HAS(table, has_size)),
        MEMBER(table, 4, Big, Long, big, HAS(table, has_big)),
        MEMBER(table, 5, Small, Byte, small, HAS(table, has_small)),
        MEMBER(table, 6, Ok, Boolean, ok, HAS(table, has_ok)),
        MEMBER(table, 7, Ratio, Double, ratio, HAS(table, has_ratio)),
        MEMBER(table, 8, Weight, Float, weight, HAS(table, has_weight)),
        MEMBER(table, 9, Created, Timestamp, created, HAS(table, has_created)),
        MEMBER(table, 10, Stamp, Epoch, stamp, HAS(table, has_stamp)),
        MEMBER(table, 11, Data, Blob, data, NOHAS),
        MEMBER(table, 12, Names, Names.shape, names, NOHAS),
        MEMBER(table, 13, Flat, FlatNames.shape, flat, NOHAS),
        MEMBER(table, 14, Items, Items.shape, items, NOHAS),
        MEMBER(table, 15, Tags, Tags.shape, tags, NOHAS),
        MEMBER_FLAGS(table, 16, FlatTags_Tag, FlatTags.shape, flat_tags, NOHAS, AWSC_MF_WIRE_NAME),
        MEMBER(table, 17, Choice, Choice.shape, choice, NOHAS),
        MEMBER(table, 18, Nested, Table.shape, nested, NOHAS),
    },

    /* the query and ec2 operations' input and error */
    .NamedList = {.shape = {.name_ref = REF(NamedList.shape.name_ref, names.NamedList),
                            .type = AWSC_SHAPE_LIST,
                            .flags = AWSC_SF_FLATTENED,
                            .size = sizeof(const char *)},
                  .item_ref = REF(NamedList.item_ref, String),
                  .xml_refs_ref = REF(NamedList.xml_refs_ref, entry_refs)},
    .QInput = {.shape = STRUCT_HEAD(QInput, struct qinput),
               .members_ref = REF(QInput.members_ref, qinput_members),
               .member_count = AWSC_ARRAY_LEN(T.qinput_members)},
    .qinput_members = {
        MEMBER(qinput, 0, Name, String, name, NOHAS),
        MEMBER(qinput, 1, Names, Names.shape, names, NOHAS),
        MEMBER(qinput, 2, Flat, NamedList.shape, flat, NOHAS),
        MEMBER(qinput, 3, Tags, Tags.shape, tags, NOHAS),
        MEMBER_FLAGS(qinput, 4, FlatTags_Tag, FlatTags.shape, flat_tags, NOHAS, AWSC_MF_WIRE_NAME),
        MEMBER_FLAGS(qinput, 5, Item_item, Item.shape, item, NOHAS, AWSC_MF_WIRE_NAME),
        MEMBER(qinput, 6, Ok, Boolean, ok, HAS(qinput, has_ok)),
        MEMBER(qinput, 7, When, Timestamp, when, HAS(qinput, has_when)),
        MEMBER(qinput, 8, Data, Blob, data, NOHAS),
        MEMBER(qinput, 9, Ratio, Double, ratio, HAS(qinput, has_ratio)),
        MEMBER(qinput, 10, Empty, Names.shape, empty, NOHAS),
        MEMBER_FLAGS(qinput, 11, Token_ClientToken, String, token, NOHAS,
                     AWSC_MF_IDEMPOTENCY_TOKEN | AWSC_MF_QUERY_NAME),
    },
    .NoSuchThing = {.shape = {.name_ref = REF(NoSuchThing.shape.name_ref, names.NoSuchThing),
                              .traits_ref = REF(NoSuchThing.shape.traits_ref, no_such_thing_traits),
                              .type = AWSC_SHAPE_STRUCTURE,
                              .flags = AWSC_SF_EXCEPTION,
                              .size = sizeof(struct qerror)},
                    .members_ref = REF(NoSuchThing.members_ref, qerror_members),
                    .member_count = 2},
    .no_such_thing_traits = {.error_code_ref = REF(no_such_thing_traits.error_code_ref,
                                                   names.no_such_thing_code)},
    .qerror_members = {
        MEMBER(qerror, 0, Message, String, message, NOHAS),
        MEMBER(qerror, 1, Detail, String, detail, NOHAS),
    },

    .names = {NAMES(NAME_TEXT, TEXT_TEXT)},
};
/* clang-format on */
#undef T
#undef NAMES
#define S_TABLE  SHAPES.Table.shape
#define S_QINPUT SHAPES.QInput.shape
#define S_QERROR SHAPES.NoSuchThing.shape

/* ------------------------------------------------------------- checking */

static int failures;

#define CHECK(cond, ...)                                          \
    do {                                                          \
        if (!(cond)) {                                            \
            failures++;                                           \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                         \
            fputc('\n', stderr);                                  \
        }                                                         \
    } while (0)

static bool contains(const char *s, const char *part)
{
    return s && strstr(s, part) != NULL;
}

/* Reads xml into a fresh table; returns the status, err filled. */
static int read_table(const char *xml, size_t len, struct awsc_arena *arena, struct table *t,
                      struct awsc_error *err)
{
    memset(t, 0, sizeof *t);
    return awsc__xml_read((const uint8_t *)xml, len, &S_TABLE, t, arena, NULL, err);
}

/* A read that must fail with AWSC_E_PARSE and a message holding each of
 * the parts. */
static void expect_parse_error(const char *what, const char *xml, size_t len,
                               const char *const *parts)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    int got = read_table(xml, len, arena, &t, &err);
    CHECK(got == AWSC_E_PARSE, "%s: got %s (%s)", what, awsc_status_name(got),
          err.message ? err.message : "");
    for (const char *const *p = parts; p && *p; p++)
        CHECK(contains(err.message, *p), "%s: the message \"%s\" does not say \"%s\"", what,
              err.message ? err.message : "", *p);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

/* for string literals */
#define EXPECT(what, xml, parts) expect_parse_error((what), (xml), sizeof(xml) - 1, (parts))

#define PARTS(...)        \
    (const char *const[]) \
    {                     \
        __VA_ARGS__, NULL \
    }

/* ---------------------------------------------------------------- reader */

static const char GOOD[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Table xmlns=\"https://example.com/doc/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" kind=\"big\" xsi:type=\"T\">\n"
    "  <TableName>  caf\xc3\xa9 &amp; &lt;tea&gt; </TableName>\n"
    "  <Unknown><Deep><Deeper a=\"1\">x</Deeper></Deep></Unknown>\n"
    "  <Size> 42 </Size>\n"
    "  <Big>-9223372036854775808</Big>\n"
    "  <Small>-128</Small>\n"
    "  <Ok>true</Ok>\n"
    "  <Ratio>2.5e-3</Ratio>\n"
    "  <Weight>-Infinity</Weight>\n"
    "  <Created>2015-01-25T08:00:00.5+01:00</Created>\n"
    "  <Stamp>Sun, 25 Jan 2015 08:00:00 GMT</Stamp>\n"
    "  <Data>aGVs\n  bG8=</Data>\n"
    "  <Names><Name>a</Name><Name/><Name><![CDATA[<c>]]></Name></Names>\n"
    "  <Flat>x</Flat><Size>43</Size><Flat>y</Flat>\n"
    "  <Items><member><Name>i1</Name><Count>1</Count></member>"
    "<member><Name>i2</Name></member></Items>\n"
    "  <Tags><entry><key>k1</key><value>v1</value></entry>"
    "<entry><value>v2</value><key>k2</key></entry><entry><value>lost</value></entry></Tags>\n"
    "  <Tag><K>a</K><V>A</V></Tag><Tag><K>b</K><V>B</V></Tag>\n"
    "  <Choice><Number>7</Number></Choice>\n"
    "  <Nested><TableName>inner</TableName><Names/><Tags></Tags><Size></Size></Nested>\n"
    "  <!-- a comment --><?pi data?>\n"
    "</Table>\n";

static void test_good(void)
{
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    int got = read_table(GOOD, strlen(GOOD), arena, &t, &err);
    CHECK(got == AWSC_OK, "good document: %s: %s", awsc_status_name(got),
          err.message ? err.message : "");
    if (got == AWSC_OK) {
        CHECK(t.name && strcmp(t.name, "  caf\xc3\xa9 & <tea> ") == 0, "name: %s",
              t.name ? t.name : "(null)");
        CHECK(t.kind && strcmp(t.kind, "big") == 0, "attribute kind");
        CHECK(t.xsi_type && strcmp(t.xsi_type, "T") == 0, "attribute xsi:type");
        CHECK(t.has_size && t.size == 43, "size (the last one wins): %d", (int)t.size);
        CHECK(t.has_big && t.big == INT64_MIN, "big");
        CHECK(t.has_small && t.small == -128, "small");
        CHECK(t.has_ok && t.ok, "ok");
        CHECK(t.has_ratio && t.ratio == 2.5e-3, "ratio");
        CHECK(t.has_weight && isinf(t.weight) && t.weight < 0, "weight");
        CHECK(t.has_created && t.created.sec == 1422169200 && t.created.nsec == 500000000,
              "created: %lld.%09d", (long long)t.created.sec, (int)t.created.nsec);
        CHECK(t.has_stamp && t.stamp.sec == 1422172800, "stamp (any format is read)");
        CHECK(t.data.len == 5 && memcmp(t.data.data, "hello", 5) == 0, "data");
        CHECK(t.names.count == 3 && strcmp(t.names.items[0], "a") == 0 &&
                  strcmp(t.names.items[1], "") == 0 && strcmp(t.names.items[2], "<c>") == 0,
              "names");
        CHECK(t.flat.count == 2 && strcmp(t.flat.items[0], "x") == 0 &&
                  strcmp(t.flat.items[1], "y") == 0,
              "flattened list around another member");
        CHECK(t.items.count == 2 && strcmp(t.items.items[0].name, "i1") == 0 &&
                  t.items.items[0].has_count && t.items.items[0].count == 1 &&
                  !t.items.items[1].has_count,
              "items");
        CHECK(t.tags.count == 2 && strcmp(t.tags.entries[0].key, "k1") == 0 &&
                  strcmp(t.tags.entries[1].key, "k2") == 0 &&
                  strcmp(t.tags.entries[1].value, "v2") == 0,
              "tags (an entry without a key is dropped): %zu", t.tags.count);
        CHECK(t.flat_tags.count == 2 && strcmp(t.flat_tags.entries[1].key, "b") == 0 &&
                  strcmp(t.flat_tags.entries[1].value, "B") == 0,
              "flattened map");
        CHECK(t.choice && t.choice->has_number && t.choice->number == 7 && !t.choice->text,
              "union");
        CHECK(t.nested && strcmp(t.nested->name, "inner") == 0 && t.nested->names.items &&
                  t.nested->names.count == 0 && t.nested->tags.entries &&
                  t.nested->tags.count == 0 && !t.nested->has_size,
              "nested: empty list and map present, empty number unset");
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

/* The value at a path, and captures of other elements on the way. */
static void test_paths(void)
{
    static const char DOC[] = "<R xmlns=\"urn:x\"><Meta><Id>rid-1</Id></Meta>"
                              "<Other><TableName>no</TableName></Other>"
                              "<Result><TableName>yes</TableName></Result>"
                              "<Result><TableName>second</TableName></Result></R>";
    static const char *const PATH[] = {"Result", NULL};
    static const char *const ID[] = {"Meta", "Id", NULL};
    static const char *const NONE[] = {"Meta", "Nope", NULL};
    static const char *const ROOT[] = {NULL};
    struct awsc__xml_capture caps[3] = {{ID, NULL}, {NONE, NULL}, {ROOT, NULL}};
    struct awsc__xml_read_opts o;
    memset(&o, 0, sizeof o);
    o.path = PATH;
    o.captures = caps;
    o.capture_count = 3;
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct table t;
    memset(&t, 0, sizeof t);
    int got = awsc__xml_read((const uint8_t *)DOC, strlen(DOC), &S_TABLE, &t, arena, &o, &err);
    CHECK(got == AWSC_OK, "paths: %s", err.message ? err.message : "");
    CHECK(o.found && t.name && strcmp(t.name, "yes") == 0, "the value at the path");
    CHECK(o.root_name && strcmp(o.root_name, "R") == 0, "root name");
    CHECK(caps[0].text && strcmp(caps[0].text, "rid-1") == 0, "capture");
    CHECK(!caps[1].text, "capture of an element that is not there");
    CHECK(caps[2].text && strcmp(caps[2].text, "") == 0, "the root's own text");
    static const char *const MISSING[] = {"Absent", NULL};
    memset(&t, 0, sizeof t);
    memset(&o, 0, sizeof o);
    o.path = MISSING;
    got = awsc__xml_read((const uint8_t *)DOC, strlen(DOC), &S_TABLE, &t, arena, &o, &err);
    CHECK(got == AWSC_OK && !o.found && !t.name, "a path that is not there leaves the value");
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

static void test_bad_documents(void)
{
    EXPECT("mismatched tags", "<Table><Size>1</Table>",
           PARTS("malformed XML", "line 1", "column", "mismatched tag"));
    EXPECT("truncated", "<Table>\n<Size>1</Size>\n<Names><Name>x",
           PARTS("ends before the document is complete", "line 3"));
    EXPECT("empty", "", PARTS("no XML element"));
    EXPECT("only white space", " \n ", PARTS("no XML element"));
    EXPECT("not XML", "<html><body>502 Bad Gateway<br></body></html>",
           PARTS("malformed XML", "line 1"));
    EXPECT("text after the root", "<Table/>junk", PARTS("malformed XML"));
    EXPECT("unbound prefix", "<x:Table/>", PARTS("unbound prefix"));
    EXPECT("undefined entity", "<Table><TableName>&nope;</TableName></Table>",
           PARTS("undefined entity"));
    EXPECT("NUL character reference", "<Table><TableName>&#0;</TableName></Table>",
           PARTS("malformed XML"));
    static const char BAD_UTF8[] = "<Table>\n<TableName>ab\xff"
                                   "cd</TableName></Table>";
    expect_parse_error("invalid UTF-8", BAD_UTF8, sizeof BAD_UTF8 - 1,
                       PARTS("not valid UTF-8", "0xff", "offset 21", "line 2", "column 14"));
    static const char OVERLONG[] = "<Table><TableName>\xc0\xaf</TableName></Table>";
    expect_parse_error("overlong UTF-8", OVERLONG, sizeof OVERLONG - 1, PARTS("not valid UTF-8"));
    static const char SURROGATE[] = "<Table><TableName>\xed\xa0\x80</TableName></Table>";
    expect_parse_error("UTF-8 surrogate", SURROGATE, sizeof SURROGATE - 1,
                       PARTS("not valid UTF-8"));
    static const char LATIN1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                 "<Table><TableName>caf\xe9</TableName></Table>";
    expect_parse_error("a declared encoding other than UTF-8", LATIN1, sizeof LATIN1 - 1,
                       PARTS("not valid UTF-8"));
    static const char TRUNCATED_UTF8[] = "<Table><TableName>caf\xc3";
    expect_parse_error("truncated inside a character", TRUNCATED_UTF8, sizeof TRUNCATED_UTF8 - 1,
                       PARTS("not valid UTF-8"));

    /* DTDs and entities: refused before anything is expanded */
    static const char LAUGHS[] =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "]>\n<Table><TableName>&lol3;</TableName></Table>";
    expect_parse_error("billion laughs", LAUGHS, sizeof LAUGHS - 1,
                       PARTS("DOCTYPE", "refused", "line 2"));
    static const char EXTERNAL[] = "<!DOCTYPE Table [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                   "<Table><TableName>&xxe;</TableName></Table>";
    expect_parse_error("external entity", EXTERNAL, sizeof EXTERNAL - 1, PARTS("DOCTYPE"));
    static const char PUBLIC[] =
        "<!DOCTYPE Table PUBLIC \"-//x//y//EN\" \"http://example.com/t.dtd\"><Table/>";
    expect_parse_error("external DTD", PUBLIC, sizeof PUBLIC - 1, PARTS("DOCTYPE"));

    /* nesting */
    size_t depth = 5000;
    char *deep = malloc(depth * 7 + 32);
    size_t n = 0;
    n += (size_t)sprintf(deep + n, "<Table>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(deep + n, "<a>");
    expect_parse_error("deep unknown elements", deep, n, PARTS("nested more than 256 levels"));
    n = (size_t)sprintf(deep, "<Table>");
    for (size_t i = 0; i < 300; i++)
        n += (size_t)sprintf(deep + n, "<Nested>");
    expect_parse_error("deep structures", deep, n, PARTS("nested more than 256 levels"));
    free(deep);
}

static void test_bad_values(void)
{
    EXPECT("integer", "<Table><Items><member><Count>12x</Count></member></Items></Table>",
           PARTS("Items[0].Count", "expected a 32-bit integer", "\"12x\"", "line 1"));
    EXPECT("integer out of range", "<Table><Size>2147483648</Size></Table>",
           PARTS("Size", "out of range"));
    EXPECT("byte out of range", "<Table><Small>128</Small></Table>",
           PARTS("Small", "out of range for a byte"));
    EXPECT("long out of range", "<Table><Big>9223372036854775808</Big></Table>",
           PARTS("Big", "out of range"));
    EXPECT("boolean", "<Table><Ok>yes</Ok></Table>", PARTS("Ok", "expected true or false"));
    EXPECT("double", "<Table><Ratio>0x10</Ratio></Table>", PARTS("Ratio", "expected a number"));
    EXPECT("double out of range", "<Table><Ratio>1e999</Ratio></Table>",
           PARTS("Ratio", "out of range"));
    EXPECT("timestamp", "<Table><Created>yesterday</Created></Table>",
           PARTS("Created", "not a timestamp"));
    EXPECT("base64", "<Table><Data>not*base64</Data></Table>", PARTS("Data", "expected base64"));
    EXPECT("union", "<Table><Choice><Text>a</Text><Number>1</Number></Choice></Table>",
           PARTS("Choice", "a union takes exactly one member"));
    EXPECT("attribute",
           "<Table><Nested kind=\"k\"><Items><member><Count>z</Count>"
           "</member></Items></Nested></Table>",
           PARTS("Nested.Items[0].Count"));
    EXPECT("map value", "<Table><Nested><Tag><K>a</K><V>x</V></Tag><Size>q</Size></Nested></Table>",
           PARTS("Nested.Size"));
}

/* ---------------------------------------------------------------- writer */

static void test_writer(void)
{
    const char *names[] = {"a", "b"};
    const char *flat[] = {"x"};
    struct item items[] = {{"i1", true, 1}, {"i & <2>", false, 0}};
    struct tag_entry tags[] = {{"k", "v"}};
    struct tag_entry flat_tags[] = {{"a", "A"}, {"b", ""}};
    struct choice choice = {"t\r\n", false, 0};
    struct table inner;
    memset(&inner, 0, sizeof inner);
    struct table t;
    memset(&t, 0, sizeof t);
    t.name = "caf\xc3\xa9 \"q\" 'a'";
    t.kind = "k\"&\n\t";
    t.has_size = true;
    t.size = -5;
    t.has_ok = true;
    t.has_ratio = true;
    t.ratio = 1e16;
    t.has_weight = true;
    t.weight = 0.1f;
    t.has_created = true;
    t.created = (struct awsc_timestamp){1422172800, 500000};
    t.has_stamp = true;
    t.stamp = (struct awsc_timestamp){1422172800, 999999999};
    t.data = (struct awsc_blob){(const uint8_t *)"hello", 5};
    t.names = (struct strings){names, 2};
    t.flat = (struct strings){flat, 1};
    t.items = (struct items){items, 2};
    t.tags = (struct tags){tags, 1};
    t.flat_tags = (struct tags){flat_tags, 2};
    t.choice = &choice;
    t.nested = &inner;
    struct awsc_buf out = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int got = awsc__xml_write(&out, "Table", NULL, &S_TABLE, &t, NULL, &err);
    static const char WANT[] =
        "<Table xmlns=\"https://example.com/doc/\" kind=\"k&quot;&amp;&#10;&#09;\">"
        "<TableName>caf\xc3\xa9 \"q\" 'a'</TableName><Size>-5</Size><Ok>false</Ok>"
        "<Ratio>1e+16</Ratio><Weight>0.1</Weight>"
        "<Created>2015-01-25T08:00:00.000500Z</Created><Stamp>1422172800</Stamp>"
        "<Data>aGVsbG8=</Data><Names><Name>a</Name><Name>b</Name></Names><Flat>x</Flat>"
        "<Items><member><Name>i1</Name><Count>1</Count></member>"
        "<member><Name>i &amp; &lt;2&gt;</Name></member></Items>"
        "<Tags><entry><key>k</key><value>v</value></entry></Tags>"
        "<Tag><K>a</K><V>A</V></Tag><Tag><K>b</K><V /></Tag>"
        "<Choice><Text>t&#13;\n</Text></Choice>"
        "<Nested xmlns=\"https://example.com/doc/\" /></Table>";
    CHECK(got == AWSC_OK && out.data && strcmp(out.data, WANT) == 0, "writer:\n got %s\nwant %s",
          out.data ? out.data : err.message, WANT);

    /* and it reads back */
    struct awsc_arena *arena = awsc__arena_new();
    struct table back;
    got = read_table(out.data, out.len, arena, &back, &err);
    CHECK(got == AWSC_OK, "the written document reads back: %s", err.message ? err.message : "");
    if (got == AWSC_OK) {
        CHECK(back.choice && back.choice->text && strcmp(back.choice->text, "t\r\n") == 0,
              "read back: Choice.Text %s",
              back.choice && back.choice->text ? back.choice->text : "-");
        CHECK(back.kind && strcmp(back.kind, t.kind) == 0, "read back: kind %s",
              back.kind ? back.kind : "-");
        /* a float object, not the constant 0.1f: where float expressions
         * are evaluated as double (FLT_EVAL_METHOD 1, s390x) the constant
         * keeps double's precision */
        const float want_weight = 0.1f;
        CHECK(back.has_weight && back.weight == want_weight, "read back: Weight %a, want %a",
              (double)back.weight, (double)want_weight);
    }
    awsc__arena_destroy(arena);
    awsc__buf_clean_up(&out);

    /* refusals name the member */
    struct {
        const char *what;
        const char *part;
    } bad[] = {
        {"invalid UTF-8", "Name: the string is not valid UTF-8"},
        {"control character", "control character 0x01"},
        {"two union members", "a union takes exactly one member"},
        {"NULL list item", "Names[1]: a list item is NULL"},
        {"a cycle", "nested more than"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(bad); i++) {
        struct table b;
        memset(&b, 0, sizeof b);
        struct choice both = {"x", true, 1};
        const char *holes[] = {"a", NULL};
        switch (i) {
        case 0:
            b.name = "ab\xff";
            break;
        case 1:
            b.name = "a\x01";
            break;
        case 2:
            b.choice = &both;
            break;
        case 3:
            b.names = (struct strings){holes, 2};
            break;
        case 4:
            b.nested = &b;
            break;
        }
        struct awsc_buf o = AWSC_BUF_INIT;
        got = awsc__xml_write(&o, "Table", NULL, &S_TABLE, &b, NULL, &err);
        CHECK(got == AWSC_E_VALIDATION && contains(err.message, bad[i].part), "writer, %s: %s: %s",
              bad[i].what, awsc_status_name(got), err.message ? err.message : "");
        awsc__buf_clean_up(&o);
    }
    awsc_error_clean_up(&err);

    /* floats as Python's repr() */
    struct {
        double d;
        bool single;
        const char *want;
    } floats[] = {
        {250.0, false, "250.0"},   {0.1, false, "0.1"},
        {1e-05, false, "1e-05"},   {0.0001, false, "0.0001"},
        {1e16, false, "1e+16"},    {1e15, false, "1000000000000000.0"},
        {-0.0, false, "-0.0"},     {123.456, false, "123.456"},
        {0.1f, true, "0.1"},       {1.5e300, false, "1.5e+300"},
        {NAN, false, "NaN"},       {-INFINITY, true, "-Infinity"},
        {5e-324, false, "5e-324"}, {2.5, true, "2.5"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(floats); i++) {
        struct awsc_buf b = AWSC_BUF_INIT;
        awsc__put_double_repr(&b, floats[i].d, floats[i].single);
        CHECK(b.data && strcmp(b.data, floats[i].want) == 0, "double %d: %s, want %s", (int)i,
              b.data ? b.data : "", floats[i].want);
        awsc__buf_clean_up(&b);
    }
}

/* ---------------------------------------------------------- query, ec2 */

static const struct awsc_shape *const QERRORS[] = {&S_QERROR};

/* A query and an ec2 service, one operation each (hand_service.h). */
static const struct hand_op DO_THING[] = {{.name = "DoThing",
                                           .http_method = "POST",
                                           .request_uri = "/",
                                           .input = &S_QINPUT,
                                           .output = &S_TABLE,
                                           .error_count = 1,
                                           .result_wrapper = "DoThingResult"}};
static const struct hand_op EC2_DO_THING[] = {{.name = "DoThing",
                                               .http_method = "POST",
                                               .request_uri = "/",
                                               .input = &S_QINPUT,
                                               .output = &S_TABLE,
                                               .error_count = 1}};
static const struct hand_svc Q_SVC = {.name = "qtest",
                                      .api_version = "2012-11-05",
                                      .protocol = AWSC_PROTO_QUERY,
                                      .errors = QERRORS,
                                      .error_count = 1};
static const struct hand_svc E_SVC = {.name = "etest",
                                      .api_version = "2016-11-15",
                                      .protocol = AWSC_PROTO_EC2,
                                      .errors = QERRORS,
                                      .error_count = 1};
static struct hand_service Q_TABLES, E_TABLES;
static const struct awsc_operation *Q_OP, *E_OP;

static void test_query_body(void)
{
    const char *names[] = {"a b", "c+d"};
    const char *flat[] = {"x/y", "\xc3\xa9~"};
    struct tag_entry tags[] = {{"k=1", "v&2"}};
    struct tag_entry flat_tags[] = {{"a", "A"}};
    struct item item = {"i", true, 3};
    struct qinput in;
    memset(&in, 0, sizeof in);
    in.name = "*-_.~!'()";
    in.names = (struct strings){names, 2};
    in.flat = (struct strings){flat, 2};
    in.tags = (struct tags){tags, 1};
    in.flat_tags = (struct tags){flat_tags, 1};
    in.item = &item;
    in.has_ok = true;
    in.has_when = true;
    in.when = (struct awsc_timestamp){1422172800, 0};
    in.data = (struct awsc_blob){(const uint8_t *)"", 0};
    in.has_ratio = true;
    in.ratio = 2.5;
    in.empty = (struct strings){(const char **)names, 0};
    in.token = "tok";
    static const char *const WANT[2] = {
        "Action=DoThing&Version=2012-11-05&Name=%2A-_.~%21%27%28%29&Names.Name.1=a+b"
        "&Names.Name.2=c%2Bd&Entry.1=x%2Fy&Entry.2=%C3%A9~&Tags.entry.1.key=k%3D1"
        "&Tags.entry.1.value=v%262&Tag.1.K=a&Tag.1.V=A&item.Name=i&item.Count=3&Ok=false"
        "&When=2015-01-25T08%3A00%3A00Z&Data=&Ratio=2.5&Empty=&Token=tok",
        "Action=DoThing&Version=2016-11-15&Name=%2A-_.~%21%27%28%29&Names.1=a+b"
        "&Names.2=c%2Bd&Flat.1=x%2Fy&Flat.2=%C3%A9~&Tags.entry.1.key=k%3D1"
        "&Tags.entry.1.value=v%262&Tag.1.K=a&Tag.1.V=A&Item.Name=i&Item.Count=3&Ok=false"
        "&When=2015-01-25T08%3A00%3A00Z&Data=&Ratio=2.5&ClientToken=tok",
    };
    for (int ec2 = 0; ec2 < 2; ec2++) {
        struct awsc__request req;
        memset(&req, 0, sizeof req);
        req.arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        const struct awsc_operation *op = ec2 ? E_OP : Q_OP;
        int got = awsc__protocol_any(awsc_operation_service(op)->protocol)
                      ->serialize(op, &in, &req, &err);
        CHECK(got == AWSC_OK && req.body.data && strcmp(req.body.data, WANT[ec2]) == 0,
              "%s body:\n got %s\nwant %s", ec2 ? "ec2" : "query",
              req.body.data ? req.body.data : err.message, WANT[ec2]);
        const char *ct = awsc__headers_get(&req.headers, "Content-Type");
        CHECK(ct && strcmp(ct, "application/x-www-form-urlencoded; charset=utf-8") == 0,
              "Content-Type");
        CHECK(strcmp(req.method, "POST") == 0 && req.path.data && strcmp(req.path.data, "/") == 0,
              "method and path");
        awsc__buf_clean_up(&req.path);
        awsc__buf_clean_up(&req.query);
        awsc__buf_clean_up(&req.body);

        /* an unset idempotency token gets a UUID; a bad string is refused */
        struct qinput bad;
        memset(&bad, 0, sizeof bad);
        bad.names = (struct strings){(const char *[]){"ok", "bad\xc3"}, 2};
        memset(&req.body, 0, sizeof req.body);
        got = awsc__protocol_any(awsc_operation_service(op)->protocol)
                  ->serialize(op, &bad, &req, &err);
        CHECK(got == AWSC_E_VALIDATION &&
                  contains(err.message, ec2 ? "Names.2: the string is not valid UTF-8"
                                            : "Names.Name.2: the string is not valid UTF-8"),
              "bad UTF-8 in a query list: %s", err.message ? err.message : "");
        awsc__buf_clean_up(&req.path);
        awsc__buf_clean_up(&req.query);
        awsc__buf_clean_up(&req.body);
        memset(&bad, 0, sizeof bad);
        memset(&req.body, 0, sizeof req.body);
        got = awsc__protocol_any(awsc_operation_service(op)->protocol)
                  ->serialize(op, &bad, &req, &err);
        CHECK(got == AWSC_OK && contains(req.body.data, ec2 ? "&ClientToken=" : "&Token=") &&
                  strlen(strstr(req.body.data, "Token=") + 6) == 36,
              "idempotency token: %s", req.body.data ? req.body.data : "");
        awsc__buf_clean_up(&req.path);
        awsc__buf_clean_up(&req.query);
        awsc__buf_clean_up(&req.body);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(req.arena);
    }
}

static struct awsc__response response(int status, const char *body)
{
    struct awsc__response r;
    memset(&r, 0, sizeof r);
    r.status = status;
    r.body = (const uint8_t *)body;
    r.body_len = strlen(body);
    return r;
}

static void test_query_responses(void)
{
    const struct awsc__protocol *query = awsc__protocol_any(AWSC_PROTO_QUERY);
    const struct awsc__protocol *ec2 = awsc__protocol_any(AWSC_PROTO_EC2);
    struct awsc_error err = AWSC_ERROR_INIT;

    /* outputs */
    struct awsc__response r = response(
        200, "<DoThingResponse xmlns=\"urn:q\"><DoThingResult><TableName>t</TableName>"
             "</DoThingResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
             "</DoThingResponse>");
    struct awsc_arena *arena = awsc__arena_new();
    void *out = NULL;
    int got = query->parse(Q_OP, &r, arena, &out, &err);
    CHECK(got == AWSC_OK && out && ((struct table *)out)->name &&
              strcmp(((struct table *)out)->name, "t") == 0,
          "query output: %s", err.message ? err.message : "");
    awsc__arena_destroy(arena);

    r = response(200, "<DoThingResponse><TableName>e</TableName><requestId>r</requestId>"
                      "</DoThingResponse>");
    arena = awsc__arena_new();
    got = ec2->parse(E_OP, &r, arena, &out, &err);
    CHECK(got == AWSC_OK && out && strcmp(((struct table *)out)->name, "e") == 0, "ec2 output: %s",
          err.message ? err.message : "");
    awsc__arena_destroy(arena);

    r = response(200, "  \n");
    arena = awsc__arena_new();
    got = query->parse(Q_OP, &r, arena, &out, &err);
    CHECK(got == AWSC_OK && out, "an empty body is an empty output");
    awsc__arena_destroy(arena);

    /* malformed and truncated outputs */
    static const char *const BAD[] = {
        "<DoThingResponse><DoThingResult><TableName>t</TableName>",
        "<DoThingResponse><DoThingResult><Size>many</Size></DoThingResult></DoThingResponse>",
        "<html><body>oops</html>",
        ("<DoThingResponse><DoThingResult><TableName>\xfe</TableName></DoThingResult>"
         "</DoThingResponse>"),
    };
    static const char *const BAD_SAYS[] = {"ends before the document is complete", "Size",
                                           "mismatched tag", "not valid UTF-8"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(BAD); i++) {
        r = response(200, BAD[i]);
        arena = awsc__arena_new();
        out = NULL;
        got = query->parse(Q_OP, &r, arena, &out, &err);
        CHECK(got == AWSC_E_PARSE && !out && contains(err.message, "DoThing response") &&
                  contains(err.message, BAD_SAYS[i]),
              "bad output %d: %s: %s", (int)i, awsc_status_name(got),
              err.message ? err.message : "");
        awsc__arena_destroy(arena);
    }

    /* an error document inside a 200 */
    static const char Q_ERROR[] =
        "<ErrorResponse xmlns=\"urn:q\"><Error><Type>Sender</Type>"
        "<Code>AWS.Test.NoSuchThing</Code><Message>gone &amp; lost</Message>"
        "<Detail>d</Detail></Error><RequestId>req-9</RequestId></ErrorResponse>";
    r = response(200, Q_ERROR);
    arena = awsc__arena_new();
    out = NULL;
    got = query->parse(Q_OP, &r, arena, &out, &err);
    CHECK(got == AWSC_E_SERVICE && !out && awsc_error_is(&err, "AWS.Test.NoSuchThing") &&
              err.shape == &S_QERROR && err.data &&
              strcmp(((struct qerror *)err.data)->detail, "d") == 0 &&
              strcmp(err.message, "gone & lost") == 0 && err.request_id &&
              strcmp(err.request_id, "req-9") == 0 && err.http_status == 200,
          "query error in a 200: %s %s", awsc_status_name(got), err.message ? err.message : "");
    awsc__arena_destroy(arena);

    static const char E_ERROR[] =
        "<Response><Errors><Error><Code>AWS.Test.NoSuchThing</Code><Message>m</Message>"
        "<Detail>x</Detail></Error></Errors><RequestID>ec2-req</RequestID></Response>";
    r = response(200, E_ERROR);
    arena = awsc__arena_new();
    out = NULL;
    got = ec2->parse(E_OP, &r, arena, &out, &err);
    CHECK(got == AWSC_E_SERVICE && err.shape == &S_QERROR &&
              strcmp(((struct qerror *)err.data)->detail, "x") == 0 &&
              strcmp(err.request_id, "ec2-req") == 0,
          "ec2 error in a 200: %s %s", awsc_status_name(got), err.message ? err.message : "");
    awsc__arena_destroy(arena);

    /* error responses */
    r = response(400, Q_ERROR);
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && err.shape == &S_QERROR && err.http_status == 400 &&
              strcmp(err.operation, "DoThing") == 0,
          "query error");
    r = response(503, E_ERROR);
    got = ec2->parse_error(E_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && err.shape == &S_QERROR && err.http_status == 503, "ec2 error");
    r = response(400, "<ErrorResponse><Error><Code>Throttling</Code><Message>slow down</Message>"
                      "</Error><RequestId>q</RequestId></ErrorResponse>");
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "Throttling") && !err.shape &&
              strcmp(err.message, "slow down") == 0,
          "an unmodeled error");
    r = response(502, "<html><body><h1>502 Bad Gateway</h1></body></html>\n");
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "502") &&
              contains(err.message, "not an XML error") && contains(err.message, "502 Bad Gateway"),
          "an HTML error page: %s", err.message ? err.message : "");
    r = response(500, "");
    got = ec2->parse_error(E_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "500") &&
              contains(err.message, "empty body"),
          "an empty error body: %s", err.message ? err.message : "");
    r = response(400, "<ErrorResponse><Error><Code>AWS.Test.NoSuchThing</Code>"
                      "<Detail><x/></Detail></Error></ErrorResponse>");
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "AWS.Test.NoSuchThing") && err.shape,
          "a modeled error with odd members");
    r = response(400, "<ErrorResponse><Error><Code>X</Code></Error>");
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "400") &&
              contains(err.message, "not an XML error"),
          "a truncated error document: %s", err.message ? err.message : "");
    r = response(403, "<Error><Code>AccessDenied</Code><Message>no</Message>"
                      "<RequestId>s3</RequestId></Error>");
    got = query->parse_error(Q_OP, &r, &err);
    CHECK(got == AWSC_E_SERVICE && awsc_error_is(&err, "AccessDenied") &&
              strcmp(err.request_id, "s3") == 0,
          "a bare <Error> document");
    awsc_error_clean_up(&err);
}

/* ---------------------------------------------------- failed allocations */

static void test_allocation_failures(void)
{
    for (int what = 0; what < 4; what++) {
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
                if (what < 2) {
                    got = awsc__xml_read((const uint8_t *)GOOD, strlen(GOOD), &S_TABLE, &t, arena,
                                         NULL, &err);
                    if (what == 1 && got == AWSC_OK)
                        got = awsc__xml_write(&out, "Table", NULL, &S_TABLE, &t, NULL, &err);
                } else {
                    struct awsc__response r = response(
                        400, "<ErrorResponse><Error><Code>AWS.Test.NoSuchThing</Code><Message>"
                             "m</Message><Detail>d</Detail></Error><RequestId>r</RequestId>"
                             "</ErrorResponse>");
                    const struct awsc__protocol *p = awsc__protocol_any(AWSC_PROTO_QUERY);
                    if (what == 2) {
                        got = p->parse_error(Q_OP, &r, &err);
                        if (got == AWSC_E_SERVICE)
                            got = AWSC_OK;
                    } else {
                        struct qinput in;
                        memset(&in, 0, sizeof in);
                        in.name = "n";
                        in.names = (struct strings){(const char *[]){"a", "b"}, 2};
                        struct awsc__request req;
                        memset(&req, 0, sizeof req);
                        req.arena = arena;
                        got = p->serialize(Q_OP, &in, &req, &err);
                        awsc__buf_clean_up(&req.path);
                        awsc__buf_clean_up(&req.query);
                        awsc__buf_clean_up(&req.body);
                    }
                }
            }
            long made = awsc__alloc_count();
            awsc__alloc_fail_at(0);
            CHECK(got == AWSC_OK || got == AWSC_E_NOMEM, "case %d, allocation %d: %s: %s", what, n,
                  awsc_status_name(got), err.message ? err.message : "");
            awsc__buf_clean_up(&out);
            awsc_error_clean_up(&err);
            awsc__arena_destroy(arena);
            if (made < n) {
                CHECK(got == AWSC_OK, "case %d, the run without failures: %s", what,
                      awsc_status_name(got));
                break;
            }
        }
        CHECK(n > 3, "fault injection reached %d allocations", n);
    }
}

int main(void)
{
    Q_OP = hand_build(&Q_TABLES, &Q_SVC, DO_THING, 1);
    E_OP = hand_build(&E_TABLES, &E_SVC, EC2_DO_THING, 1);
    test_good();
    test_paths();
    test_bad_documents();
    test_bad_values();
    test_writer();
    test_query_body();
    test_query_responses();
    test_allocation_failures();
    if (failures) {
        fprintf(stderr, "xml_bad_input: %d checks failed\n", failures);
        return 1;
    }
    printf("xml_bad_input: all checks passed\n");
    return 0;
}
