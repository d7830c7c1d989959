/*
 * Secrets stay out of the debug log, for every protocol: calls through the
 * stub transport with a log function, whose inputs and canned responses
 * carry values of sensitive members (the model's AWSC_MF_SENSITIVE and
 * AWSC_SF_SENSITIVE). Checked each time: the request on the wire holds the
 * secret (only the log hides it), the log holds no secret, and it still
 * holds the values around them. Then bodies that are not well-formed, the
 * URL and header rules on a hand-made shape, and every allocation of
 * logged calls failing in turn: never a secret in the log, whatever fails.
 */
#include <awsc/ec2.h>
#include <awsc/iam.h>
#include <awsc/lambda.h>
#include <awsc/s3.h>
#include <awsc/ssm.h>
#include <awsc/sts.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "protocol/json.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

static const struct awsc_credentials CREDS = {"AKIDREDACT", "caller-secret-key-SECRET-0",
                                              "caller-session-token-SECRET-00"};

/* the log, as one text (not through awsc's allocator, which the
 * allocation-failure runs make fail) */
static char g_log[1 << 20];
static size_t g_log_len;

static void log_line(void *ud, const char *line)
{
    (void)ud;
    size_t n = strlen(line);
    if (g_log_len + n + 2 > sizeof g_log) {
        fprintf(stderr, "the log is too long\n");
        exit(1);
    }
    memcpy(g_log + g_log_len, line, n);
    g_log_len += n;
    g_log[g_log_len++] = '\n';
    g_log[g_log_len] = '\0';
}

static void log_reset(void)
{
    g_log_len = 0;
    g_log[0] = '\0';
}

static struct awsc_client *client_for(const struct awsc_service *svc, struct awsc_stub *stub)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "https://127.0.0.1:1";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.max_attempts = 1;
    cfg.log_fn = log_line;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK)
        awsc_error_clean_up(&err);
    return c;
}

struct rcase {
    /* the service's descriptor function: awsc_ssm_service() is a call, which
     * a static initializer cannot make */
    const struct awsc_service *(*svc)(void);
    const char *op;
    const char *input; /* JSON, member names */
    int status;
    const char *headers; /* response headers */
    const char *body;    /* response body */
    int want;            /* the call's status */
    const char *secrets[4];
    const char *visible[4];
    const char *on_wire; /* a secret that the request must carry */
};

#define JSON11 "Content-Type: application/x-amz-json-1.1\r\n"

