/*
 * The rest-json and rest-xml protocols against good and bad input, with
 * the descriptors of the default build's S3 (rest-xml) and Lambda
 * (rest-json):
 *
 * - requests: what the HTTP binding makes of labels (greedy or not),
 *   query members, header and headers members and payloads; and what it
 *   refuses before anything is sent: a header name that is not a token, a
 *   header value with CR or LF, a string that is not UTF-8, an unset
 *   label;
 * - responses: header values that do not fit their member, truncated or
 *   malformed bodies, bodies that are not XML or JSON, raw payloads that
 *   are not UTF-8 text, and the error formats (S3's header-only errors,
 *   <Error>, x-amzn-ErrorType with modeled members);
 * - every case again with the n-th allocation failing, for every n, until
 *   it completes: each run ends in AWSC_E_NOMEM or the normal outcome,
 *   never a crash or a leak (run it under the sanitizers and valgrind).
 */
#include <awsc/lambda.h>
#include <awsc/s3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "protocol/protocol.h"

static int failures;
static bool quiet; /* while failing allocations: only crashes and leaks count */

/* A check of a status: made always (with allocations failing, the
 * status may also be AWSC_E_NOMEM). */
#define SCHECK(cond, ...)                                        \
    do {                                                         \
        if (!(cond)) {                                           \
            failures++;                                          \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                        \
            fputc('\n', stderr);                                 \
        }                                                        \
    } while (0)
/* A check of a value or message: only when no allocation fails. */
#define CHECK(cond, ...)               \
    do {                               \
        if (!quiet)                    \
            SCHECK(cond, __VA_ARGS__); \
    } while (0)

static const char *str(const char *s)
{
    return s ? s : "(null)";
}

static const struct awsc_operation *op_of(const struct awsc_service *svc, const char *name)
{
    const struct awsc_operation *op = awsc_service_operation(svc, name);
    if (!op) {
        fprintf(stderr, "no operation %s in %s\n", name, awsc_service_name(svc));
        exit(1);
    }
    return op;
}

/* ------------------------------------------------------------- requests */

struct built {
    int status;
    struct awsc__request req;
    struct awsc_error err;
};

static void build(struct built *b, const struct awsc_operation *op, const void *input)
{
    memset(b, 0, sizeof *b);
    b->req.arena = awsc__arena_new();
    b->status = b->req.arena ? awsc__protocol_any(awsc_operation_service(op)->protocol)
                                   ->serialize(op, input, &b->req, &b->err)
                             : AWSC_E_NOMEM;
}

static void built_clean_up(struct built *b)
{
    awsc__request_clean_up(&b->req);
    awsc_error_clean_up(&b->err);
}

static const char *header(const struct built *b, const char *name)
{
    return awsc__headers_get(&b->req.headers, name);
}

static bool has(const char *haystack, const char *needle)
{
    return haystack && strstr(haystack, needle);
}

