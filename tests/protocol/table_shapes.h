/*
 * tests/protocol/table_shapes.h - the shapes that json_bad_input.c and
 * cbor_bad_input.c read and write, written by hand as the generator writes
 * them (hand_shapes.h): a DynamoDB-like table description with a member of
 * every kind (a list of structures, a map, a union, a document, a blob,
 * numbers of each width, a timestamp, itself nested), and an output that
 * holds it beside an idempotency token.
 *
 * Define TABLE_SHAPE_NAME, the table's model name, before including it,
 * and TABLE_ERROR_CODE when the table is also a modeled error with that
 * code. S_TABLE is the table, S_TOP the output.
 */
#ifndef AWSC_TESTS_TABLE_SHAPES_H
#define AWSC_TESTS_TABLE_SHAPES_H

#include "hand_shapes.h"

struct key_element {
    const char *attribute_name;
    const char *key_type;
};
struct key_schema {
    struct key_element *items;
    size_t count;
};
struct tags_entry {
    const char *key;
    const char *value;
};
struct tags {
    struct tags_entry *entries;
    size_t count;
};
struct choice { /* a union */
    const char *text;
    bool has_number;
    int32_t number;
};
struct table {
    const char *table_name;
    struct key_schema key_schema;
    bool has_size;
    int32_t size;
    bool has_item_count;
    int64_t item_count;
    bool has_ratio;
    double ratio;
    bool has_weight;
    float weight;
    struct awsc_blob data;
    bool has_created;
    struct awsc_timestamp created;
    struct tags tags;
    struct awsc_document *doc;
    struct choice *choice;
    struct table *nested;
    bool has_small;
    int8_t small;
};
struct top {
    struct table *table;
    const char *token;
};

#define T TABLE_SHAPES

/* clang-format off */
#define NAMES(X, TEXT)                                                                          \
    X(String) X(Integer) X(Long) X(Byte) X(Double) X(Float) X(Blob) X(Timestamp) X(Document)    \
    X(KeySchemaElement) X(AttributeName) X(KeyType) X(KeySchema) X(Tags)                        \
    X(Choice) X(Number) X(Text)                                                                 \
    TEXT(table_shape, TABLE_SHAPE_NAME)                                                         \
    X(TableName) X(Size) X(ItemCount) X(Ratio) X(Weight) X(Data) X(Created) X(Doc) X(Nested)    \
    X(Small)                                                                                    \
    X(DescribeTableOutput) X(Table) X(ClientToken)
/* clang-format on */