static const struct rcase CASES[] = {
    /* json: SSM */
    {awsc_ssm_service,
     "PutParameter",
     "{\"Name\": \"visible-param\", \"Value\": \"SECRET-1-ssm\", \"Type\": \"SecureString\"}",
     200,
     JSON11,
     "{\"Version\": 3, \"Tier\": \"Standard\"}",
     AWSC_OK,
     {"SECRET-1-ssm"},
     {"visible-param", "\"Value\": \"<redacted>\"", "SecureString", "\"Tier\": \"Standard\""},
     "SECRET-1-ssm"},
    {awsc_ssm_service,
     "GetParameters",
     "{\"Names\": [\"a\", \"b\"]}",
     200,
     JSON11,
     "{\"Parameters\": [{\"Name\": \"visible-a\", \"Value\": \"SECRET-2-a\", \"Version\": 1},"
     " {\"Name\": \"visible-b\", \"Value\": {\"odd\": [\"SECRET-3-b\"]}}],"
     " \"InvalidParameters\": [\"visible-missing\"]}",
     AWSC_E_PARSE,
     {"SECRET-2-a", "SECRET-3-b"},
     {"visible-a", "visible-b", "visible-missing"},
     NULL},
    /* a body cut off inside a secret: the rest is hidden */
    {awsc_ssm_service,
     "GetParameter",
     "{\"Name\": \"n\"}",
     200,
     JSON11,
     "{\"Parameter\": {\"Name\": \"visible-cut\", \"Value\": \"SECRET-4-cut",
     AWSC_E_PARSE,
     {"SECRET-4-cut"},
     {"visible-cut"},
     NULL},
    /* not JSON at all, for an output that can hold secrets: not shown */
    {awsc_ssm_service,
     "GetParameter",
     "{\"Name\": \"n\"}",
     200,
     JSON11,
     "Value = SECRET-5-garbage",
     AWSC_E_PARSE,
     {"SECRET-5-garbage"},
     {"bytes not shown"},
     NULL},
    /* an error page: no shape, nothing to hide, shown */
    {awsc_ssm_service,
     "GetParameter",
     "{\"Name\": \"n\"}",
     502,
     "Content-Type: text/html\r\n",
     "<html>visible-bad-gateway</html>",
     AWSC_E_SERVICE,
     {NULL},
     {"visible-bad-gateway"},
     NULL},
    /* rest-json: Lambda; a payload that is the body itself */
    {awsc_lambda_service,
     "Invoke",
     "{\"FunctionName\": \"visible-function\", \"Payload\": \"U0VDUkVULTYtcGF5bG9hZA==\"}",
     200,
     "X-Amz-Executed-Version: 7\r\n",
     "SECRET-7-result",
     AWSC_OK,
     {"SECRET-6-payload", "SECRET-7-result"},
     {"visible-function", "<redacted> (16 bytes)"},
     "SECRET-6-payload"},
    {awsc_lambda_service,
     "UpdateFunctionConfiguration",
     "{\"FunctionName\": \"fn\", \"Description\": \"visible-description\","
     " \"Environment\": {\"Variables\": {\"KEY\": \"SECRET-8-env\"}}}",
     200,
     "Content-Type: application/json\r\n",
     "{\"FunctionName\": \"visible-fn\", \"Environment\": {\"Variables\": {\"K\":"
     " \"SECRET-9-env\"}, \"Error\": {\"ErrorCode\": \"visible-code\"}}}",
     AWSC_OK,
     {"SECRET-8-env", "SECRET-9-env"},
     {"visible-description", "visible-fn", "visible-code"},
     "SECRET-8-env"},
    /* rest-xml: S3, in the body and in headers (signed ones too) */
    {awsc_s3_service,
     "PutBucketEncryption",
     "{\"Bucket\": \"visible-bucket\", \"ServerSideEncryptionConfiguration\": {\"Rules\": "
     "[{\"ApplyServerSideEncryptionByDefault\": {\"SSEAlgorithm\": \"aws:kms\","
     " \"KMSMasterKeyID\": \"SECRET-10-kms\"}}]}}",
     200,
     NULL,
     "",
     AWSC_OK,
     {"SECRET-10-kms"},
     {"visible-bucket", "aws:kms", "&lt;redacted&gt;"},
     "SECRET-10-kms"},
    {awsc_s3_service,
     "GetBucketEncryption",
     "{\"Bucket\": \"b\"}",
     200,
     NULL,
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServerSideEncryptionConfiguration "
     "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule><ApplyServerSideEncryptionByDefault>"
     "<SSEAlgorithm>visible-algorithm</SSEAlgorithm><KMSMasterKeyID>SECRET-11-kms</KMSMasterKeyID>"
     "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule>"
     "</ServerSideEncryptionConfiguration>",
     AWSC_OK,
     {"SECRET-11-kms"},
     {"visible-algorithm", "BucketKeyEnabled"},
     NULL},
    {awsc_s3_service,
     "PutObject",
     "{\"Bucket\": \"b\", \"Key\": \"visible-key\", \"ServerSideEncryption\": \"aws:kms\","
     " \"SSEKMSKeyId\": \"SECRET-12-kms\", \"SSEKMSEncryptionContext\": \"U0VDUkVULTEz\"}",
     200,
     "x-amz-server-side-encryption-aws-kms-key-id: SECRET-14-kms\r\nETag: \"visible-etag\"\r\n",
     "",
     AWSC_OK,
     {"SECRET-12-kms", "U0VDUkVULTEz", "SECRET-14-kms"},
     {"visible-key", "visible-etag", "x-amz-server-side-encryption-aws-kms-key-id:<redacted>"},
     "SECRET-12-kms"},
    /* query: IAM and STS, forms out and XML back */
    {awsc_iam_service,
     "CreateLoginProfile",
     "{\"UserName\": \"visible-user\", \"Password\": \"SECRET-15-pw\"}",
     200,
     NULL,
     "<CreateLoginProfileResponse><CreateLoginProfileResult><LoginProfile><UserName>visible-"
     "user-back</UserName><CreateDate>2020-01-01T00:00:00Z</CreateDate></LoginProfile>"
     "</CreateLoginProfileResult></CreateLoginProfileResponse>",
     AWSC_OK,
     {"SECRET-15-pw"},
     {"UserName=visible-user", "Password=%3Credacted%3E", "visible-user-back"},
     "SECRET-15-pw"},
    {awsc_iam_service,
     "CreateAccessKey",
     "{}",
     200,
     NULL,
     "<CreateAccessKeyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
     "<CreateAccessKeyResult><AccessKey><UserName>visible-u</UserName><AccessKeyId>AKIDVISIBLE"
     "</AccessKeyId><Status>Active</Status><SecretAccessKey>SECRET-16-iam</SecretAccessKey>"
     "</AccessKey></CreateAccessKeyResult></CreateAccessKeyResponse>",
     AWSC_OK,
     {"SECRET-16-iam"},
     {"AKIDVISIBLE", "visible-u"},
     NULL},
    /* prefixed names, and a body cut off inside a secret */
    {awsc_sts_service,
     "GetSessionToken",
     "{}",
     200,
     NULL,
     "<s:GetSessionTokenResponse xmlns:s=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
     "<s:GetSessionTokenResult><s:Credentials><s:AccessKeyId>ASIAVISIBLE</s:AccessKeyId>"
     "<s:SecretAccessKey>SECRET-17-sts</s:SecretAccessKey><s:SessionToken>SECRET-18-sts"
     "</s:SessionToken><s:Expiration>2030-01-01T00:00:00Z</s:Expiration></s:Credentials>"
     "</s:GetSessionTokenResult></s:GetSessionTokenResponse>",
     AWSC_OK,
     {"SECRET-17-sts", "SECRET-18-sts"},
     {"ASIAVISIBLE", "2030-01-01T00:00:00Z"},
     NULL},
    {awsc_sts_service,
     "GetSessionToken",
     "{}",
     200,
     NULL,
     "<GetSessionTokenResponse><GetSessionTokenResult><Credentials><AccessKeyId>ASIACUT"
     "</AccessKeyId><SecretAccessKey>SECRET-19-cut",
     AWSC_E_PARSE,
     {"SECRET-19-cut"},
     {"ASIACUT"},
     NULL},
    {awsc_sts_service,
     "AssumeRoleWithWebIdentity",
     "{\"RoleArn\": \"arn:aws:iam::123456789012:role/visible\", \"RoleSessionName\": \"vis\","
     " \"WebIdentityToken\": \"SECRET-20-jwt\"}",
     400,
     NULL,
     "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken</Code><Message>"
     "visible-message</Message></Error><RequestId>r</RequestId></ErrorResponse>",
     AWSC_E_SERVICE,
     {"SECRET-20-jwt"},
     {"role%2Fvisible", "visible-message"},
     "SECRET-20-jwt"},
    /* ec2: UserData goes base64-encoded; the key material comes back */
    {awsc_ec2_service,
     "RunInstances",
     "{\"ImageId\": \"ami-visible\", \"MinCount\": 1, \"MaxCount\": 1,"
     " \"UserData\": \"SECRET-21-userdata\"}",
     200,
     NULL,
     "<RunInstancesResponse><reservationId>r-visible</reservationId></RunInstancesResponse>",
     AWSC_OK,
     {"SECRET-21-userdata", "U0VDUkVULTIxLXVzZXJkYXRh"},
     {"ami-visible", "r-visible"},
     "U0VDUkVULTIxLXVzZXJkYXRh"},
    /* the presigned URL a copy from another region carries: the caller's
     * session token and a signature that works for anyone */
    {awsc_ec2_service,
     "CopySnapshot",
     "{\"SourceRegion\": \"us-west-2\", \"SourceSnapshotId\": \"snap-visible\"}",
     200,
     NULL,
     "<CopySnapshotResponse><snapshotId>snap-visible-copy</snapshotId></CopySnapshotResponse>",
     AWSC_OK,
     {"caller-session-token", "X-Amz-Signature"},
     {"SourceSnapshotId=snap-visible", "PresignedUrl=%3Credacted%3E", "snap-visible-copy"},
     "caller-session-token"},
    {awsc_ec2_service,
     "CreateKeyPair",
     "{\"KeyName\": \"k\"}",
     200,
     NULL,
     "<CreateKeyPairResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><keyName>visible-"
     "kp</keyName><keyFingerprint>visible-fp</keyFingerprint><keyMaterial>-----BEGIN SECRET-22"
     "</keyMaterial><keyPairId>key-visible</keyPairId></CreateKeyPairResponse>",
     AWSC_OK,
     {"SECRET-22"},
     {"visible-kp", "visible-fp", "key-visible"},
     NULL},
};

