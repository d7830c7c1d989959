/*
 * request_dump: the request awsc sends for an input, as JSON, for the
 * differential test against botocore.
 *
 *   request_dump --list
 *   request_dump --region R --endpoint-url U --access-key K --secret-key S
 *                [--session-token T] --time EPOCH --invocation-id ID
 *                [--min-compression-size N] [--bearer-token T]
 *
 * Reads lines "SERVICE<TAB>Operation<TAB>{params as the CLI reads them}" and
 * writes one line per input: {"method", "url", "headers", "body" (base64)}
 * as the stub transport received them, or {"error": "..."}.
 *
 * A line may carry a fourth field: the base64 of a 200 response's body
 * (Content-Type as the protocol sends it); the output then also has
 * "output", the operation's output as parsed, in JSON with member names
 * (blobs base64, timestamps epoch seconds), for comparing awsc's response
 * parsing with botocore's.
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/client.h"
#include "eventstream/events.h"
#include "protocol/json.h"

struct opts {
    const char *region, *endpoint, *key, *secret, *token, *invocation_id, *bearer_token;
    long long time;
    long min_compression_size;
};

/* An operation that answers with events is called with a callback for
 * them: only its request matters here. */
static int ignore_event(void *ud, const void *event)
{
    (void)ud;
    (void)event;
    return 0;
}

static void print_error(const char *msg)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"error\":");
    awsc__json_put_string(&b, msg, strlen(msg));
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
}

/* The last SigV4 string to sign the client logged (for SigV4a, whose
 * signatures differ run by run: the test checks botocore's signature
 * against it and the derived public key). */
static struct awsc_buf last_sts = AWSC_BUF_INIT;

static void capture_sts(void *ud, const char *line)
{
    (void)ud;
    static const char tag[] = "StringToSign:\n";
    if (strncmp(line, tag, sizeof tag - 1) == 0) {
        awsc__buf_reset(&last_sts);
        awsc__buf_puts(&last_sts, line + sizeof tag - 1);
    }
}

static void print_request(const struct awsc_stub_request *r, const struct awsc_credentials *creds,
                          const char *output)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"method\":");
    awsc__json_put_string(&b, r->method, strlen(r->method));
    awsc__buf_puts(&b, ",\"url\":");
    awsc__json_put_string(&b, r->url, strlen(r->url));
    awsc__buf_puts(&b, ",\"headers\":{");
    for (size_t i = 0; i < r->header_count; i++) {
        if (i)
            awsc__buf_putc(&b, ',');
        awsc__json_put_string(&b, r->headers[i].name, strlen(r->headers[i].name));
        awsc__buf_putc(&b, ':');
        awsc__json_put_string(&b, r->headers[i].value, strlen(r->headers[i].value));
    }
    awsc__buf_puts(&b, "},\"body\":\"");
    awsc__buf_base64(&b, r->body, r->body_len);
    awsc__buf_putc(&b, '"');
    const char *auth = awsc_stub_request_header(r, "Authorization");
    if (auth && strncmp(auth, "AWS4-ECDSA-P256-SHA256 ", 23) == 0 && last_sts.data) {
        uint8_t priv[32], pub[65];
        char hex[131];
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc__sigv4a_derive(creds->access_key_id, creds->secret_access_key, priv, pub, &err) ==
            AWSC_OK) {
            awsc__hex_encode(pub, sizeof pub, hex);
            awsc__buf_puts(&b, ",\"sigv4a_public_key\":\"");
            awsc__buf_puts(&b, hex);
            awsc__buf_puts(&b, "\",\"string_to_sign\":");
            awsc__json_put_string(&b, last_sts.data, last_sts.len);
        }
        awsc_error_clean_up(&err);
    }
    if (output) {
        awsc__buf_puts(&b, ",\"output\":");
        awsc__buf_puts(&b, output);
    }
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
}

static void static_token(void *user_data, struct awsc_token_fetch *fetch)
{
    struct awsc_token_info t = {.token = user_data};
    awsc_token_fetch_done(fetch, &t);
}

