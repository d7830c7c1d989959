/*
 * The query protocol through the typed C API: SNS and STS against fauxqs
 * (create topics with attributes and tags, publish with message
 * attributes, list and delete topics, a modeled error, GetCallerIdentity),
 * then bad responses served by the stub transport: malformed, truncated
 * and non-UTF-8 XML, a DOCTYPE, an error document inside a 200, a body cut
 * off mid-transfer, an HTML error page. Each bad response must give a
 * clear error and no output (run under the sanitizers for leaks).
 *
 *   fauxqs_test [URL]      (default: $AWSC_TEST_FAUXQS_URL; without a
 *                           server only the stub part runs)
 */
#include "itest.h"

#include <awsc/sns.h>
#include <awsc/sts.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOPIC   "awsc-int-topic"
#define TOPIC2  "awsc-int-topic-2"
#define MESSAGE "hello & <world> \"caf\xc3\xa9\" + = % \xe2\x9c\x93 \n line two"

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = s ? strlen(s) : 0, m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool listed(struct awsc_client *c, const char *arn)
{
    struct awsc_sns_list_topics_input in = {0};
    struct awsc_sns_list_topics_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    bool found = false;
    int rc = awsc_sns_list_topics(c, &in, &out, &err);
    if (!CHECK_OK(rc, &err, "ListTopics"))
        return false;
    for (size_t i = 0; i < out->topics.count; i++)
        if (out->topics.items[i].topic_arn && strcmp(out->topics.items[i].topic_arn, arn) == 0)
            found = true;
    awsc_output_free(out);
    return found;
}

static char *create_topic(struct awsc_client *c, const char *name, bool with_extras)
{
    struct awsc_sns_topic_attributes_map_entry attrs[] = {
        {"DisplayName", "awsc & <friends> \xc3\xa9"}};
    struct awsc_sns_tag tags[] = {{"team", "c & co"}, {"empty", ""}};
    struct awsc_sns_create_topic_input in = {.name = name};
    if (with_extras) {
        in.attributes.entries = attrs;
        in.attributes.count = 1;
        in.tags.items = tags;
        in.tags.count = 2;
    }
    struct awsc_sns_create_topic_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_sns_create_topic(c, &in, &out, &err);
    if (!CHECK_OK(rc, &err, "CreateTopic"))
        return NULL;
    char *arn = NULL;
    if (CHECK(out->topic_arn && has_suffix(out->topic_arn, name), "CreateTopic: TopicArn %s",
              out->topic_arn ? out->topic_arn : "(none)"))
        arn = strdup(out->topic_arn);
    CHECK(awsc_output_http_status(out) == 200, "CreateTopic: HTTP %d",
          awsc_output_http_status(out));
    awsc_output_free(out);
    return arn;
}