static bool request_has(const struct awsc_stub_request *r, const char *s)
{
    if (r->body && r->body_len) {
        char *b = awsc__strndup((const char *)r->body, r->body_len);
        bool in = b && strstr(b, s);
        awsc__free(b);
        if (in)
            return true;
    }
    for (size_t i = 0; i < r->header_count; i++)
        if (strstr(r->headers[i].value, s))
            return true;
    return strstr(r->url, s) != NULL;
}

/* The case's response, to every request. */
static int respond(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)req;
    const struct rcase *k = ud;
    resp->http_status = k->status;
    resp->headers = k->headers;
    resp->body = (const uint8_t *)k->body;
    resp->body_len = strlen(k->body);
    return 0;
}

/* One case; with check set, its expectations are checked (not under
 * allocation failure, where only the secrets' absence holds). */
static int run_case(struct awsc_stub *stub, const struct rcase *k, bool check)
{
    struct awsc_client *c = client_for(k->svc(), stub);
    if (!c)
        return AWSC_E_NOMEM;
    const struct awsc_operation *op = awsc_service_operation(k->svc(), k->op);
    struct awsc_arena *arena = awsc__arena_new();
    void *input = op && awsc_operation_input(op) && arena
                      ? awsc__arena_alloc(arena, awsc_operation_input(op)->size)
                      : NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__json_opts jo = {.member_names = true, .strict = true};
    int rc = input ? awsc__json_read((const uint8_t *)k->input, strlen(k->input),
                                     awsc_operation_input(op), input, arena, &jo, &err)
                   : AWSC_E_NOMEM;
    if (check && rc != AWSC_OK)
        fprintf(stderr, "%s: input: %s\n", k->op, err.message);
    awsc_error_clean_up(&err);
    if (rc == AWSC_OK) {
        awsc_stub_set_responder(stub, respond, (void *)k);
        void *out = NULL;
        rc = awsc_call(c, op, input, &out, &err);
        awsc_output_free(out);
        if (check && rc != k->want)
            fprintf(stderr, "%s: %s (%s)\n", k->op, awsc_status_name(rc), err.message);
        awsc_error_clean_up(&err);
    }
    if (check) {
        CHECK(rc == k->want);
        CHECK(awsc_stub_request_count(stub) == 1);
        if (k->on_wire && awsc_stub_request_count(stub) == 1)
            CHECK(request_has(awsc_stub_request(stub, 0), k->on_wire));
    }
    awsc__arena_destroy(arena);
    awsc_client_destroy(c);
    awsc_stub_clear_requests(stub);
    return rc;
}

