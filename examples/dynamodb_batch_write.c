/*
 * Write many items in batches of 25 (BatchWriteItem's limit), resubmit
 * the items DynamoDB leaves unprocessed, then read the last one back.
 *
 *   dynamodb_batch_write TABLE [COUNT]
 *
 * TABLE needs a string partition key called "pk".
 */
#include <awsc/dynamodb.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define BATCH 25

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static int fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "%s: %s%s%s\n", what, err->code ? err->code : "", err->code ? ": " : "",
            err->message);
    awsc_error_clean_up(err);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s TABLE [COUNT]\n", argv[0]);
        return 2;
    }
    const char *table = argv[1];
    int count = argc > 2 ? atoi(argv[2]) : 100;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_dynamodb_client_new(NULL, &client, &err) != AWSC_OK)
        return fail("client", &err);

    printf("Writing to dynamo\n");
    char names[BATCH][32];
    struct awsc_dynamodb_attribute_value values[BATCH];
    struct awsc_dynamodb_attribute_map_entry fields[BATCH];
    struct awsc_dynamodb_put_request puts[BATCH];
    struct awsc_dynamodb_write_request writes[BATCH];
    int status = 0;
    for (int start = 0; start < count && status == 0; start += BATCH) {
        int n = count - start < BATCH ? count - start : BATCH;
        for (int i = 0; i < n; i++) {
            snprintf(names[i], sizeof names[i], "item%d", start + i);
            values[i] = (struct awsc_dynamodb_attribute_value){.s = names[i]};
            fields[i] = (struct awsc_dynamodb_attribute_map_entry){"pk", values[i]};
            puts[i] = (struct awsc_dynamodb_put_request){.item = {&fields[i], 1}};
            writes[i] = (struct awsc_dynamodb_write_request){.put_request = &puts[i]};
        }
        struct awsc_dynamodb_batch_write_item_request_map_entry request = {
            .key = table, .value = {writes, (size_t)n}};
        struct awsc_dynamodb_batch_write_item_input in = {.request_items = {&request, 1}};

        struct awsc_dynamodb_batch_write_item_output *out = NULL;
        if (awsc_dynamodb_batch_write_item(client, &in, &out, &err) != AWSC_OK) {
            status = fail("BatchWriteItem", &err);
            break;
        }
        if (out->unprocessed_items.count == 0)
            printf("Wrote %d items to dynamo\n", n);
        /* Resubmit what was left over until nothing is: the unprocessed
         * items of one response are the request of the next. */
        int backoff = 50;
        while (out->unprocessed_items.count > 0) {
            printf("Resubmitting %zu tables' unprocessed items\n", out->unprocessed_items.count);
            sleep_ms(backoff);
            backoff = backoff < 5000 ? backoff * 2 : 5000;
            struct awsc_dynamodb_batch_write_item_input again = {.request_items =
                                                                     out->unprocessed_items};
            struct awsc_dynamodb_batch_write_item_output *next = NULL;
            int rc = awsc_dynamodb_batch_write_item(client, &again, &next, &err);
            awsc_output_free(out);
            out = next;
            if (rc != AWSC_OK) {
                status = fail("BatchWriteItem (resubmit)", &err);
                break;
            }
        }
        awsc_output_free(out);
    }

    if (status == 0) {
        char last[32];
        snprintf(last, sizeof last, "item%d", count - 1);
        printf("Item \"%s\" should exist\n", last);
        struct awsc_dynamodb_attribute_map_entry key = {"pk", {.s = last}};
        struct awsc_dynamodb_get_item_input get = {.table_name = table,
                                                   .key = {&key, 1},
                                                   .has_consistent_read = true,
                                                   .consistent_read = true};
        struct awsc_dynamodb_get_item_output *item = NULL;
        if (awsc_dynamodb_get_item(client, &get, &item, &err) != AWSC_OK) {
            status = fail("GetItem", &err);
        } else {
            if (item->item.count == 1 && item->item.entries[0].value.s)
                printf("Response: {'%s': {'S': '%s'}}\n", item->item.entries[0].key,
                       item->item.entries[0].value.s);
            else {
                fprintf(stderr, "item %s was not found\n", last);
                status = 1;
            }
            awsc_output_free(item);
        }
    }
    awsc_client_destroy(client);
    return status;
}