static void test_sns(const char *url)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_sns_client_new(&cfg, &c, &err), &err, "sns client_new"))
        return;

    char *arn = create_topic(c, TOPIC, true);
    char *arn2 = create_topic(c, TOPIC2, false);
    if (arn) {
        /* the attributes went through as a map */
        struct awsc_sns_get_topic_attributes_input gin = {.topic_arn = arn};
        struct awsc_sns_get_topic_attributes_output *gout = NULL;
        int rc = awsc_sns_get_topic_attributes(c, &gin, &gout, &err);
        if (CHECK_OK(rc, &err, "GetTopicAttributes")) {
            const char *display = NULL, *topic_arn = NULL;
            for (size_t i = 0; i < gout->attributes.count; i++) {
                const struct awsc_sns_topic_attributes_map_entry *e = &gout->attributes.entries[i];
                if (strcmp(e->key, "DisplayName") == 0)
                    display = e->value;
                if (strcmp(e->key, "TopicArn") == 0)
                    topic_arn = e->value;
            }
            CHECK(display && strcmp(display, "awsc & <friends> \xc3\xa9") == 0,
                  "GetTopicAttributes: DisplayName %s", display ? display : "(none)");
            CHECK(topic_arn && strcmp(topic_arn, arn) == 0, "GetTopicAttributes: TopicArn");
            awsc_output_free(gout);
        }

        /* publish, with message attributes (a map of structures) */
        struct awsc_sns_message_attribute_map_entry mattrs[] = {
            {"kind", {.data_type = "String", .string_value = "greeting & more"}},
            {"count", {.data_type = "Number", .string_value = "3"}},
        };
        struct awsc_sns_publish_input pin = {
            .topic_arn = arn,
            .message = MESSAGE,
            .subject = "a subject",
            .message_attributes = {mattrs, 2},
        };
        struct awsc_sns_publish_output *pout = NULL;
        rc = awsc_sns_publish(c, &pin, &pout, &err);
        if (CHECK_OK(rc, &err, "Publish")) {
            CHECK(pout->message_id && *pout->message_id, "Publish: no MessageId");
            awsc_output_free(pout);
        }

        CHECK(listed(c, arn), "ListTopics does not list %s", arn);
        if (arn2)
            CHECK(listed(c, arn2), "ListTopics does not list %s", arn2);
    }

    /* a modeled error: NotFound, with its message, status and request id */
    struct awsc_sns_publish_input bad = {
        .topic_arn = "arn:aws:sns:us-east-1:000000000000:awsc-no-such-topic",
        .message = "x",
    };
    struct awsc_sns_publish_output *bout = NULL;
    int rc = awsc_sns_publish(c, &bad, &bout, &err);
    CHECK(rc == AWSC_E_SERVICE && !bout, "Publish to a missing topic: %s", awsc_status_name(rc));
    CHECK(awsc_error_is(&err, "NotFound"), "Publish to a missing topic: code %s",
          err.code ? err.code : "(none)");
    CHECK(err.http_status == 404 && err.message && *err.message && err.request_id &&
              err.operation && strcmp(err.operation, "Publish") == 0,
          "Publish to a missing topic: the error lacks detail");
    CHECK(err.shape && strcmp(awsc_shape_name(err.shape), "NotFoundException") == 0 && err.data,
          "Publish to a missing topic: not the modeled NotFoundException");
    if (err.shape && err.data) {
        const struct awsc_sns_not_found_exception *e = err.data;
        CHECK(e->message && strcmp(e->message, err.message) == 0, "NotFoundException.Message: %s",
              e->message ? e->message : "(none)");
    }
    awsc_error_clean_up(&err);

    /* delete one topic; the other stays */
    if (arn2) {
        struct awsc_sns_delete_topic_input din = {.topic_arn = arn2};
        rc = awsc_sns_delete_topic(c, &din, &err);
        if (CHECK_OK(rc, &err, "DeleteTopic"))
            CHECK(!listed(c, arn2), "a deleted topic is still listed");
        if (arn)
            CHECK(listed(c, arn), "the other topic is gone");
    }
    free(arn);
    free(arn2);
    awsc_client_destroy(c);
}

static void test_sts(const char *url)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_sts_client_new(&cfg, &c, &err), &err, "sts client_new"))
        return;
    struct awsc_sts_get_caller_identity_input in = {0};
    struct awsc_sts_get_caller_identity_output *out = NULL;
    int rc = awsc_sts_get_caller_identity(c, &in, &out, &err);
    if (CHECK_OK(rc, &err, "GetCallerIdentity")) {
        CHECK(out->account && strlen(out->account) == 12, "GetCallerIdentity: Account %s",
              out->account ? out->account : "(none)");
        CHECK(out->arn && strncmp(out->arn, "arn:aws:", 8) == 0, "GetCallerIdentity: Arn %s",
              out->arn ? out->arn : "(none)");
        CHECK(out->user_id && *out->user_id, "GetCallerIdentity: UserId");
        CHECK(awsc_output_request_id(out) != NULL, "GetCallerIdentity: no request id");
        awsc_output_free(out);
    }
    awsc_client_destroy(c);
}

/* ------------------------------------------------ bad responses (stub) */

struct bad_case {
    const char *what;
    int http_status;
    const char *body;
    size_t body_len; /* 0: strlen(body) */
    size_t truncate_at;
    int want; /* the status the call must return */
    const char *const says[3];
};

