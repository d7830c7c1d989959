/*
 * Create a DynamoDB table, then wait for it with the table_exists waiter.
 *
 *   dynamodb_create_table_wait [TABLE [KEY]]
 *
 * TABLE (default "awsc-example") gets a string partition key called KEY
 * (default "id") and on-demand billing. The waiter calls DescribeTable
 * until the table is ACTIVE: every 20 seconds and at most 25 times as the
 * model says, unless AWSC_WAIT_DELAY_MS sets another delay (handy against
 * a local server, where tables are ready in milliseconds).
 *
 * Region, credentials and endpoint come from the usual places: the
 * environment (AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, ...)
 * and ~/.aws/config and ~/.aws/credentials.
 */
#include <awsc/dynamodb.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    const char *table = argc > 1 ? argv[1] : "awsc-example";
    const char *key = argc > 2 ? argv[2] : "id";
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
    struct awsc_dynamodb_create_table_input in = {
        .table_name = table,
        .attribute_definitions = AWSC_LIST(attrs),
        .key_schema = AWSC_LIST(keys),
        .billing_mode = "PAY_PER_REQUEST",
    };
    printf("Creating table %s...\n", table);
    int rc = awsc_dynamodb_create_table(client, &in, NULL, &err);
    if (rc != AWSC_OK) {
        fprintf(stderr, "CreateTable: %s\n", err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(client);
        return 1;
    }

    printf("Waiting for it to exist...\n");
    struct awsc_wait_options opts = AWSC_WAIT_OPTIONS_INIT;
    const char *delay = getenv("AWSC_WAIT_DELAY_MS");
    if (delay)
        opts.delay_ms = atol(delay);
    struct awsc_dynamodb_describe_table_input describe = {.table_name = table};
    rc = awsc_dynamodb_wait_table_exists(client, &describe, &opts, &err);
    if (rc != AWSC_OK) {
        /* AWSC_E_WAIT_TIMEOUT: out of attempts; AWSC_E_SERVICE: DescribeTable
         * failed in a way the waiter does not expect */
        fprintf(stderr, "%s: %s\n", awsc_status_name(rc), err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(client);
        return 1;
    }
    printf("Table %s exists\n", table);
    awsc_client_destroy(client);
    return 0;
}
