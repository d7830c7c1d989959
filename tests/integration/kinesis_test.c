/*
 * Kinesis through the typed C API against kinesalite: create a stream, wait
 * until it is ACTIVE, put single records and a batch (binary data with
 * every byte value), read them back from TRIM_HORIZON byte-identical and in
 * order, then delete the stream.
 *
 *   kinesis_test [URL]      (default: $AWSC_TEST_KINESALITE_URL)
 */
#include "itest.h"

#include <awsc/kinesis.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREAM "awsc-int-stream"
#define SINGLE 3
#define BATCH  20
#define TOTAL  (SINGLE + BATCH)

struct sent {
    uint8_t data[1100];
    size_t len;
    char partition_key[64];
    char sequence[128];
    char shard[64];
};

static struct sent sent[TOTAL];

static void make_record(int i)
{
    struct sent *s = &sent[i];
    switch (i) {
    case 0: /* every byte value once */
        for (int b = 0; b < 256; b++)
            s->data[b] = (uint8_t)b;
        s->len = 256;
        break;
    case 1: /* NULs and 0xFF only */
        s->len = 5;
        memcpy(s->data, "\x00\xff\x00\xff\x00", 5);
        break;
    case 2: /* one byte */
        s->len = 1;
        s->data[0] = 0xff;
        break;
    default: /* a pseudo-random mix of varying length */
        s->len = (size_t)(i * 47) % 1090 + 1;
        for (size_t b = 0; b < s->len; b++)
            s->data[b] = (uint8_t)((b * 131 + (size_t)i * 7 + (b >> 3)) & 0xff);
        break;
    }
    snprintf(s->partition_key, sizeof s->partition_key, "pk-%d-\xc3\xa9", i);
}

