/*
 * Write many items through the batch writer (aioboto3's
 * Table.batch_writer()): sent 25 at a time, the items DynamoDB leaves
 * unprocessed resubmitted with back-off, the rest flushed at the end;
 * then count the table's items with a Scan.
 *
 *   dynamodb_batch_writer TABLE [COUNT]   (TABLE has a string partition key "pk"; COUNT: 1000)
 */
#include <awsc/dynamodb_easy.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    const char *table = argc > 1 ? argv[1] : "test_table";
    int count = argc > 2 ? atoi(argv[2]) : 1000;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *db = NULL;
    struct awsc_ddb_batch_writer *writer = NULL;
    struct awsc_dynamodb_scan_output *out = NULL;
    int rc = awsc_dynamodb_client_new(NULL, &db, &err);
    if (rc == AWSC_OK)
        rc = awsc_ddb_batch_writer_new(db, table, NULL, &writer, &err);
    for (int i = 0; i < count && rc == AWSC_OK; i++) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        char pk[32];
        snprintf(pk, sizeof pk, "test%d", i);
        awsc_ddb_value item =
            awsc_ddb_map(a, 2, "pk", awsc_ddb_s(a, pk), "col1", awsc_ddb_s(a, "some_data"));
        if ((rc = awsc_ddb_arena_error(a, &err)) == AWSC_OK)
            rc = awsc_ddb_batch_put(writer, &item, &err); /* copied */
        awsc_ddb_arena_destroy(a);
    }
    if (rc == AWSC_OK)
        rc = awsc_ddb_batch_flush(writer, &err);

    struct awsc_dynamodb_scan_input scan = {.table_name = table, .select = "COUNT"};
    if (rc == AWSC_OK && (rc = awsc_dynamodb_scan(db, &scan, &out, &err)) == AWSC_OK)
        printf("%d\n", (int)out->count);
    if (rc != AWSC_OK)
        fprintf(stderr, "%s\n", err.message);
    awsc_output_free(out);
    awsc_ddb_batch_writer_destroy(writer);
    awsc_error_clean_up(&err);
    awsc_client_destroy(db);
    return rc != AWSC_OK;
}
