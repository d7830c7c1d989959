/*
 * A client that tries hard (aioboto3's AioConfig(retries={"max_attempts":
 * 100})): 20 calls in flight at once on one thread, each retried on
 * throttling up to 100 attempts; prints each call's retries in the order
 * the responses came, as botocore's ResponseMetadata RetryAttempts.
 *
 *   dynamodb_retries [CALLS]
 */
#include <awsc/dynamodb.h>

#include <stdio.h>
#include <stdlib.h>

struct run {
    int done, failed;
    int retries[1000];
};

static void on_tables(void *ud, int status, struct awsc_dynamodb_list_tables_output *out,
                      struct awsc_error *err)
{
    struct run *r = ud;
    if (status == AWSC_OK) {
        r->retries[r->done++] = awsc_output_attempts(out) - 1;
    } else {
        fprintf(stderr, "%s\n", err->message);
        r->failed++;
    }
    awsc_output_free(out);
    awsc_error_clean_up(err);
}

int main(int argc, char **argv)
{
    int calls = argc > 1 ? atoi(argv[1]) : 20;
    if (calls < 1 || calls > 1000)
        calls = 20;
    struct awsc_config try_hard = AWSC_CONFIG_INIT;
    try_hard.max_attempts = 100;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *db = NULL;
    struct run run = {0, 0, {0}};
    struct awsc_dynamodb_list_tables_input in = {0};
    int rc = awsc_dynamodb_client_new(&try_hard, &db, &err);
    for (int i = 0; i < calls && rc == AWSC_OK; i++)
        rc = awsc_dynamodb_list_tables_async(db, &in, on_tables, &run, &err);
    if (rc == AWSC_OK)
        rc = awsc_client_run(db); /* until every call has completed */
    if (rc != AWSC_OK)
        fprintf(stderr, "%s\n", err.message ? err.message : awsc_strerror(rc));
    printf("[");
    for (int i = 0; i < run.done; i++)
        printf("%s%d", i ? ", " : "", run.retries[i]);
    printf("]\n");
    awsc_error_clean_up(&err);
    awsc_client_destroy(db);
    return rc != AWSC_OK || run.failed;
}
