// The public headers as C++: every one of them is included (all_headers.h,
// made by meson from the build's header list) in a C++ program, which then
// uses the library through them: S3's DeleteObjects, whose input member
// `delete_` is the C++-safe name of the model's Delete, serialized on the
// stub transport; DynamoDB's BOOL (`bool_`, `has_bool`) written as JSON;
// an enum's parse and str functions.
#include "all_headers.h"

#include <cstdio>
#include <cstring>
#include <string>

static int failures;

#define CHECK(cond)                                                           \
    do {                                                                      \
        if (!(cond)) {                                                        \
            std::fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                       \
        }                                                                     \
    } while (0)

#ifdef AWSC_TEST_HAVE_S3
static void s3_delete_objects()
{
    struct awsc_stub *stub = nullptr;
    CHECK(awsc_stub_new(&stub) == AWSC_OK);
    static const struct awsc_credentials creds = {"AKIDEXAMPLE", "secret-key-for-tests", nullptr};
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://127.0.0.1:9";
    cfg.credentials = &creds;
    cfg.transport = awsc_stub_transport(stub);
    struct awsc_client *c = nullptr;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc_client_new(awsc_s3_service(), &cfg, &c, &err) == AWSC_OK);
    if (!c) {
        std::fprintf(stderr, "client: %s\n", err.message ? err.message : "?");
        awsc_error_clean_up(&err);
        awsc_stub_destroy(stub);
        failures++;
        return;
    }

    struct awsc_s3_object_identifier ids[2] = {};
    ids[0].key = "first key";
    ids[1].key = "second&key";
    struct awsc_s3_delete del = {};
    del.objects = AWSC_LIST(ids);
    del.has_quiet = true;
    del.quiet = true;
    struct awsc_s3_delete_objects_input in = {};
    in.bucket = "bucket";
    in.delete_ = &del;
    CHECK(awsc_stub_push_simple(stub, 200, nullptr, "<DeleteResult><Deleted><Key>first key</Key>"
                                                    "</Deleted></DeleteResult>") == AWSC_OK);
    struct awsc_s3_delete_objects_output *out = nullptr;
    CHECK(awsc_s3_delete_objects(c, &in, &out, &err) == AWSC_OK);
    if (out) {
        CHECK(out->deleted.count == 1 && std::strcmp(out->deleted.items[0].key, "first key") == 0);
        awsc_output_free(out);
    } else {
        std::fprintf(stderr, "DeleteObjects: %s\n", err.message ? err.message : "?");
        awsc_error_clean_up(&err);
    }
    CHECK(awsc_stub_request_count(stub) == 1);
    if (awsc_stub_request_count(stub) == 1) {
        const struct awsc_stub_request *r = awsc_stub_request(stub, 0);
        std::string body(reinterpret_cast<const char *>(r->body), r->body_len);
        std::printf("%s %s\n%s\n", r->method, r->url, body.c_str());
        CHECK(std::strcmp(r->method, "POST") == 0);
        CHECK(std::string(r->url).find("/bucket?delete") != std::string::npos);
        CHECK(body.find("<Delete") != std::string::npos);
        CHECK(body.find("<Key>first key</Key>") != std::string::npos);
        CHECK(body.find("<Key>second&amp;key</Key>") != std::string::npos);
        CHECK(body.find("<Quiet>true</Quiet>") != std::string::npos);
    }
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);

    // an enum's text and back
    enum awsc_s3_object_storage_class sc = awsc_s3_object_storage_class_parse("GLACIER");
    CHECK(std::strcmp(awsc_s3_object_storage_class_str(sc), "GLACIER") == 0);
    CHECK(awsc_s3_object_storage_class_parse("NO-SUCH-CLASS") == AWSC_S3_OBJECT_STORAGE_CLASS_UNKNOWN);
}
#endif

#ifdef AWSC_TEST_HAVE_DYNAMODB
static void dynamodb_bool()
{
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    CHECK(a != nullptr);
    awsc_ddb_value v = awsc_ddb_bool(a, true);
    CHECK(v.has_bool && v.bool_);
    awsc_ddb_value m = awsc_ddb_map(a, 1, "flag", v);
    const char *json = awsc_ddb_json(a, &m);
    std::printf("%s\n", json ? json : "(null)");
    CHECK(json != nullptr && std::string(json).find("\"BOOL\"") != std::string::npos &&
          std::string(json).find("true") != std::string::npos);
    awsc_ddb_arena_destroy(a);
}
#endif

int main()
{
    // the initializers of the public structs, with C++'s -Wextra
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(cfg.region == nullptr && err.status == 0 && err.message == nullptr);
#if AWSC_WITH_PAGINATORS
    struct awsc_page_options page = AWSC_PAGE_OPTIONS_INIT;
    (void)page;
#endif
#if AWSC_WITH_WAITERS
    struct awsc_wait_options wait = AWSC_WAIT_OPTIONS_INIT;
    (void)wait;
#endif
#ifdef AWSC_TEST_HAVE_DYNAMODB
    struct awsc_ddb_expressions ex = AWSC_DDB_EXPRESSIONS_INIT;
    struct awsc_ddb_batch_options bo = AWSC_DDB_BATCH_OPTIONS_INIT;
    (void)ex;
    (void)bo;
#endif
#ifdef AWSC_TEST_HAVE_S3
    s3_delete_objects();
#endif
#ifdef AWSC_TEST_HAVE_DYNAMODB
    dynamodb_bool();
#endif
    std::printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