static void s3_put_object(void)
{
    const struct awsc_operation *op = op_of(awsc_s3_service(), "PutObject");
    struct awsc_s3_metadata_map_entry meta[] = {{"color", "  blue "}, {"Owner", "caf\xc3\xa9"}};
    static const uint8_t data[] = "object data";
    struct awsc_s3_put_object_input in = {
        .bucket = "my-bucket",
        .key = "dir a/b~c+d.txt",
        .content_type = "text/plain",
        .metadata = AWSC_LIST(meta),
        .body = {.data = data, .len = sizeof data - 1},
    };
    struct built b;
    build(&b, op, &in);
    if (b.status == AWSC_OK && !quiet) {
        CHECK(strcmp(b.req.method, "PUT") == 0, "PutObject: method %s", b.req.method);
        CHECK(b.req.path.data && strcmp(b.req.path.data, "/my-bucket/dir%20a/b~c%2Bd.txt") == 0,
              "PutObject: path %s (a greedy label keeps '/')", str(b.req.path.data));
        CHECK(b.req.query.len == 0, "PutObject: query %s", str(b.req.query.data));
        CHECK(has(header(&b, "x-amz-meta-color"), "blue") &&
                  strcmp(header(&b, "x-amz-meta-color"), "blue") == 0,
              "PutObject: x-amz-meta-color %s (white space around a value dropped)",
              str(header(&b, "x-amz-meta-color")));
        CHECK(has(header(&b, "x-amz-meta-Owner"), "caf\xc3\xa9"), "PutObject: x-amz-meta-Owner %s",
              str(header(&b, "x-amz-meta-Owner")));
        CHECK(has(header(&b, "Content-Type"), "text/plain"), "PutObject: Content-Type %s",
              str(header(&b, "Content-Type")));
        CHECK(b.req.body_stream == &in.body && b.req.body.len == 0,
              "PutObject: the streaming body goes to body_stream, uncopied");
    }
    SCHECK(b.status == AWSC_OK || (quiet && b.status == AWSC_E_NOMEM), "PutObject: %s %s",
           awsc_status_name(b.status), str(b.err.message));
    built_clean_up(&b);

    /* Refused before anything is sent. */
    struct {
        const char *what, *key, *value, *content_type, *object_key, *bucket, *expect;
    } bad[] = {
        {"CR LF in a metadata value", "k", "a\r\nX-Evil: 1", NULL, "o", "b", "x-amz-meta-k"},
        {"LF in a header member", "k", "v", "text/plain\nX-Evil: 1", "o", "b", "Content-Type"},
        {"a space in a header name", "bad key", "v", NULL, "o", "b", "not a valid HTTP header"},
        {"a colon in a header name", "a:b", "v", NULL, "o", "b", "not a valid HTTP header"},
        {"invalid UTF-8 in a label", "k", "v", NULL, "o\xff", "b", "UTF-8"},
        {"invalid UTF-8 in a header", "k", "\xc3(", NULL, "o", "b", "UTF-8"},
        {"an unset label", "k", "v", NULL, "o", NULL, "Bucket"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(bad); i++) {
        struct awsc_s3_metadata_map_entry m = {bad[i].key, bad[i].value};
        struct awsc_s3_put_object_input bin = {
            .bucket = bad[i].bucket,
            .key = bad[i].object_key,
            .content_type = bad[i].content_type,
            .metadata = {&m, 1},
        };
        build(&b, op, &bin);
        SCHECK(b.status == AWSC_E_VALIDATION || (quiet && b.status == AWSC_E_NOMEM),
               "PutObject with %s: %s", bad[i].what, awsc_status_name(b.status));
        if (b.status == AWSC_E_VALIDATION)
            CHECK(has(b.err.message, bad[i].expect), "PutObject with %s: message %s", bad[i].what,
                  str(b.err.message));
        built_clean_up(&b);
    }
}

static void s3_list(void)
{
    const struct awsc_operation *op = op_of(awsc_s3_service(), "ListObjectsV2");
    struct awsc_s3_list_objects_v2_input in = {
        .bucket = "b",
        .prefix = "a b/c&d=e",
        .has_max_keys = true,
        .max_keys = 0,
        .has_fetch_owner = true,
        .fetch_owner = true,
    };
    struct built b;
    build(&b, op, &in);
    if (b.status == AWSC_OK && !quiet) {
        CHECK(strcmp(b.req.path.data, "/b") == 0, "ListObjectsV2: path %s", b.req.path.data);
        CHECK(b.req.query.data &&
                  strcmp(b.req.query.data, "list-type=2&max-keys=0&prefix=a%20b%2Fc%26d%3De&"
                                           "fetch-owner=true") == 0,
              "ListObjectsV2: query %s", str(b.req.query.data));
        CHECK(b.req.body.len == 0 && !b.req.body_stream, "ListObjectsV2: a body");
    }
    SCHECK(b.status == AWSC_OK || (quiet && b.status == AWSC_E_NOMEM), "ListObjectsV2: %s",
           awsc_status_name(b.status));
    built_clean_up(&b);
}

static void lambda_invoke(void)
{
    const struct awsc_operation *op = op_of(awsc_lambda_service(), "Invoke");
    static const uint8_t payload[] = "{\"a\": 1}";
    struct awsc_lambda_invoke_input in = {
        .function_name = "arn:aws:lambda:us-east-1:123456789012:function:f",
        .invocation_type = "RequestResponse",
        .log_type = "Tail",
        .payload = {payload, sizeof payload - 1},
        .qualifier = "v 1",
    };
    struct built b;
    build(&b, op, &in);
    if (b.status == AWSC_OK && !quiet) {
        CHECK(strcmp(b.req.path.data, "/2015-03-31/functions/"
                                      "arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction"
                                      "%3Af/invocations") == 0,
              "Invoke: path %s", b.req.path.data);
        CHECK(b.req.query.data && strcmp(b.req.query.data, "Qualifier=v%201") == 0,
              "Invoke: query %s", str(b.req.query.data));
        CHECK(b.req.body.len == sizeof payload - 1 &&
                  memcmp(b.req.body.data, payload, b.req.body.len) == 0,
              "Invoke: the blob payload is the body, as it is");
        CHECK(!header(&b, "Content-Type"), "Invoke: a raw payload gets no Content-Type");
        CHECK(has(header(&b, "X-Amz-Log-Type"), "Tail"), "Invoke: X-Amz-Log-Type %s",
              str(header(&b, "X-Amz-Log-Type")));
    }
    SCHECK(b.status == AWSC_OK || (quiet && b.status == AWSC_E_NOMEM), "Invoke: %s",
           awsc_status_name(b.status));
    built_clean_up(&b);

    in.client_context = "e30=\r\nX-Evil: 1";
    build(&b, op, &in);
    SCHECK(b.status == AWSC_E_VALIDATION || (quiet && b.status == AWSC_E_NOMEM),
           "Invoke with CR LF in a header: %s", awsc_status_name(b.status));
    built_clean_up(&b);

    /* A JSON body: GetFunction has none, CreateAlias has one. */
    const struct awsc_operation *alias = op_of(awsc_lambda_service(), "CreateAlias");
    struct awsc_lambda_create_alias_input ain = {
        .function_name = "f", .name = "live", .function_version = "caf\xc3\xa9"};
    build(&b, alias, &ain);
    if (b.status == AWSC_OK && !quiet) {
        CHECK(has(header(&b, "Content-Type"), "application/json"), "CreateAlias: Content-Type");
        CHECK(b.req.body.data &&
                  strcmp(b.req.body.data,
                         "{\"Name\": \"live\", \"FunctionVersion\": \"caf\\u00e9\"}") == 0,
              "CreateAlias: body %s", str(b.req.body.data));
    }
    SCHECK(b.status == AWSC_OK || (quiet && b.status == AWSC_E_NOMEM), "CreateAlias: %s",
           awsc_status_name(b.status));
    built_clean_up(&b);

    ain.function_version = "\xed\xa0\x80"; /* a surrogate: not UTF-8 */
    build(&b, alias, &ain);
    SCHECK(b.status == AWSC_E_VALIDATION || (quiet && b.status == AWSC_E_NOMEM),
           "CreateAlias with invalid UTF-8: %s", awsc_status_name(b.status));
    built_clean_up(&b);
}

/* ------------------------------------------------------------ responses */

struct answer {
    int status;
    const char *headers[8][2];
    const char *body;
    size_t body_len; /* 0: strlen(body) */
};

struct parsed {
    int status;
    void *out;
    struct awsc_arena *arena;
    struct awsc_error err;
};

static void parse(struct parsed *p, const struct awsc_operation *op, const struct answer *a)
{
    memset(p, 0, sizeof *p);
    struct awsc_arena *ha = awsc__arena_new();
    struct awsc__response resp;
    memset(&resp, 0, sizeof resp);
    resp.status = a->status;
    bool ok = ha != NULL;
    for (size_t i = 0; ok && i < 8 && a->headers[i][0]; i++)
        ok = awsc__headers_add(&resp.headers, ha, a->headers[i][0], a->headers[i][1]) == AWSC_OK;
    /* a copy of exactly its length, so that a read past it shows */
    size_t len = a->body ? (a->body_len ? a->body_len : strlen(a->body)) : 0;
    uint8_t *body = malloc(len ? len : 1);
    if (body && len)
        memcpy(body, a->body, len);
    resp.body = body;
    resp.body_len = len;
    const struct awsc__protocol *proto = awsc__protocol_any(awsc_operation_service(op)->protocol);
    if (!ok || !body) {
        p->status = AWSC_E_NOMEM;
    } else if (a->status >= 200 && a->status < 300) {
        p->arena = awsc__arena_new();
        p->status = p->arena ? proto->parse(op, &resp, p->arena, &p->out, &p->err) : AWSC_E_NOMEM;
    } else {
        p->status = proto->parse_error(op, &resp, &p->err);
    }
    free(body);
    awsc__arena_destroy(ha);
}

static void parsed_clean_up(struct parsed *p)
{
    awsc__arena_destroy(p->arena);
    awsc_error_clean_up(&p->err);
}

#define EXPECT(p, want, what)                                                                    \
    SCHECK((p)->status == (want) || (quiet && (p)->status == AWSC_E_NOMEM), "%s: %s (%s)", what, \
           awsc_status_name((p)->status), str((p)->err.message))

static void s3_responses(void)
{
    const struct awsc_operation *head = op_of(awsc_s3_service(), "HeadObject");
    struct parsed p;

    struct answer good = {200,
                          {{"Content-Length", "12"},
                           {"Last-Modified", "Tue, 29 Apr 2014 18:30:38 GMT"},
                           {"x-amz-meta-color", "blue"},
                           {"X-Amz-Meta-Size", "big"},
                           {"x-amz-request-id", "RID"}},
                          NULL,
                          0};
    parse(&p, head, &good);
    EXPECT(&p, AWSC_OK, "HeadObject");
    if (p.status == AWSC_OK && !quiet) {
        const struct awsc_s3_head_object_output *o = p.out;
        CHECK(o->has_content_length && o->content_length == 12, "HeadObject: ContentLength");
        CHECK(o->has_last_modified && o->last_modified.sec == 1398796238,
              "HeadObject: LastModified %lld", (long long)o->last_modified.sec);
        CHECK(o->metadata.count == 2 && strcmp(o->metadata.entries[0].key, "color") == 0 &&
                  strcmp(o->metadata.entries[0].value, "blue") == 0 &&
                  strcmp(o->metadata.entries[1].key, "Size") == 0,
              "HeadObject: Metadata (%zu entries)", o->metadata.count);
    }
    parsed_clean_up(&p);

    struct answer bad_len = {200, {{"Content-Length", "12abc"}}, NULL, 0};
    parse(&p, head, &bad_len);
    EXPECT(&p, AWSC_E_PARSE, "HeadObject with Content-Length 12abc");
    if (p.status == AWSC_E_PARSE)
        CHECK(has(p.err.message, "Content-Length") && has(p.err.message, "ContentLength"),
              "HeadObject: message %s", str(p.err.message));
    parsed_clean_up(&p);

    struct answer bad_date = {200, {{"Last-Modified", "yesterday"}}, NULL, 0};
    parse(&p, head, &bad_date);
    EXPECT(&p, AWSC_E_PARSE, "HeadObject with Last-Modified yesterday");
    parsed_clean_up(&p);

    /* S3 answers HEAD errors without a body. */
    struct answer not_found = {404, {{"x-amz-request-id", "RID404"}}, NULL, 0};
    parse(&p, head, &not_found);
    EXPECT(&p, AWSC_E_SERVICE, "HeadObject 404");
    if (p.status == AWSC_E_SERVICE && !quiet)
        CHECK(strcmp(str(p.err.code), "404") == 0 && strcmp(str(p.err.message), "Not Found") == 0 &&
                  strcmp(str(p.err.request_id), "RID404") == 0 && p.err.http_status == 404,
              "HeadObject 404: code %s message %s request id %s", str(p.err.code),
              str(p.err.message), str(p.err.request_id));
    parsed_clean_up(&p);

    const struct awsc_operation *get = op_of(awsc_s3_service(), "GetObject");
    struct answer no_key = {
        404,
        {{"Content-Type", "application/xml"}},
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
        "<Message>The specified key does not exist.</Message><Key>k</Key>"
        "<RequestId>R1</RequestId><HostId>H</HostId></Error>",
        0};
    parse(&p, get, &no_key);
    EXPECT(&p, AWSC_E_SERVICE, "GetObject NoSuchKey");
    if (p.status == AWSC_E_SERVICE && !quiet)
        CHECK(strcmp(str(p.err.code), "NoSuchKey") == 0 && has(p.err.message, "does not exist") &&
                  strcmp(str(p.err.request_id), "R1") == 0 && p.err.shape &&
                  strcmp(awsc_shape_name(p.err.shape), "NoSuchKey") == 0,
              "GetObject NoSuchKey: code %s message %s shape %s", str(p.err.code),
              str(p.err.message), p.err.shape ? awsc_shape_name(p.err.shape) : "-");
    parsed_clean_up(&p);

    struct answer html = {
        502, {{"Content-Type", "text/html"}}, "<html><body><b>Bad Gateway</b></body>", 0};
    parse(&p, get, &html);
    EXPECT(&p, AWSC_E_SERVICE, "GetObject 502 HTML");
    if (p.status == AWSC_E_SERVICE && !quiet)
        CHECK(strcmp(str(p.err.code), "502") == 0 && has(p.err.message, "not XML") &&
                  has(p.err.message, "Bad Gateway") && !p.err.shape,
              "GetObject 502: code %s message %s", str(p.err.code), str(p.err.message));
    parsed_clean_up(&p);

    struct answer doctype = {400,
                             {{"Content-Type", "application/xml"}},
                             "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x \"boom\">]>"
                             "<Error><Code>&x;</Code></Error>",
                             0};
    parse(&p, get, &doctype);
    EXPECT(&p, AWSC_E_SERVICE, "an error with a DOCTYPE");
    if (p.status == AWSC_E_SERVICE && !quiet)
        CHECK(strcmp(str(p.err.code), "400") == 0 && !has(p.err.code, "boom"),
              "an error with a DOCTYPE: code %s", str(p.err.code));
    parsed_clean_up(&p);

    const struct awsc_operation *list = op_of(awsc_s3_service(), "ListObjectsV2");
    static const char *const cut[] = {
        "<ListBucketResult><Name>b</Na",
        "<ListBucketResult><Name>b</Name><KeyCount>x1</KeyCount></ListBucketResult>",
        "<ListBucketResult><Name>b</Name></ListBucket>",
        "<ListBucketResult><Name>\xff\xfe</Name></ListBucketResult>",
        "not xml at all",
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(cut); i++) {
        struct answer a = {200, {{"Content-Type", "application/xml"}}, cut[i], 0};
        parse(&p, list, &a);
        EXPECT(&p, AWSC_E_PARSE, cut[i]);
        if (p.status == AWSC_E_PARSE)
            CHECK(has(p.err.message, "ListObjectsV2"), "message %s", str(p.err.message));
        parsed_clean_up(&p);
    }
    struct answer listed = {200,
                            {{"Content-Type", "application/xml"}},
                            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            "<Name>b</Name><KeyCount>1</KeyCount><Contents><Key>a &amp; b</Key>"
                            "<Size>3</Size></Contents></ListBucketResult>",
                            0};
    parse(&p, list, &listed);
    EXPECT(&p, AWSC_OK, "ListObjectsV2");
    if (p.status == AWSC_OK && !quiet) {
        const struct awsc_s3_list_objects_v2_output *o = p.out;
        CHECK(o->contents.count == 1 && strcmp(o->contents.items[0].key, "a & b") == 0,
              "ListObjectsV2: Contents");
    }
    parsed_clean_up(&p);

    /* A string payload must be text. */
    const struct awsc_operation *policy = op_of(awsc_s3_service(), "GetBucketPolicy");
    struct answer binary = {200, {{"Content-Type", "application/json"}}, "{\"a\":\xff}", 0};
    parse(&p, policy, &binary);
    EXPECT(&p, AWSC_E_PARSE, "GetBucketPolicy with invalid UTF-8");
    parsed_clean_up(&p);
    struct answer text = {200, {{"Content-Type", "application/json"}}, "{\"Version\":\"2012\"}", 0};
    parse(&p, policy, &text);
    EXPECT(&p, AWSC_OK, "GetBucketPolicy");
    if (p.status == AWSC_OK && !quiet)
        CHECK(strcmp(str(((struct awsc_s3_get_bucket_policy_output *)p.out)->policy),
                     "{\"Version\":\"2012\"}") == 0,
              "GetBucketPolicy: Policy");
    parsed_clean_up(&p);
}

static void lambda_responses(void)
{
    const struct awsc_operation *invoke = op_of(awsc_lambda_service(), "Invoke");
    struct parsed p;
    struct answer ok = {200,
                        {{"X-Amz-Function-Error", "Unhandled"},
                         {"X-Amz-Executed-Version", "$LATEST"},
                         {"x-amzn-RequestId", "RID"}},
                        "\x00\x01"
                        "binary",
                        8};
    parse(&p, invoke, &ok);
    EXPECT(&p, AWSC_OK, "Invoke");
    if (p.status == AWSC_OK && !quiet) {
        const struct awsc_lambda_invoke_output *o = p.out;
        CHECK(o->has_status_code && o->status_code == 200, "Invoke: StatusCode");
        CHECK(strcmp(str(o->function_error), "Unhandled") == 0, "Invoke: FunctionError");
        CHECK(o->payload.len == 8 && memcmp(o->payload.data,
                                            "\x00\x01"
                                            "binary",
                                            8) == 0,
              "Invoke: Payload");
    }
    parsed_clean_up(&p);

    const struct awsc_operation *get = op_of(awsc_lambda_service(), "GetFunction");
    static const char *const cut[] = {
        "{\"Configuration\": {\"FunctionName\": \"f\"",
        "{\"Configuration\": {\"Timeout\": \"ten\"}}",
        "{\"Configuration\": {\"FunctionName\": \"\xc3\x28\"}}",
        "<html>oops</html>",
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(cut); i++) {
        struct answer a = {200, {{"Content-Type", "application/json"}}, cut[i], 0};
        parse(&p, get, &a);
        EXPECT(&p, AWSC_E_PARSE, cut[i]);
        parsed_clean_up(&p);
    }

    struct answer missing = {
        404,
        {{"x-amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/"},
         {"x-amzn-RequestId", "R2"}},
        "{\"Type\": \"User\", \"Message\": \"Function not found: f\"}",
        0};
    parse(&p, get, &missing);
    EXPECT(&p, AWSC_E_SERVICE, "GetFunction 404");
    if (p.status == AWSC_E_SERVICE && !quiet) {
        CHECK(strcmp(str(p.err.code), "ResourceNotFoundException") == 0 &&
                  strcmp(str(p.err.message), "Function not found: f") == 0 &&
                  strcmp(str(p.err.request_id), "R2") == 0,
              "GetFunction 404: code %s message %s", str(p.err.code), str(p.err.message));
        const struct awsc_lambda_resource_not_found_exception *e = p.err.data;
        CHECK(p.err.shape && e && strcmp(str(e->type), "User") == 0 &&
                  strcmp(str(e->message), "Function not found: f") == 0,
              "GetFunction 404: modeled members");
    }
    parsed_clean_up(&p);

    struct answer gateway = {502, {{"Content-Type", "text/html"}}, "<html>Bad Gateway</html>", 0};
    parse(&p, get, &gateway);
    EXPECT(&p, AWSC_E_SERVICE, "GetFunction 502");
    if (p.status == AWSC_E_SERVICE && !quiet)
        CHECK(strcmp(str(p.err.code), "502") == 0 && has(p.err.message, "not JSON"),
              "GetFunction 502: code %s message %s", str(p.err.code), str(p.err.message));
    parsed_clean_up(&p);
}

/* ------------------------------------------------------------------ main */

static void all(void)
{
    s3_put_object();
    s3_list();
    lambda_invoke();
    s3_responses();
    lambda_responses();
}

int main(void)
{
    all();
    int plain = failures;
    /* Every allocation in turn fails, until a run makes no allocation
     * fail: each must unwind cleanly. */
    quiet = true;
    long n;
    for (n = 1; n < 100000; n++) {
        awsc__alloc_fail_at(n);
        all();
        long made = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (made < n)
            break;
    }
    quiet = false;
    printf("rest bad input: %d failures; failed each of %ld allocations in turn\n", plain, n - 1);
    return failures ? 1 : 0;
}