static const struct {
    struct awsc_shape String, Integer, Long, Byte, Double, Float, Blob, Timestamp, Document;
    struct awsc_structure_shape KeySchemaElement, Choice, Table, DescribeTableOutput;
    struct awsc_collection_shape KeySchema, Tags;
    struct awsc_member key_element_members[2], choice_members[2], table_members[13], top_members[2];
    uint16_t key_element_by_wire[2], choice_by_wire[2], table_by_wire[13], top_by_wire[2];
#ifdef TABLE_ERROR_CODE
    struct awsc_shape_traits table_traits;
#endif
    struct {
        NAMES(NAME_FIELD, TEXT_FIELD)
    } names;
#ifdef TABLE_ERROR_CODE
    char error_code[sizeof TABLE_ERROR_CODE];
#endif
} T =
    {
        .String = SCALAR(String, STRING, const char *),
        .Integer = SCALAR(Integer, INTEGER, int32_t),
        .Long = SCALAR(Long, LONG, int64_t),
        .Byte = SCALAR(Byte, BYTE, int8_t),
        .Double = SCALAR(Double, DOUBLE, double),
        .Float = SCALAR(Float, FLOAT, float),
        .Blob = SCALAR(Blob, BLOB, struct awsc_blob),
        .Timestamp = SCALAR(Timestamp, TIMESTAMP, struct awsc_timestamp),
        .Document = {.name_ref = REF(Document.name_ref, names.Document),
                     .type = AWSC_SHAPE_DOCUMENT,
                     .flags = AWSC_SF_DOCUMENT,
                     .size = sizeof(struct awsc_document)},

        .KeySchemaElement = {.shape = STRUCT_HEAD(KeySchemaElement, struct key_element),
                             .members_ref = REF(KeySchemaElement.members_ref, key_element_members),
                             .member_count = 2,
                             .by_wire_name_ref =
                                 REF(KeySchemaElement.by_wire_name_ref, key_element_by_wire)},
        .key_element_members =
            {
                MEMBER(key_element, 0, AttributeName, String, attribute_name, NOHAS),
                MEMBER(key_element, 1, KeyType, String, key_type, NOHAS),
            },
        .key_element_by_wire = {0, 1},
        .KeySchema = {.shape = {.name_ref = REF(KeySchema.shape.name_ref, names.KeySchema),
                                .type = AWSC_SHAPE_LIST,
                                .size = sizeof(struct key_schema)},
                      .item_ref = REF(KeySchema.item_ref, KeySchemaElement.shape)},
        .Tags = {.shape = {.name_ref = REF(Tags.shape.name_ref, names.Tags),
                           .type = AWSC_SHAPE_MAP,
                           .size = sizeof(struct tags)},
                 .item_ref = REF(Tags.item_ref, String),
                 .key_ref = REF(Tags.key_ref, String),
                 .value_offset = offsetof(struct tags_entry, value),
                 .entry_size = sizeof(struct tags_entry)},

        .Choice = {.shape = {.name_ref = REF(Choice.shape.name_ref, names.Choice),
                             .type = AWSC_SHAPE_STRUCTURE,
                             .flags = AWSC_SF_UNION,
                             .size = sizeof(struct choice)},
                   .members_ref = REF(Choice.members_ref, choice_members),
                   .member_count = 2,
                   .by_wire_name_ref = REF(Choice.by_wire_name_ref, choice_by_wire)},
        .choice_members =
            {
                MEMBER(choice, 0, Number, Integer, number, HAS(choice, has_number)),
                MEMBER(choice, 1, Text, String, text, NOHAS),
            },
        .choice_by_wire = {0, 1},

        .Table =
            {
                .shape = {.name_ref = REF(Table.shape.name_ref, names.table_shape),
#ifdef TABLE_ERROR_CODE
                          .traits_ref = REF(Table.shape.traits_ref, table_traits),
#endif
                          .type = AWSC_SHAPE_STRUCTURE,
                          .size = sizeof(struct table)},
                .members_ref = REF(Table.members_ref, table_members),
                .member_count = 13,
                .by_wire_name_ref = REF(Table.by_wire_name_ref, table_by_wire),
            },
#ifdef TABLE_ERROR_CODE
        .table_traits = {.error_code_ref = REF(table_traits.error_code_ref, error_code)},
#endif
        .table_members =
            {
                MEMBER(table, 0, TableName, String, table_name, NOHAS),
                MEMBER(table, 1, KeySchema, KeySchema.shape, key_schema, NOHAS),
                MEMBER(table, 2, Size, Integer, size, HAS(table, has_size)),
                MEMBER(table, 3, ItemCount, Long, item_count, HAS(table, has_item_count)),
                MEMBER(table, 4, Ratio, Double, ratio, HAS(table, has_ratio)),
                MEMBER(table, 5, Weight, Float, weight, HAS(table, has_weight)),
                MEMBER(table, 6, Data, Blob, data, NOHAS),
                MEMBER(table, 7, Created, Timestamp, created, HAS(table, has_created)),
                MEMBER(table, 8, Tags, Tags.shape, tags, NOHAS),
                MEMBER(table, 9, Doc, Document, doc, NOHAS),
                MEMBER(table, 10, Choice, Choice.shape, choice, NOHAS),
                MEMBER(table, 11, Nested, Table.shape, nested, NOHAS),
                MEMBER(table, 12, Small, Byte, small, HAS(table, has_small)),
            },
        /* Choice, Created, Data, Doc, ItemCount, KeySchema, Nested, Ratio, Size,
         * Small, TableName, Tags, Weight */
        .table_by_wire = {10, 7, 6, 9, 3, 1, 11, 4, 2, 12, 0, 8, 5},

        .DescribeTableOutput = {.shape = STRUCT_HEAD(DescribeTableOutput, struct top),
                                .members_ref = REF(DescribeTableOutput.members_ref, top_members),
                                .member_count = 2,
                                .by_wire_name_ref =
                                    REF(DescribeTableOutput.by_wire_name_ref, top_by_wire)},
        .top_members =
            {
                MEMBER(top, 0, Table, Table.shape, table, NOHAS),
                MEMBER_FLAGS(top, 1, ClientToken, String, token, NOHAS, AWSC_MF_IDEMPOTENCY_TOKEN),
            },
        .top_by_wire = {1, 0}, /* ClientToken, Table */

        .names = {NAMES(NAME_TEXT, TEXT_TEXT)},
#ifdef TABLE_ERROR_CODE
        .error_code = TABLE_ERROR_CODE,
#endif
};
#undef T
#undef NAMES
#define S_TABLE TABLE_SHAPES.Table.shape
#define S_TOP   TABLE_SHAPES.DescribeTableOutput.shape

#endif