static bool wait_status(struct awsc_client *c, const char *want, char *shard, size_t cap)
{
    struct awsc_kinesis_describe_stream_input in = {.stream_name = STREAM};
    struct awsc_error err = AWSC_ERROR_INIT;
    double deadline = itest_now_ms() + 20000;
    while (itest_now_ms() < deadline) {
        struct awsc_kinesis_describe_stream_output *out = NULL;
        int rc = awsc_kinesis_describe_stream(c, &in, &out, &err);
        if (!want && rc == AWSC_E_SERVICE && awsc_error_is(&err, "ResourceNotFoundException")) {
            CHECK(err.http_status == 400 && err.request_id && err.message,
                  "DescribeStream of a deleted stream: the error lacks detail");
            awsc_error_clean_up(&err);
            return true;
        }
        if (!CHECK_OK(rc, &err, "DescribeStream"))
            return false;
        const struct awsc_kinesis_stream_description *d = out->stream_description;
        bool done = false;
        if (CHECK(d && d->stream_name && strcmp(d->stream_name, STREAM) == 0,
                  "DescribeStream: not our stream") &&
            want && d->stream_status && strcmp(d->stream_status, want) == 0) {
            done = true;
            CHECK(d->shards.count == 1, "%zu shards, want 1", d->shards.count);
            CHECK(d->has_has_more_shards && !d->has_more_shards, "HasMoreShards");
            CHECK(d->has_retention_period_hours && d->retention_period_hours == 24,
                  "RetentionPeriodHours %d", d->retention_period_hours);
            CHECK(d->stream_arn && strstr(d->stream_arn, ":stream/" STREAM), "StreamARN %s",
                  d->stream_arn ? d->stream_arn : "(null)");
            if (d->shards.count >= 1 && d->shards.items[0].shard_id) {
                const struct awsc_kinesis_shard *sh = &d->shards.items[0];
                snprintf(shard, cap, "%s", sh->shard_id);
                CHECK(sh->hash_key_range && sh->hash_key_range->starting_hash_key &&
                          strcmp(sh->hash_key_range->starting_hash_key, "0") == 0 &&
                          sh->hash_key_range->ending_hash_key &&
                          strcmp(sh->hash_key_range->ending_hash_key,
                                 "340282366920938463463374607431768211455") == 0,
                      "the single shard's HashKeyRange");
            }
        }
        awsc_output_free(out);
        if (done)
            return true;
        itest_sleep_ms(20);
    }
    return FAIL("stream %s never reached %s", STREAM, want ? want : "deletion");
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_KINESALITE_URL");
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_kinesis_client_new(&cfg, &c, &err), &err, "kinesis client_new"))
        return itest_finish("kinesis_test");

    for (int i = 0; i < TOTAL; i++)
        make_record(i);

    struct awsc_kinesis_create_stream_input create = {
        .stream_name = STREAM, .has_shard_count = true, .shard_count = 1};
    char shard[64] = "";
    if (!CHECK_OK(awsc_kinesis_create_stream(c, &create, &err), &err, "CreateStream") ||
        !wait_status(c, "ACTIVE", shard, sizeof shard)) {
        awsc_client_destroy(c);
        return itest_finish("kinesis_test");
    }

    /* Creating it again is a service error. */
    int rc = awsc_kinesis_create_stream(c, &create, &err);
    CHECK(rc == AWSC_E_SERVICE && awsc_error_is(&err, "ResourceInUseException") &&
              err.http_status == 400,
          "CreateStream twice: rc %d code %s", rc, err.code ? err.code : "(null)");
    awsc_error_clean_up(&err);

    for (int i = 0; i < SINGLE; i++) {
        struct awsc_kinesis_put_record_input in = {
            .stream_name = STREAM,
            .data = {sent[i].data, sent[i].len},
            .partition_key = sent[i].partition_key,
        };
        struct awsc_kinesis_put_record_output *out = NULL;
        if (!CHECK_OK(awsc_kinesis_put_record(c, &in, &out, &err), &err, "PutRecord"))
            continue;
        CHECK(out->shard_id && strcmp(out->shard_id, shard) == 0, "PutRecord: ShardId %s",
              out->shard_id ? out->shard_id : "(null)");
        CHECK(out->sequence_number && out->sequence_number[0], "PutRecord: no SequenceNumber");
        snprintf(sent[i].sequence, sizeof sent[i].sequence, "%s",
                 out->sequence_number ? out->sequence_number : "");
        snprintf(sent[i].shard, sizeof sent[i].shard, "%s", out->shard_id ? out->shard_id : "");
        awsc_output_free(out);
    }

    struct awsc_kinesis_put_records_request_entry entries[BATCH];
    for (int i = 0; i < BATCH; i++) {
        struct sent *s = &sent[SINGLE + i];
        entries[i] = (struct awsc_kinesis_put_records_request_entry){
            .data = {s->data, s->len}, .partition_key = s->partition_key};
    }
    struct awsc_kinesis_put_records_input pin = {.stream_name = STREAM,
                                                 .records = AWSC_LIST(entries)};
    struct awsc_kinesis_put_records_output *pout = NULL;
    if (CHECK_OK(awsc_kinesis_put_records(c, &pin, &pout, &err), &err, "PutRecords")) {
        CHECK(pout->has_failed_record_count && pout->failed_record_count == 0,
              "PutRecords: FailedRecordCount %d", pout->failed_record_count);
        if (CHECK(pout->records.count == BATCH, "PutRecords: %zu results", pout->records.count)) {
            for (int i = 0; i < BATCH; i++) {
                const struct awsc_kinesis_put_records_result_entry *r = &pout->records.items[i];
                CHECK(r->sequence_number && r->shard_id && !r->error_code, "PutRecords result %d",
                      i);
                snprintf(sent[SINGLE + i].sequence, sizeof sent[0].sequence, "%s",
                         r->sequence_number ? r->sequence_number : "");
                snprintf(sent[SINGLE + i].shard, sizeof sent[0].shard, "%s",
                         r->shard_id ? r->shard_id : "");
            }
        }
        awsc_output_free(pout);
    }

    /* Read everything from the start of the shard. */
    struct awsc_kinesis_get_shard_iterator_input it_in = {
        .stream_name = STREAM, .shard_id = shard, .shard_iterator_type = "TRIM_HORIZON"};
    struct awsc_kinesis_get_shard_iterator_output *it = NULL;
    int got = 0;
    if (CHECK_OK(awsc_kinesis_get_shard_iterator(c, &it_in, &it, &err), &err, "GetShardIterator")) {
        struct awsc_kinesis_get_records_output *prev = NULL;
        const char *iterator = it->shard_iterator;
        CHECK(iterator && iterator[0], "GetShardIterator: no iterator");
        int empty = 0;
        for (int call = 0; iterator && call < 50 && empty < 3; call++) {
            struct awsc_kinesis_get_records_input in = {
                .shard_iterator = iterator, .has_limit = true, .limit = 7};
            struct awsc_kinesis_get_records_output *out = NULL;
            rc = awsc_kinesis_get_records(c, &in, &out, &err);
            awsc_output_free(prev); /* the iterator pointed into it */
            prev = NULL;
            if (!CHECK_OK(rc, &err, "GetRecords"))
                break;
            CHECK(out->records.count <= 7, "GetRecords: %zu records over the limit",
                  out->records.count);
            for (size_t i = 0; i < out->records.count; i++, got++) {
                const struct awsc_kinesis_record *r = &out->records.items[i];
                if (!CHECK(got < TOTAL, "GetRecords: more records than were put"))
                    break;
                const struct sent *s = &sent[got];
                CHECK(r->sequence_number && strcmp(r->sequence_number, s->sequence) == 0,
                      "record %d: SequenceNumber %s, put as %s", got,
                      r->sequence_number ? r->sequence_number : "(null)", s->sequence);
                CHECK(r->partition_key && strcmp(r->partition_key, s->partition_key) == 0,
                      "record %d: PartitionKey %s", got,
                      r->partition_key ? r->partition_key : "(null)");
                CHECK(r->data.data && r->data.len == s->len &&
                          memcmp(r->data.data, s->data, s->len) == 0,
                      "record %d: data differs (%zu bytes, want %zu)", got, r->data.len, s->len);
                CHECK(r->has_approximate_arrival_timestamp &&
                          r->approximate_arrival_timestamp.sec > 1500000000,
                      "record %d: ApproximateArrivalTimestamp", got);
            }
            empty = out->records.count == 0 ? empty + 1 : 0;
            if (got >= TOTAL && out->records.count == 0) {
                CHECK(out->has_millis_behind_latest && out->millis_behind_latest == 0,
                      "MillisBehindLatest at the end");
                awsc_output_free(out);
                break;
            }
            iterator = out->next_shard_iterator;
            prev = out;
        }
        awsc_output_free(prev);
        awsc_output_free(it);
    }
    CHECK(got == TOTAL, "read %d records back, want %d", got, TOTAL);

    struct awsc_kinesis_delete_stream_input del = {.stream_name = STREAM};
    if (CHECK_OK(awsc_kinesis_delete_stream(c, &del, &err), &err, "DeleteStream"))
        wait_status(c, NULL, shard, sizeof shard);

    awsc_client_destroy(c);
    return itest_finish("kinesis_test");
}