static const char LIST_OK[] =
    "<ListTopicsResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><ListTopicsResult>"
    "<Topics><member><TopicArn>arn:aws:sns:us-east-1:1:a</TopicArn></member></Topics>"
    "</ListTopicsResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
    "</ListTopicsResponse>";

static const struct bad_case BAD[] = {
    {"malformed XML",
     200,
     "<ListTopicsResponse><ListTopicsResult><Topics><member></Topics></ListTopicsResult>"
     "</ListTopicsResponse>",
     0,
     0,
     AWSC_E_PARSE,
     {"ListTopics response", "malformed XML", "line 1, column"}},
    {"truncated XML",
     200,
     "<ListTopicsResponse><ListTopicsResult><Topics><member><TopicArn>arn:aws:sn",
     0,
     0,
     AWSC_E_PARSE,
     {"ListTopics response", "ends before the document is complete", NULL}},
    {"invalid UTF-8",
     200,
     "<ListTopicsResponse><ListTopicsResult><Topics><member><TopicArn>arn:\xff\xfe</TopicArn>"
     "</member></Topics></ListTopicsResult></ListTopicsResponse>",
     0,
     0,
     AWSC_E_PARSE,
     {"not valid UTF-8", "byte 0xff at offset 67", NULL}},
    {"a DOCTYPE with entities",
     200,
     "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
     "<ListTopicsResponse><ListTopicsResult><NextToken>&b;</NextToken></ListTopicsResult>"
     "</ListTopicsResponse>",
     0,
     0,
     AWSC_E_PARSE,
     {"DOCTYPE", "refused", NULL}},
    {"a value of the wrong type",
     200,
     "<ListTopicsResponse><ListTopicsResult><Topics><member><TopicArn><x/></TopicArn></member>"
     "</Topics><NextToken>t</NextToken></ListTopicsResult></ListTopicsResponse>",
     0,
     0,
     AWSC_OK,
     {NULL, NULL, NULL}},
    {"an error inside a 200",
     200,
     "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender"
     "</Type><Code>AuthorizationError</Code><Message>not allowed &amp; that's that</Message>"
     "</Error><RequestId>req-in-200</RequestId></ErrorResponse>",
     0,
     0,
     AWSC_E_SERVICE,
     {"not allowed & that's that", NULL, NULL}},
    {"a body cut off mid-transfer", 200, LIST_OK, 0, 60, -1, {NULL, NULL, NULL}},
    {"an HTML error page",
     503,
     "<html><head><title>503 Service Unavailable</title></head><body>try later</body></html>",
     0,
     0,
     AWSC_E_SERVICE,
     {"HTTP 503", "503 Service Unavailable", NULL}},
    {"an HTML page that is not XML",
     502,
     "<html><body>Bad Gateway<br></body></html>",
     0,
     0,
     AWSC_E_SERVICE,
     {"HTTP 502", "not an XML error", NULL}},
    {"an empty error body", 500, "", 0, 0, AWSC_E_SERVICE, {"empty body", NULL, NULL}},
    {"a modeled error",
     400,
     "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code>"
     "<Message>bad token</Message></Error><RequestId>req-400</RequestId></ErrorResponse>",
     0,
     0,
     AWSC_E_SERVICE,
     {"bad token", NULL, NULL}},
};

