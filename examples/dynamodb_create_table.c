/*
 * Create a DynamoDB table and wait until it is ACTIVE.
 *
 *   dynamodb_create_table [TABLE [KEY]]
 *
 * TABLE (default "awsc-example") gets a string partition key called KEY
 * (default "testKey").
 *
 * Region, credentials and endpoint come from the usual places: the
 * environment (AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, ...)
 * and ~/.aws/config and ~/.aws/credentials.
 */
#include <awsc/dynamodb.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

int main(int argc, char **argv)
{
    const char *table = argc > 1 ? argv[1] : "awsc-example";
    const char *key = argc > 2 ? argv[2] : "testKey";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_dynamodb_client_new(NULL, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }

    struct awsc_dynamodb_attribute_definition attrs[] = {
        {.attribute_name = key, .attribute_type = "S"},
    };
    struct awsc_dynamodb_key_schema_element keys[] = {
        {.attribute_name = key, .key_type = "HASH"},
    };
    struct awsc_dynamodb_provisioned_throughput throughput = {
        .has_read_capacity_units = true,
        .read_capacity_units = 10,
        .has_write_capacity_units = true,
        .write_capacity_units = 10,
    };
    struct awsc_dynamodb_create_table_input in = {
        .table_name = table,
        .attribute_definitions = AWSC_LIST(attrs),
        .key_schema = AWSC_LIST(keys),
        .provisioned_throughput = &throughput,
    };

    printf("Requesting table creation...\n");
    struct awsc_dynamodb_create_table_output *created = NULL;
    int rc = awsc_dynamodb_create_table(client, &in, &created, &err);
    if (rc != AWSC_OK) {
        fprintf(stderr, "CreateTable: %s: %s\n", err.code ? err.code : awsc_status_name(rc),
                err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(client);
        return 1;
    }
    awsc_output_free(created);

    printf("Waiting for table to be created...\n");
    struct awsc_dynamodb_describe_table_input din = {.table_name = table};
    for (int attempt = 0; attempt < 60; attempt++) {
        struct awsc_dynamodb_describe_table_output *out = NULL;
        rc = awsc_dynamodb_describe_table(client, &din, &out, &err);
        if (rc != AWSC_OK) {
            fprintf(stderr, "DescribeTable: %s\n", err.message);
            awsc_error_clean_up(&err);
            break;
        }
        bool active = out->table && awsc_dynamodb_table_status_parse(out->table->table_status) ==
                                        AWSC_DYNAMODB_TABLE_STATUS_ACTIVE;
        awsc_output_free(out);
        if (active) {
            printf("Table %s created\n", table);
            awsc_client_destroy(client);
            return 0;
        }
        sleep_ms(200);
    }
    fprintf(stderr, "table %s did not become ACTIVE\n", table);
    awsc_client_destroy(client);
    return 1;
}