static bool log_has_secret(const struct rcase *k)
{
    const char *log = g_log;
    if (strstr(log, CREDS.secret_access_key) || strstr(log, CREDS.session_token))
        return true;
    for (size_t s = 0; s < 4 && k->secrets[s]; s++)
        if (strstr(log, k->secrets[s]))
            return true;
    return false;
}

static void test_cases(struct awsc_stub *stub)
{
    for (size_t i = 0; i < AWSC_ARRAY_LEN(CASES); i++) {
        const struct rcase *k = &CASES[i];
        log_reset();
        run_case(stub, k, true);
        const char *log = g_log;
        bool leaked = log_has_secret(k);
        CHECK(!leaked);
        bool missing = false;
        for (size_t v = 0; v < 4 && k->visible[v]; v++)
            if (!strstr(log, k->visible[v])) {
                fprintf(stderr, "%s: \"%s\" is not in the log\n", k->op, k->visible[v]);
                missing = true;
            }
        CHECK(!missing);
        if (leaked || missing || getenv("AWSC_TEST_SHOW_LOG"))
            fprintf(stderr, "--- the log of %s:\n%s---\n", k->op, log);
    }
}

/* The URL and header rules, on a shape made here: a sensitive query
 * member, a sensitive header, a sensitive URI label. */
