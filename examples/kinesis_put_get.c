/*
 * Kinesis round trip: create a stream, wait until it is ACTIVE, put a few
 * records, then read them back from the shard they went to.
 *
 *   kinesis_put_get [STREAM]
 */
#include <awsc/kinesis.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#define RECORDS 3

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
    const char *stream = argc > 1 ? argv[1] : "awsc-example";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_kinesis_client_new(NULL, &client, &err) != AWSC_OK)
        return fail("client", &err);

    int status = 0;
    struct awsc_kinesis_create_stream_input create = {
        .stream_name = stream, .has_shard_count = true, .shard_count = 1};
    if (awsc_kinesis_create_stream(client, &create, &err) != AWSC_OK) {
        status = fail("CreateStream", &err);
        goto done;
    }
    printf("Waiting for stream %s...\n", stream);
    struct awsc_kinesis_describe_stream_input describe = {.stream_name = stream};
    bool active = false;
    for (int i = 0; i < 100 && !active; i++) {
        struct awsc_kinesis_describe_stream_output *out = NULL;
        if (awsc_kinesis_describe_stream(client, &describe, &out, &err) != AWSC_OK) {
            status = fail("DescribeStream", &err);
            goto done;
        }
        active = awsc_kinesis_stream_status_parse(out->stream_description->stream_status) ==
                 AWSC_KINESIS_STREAM_STATUS_ACTIVE;
        awsc_output_free(out);
        if (!active)
            sleep_ms(100);
    }
    if (!active) {
        fprintf(stderr, "stream %s never became ACTIVE\n", stream);
        status = 1;
        goto done;
    }

    char shard[128] = "";
    char first_sequence[128] = "";
    for (int i = 0; i < RECORDS; i++) {
        char data[64];
        int len = snprintf(data, sizeof data, "record %d from awsc", i);
        struct awsc_kinesis_put_record_input put = {
            .stream_name = stream,
            .data = {(const uint8_t *)data, (size_t)len},
            .partition_key = "awsc",
        };
        struct awsc_kinesis_put_record_output *out = NULL;
        if (awsc_kinesis_put_record(client, &put, &out, &err) != AWSC_OK) {
            status = fail("PutRecord", &err);
            goto done;
        }
        printf("Put \"%s\" into %s as %s\n", data, out->shard_id, out->sequence_number);
        snprintf(shard, sizeof shard, "%s", out->shard_id);
        if (i == 0)
            snprintf(first_sequence, sizeof first_sequence, "%s", out->sequence_number);
        awsc_output_free(out);
    }

    struct awsc_kinesis_get_shard_iterator_input it_in = {
        .stream_name = stream,
        .shard_id = shard,
        .shard_iterator_type = "AT_SEQUENCE_NUMBER",
        .starting_sequence_number = first_sequence,
    };
    struct awsc_kinesis_get_shard_iterator_output *it = NULL;
    if (awsc_kinesis_get_shard_iterator(client, &it_in, &it, &err) != AWSC_OK) {
        status = fail("GetShardIterator", &err);
        goto done;
    }
    struct awsc_kinesis_get_records_input get = {.shard_iterator = it->shard_iterator};
    struct awsc_kinesis_get_records_output *recs = NULL;
    int rc = awsc_kinesis_get_records(client, &get, &recs, &err);
    awsc_output_free(it);
    if (rc != AWSC_OK) {
        status = fail("GetRecords", &err);
        goto done;
    }
    printf("Got %zu records back:\n", recs->records.count);
    for (size_t i = 0; i < recs->records.count; i++) {
        const struct awsc_kinesis_record *r = &recs->records.items[i];
        printf("  %s: %.*s\n", r->sequence_number, (int)r->data.len, (const char *)r->data.data);
    }
    if (recs->records.count != RECORDS) {
        fprintf(stderr, "expected %d records\n", RECORDS);
        status = 1;
    }
    awsc_output_free(recs);

done:
    awsc_client_destroy(client);
    return status;
}