static void dump(const struct opts *o, struct awsc_stub *stub, char *line)
{
    char *tab1 = strchr(line, '\t');
    char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
    if (!tab2) {
        print_error("malformed input line");
        return;
    }
    *tab1 = *tab2 = '\0';
    char *tab3 = strchr(tab2 + 1, '\t');
    if (tab3)
        *tab3 = '\0';
    const struct awsc_service *svc = awsc_service_find(line);
    const struct awsc_operation *op = svc ? awsc_service_operation(svc, tab1 + 1) : NULL;
    if (!op) {
        print_error("unknown service or operation");
        return;
    }
    struct awsc_credentials creds = {o->key, o->secret, o->token};
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = o->region;
    cfg.endpoint_url = o->endpoint;
    cfg.credentials = &creds;
    cfg.transport = awsc_stub_transport(stub);
    cfg.fixed_time = o->time;
    cfg.fixed_invocation_id = o->invocation_id;
    cfg.max_attempts = 1;
    cfg.request_min_compression_size_bytes = o->min_compression_size;
    /* botocore sends Expect: 100-continue with every upload */
    cfg.expect_continue_min_size_bytes = AWSC_EXPECT_CONTINUE_ALWAYS;
    cfg.log_fn = capture_sts;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *client = NULL;
    struct awsc_arena *arena = awsc__arena_new();
    void *input = NULL;
    /* a bearer token: what a token provider gives, the same every time */
    struct awsc_token_provider *tokens = NULL;
    int rc = o->bearer_token ? awsc_token_provider_new("static", static_token,
                                                       (void *)o->bearer_token, NULL, 0, &tokens)
                             : AWSC_OK;
    cfg.token_provider = tokens;
    if (rc == AWSC_OK)
        rc = awsc_client_new(svc, &cfg, &client, &err);
    else
        awsc__fail(&err, rc, "out of memory");
    awsc_token_provider_release(tokens);
    if (rc == AWSC_OK && awsc_operation_input(op)) {
        input = awsc__arena_alloc(arena, awsc_operation_input(op)->size);
        struct awsc__json_opts jo = {.member_names = true};
        rc = awsc__json_read((const uint8_t *)tab2 + 1, strlen(tab2 + 1), awsc_operation_input(op),
                             input, arena, &jo, &err);
    }
    if (rc == AWSC_OK) {
        awsc_stub_clear_requests(stub);
        void *out = NULL;
        struct awsc_buf parsed = AWSC_BUF_INIT;
        if (tab3) {
            /* the response to parse */
            size_t n = strlen(tab3 + 1), len = 0;
            uint8_t *body = awsc__arena_alloc(arena, n + 1);
            bool xml = svc->protocol == AWSC_PROTO_REST_XML || svc->protocol == AWSC_PROTO_QUERY ||
                       svc->protocol == AWSC_PROTO_EC2;
            const char *type = xml ? "Content-Type: text/xml\r\n"
                                   : (svc->protocol == AWSC_PROTO_JSON
                                          ? "Content-Type: application/x-amz-json-1.1\r\n"
                                          : "Content-Type: application/json\r\n");
            if (body && awsc__base64_decode(tab3 + 1, n, body, &len)) {
                body[len] = '\0';
                awsc_stub_push_simple(stub, 200, type, (const char *)body);
            } else {
                rc = awsc__fail(&err, AWSC_E_INVALID_ARG, "the response is not base64");
            }
        } else {
            /* any answer will do: only the request matters here */
            awsc_stub_push_simple(stub, 200, "Content-Type: application/x-amz-json-1.0\r\n", "{}");
        }
        int call_rc = rc != AWSC_OK ? rc
                      : awsc__event_stream_member(op)
                          ? awsc_call_events(client, op, input, ignore_event, NULL, &out, &err)
                          : awsc_call(client, op, input, &out, &err);
        if (tab3 && call_rc == AWSC_OK && awsc_operation_output(op) && out) {
            struct awsc__json_opts wo = {.member_names = true, .timestamps = AWSC__JSON_TS_EPOCH};
            call_rc = awsc__json_write(&parsed, awsc_operation_output(op), out, &wo, &err);
        }
        awsc_output_free(out);
        if (awsc_stub_request_count(stub) == 1 && (!tab3 || call_rc == AWSC_OK))
            rc = AWSC_OK; /* sent: whatever the answer did, the request is here */
        else if (rc == AWSC_OK)
            rc = call_rc;
        if (rc == AWSC_OK && awsc_stub_request_count(stub) == 1)
            print_request(awsc_stub_request(stub, 0), &creds,
                          tab3 ? (parsed.data ? parsed.data : "{}") : NULL);
        awsc__buf_clean_up(&parsed);
    }
    if (rc != AWSC_OK)
        print_error(err.message ? err.message : awsc_strerror(rc));
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    awsc__arena_destroy(arena);
}

int main(int argc, char **argv)
{
    struct opts o = {0};
    for (int i = 1; i < argc; i += 2) { /* --option value */
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--list") == 0) {
            size_t n;
            const struct awsc_service *const *all = awsc_services(&n);
            for (size_t k = 0; k < n; k++)
                printf("%s\n", awsc_service_name(all[k]));
            return 0;
        }
        if (!v) {
            fprintf(stderr, "request_dump: %s needs a value\n", a);
            return 2;
        }
        if (strcmp(a, "--region") == 0)
            o.region = v;
        else if (strcmp(a, "--endpoint-url") == 0)
            o.endpoint = v;
        else if (strcmp(a, "--access-key") == 0)
            o.key = v;
        else if (strcmp(a, "--secret-key") == 0)
            o.secret = v;
        else if (strcmp(a, "--session-token") == 0)
            o.token = v;
        else if (strcmp(a, "--time") == 0)
            o.time = atoll(v);
        else if (strcmp(a, "--invocation-id") == 0)
            o.invocation_id = v;
        else if (strcmp(a, "--bearer-token") == 0)
            o.bearer_token = v;
        else if (strcmp(a, "--min-compression-size") == 0)
            o.min_compression_size = atol(v);
        else {
            fprintf(stderr, "request_dump: unknown option %s\n", a);
            return 2;
        }
    }
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n')
            line[n - 1] = '\0';
        dump(&o, stub, line);
        fflush(stdout);
    }
    free(line);
    awsc_stub_destroy(stub);
    awsc__buf_clean_up(&last_sts);
    return 0;
}
