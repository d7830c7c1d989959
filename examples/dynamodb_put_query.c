/*
 * Put an item into a DynamoDB table, then query it with the key builder
 * (aioboto3's Table.put_item and query(KeyConditionExpression=Key('pk').eq(...))).
 *
 *   dynamodb_put_query TABLE        (TABLE has a string partition key "pk")
 */
#include <awsc/dynamodb_easy.h>

#include <stdio.h>

int main(int argc, char **argv)
{
    const char *table = argc > 1 ? argv[1] : "test_table";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *db = NULL;
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    struct awsc_dynamodb_query_output *out = NULL;

    awsc_ddb_value item = awsc_ddb_map(a, 2, "pk", awsc_ddb_s(a, "test1"), /* */
                                       "col1", awsc_ddb_s(a, "some_data"));
    struct awsc_dynamodb_query_input query = {.table_name = table};
    const struct awsc_ddb_cond *key = awsc_ddb_eq(a, awsc_ddb_key(a, "pk"), awsc_ddb_s(a, "test1"));

    if (awsc_dynamodb_client_new(NULL, &db, &err) == AWSC_OK &&
        awsc_ddb_put_item(db, table, &item, &err) == AWSC_OK &&
        awsc_ddb_query_where(a, &query, key, NULL, &err) == AWSC_OK &&
        awsc_dynamodb_query(db, &query, &out, &err) == AWSC_OK) {
        for (size_t i = 0; i < out->items.count; i++) {
            awsc_ddb_value found = AWSC_DDB_ITEM_M(out->items.items[i]);
            printf("%s\n", awsc_ddb_json(a, &found));
        }
    } else {
        fprintf(stderr, "%s\n", err.message);
    }
    int status = err.status != AWSC_OK;
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc_ddb_arena_destroy(a);
    awsc_client_destroy(db);
    return status;
}
