/*
 * bench_call: what one call costs awsc itself, network aside: validation,
 * endpoint, serialization, signing, the stub transport's round trip and
 * parsing, for DynamoDB GetItem (json), S3 PutObject with a 1 KiB body
 * (rest-xml, Content-MD5) and SQS SendMessage (query). Prints
 * "OPERATION MICROSECONDS_PER_CALL" lines; bench_call.py runs it beside
 * botocore doing the same.
 *
 *   bench_call [CALLS]
 */
#include <awsc/awsc.h>
#include <awsc/dynamodb.h>
#include <awsc/s3.h>
#include <awsc/sqs.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE",
                                              "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL};

static int answer(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)ud;
    memset(resp, 0, sizeof *resp);
    resp->http_status = 200;
    const char *ct = awsc_stub_request_header(req, "Content-Type");
    if (ct && strstr(ct, "amz-json")) {
        resp->headers = "Content-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: r1\r\n";
        resp->body = (const uint8_t *)"{\"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}}";
    } else if (strcmp(req->method, "PUT") == 0) {
        resp->headers = "ETag: \"0f343b0931126a20f133d67c2b018a3b\"\r\nx-amz-request-id: r1\r\n";
        resp->body = (const uint8_t *)"";
    } else {
        resp->headers = "Content-Type: text/xml\r\n";
        resp->body = (const uint8_t *)"<SendMessageResponse><SendMessageResult>"
                                      "<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592"
                                      "</MD5OfMessageBody><MessageId>m1</MessageId>"
                                      "</SendMessageResult><ResponseMetadata><RequestId>r1"
                                      "</RequestId></ResponseMetadata></SendMessageResponse>";
    }
    resp->body_len = strlen((const char *)resp->body);
    return 0;
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct awsc_client *client(const struct awsc_service *svc, struct awsc_stub *stub)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "bench_call: %s\n", err.message);
        exit(1);
    }
    return c;
}

static void fail(const char *what, struct awsc_error *err)
{
    fprintf(stderr, "bench_call: %s: %s\n", what, err->message ? err->message : "?");
    exit(1);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 20000;
    struct awsc_stub *stub = NULL;
    if (n <= 0 || awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    awsc_stub_set_responder(stub, answer, NULL);
    struct awsc_error err = AWSC_ERROR_INIT;

    struct awsc_client *ddb = client(awsc_dynamodb_service(), stub);
    struct awsc_dynamodb_attribute_map_entry key[] = {{"pk", {.s = "a"}}};
    struct awsc_dynamodb_get_item_input get = {.table_name = "music", .key = AWSC_LIST(key)};
    double t0 = seconds();
    for (int i = 0; i < n; i++) {
        struct awsc_dynamodb_get_item_output *out = NULL;
        if (awsc_dynamodb_get_item(ddb, &get, &out, &err) != AWSC_OK)
            fail("GetItem", &err);
        awsc_output_free(out);
        awsc_stub_clear_requests(stub);
    }
    printf("dynamodb.GetItem %.2f\n", (seconds() - t0) / n * 1e6);

    struct awsc_client *s3 = client(awsc_s3_service(), stub);
    static uint8_t body[1024];
    memset(body, 'x', sizeof body);
    struct awsc_s3_put_object_input put = {
        .bucket = "bench", .key = "k", .body = {.data = body, .len = sizeof body}};
    t0 = seconds();
    for (int i = 0; i < n; i++) {
        struct awsc_s3_put_object_output *out = NULL;
        if (awsc_s3_put_object(s3, &put, &out, &err) != AWSC_OK)
            fail("PutObject", &err);
        awsc_output_free(out);
        awsc_stub_clear_requests(stub);
    }
    printf("s3.PutObject %.2f\n", (seconds() - t0) / n * 1e6);

    struct awsc_client *sqs = client(awsc_sqs_service(), stub);
    struct awsc_sqs_send_message_input send = {.queue_url = "http://127.0.0.1:1/123456789012/q",
                                               .message_body = "hello"};
    t0 = seconds();
    for (int i = 0; i < n; i++) {
        struct awsc_sqs_send_message_output *out = NULL;
        if (awsc_sqs_send_message(sqs, &send, &out, &err) != AWSC_OK)
            fail("SendMessage", &err);
        awsc_output_free(out);
        awsc_stub_clear_requests(stub);
    }
    printf("sqs.SendMessage %.2f\n", (seconds() - t0) / n * 1e6);

    awsc_client_destroy(ddb);
    awsc_client_destroy(s3);
    awsc_client_destroy(sqs);
    awsc_stub_destroy(stub);
    return 0;
}
