/*
 * S3 SelectObjectContent: run an SQL expression over a CSV object and
 * write the matching records to stdout as they stream in; the scan's
 * progress and statistics go to stderr.
 *
 *   s3_select BUCKET KEY [EXPRESSION]
 *
 * The records arrive in Records events, in pieces of any size (a record
 * may span two events); Stats says how much was scanned; End says the
 * result is complete, and S3 asks that a result without it be taken as
 * incomplete.
 */
#include <awsc/s3.h>

#include <stdio.h>
#include <string.h>

struct result {
    unsigned long long bytes;
    bool ended;
};

static int on_event(void *user_data, const struct awsc_s3_select_object_content_event *event)
{
    struct result *r = user_data;
    if (event->records) {
        fwrite(event->records->payload.data, 1, event->records->payload.len, stdout);
        fflush(stdout);
        r->bytes += event->records->payload.len;
    } else if (event->progress && event->progress->details) {
        fprintf(stderr, "progress: %lld bytes scanned\n",
                (long long)event->progress->details->bytes_scanned);
    } else if (event->stats && event->stats->details) {
        const struct awsc_s3_stats *s = event->stats->details;
        fprintf(stderr, "stats: %lld bytes scanned, %lld processed, %lld returned\n",
                (long long)s->bytes_scanned, (long long)s->bytes_processed,
                (long long)s->bytes_returned);
    } else if (event->end) {
        r->ended = true;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: s3_select BUCKET KEY [EXPRESSION]\n");
        return 2;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    if (awsc_s3_client_new(NULL, &client, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }
    /* a CSV with a header line in, CSV out */
    struct awsc_s3_csv_input csv_in = {.file_header_info = "USE"};
    struct awsc_s3_csv_output csv_out = {0};
    struct awsc_s3_input_serialization input = {.csv = &csv_in};
    struct awsc_s3_output_serialization output = {.csv = &csv_out};
    struct awsc_s3_select_object_content_input in = {
        .bucket = argv[1],
        .key = argv[2],
        .expression = argc > 3 ? argv[3] : "SELECT * FROM S3Object s",
        .expression_type = "SQL",
        .input_serialization = &input,
        .output_serialization = &output,
    };
    struct result r = {0};
    struct awsc_s3_select_object_content_output *out = NULL;
    int status = awsc_s3_select_object_content(client, &in, on_event, &r, &out, &err);
    if (status != AWSC_OK) {
        fprintf(stderr, "SelectObjectContent: %s%s%s\n", err.code ? err.code : "",
                err.code ? ": " : "", err.message);
        awsc_error_clean_up(&err);
        awsc_client_destroy(client);
        return 1;
    }
    awsc_output_free(out);
    awsc_client_destroy(client);
    if (!r.ended) {
        fprintf(stderr, "the result is incomplete: no End event\n");
        return 1;
    }
    fprintf(stderr, "end: %llu bytes of records\n", r.bytes);
    return 0;
}