static void test_url_and_headers(void)
{
    /* One object, so that its references are distances within it
     * (awsc_ref): the shapes In, and In2 for the URI label further down. */
#define T                  URL_SHAPES
#define REF(field, target) AWSC_REF(T.field, T.target)
    static const struct {
        struct awsc_shape str;
        struct awsc_structure_shape in, in2;
        struct awsc_member members[4], label[1];
        char str_name[sizeof "S"], in_name[sizeof "In"], in2_name[sizeof "In2"];
        char id[sizeof "Id"], token[sizeof "Token\0next-token"], page[sizeof "Page\0page"],
            key[sizeof "Key\0X-Secret-Key"], phone[sizeof "Phone"];
    } T = {
        .str = {.name_ref = REF(str.name_ref, str_name), .type = AWSC_SHAPE_STRING},
        .in = {.shape = {.name_ref = REF(in.shape.name_ref, in_name), .type = AWSC_SHAPE_STRUCTURE},
               .members_ref = REF(in.members_ref, members),
               .member_count = 4},
        .members =
            {
                {.name_ref = AWSC_MEMBER_REF(T.members[0], T.id),
                 .shape_ref = AWSC_MEMBER_REF(T.members[0], T.str),
                 .location = AWSC_LOC_URI},
                {.name_ref = AWSC_MEMBER_REF(T.members[1], T.token),
                 .shape_ref = AWSC_MEMBER_REF(T.members[1], T.str),
                 .flags = AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME,
                 .location = AWSC_LOC_QUERY},
                {.name_ref = AWSC_MEMBER_REF(T.members[2], T.page),
                 .shape_ref = AWSC_MEMBER_REF(T.members[2], T.str),
                 .flags = AWSC_MF_WIRE_NAME,
                 .location = AWSC_LOC_QUERY},
                {.name_ref = AWSC_MEMBER_REF(T.members[3], T.key),
                 .shape_ref = AWSC_MEMBER_REF(T.members[3], T.str),
                 .flags = AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME,
                 .location = AWSC_LOC_HEADER},
            },
        /* a sensitive URI label */
        .in2 = {.shape = {.name_ref = REF(in2.shape.name_ref, in2_name),
                          .type = AWSC_SHAPE_STRUCTURE},
                .members_ref = REF(in2.members_ref, label),
                .member_count = 1},
        .label = {{.name_ref = AWSC_MEMBER_REF(T.label[0], T.phone),
                   .shape_ref = AWSC_MEMBER_REF(T.label[0], T.str),
                   .flags = AWSC_MF_SENSITIVE,
                   .location = AWSC_LOC_URI}},
        .str_name = "S",
        .in_name = "In",
        .in2_name = "In2",
        .id = "Id",
        .token = "Token\0next-token",
        .page = "Page\0page",
        .key = "Key\0X-Secret-Key",
        .phone = "Phone",
    };
    const struct awsc_shape *in = &T.in.shape, *in2 = &T.in2.shape;
#undef T
#undef REF
    struct awsc_buf b = AWSC_BUF_INIT;
    CHECK(awsc__redact_url(&b, in,
                           "https://h.example/things/visible-id?next-token=SECRET"
                           "&page=2&next-token=SECRET2"));
    CHECK(b.data && strcmp(b.data, "https://h.example/things/visible-id?next-token=%3Credacted"
                                   "%3E&page=2&next-token=%3Credacted%3E") == 0);
    awsc__buf_clean_up(&b);
    CHECK(awsc__redact_header(in, "x-secret-key") && !awsc__redact_header(in, "x-other"));
    CHECK(awsc__redact_location(in, AWSC_LOC_QUERY) && !awsc__redact_location(in, AWSC_LOC_URI));

    /* a sensitive URI label: the path goes */
    CHECK(awsc__redact_url(&b, in2, "https://h.example/phones/%2B15551234567?x=1"));
    CHECK(b.data && strcmp(b.data, "https://h.example/<redacted>?x=1") == 0);
    awsc__buf_clean_up(&b);
}

/* Every allocation of each logged call above fails in turn: the calls
 * end cleanly, and no secret reaches the
 * log whatever failed. */
static void test_allocation_failures(struct awsc_stub *stub)
{
    int runs = 0;
    for (size_t p = 0; p < AWSC_ARRAY_LEN(CASES); p++) {
        const struct rcase *k = &CASES[p];
        for (long n = 1; n < 5000; n++) {
            log_reset();
            awsc__alloc_fail_at(n);
            run_case(stub, k, false);
            long used = awsc__alloc_count();
            awsc__alloc_fail_at(0);
            runs++;
            if (log_has_secret(k)) {
                fprintf(stderr, "%s, allocation %ld failing: a secret in the log:\n%s\n", k->op, n,
                        g_log);
                failures++;
                break;
            }
            if (used < n)
                break;
        }
    }
    printf("allocation failures: %d logged calls, no secret in any log\n", runs);
}

int main(void)
{
    unsetenv("AWS_PROFILE");
    unsetenv("AWS_CA_BUNDLE");
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    test_cases(stub);
    test_url_and_headers();
    test_allocation_failures(stub);
    awsc_stub_destroy(stub);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