static void test_stub(void)
{
    struct awsc_stub *stub = NULL;
    if (!CHECK(awsc_stub_new(&stub) == AWSC_OK, "stub_new"))
        return;
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = "https://sns.stub.example.com";
    cfg.transport = awsc_stub_transport(stub);
    cfg.max_attempts = 1;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_sns_client_new(&cfg, &c, &err), &err, "sns client_new (stub)")) {
        awsc_stub_destroy(stub);
        return;
    }

    /* a good response first, and the request that went out */
    awsc_stub_push_simple(stub, 200, "Content-Type: text/xml\r\n", LIST_OK);
    struct awsc_sns_list_topics_input in = {.next_token = "n & m"};
    struct awsc_sns_list_topics_output *out = NULL;
    int rc = awsc_sns_list_topics(c, &in, &out, &err);
    if (CHECK_OK(rc, &err, "ListTopics (stub)")) {
        CHECK(out->topics.count == 1 &&
                  strcmp(out->topics.items[0].topic_arn, "arn:aws:sns:us-east-1:1:a") == 0,
              "ListTopics (stub): the topic");
        awsc_output_free(out);
    }
    if (CHECK(awsc_stub_request_count(stub) == 1, "one request sent")) {
        const struct awsc_stub_request *req = awsc_stub_request(stub, 0);
        static const char WANT[] = "Action=ListTopics&Version=2010-03-31&NextToken=n+%26+m";
        CHECK(req->body_len == sizeof WANT - 1 && memcmp(req->body, WANT, sizeof WANT - 1) == 0,
              "the form body: %.*s", (int)req->body_len, (const char *)req->body);
        const char *ct = awsc_stub_request_header(req, "Content-Type");
        CHECK(ct && strcmp(ct, "application/x-www-form-urlencoded; charset=utf-8") == 0,
              "Content-Type: %s", ct ? ct : "(none)");
        CHECK(strcmp(req->method, "POST") == 0, "method %s", req->method);
    }

    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        const struct bad_case *b = &BAD[i];
        struct awsc_stub_response resp = {0};
        resp.http_status = b->http_status;
        resp.headers = "Content-Type: text/xml\r\nx-amzn-RequestId: hdr-id\r\n";
        resp.body = (const uint8_t *)b->body;
        resp.body_len = b->body_len ? b->body_len : strlen(b->body);
        resp.truncate_at = b->truncate_at;
        awsc_stub_push(stub, &resp);
        out = NULL;
        struct awsc_sns_list_topics_input none = {0};
        rc = awsc_sns_list_topics(c, &none, &out, &err);
        if (b->want == AWSC_OK) {
            CHECK(rc == AWSC_E_PARSE || rc == AWSC_OK, "%s: %s", b->what, awsc_status_name(rc));
            if (rc == AWSC_E_PARSE)
                CHECK(err.message && strstr(err.message, "Topics[0].TopicArn"),
                      "%s: the message does not name the member: %s", b->what,
                      err.message ? err.message : "");
        } else if (b->want < 0) {
            CHECK(rc != AWSC_OK && !out && err.message && *err.message, "%s: %s (%s)", b->what,
                  awsc_status_name(rc), err.message ? err.message : "");
        } else {
            CHECK(rc == b->want && !out, "%s: %s, want %s (%s)", b->what, awsc_status_name(rc),
                  awsc_status_name(b->want), err.message ? err.message : "");
            for (int k = 0; k < 3 && b->says[k]; k++)
                CHECK(err.message && strstr(err.message, b->says[k]),
                      "%s: the message \"%s\" does not say \"%s\"", b->what,
                      err.message ? err.message : "", b->says[k]);
            if (rc == AWSC_E_SERVICE)
                CHECK(err.http_status == b->http_status && err.code && err.request_id,
                      "%s: the error lacks detail", b->what);
        }
        if (strcmp(b->what, "an error inside a 200") == 0)
            CHECK(awsc_error_is(&err, "AuthorizationError") && err.shape &&
                      strcmp(err.request_id, "req-in-200") == 0,
                  "%s: code %s", b->what, err.code ? err.code : "(none)");
        if (strcmp(b->what, "a modeled error") == 0)
            CHECK(awsc_error_is(&err, "InvalidParameter") && err.shape &&
                      strcmp(awsc_shape_name(err.shape), "InvalidParameterException") == 0 &&
                      strcmp(err.request_id, "req-400") == 0,
                  "%s: code %s", b->what, err.code ? err.code : "(none)");
        awsc_output_free(out);
        awsc_error_clean_up(&err);
    }
    CHECK(awsc_stub_pending_responses(stub) == 0, "responses left in the stub: %zu",
          awsc_stub_pending_responses(stub));
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    test_stub();
    const char *url = argc > 1 ? argv[1] : getenv("AWSC_TEST_FAUXQS_URL");
    if (url && *url) {
        test_sns(url);
        test_sts(url);
    } else {
        printf("fauxqs_test: no server URL; only the stub part ran\n");
    }
    return itest_finish("fauxqs_test");
}
