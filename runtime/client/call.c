/*
 * The call path: every generated wrapper ends here.
 *
 *   validate -> [prepare_input] -> serialize (protocol) -> [finish_query]
 *   -> endpoint URL and host prefix -> [finish_request] -> checksums and
 *   payload hash ->
 *   sign (SigV4) -> send (transport) -> retry? -> response checksum ->
 *   [check_success] -> parse (protocol) -> [finish_output] -> done
 *
 * An operation whose response is an event stream parses its output when
 * the response's headers arrive (or, for the json protocol, from the
 * initial-response event), and feeds the body to the event decoder
 * (runtime/eventstream) as it arrives, each event going to the caller's
 * event callback; the call is done when the stream ends.
 *
 * The names in brackets are the points where a service's customization
 * hooks run (runtime/custom/custom.h: S3's, chosen by AWSC_SVC_* flags).
 *
 * One struct awsc__call carries a call through its attempts. The request
 * is serialized once; each attempt signs it afresh and sends it. Sync calls
 * are async calls driven to completion on a sync transport of the calling
 * thread's (client.c).
 *
 * Threads. A call is built (validated, serialized, its endpoint resolved)
 * on the calling thread; from its first attempt on it lives on its
 * transport's loop. When the calling thread cannot work on that loop now
 * (another thread runs it), the first attempt is posted to it. What calls
 * share on the client (the list of calls in flight, the retry quota, the
 * rate limiter) is under the client's mutex; the signer, the endpoint
 * cache and the credential providers lock their own.
 */
#include "client.h"

#include "checksum/checksum.h"
#include "custom/custom.h"
#include "eventstream/events.h"

#include <errno.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#define RETRY_COST         5
#define TIMEOUT_RETRY_COST 10
#define NO_RETRY_INCREMENT 1
#define QUOTA_MAX          500
#define LOG_BODY_MAX       4096

struct awsc__call {
    struct awsc_client *client;
    const struct awsc_operation *op;
    struct awsc__call *next, *prev; /* the client's calls in flight */
    struct awsc_transport *transport;
    struct awsc__request req;        /* serialized once */
    struct awsc__target target;      /* where it goes, and how it is signed */
    const struct awsc__hooks *hooks; /* the service's customizations, or NULL */
    struct awsc__hook_state hook_state;
    struct awsc__body_plan plan; /* checksums and the payload hash */
    char invocation_id[37];
    int attempt;
    int quota_taken; /* retry quota held by this call */

    /* who signs it: credentials, or a bearer token, from the client's
     * provider before each attempt (waiter: while a refresh runs) */
    struct awsc__waiter waiter;
    struct awsc__identity *identity;

    /* the attempt in flight */
    struct awsc_http_header *send_headers;
    size_t send_count;
    struct awsc__sign_result sig;
    char amz_sdk_request[64];
    char content_length[24];
    void *transfer;
    void *timer;
    int http_status;
    struct awsc_arena *resp_arena; /* response headers */
    struct awsc__headers resp_headers;
    struct awsc_buf body;
    struct awsc_buf v2_body; /* SigV2: this attempt's form, signed */

    /* streamed bodies */
    bool has_upload;
    struct awsc__upload upload;
    struct awsc_stream body_as_stream; /* req.body, when it goes aws-chunked */
    bool has_chunked;                  /* the upload goes aws-chunked */
    struct awsc__chunked chunked;
    bool has_download; /* the input named a sink */
    bool downloading;  /* this attempt's 2xx body goes to it */
    bool aborted;      /* our own handler stopped the transfer; err says why */
    struct awsc__download download;
    const struct awsc_member *stream_member; /* the output's streaming payload */
    unsigned response_checksums;             /* AWSC_CHECKSUM_* to validate the body with */
    struct awsc__response_check resp_check;

    /* an event-stream response: its decoder, the caller's event callback,
     * and whether this attempt's (2xx) body goes to the decoder */
    struct awsc__events *events;
    awsc_event_trampoline *event_trampoline;
    awsc_fn *on_event;
    bool streaming_events;

    /* completion */
    struct awsc__task start; /* the first attempt, posted to the loop */
    bool sync;
    bool done; /* sync: set with awsc__transport_set_done */
    int status;
    void *output;
    struct awsc_error err;
    awsc_call_trampoline *trampoline;
    awsc_fn *cb;
    void *user_data;
};

static void attempt_done(void *ud, int status, const char *message);
static int send_attempt(struct awsc__call *call, struct awsc_error *err);

/* ------------------------------------------------------------ requests */

void awsc__request_clean_up(struct awsc__request *req)
{
    awsc__buf_clean_up(&req->path);
    awsc__buf_clean_up(&req->query);
    awsc__buf_clean_up(&req->body);
    awsc__arena_destroy(req->arena);
    memset(req, 0, sizeof *req);
}

static bool valid_host_label(const char *s, size_t n)
{
    if (n == 0 || n > 63 || s[0] == '-' || s[n - 1] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-'))
            return false;
    }
    return true;
}

int awsc__host_prefix(const struct awsc_operation *op, const void *input, struct awsc_arena *a,
                      const char **out, struct awsc_error *err)
{
    *out = NULL;
    if (!awsc_operation_host_prefix(op))
        return AWSC_OK;
    struct awsc_buf b = AWSC_BUF_INIT;
    const char *p = awsc_operation_host_prefix(op);
    while (*p) {
        if (*p != '{') {
            awsc__buf_putc(&b, *p++);
            continue;
        }
        const char *end = strchr(p, '}');
        if (!end) {
            awsc__buf_clean_up(&b);
            return awsc__fail(err, AWSC_E_INTERNAL, "malformed hostPrefix \"%s\"",
                              awsc_operation_host_prefix(op));
        }
        const char *value = NULL;
        const struct awsc_shape *in = input ? awsc_operation_input(op) : NULL;
        for (uint32_t i = 0; in && i < awsc_shape_member_count(in); i++) {
            const struct awsc_member *m = &awsc_shape_members(in)[i];
            if ((m->flags & AWSC_MF_HOST_LABEL) &&
                strlen(awsc_member_name(m)) == (size_t)(end - p - 1) &&
                strncmp(awsc_member_name(m), p + 1, (size_t)(end - p - 1)) == 0)
                value =
                    *(const char *const *)(const void *)((const unsigned char *)input + m->offset);
        }
        if (!value || !valid_host_label(value, strlen(value))) {
            awsc__buf_clean_up(&b);
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "Invalid value for parameter %.*s: \"%s\" must be a valid host "
                              "label (1-63 letters, digits and hyphens) for the endpoint "
                              "prefix \"%s\"",
                              (int)(end - p - 1), p + 1, value ? value : "",
                              awsc_operation_host_prefix(op));
        }
        awsc__buf_puts(&b, value);
        p = end + 1;
    }
    *out = b.failed ? NULL : awsc__arena_strdup(a, b.data ? b.data : "");
    awsc__buf_clean_up(&b);
    return *out ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

int awsc__build_request(struct awsc_client *client, const struct awsc_operation *op,
                        const void *input, struct awsc__request *req,
                        struct awsc__hook_state *state, struct awsc_error *err)
{
    memset(req, 0, sizeof *req);
    req->arena = awsc__arena_new();
    if (!req->arena)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    req->request_uri = awsc_service_ruleset(client->service) ? awsc__endpoint_request_uri(op)
                                                             : awsc_operation_request_uri(op);
    int status = awsc__validate(op, input, err);
    /* the input as the service's customizations leave it (a copy) */
    const struct awsc__hooks *hooks = awsc__hooks_for(client->service);
    struct awsc__hook_state scratch;
    memset(&scratch, 0, sizeof scratch);
    if (status == AWSC_OK && hooks && hooks->prepare_input)
        status = hooks->prepare_input(op, &input, req->arena, state ? state : &scratch, err);
    if (status == AWSC_OK)
        status = client->protocol->serialize(op, input, req, err);
    if (status == AWSC_OK && hooks && hooks->finish_query)
        status = hooks->finish_query(op, req, state ? state : &scratch, err);
    if (status == AWSC_OK)
        status = awsc__host_prefix(op, input, req->arena, &req->host_prefix, err);
    /* endpoint discovery's operation names the API version it serves */
    if (status == AWSC_OK && (op->flags & AWSC_OF_ENDPOINT_OPERATION))
        status = awsc__headers_set(&req->headers, req->arena, "x-amz-api-version",
                                   awsc_service_api_version(awsc_operation_service(op)));
    if (status == AWSC_OK && (req->path.failed || req->query.failed || req->body.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK)
        awsc__request_clean_up(req);
    return status;
}

static int set_url(struct awsc__request *req, struct awsc__target *t, const struct awsc_buf *u,
                   struct awsc_error *err)
{
    if (u->failed || !u->data)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    t->url = awsc__arena_strdup(req->arena, u->data);
    struct awsc_buf h = AWSC_BUF_INIT;
    int status = awsc__sigv4_host_from_url(u->data, &h, err);
    if (status == AWSC_OK)
        t->host = awsc__arena_strdup(req->arena, h.data ? h.data : "");
    awsc__buf_clean_up(&h);
    if (status == AWSC_OK && (!t->url || !t->host))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

/* The endpoint from the service's rule set: its URL, the headers it adds
 * and how to sign for it. */
static int resolve_endpoint(struct awsc_client *c, const struct awsc__endpoint_config *cfg,
                            const struct awsc_operation *op, const void *input,
                            struct awsc__request *req, struct awsc__target *t,
                            struct awsc_error *err)
{
    int status =
        awsc__endpoint_resolve(c->endpoint_cache, c->service, cfg, op, input, &t->endpoint, err);
    if (status == AWSC_OK)
        status = awsc__endpoint_auth(t->endpoint, c->service, c->region, &t->auth, err);
    for (size_t i = 0; status == AWSC_OK && i < t->endpoint->header_count; i++) {
        /* botocore keeps the first value of each header name */
        const struct awsc_endpoint_header *h = &t->endpoint->headers[i];
        bool first = true;
        for (size_t j = 0; j < i; j++)
            first = first && awsc__strcasecmp(t->endpoint->headers[j].name, h->name) != 0;
        if (first)
            status = awsc__headers_set(&req->headers, req->arena, h->name, h->value);
    }
    if (status != AWSC_OK)
        return status;
    struct awsc_buf u = AWSC_BUF_INIT;
    status = awsc__endpoint_url_join(t->endpoint->url, req->host_prefix, req->path.data,
                                     req->path.len, req->query.data, req->query.len, &u, err);
    if (status == AWSC_OK)
        status = set_url(req, t, &u, err);
    awsc__buf_clean_up(&u);
    return status;
}

/* scheme://[prefix]host[:port][base]path[?query] and the Host value, for
 * a service without a rule set. */
static int make_url(struct awsc_client *c, struct awsc__request *req, struct awsc__target *t,
                    struct awsc_error *err)
{
    const char *ep = c->endpoint_url;
    const char *scheme_end = strstr(ep, "://");
    const char *host = scheme_end ? scheme_end + 3 : ep;
    const char *slash = strchr(host, '/');
    size_t base_len = slash ? strlen(slash) : 0;
    while (base_len && slash[base_len - 1] == '/')
        base_len--;
    struct awsc_buf u = AWSC_BUF_INIT;
    awsc__buf_append(&u, ep, (size_t)(host - ep));
    if (req->host_prefix)
        awsc__buf_puts(&u, req->host_prefix);
    awsc__buf_append(&u, host, slash ? (size_t)(slash - host) : strlen(host));
    if (base_len)
        awsc__buf_append(&u, slash, base_len);
    if (req->path.len)
        awsc__buf_append(&u, req->path.data, req->path.len);
    else
        awsc__buf_putc(&u, '/');
    if (req->query.len) {
        awsc__buf_putc(&u, '?');
        awsc__buf_append(&u, req->query.data, req->query.len);
    }
    int status = set_url(req, t, &u, err);
    awsc__buf_clean_up(&u);
    return status;
}

int awsc__target_resolve(struct awsc_client *c, const struct awsc__endpoint_config *cfg,
                         const struct awsc_operation *op, const void *input,
                         struct awsc__request *req, struct awsc__target *t, struct awsc_error *err)
{
    memset(t, 0, sizeof *t);
    return awsc_service_ruleset(c->service)
               ? resolve_endpoint(c, cfg ? cfg : &c->endpoint, op, input, req, t, err)
               : make_url(c, req, t, err);
}

void awsc__target_clean_up(struct awsc__target *t)
{
    if (t->endpoint)
        awsc__endpoint_release(t->endpoint);
    memset(t, 0, sizeof *t);
}

void awsc__target_signing(const struct awsc_client *c, const struct awsc__target *t,
                          struct awsc__signing *out)
{
    /* botocore's s3v4 signer (S3, S3 Control) signs the path as it is and
     * sets x-amz-content-sha256; its v4 signer normalizes and encodes */
    bool s3 = (c->service->flags & AWSC_SVC_S3_SIGNING) != 0;
    out->region = t->endpoint ? t->auth.signing_region : c->region;
    out->name = t->endpoint ? t->auth.signing_name : awsc_service_signing_name(c->service);
    out->s3 = s3;
    out->normalize_path = !s3;
    out->uri_encode_path = !s3;
    if (t->endpoint && t->auth.disable_double_encoding >= 0)
        out->uri_encode_path = !t->auth.disable_double_encoding;
}

/* ------------------------------------------------------------- logging */

/* Nothing below runs unless the client has a log function. Sensitive
 * members (the model's) are hidden wherever they travel: the URL, the
 * headers and the body (protocol/redact.c); the credentials' secrets never
 * reach these lines at all. */

#if AWSC_WITH_LOG
static void log_body(const struct awsc__call *call, const struct awsc_shape *shape, bool request,
                     const char *data, size_t len)
{
    const struct awsc_log *log = &call->client->log;
    if (!len)
        return;
    struct awsc_buf b = AWSC_BUF_INIT;
    if (awsc__redact_body(&b, call->client->service->protocol, shape, request,
                          (const uint8_t *)data, len))
        awsc__log(log, "awsc:   body: %.*s%s", (int)(b.len > LOG_BODY_MAX ? LOG_BODY_MAX : b.len),
                  b.data, b.len > LOG_BODY_MAX ? " ..." : "");
    else
        awsc__log(log, "awsc:   body: (%zu bytes, not shown: out of memory)", len);
    awsc__buf_clean_up(&b);
}

static void log_request(struct awsc__call *call)
{
    const struct awsc_log *log = &call->client->log;
    if (!log->fn)
        return;
    const struct awsc_shape *in = awsc_operation_input(call->op);
    struct awsc_buf url = AWSC_BUF_INIT;
    awsc__redact_url(&url, in, call->target.url);
    awsc__log(log, "awsc: %s.%s attempt %d: %s %s", awsc_service_service_id(call->client->service),
              awsc_operation_name(call->op), call->attempt, call->req.method,
              url.failed ? "(the URL, not shown: out of memory)" : url.data);
    awsc__buf_clean_up(&url);
    for (size_t i = 0; i < call->send_count; i++) {
        const struct awsc_http_header *h = &call->send_headers[i];
        bool hide = awsc__header_is_secret(h->name) || awsc__redact_header(in, h->name);
        awsc__log(log, "awsc:   %s: %s", h->name, hide ? "<redacted>" : h->value);
    }
    log_body(call, in, true, call->req.body.data, call->req.body.len);
}

/* shape: the output's for a 2xx, else the error's (may be NULL) */
static void log_response(struct awsc__call *call, const struct awsc_shape *shape)
{
    const struct awsc_log *log = &call->client->log;
    if (!log->fn)
        return;
    awsc__log(log, "awsc: response %d for %s", call->http_status, awsc_operation_name(call->op));
    for (size_t i = 0; i < call->resp_headers.count; i++) {
        const char *name = call->resp_headers.items[i].name;
        bool hide = awsc__header_is_secret(name) || awsc__redact_header(shape, name);
        awsc__log(log, "awsc:   %s: %s", name,
                  hide ? "<redacted>" : call->resp_headers.items[i].value);
    }
    log_body(call, shape, false, call->body.data, call->body.len);
}

/* For the signer's log of the canonical request. */
static bool hide_input_header(const void *input_shape, const char *name)
{
    return awsc__redact_header(input_shape, name);
}
#else
/* -Dlogging=false: a client has no log function */
static void log_request(struct awsc__call *call)
{
    (void)call;
}
static void log_response(struct awsc__call *call, const struct awsc_shape *shape)
{
    (void)call;
    (void)shape;
}
#endif

/* -------------------------------------------------------- event streams */

/* What an event stream's error says of the response it came in. */
static void event_error_context(struct awsc__call *call)
{
    call->err.http_status = call->http_status;
    struct awsc__response resp = {.status = call->http_status, .headers = call->resp_headers};
    const char *rid = awsc__response_request_id(&resp);
    if (!call->err.request_id && rid && awsc__error_arena(&call->err))
        call->err.request_id = awsc__arena_strdup(call->err.arena, rid);
}

/* The output of an event-stream response, before its events: the members
 * bound to the HTTP response (body NULL), or for the json protocol the
 * initial-response event's payload. Its event stream member stays NULL:
 * the events go to the callback. */
static int parse_event_output(struct awsc__call *call, const uint8_t *body, size_t len,
                              struct awsc_error *err)
{
    awsc_output_free(call->output);
    call->output = NULL;
    struct awsc__response resp = {
        .status = call->http_status, .headers = call->resp_headers, .body = body, .body_len = len};
    struct awsc_arena *arena = awsc__arena_new();
    void *out = NULL;
    int status = arena ? call->client->protocol->parse(call->op, &resp, arena, &out, err)
                       : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status == AWSC_OK && call->hooks && call->hooks->finish_output)
        status = call->hooks->finish_output(call->op, &resp, out, arena, &call->hook_state, err);
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        return status;
    }
    *(void **)(void *)((unsigned char *)out + awsc__event_stream_member(call->op)->offset) = NULL;
    const char *rid = awsc__response_request_id(&resp);
    awsc__output_set_meta(out, call->http_status, rid ? rid : awsc_output_request_id(out));
    call->output = out;
    return AWSC_OK;
}

static int event_initial(void *ud, const uint8_t *payload, size_t len, struct awsc_error *err)
{
    return parse_event_output(ud, payload, len, err);
}

static int event_deliver(void *ud, const void *event)
{
    struct awsc__call *call = ud;
    return call->event_trampoline(call->on_event, call->user_data, event);
}

/* A successful response of an event-stream call begins: a fresh decoder,
 * and (but for the json protocol) the output from the headers. */
static int begin_events(struct awsc__call *call)
{
    awsc__events_reset(call->events);
    awsc_output_free(call->output);
    call->output = NULL;
    if (call->client->service->protocol == AWSC_PROTO_JSON)
        return AWSC_OK; /* from the initial-response event */
    return parse_event_output(call, NULL, 0, &call->err);
}

/* ------------------------------------------------------------ attempts */

static int on_headers(void *ud, int http_status, const struct awsc_http_header *headers,
                      size_t count)
{
    struct awsc__call *call = ud;
    call->http_status = http_status;
    for (size_t i = 0; i < count; i++) {
        if (awsc__headers_add(&call->resp_headers, call->resp_arena, headers[i].name,
                              headers[i].value) != AWSC_OK) {
            awsc__fail(&call->err, AWSC_E_NOMEM, "out of memory reading the response headers");
            call->aborted = true;
            return 1;
        }
    }
    /* a successful response's streamed payload goes to the sink; error
     * bodies are read into memory as always */
    bool success = http_status >= 200 && http_status < 300;
    call->streaming_events = call->events && success;
    if (call->streaming_events && begin_events(call) != AWSC_OK) {
        event_error_context(call);
        call->aborted = true;
        return 1;
    }
    call->downloading = call->has_download && success;
    if (call->downloading && awsc__download_begin(&call->download, &call->err) != AWSC_OK) {
        call->aborted = true;
        return 1;
    }
    /* the body's x-amz-checksum-*, checked as it streams by */
    awsc__response_check_clean_up(&call->resp_check);
    if (success && call->response_checksums &&
        awsc__response_check_begin(&call->resp_check, call->response_checksums, &call->resp_headers,
                                   &call->err) != AWSC_OK) {
        call->aborted = true;
        return 1;
    }
    return 0;
}

static int on_body(void *ud, const uint8_t *data, size_t len)
{
    struct awsc__call *call = ud;
    if (call->streaming_events) {
        if (awsc__events_feed(call->events, data, len, &call->err) == AWSC_OK)
            return 0;
        event_error_context(call);
        call->aborted = true;
        return 1;
    }
    awsc__response_check_update(&call->resp_check, data, len);
    if (call->downloading && awsc__download_write(&call->download, data, len) != 0) {
        if (call->download.file)
            awsc__fail(&call->err, AWSC_E_IO, "cannot write the response body to %s: %s",
                       call->download.path, strerror(errno));
        else
            awsc__fail(&call->err, AWSC_E_CANCELLED,
                       "the response body's write callback stopped the download");
        call->aborted = true;
        return 1;
    }
    if (call->downloading)
        return 0;
    awsc__buf_append(&call->body, data, len);
    return call->body.failed ? 1 : 0;
}

static void reset_attempt(struct awsc__call *call)
{
    awsc__free(call->send_headers);
    call->send_headers = NULL;
    call->send_count = 0;
    awsc__sign_result_clean_up(&call->sig);
    awsc__arena_destroy(call->resp_arena);
    call->resp_arena = NULL;
    memset(&call->resp_headers, 0, sizeof call->resp_headers);
    awsc__buf_reset(&call->body);
    awsc__buf_reset(&call->v2_body);
    call->http_status = 0;
    call->transfer = NULL;
    call->streaming_events = false;
}

struct awsc_timestamp awsc__client_time(const struct awsc_client *c)
{
    if (c->fixed_time) {
        struct awsc_timestamp t = {c->fixed_time, 0};
        return t;
    }
    return awsc__now();
}

/* SigV4a's region set (handlers._resolve_sigv4a_region): the configured
 * one, else the endpoint's signingRegionSet joined with ',', else "*" (in
 * the request's arena). */
/* the endpoint's auth schemes choose, where it gives them; else the
 * operation's auth */
static bool uses_sigv4a(const struct awsc__call *call)
{
    return call->target.endpoint && call->target.endpoint->auth_scheme_count
               ? strcmp(call->target.auth.scheme, "sigv4a") == 0
               : call->op->auth == AWSC_AUTH_SIGV4A;
}

static const char *region_set(struct awsc__call *call)
{
    const struct awsc__endpoint_auth *a = &call->target.auth;
    if (call->client->sigv4a_region_set)
        return call->client->sigv4a_region_set;
    if (!a->region_set_count)
        return "*";
    struct awsc_buf b = AWSC_BUF_INIT;
    for (size_t i = 0; i < a->region_set_count; i++) {
        if (i)
            awsc__buf_putc(&b, ',');
        awsc__buf_puts(&b, a->region_set[i]);
    }
    const char *out = b.failed ? NULL : awsc__arena_strdup(call->req.arena, b.data ? b.data : "");
    awsc__buf_clean_up(&b);
    return out;
}

/* The headers of this attempt: Host and the protocol's, signed; then the
 * signature's (each replacing one of the same name); then those botocore
 * adds after signing: User-Agent, the SDK's retry headers, Content-Length. */
static int assemble_headers(struct awsc__call *call, struct awsc_error *err)
{
    struct awsc_client *c = call->client;
    const struct awsc__headers *rh = &call->req.headers;
    size_t cap = rh->count + 6 + AWSC__SIGN_MAX_HEADERS;
    struct awsc_http_header *h = awsc__calloc(cap, sizeof *h);
    if (!h)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    size_t n = 0;
    h[n++] = (struct awsc_http_header){"Host", call->target.host};
    for (size_t i = 0; i < rh->count; i++)
        h[n++] = (struct awsc_http_header){rh->items[i].name, rh->items[i].value};
    const char *m = call->req.method;

    /* signed unless the model or the client says otherwise; a bearer
     * token instead of a signature where the model says so */
    bool sign = call->op->auth != AWSC_AUTH_NONE && !c->no_sign_request;
    bool bearer = sign && call->op->auth == AWSC_AUTH_BEARER;
    bool sigv2 = (c->service->flags & AWSC_SVC_SIGV2) && sign;
    if (sign) {
        /* never with credentials past their expiration */
        if (!call->identity || awsc__identity_expired(call->identity, awsc__creds_now())) {
            awsc__free(h);
            return awsc__fail(err, AWSC_E_CREDENTIALS,
                              "the %s expired before the request could "
                              "be signed",
                              bearer ? "bearer token" : "credentials");
        }
    }
    if (bearer) {
        /* botocore's BearerAuth */
        char *value = awsc__arena_printf(call->req.arena, "Bearer %s", call->identity->c.token);
        if (!value) {
            awsc__free(h);
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        }
        size_t j = 0;
        while (j < n && awsc__strcasecmp(h[j].name, "Authorization") != 0)
            j++;
        h[j] = (struct awsc_http_header){"Authorization", value};
        if (j == n)
            n++;
    } else if (sigv2) {
        /* the signature goes in the form, not in a header */
        struct awsc_credentials creds = awsc__credentials_view(&call->identity->c);
        int status = awsc__sigv2_sign_form(m, call->target.url, &creds, awsc__client_time(c),
                                           &call->req.body, &call->v2_body, err);
        if (status != AWSC_OK) {
            awsc__free(h);
            return status;
        }
    } else if (sign) {
        struct awsc_credentials creds = awsc__credentials_view(&call->identity->c);
        const char *path = strstr(call->target.url, "://");
        path = path ? strchr(path + 3, '/') : NULL;
        char *path_only = NULL;
        const char *query = NULL;
        if (path) {
            const char *q = strchr(path, '?');
            path_only = awsc__strndup(path, q ? (size_t)(q - path) : strlen(path));
            query = q ? q + 1 : NULL;
        }
        struct awsc__signing sg;
        awsc__target_signing(c, &call->target, &sg);
        /* SigV4a: the region set, in a header the signature covers */
        bool v4a = uses_sigv4a(call);
        if (v4a) {
            const char *set = region_set(call);
            if (!set) {
                awsc__free(path_only);
                awsc__free(h);
                return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
            }
            h[n++] = (struct awsc_http_header){"X-Amz-Region-Set", set};
            sg.region = set;
        }
        struct awsc__sign_request sr = {
            .sigv4a = v4a,
            .method = m,
            .host = call->target.host,
            .path = path_only ? path_only : "/",
            .query = query,
            .headers = h,
            .header_count = n,
            .payload_hash = call->plan.payload_hash,
            .credentials = &creds,
            .region = sg.region,
            .service = sg.name,
            .time = awsc__client_time(c),
            .normalize_path = sg.normalize_path,
            .uri_encode_path = sg.uri_encode_path,
            .set_content_sha256 = sg.s3,
        };
#if AWSC_WITH_LOG
        if (c->log.fn) {
            sr.log_hide_path = awsc__redact_location(awsc_operation_input(call->op), AWSC_LOC_URI);
            sr.log_hide_query =
                awsc__redact_location(awsc_operation_input(call->op), AWSC_LOC_QUERY);
            sr.log_hide_header = hide_input_header;
            sr.log_hide_ud = awsc_operation_input(call->op);
        }
#endif
        int status = awsc__sigv4_sign(c->signer, &sr, &call->sig, err);
        awsc__free(path_only);
        if (status != AWSC_OK) {
            awsc__free(h);
            return status;
        }
        for (size_t k = 0; k < call->sig.header_count; k++) {
            const struct awsc_http_header *sh = &call->sig.headers[k];
            size_t j = 0;
            while (j < n && awsc__strcasecmp(h[j].name, sh->name) != 0)
                j++;
            h[j] = *sh;
            if (j == n)
                n++;
        }
    }
    if (!awsc__headers_get(rh, "User-Agent"))
        h[n++] = (struct awsc_http_header){"User-Agent", "awsc/" AWSC_VERSION_STRING};
    h[n++] = (struct awsc_http_header){"amz-sdk-invocation-id", call->invocation_id};
    _Static_assert(sizeof call->amz_sdk_request >= sizeof "attempt=" + 20, "amz-sdk-request");
    memcpy(call->amz_sdk_request, "attempt=", 8);
    awsc__u64_dec((uint64_t)call->attempt, call->amz_sdk_request + 8);
    h[n++] = (struct awsc_http_header){"amz-sdk-request", call->amz_sdk_request};
    /* an aws-chunked body goes with Transfer-Encoding: chunked instead */
    if (!awsc__headers_get(rh, "Content-Length") && !call->has_chunked && strcmp(m, "GET") != 0 &&
        strcmp(m, "HEAD") != 0 && strcmp(m, "OPTIONS") != 0) {
        _Static_assert(sizeof call->content_length >= 21, "Content-Length");
        /* (an upload's length is never negative: awsc__upload_open) */
        awsc__u64_dec(call->has_upload ? (uint64_t)call->upload.length
                                       : (uint64_t)(sigv2 ? call->v2_body.len : call->req.body.len),
                      call->content_length);
        h[n++] = (struct awsc_http_header){"Content-Length", call->content_length};
    }
    call->send_headers = h;
    call->send_count = n;
    return AWSC_OK;
}

static int submit_attempt(struct awsc__call *call, struct awsc_error *err)
{
    reset_attempt(call);
    call->attempt++;
    call->resp_arena = awsc__arena_new();
    if (!call->resp_arena)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    int status = assemble_headers(call, err);
    if (status != AWSC_OK)
        return status;
    log_request(call);
    struct awsc_http_request http = {
        .method = call->req.method,
        .url = call->target.url,
        .headers = call->send_headers,
        .header_count = call->send_count,
        .body = (const uint8_t *)call->req.body.data,
        .body_len = call->req.body.len,
        .content_length = (int64_t)call->req.body.len,
        .connect_timeout_ms = call->client->connect_timeout_ms,
        .read_timeout_ms = call->client->read_timeout_ms,
        .ca_bundle = call->client->ca_bundle,
        .no_verify_ssl = call->client->no_verify_ssl,
        .large_response = call->has_download,
    };
    if (call->has_chunked) {
        if (!awsc__chunked_rewind(&call->chunked))
            return awsc__fail(err, AWSC_E_IO,
                              "the body could not be sent again: a read callback is read once");
        http.content_length = call->chunked.length;
        http.read_body = awsc__chunked_read;
        http.read_ud = &call->chunked;
    } else if (call->has_upload) {
        if (!awsc__upload_rewind(&call->upload))
            return awsc__fail(err, AWSC_E_IO,
                              "the body could not be sent again: a read callback is read once");
        http.content_length = call->upload.length;
        if (call->upload.file || call->upload.source.read) {
            http.read_body = awsc__upload_read;
            http.read_ud = &call->upload;
        } else {
            http.body = call->upload.source.data ? call->upload.source.data : (const uint8_t *)"";
            http.body_len = call->upload.source.len;
        }
    }
    if (call->v2_body.len) {
        http.body = (const uint8_t *)call->v2_body.data;
        http.body_len = call->v2_body.len;
        http.content_length = (int64_t)call->v2_body.len;
    }
    struct awsc_http_handler handler = {on_headers, on_body, attempt_done, call};
    status = awsc_transport_submit(call->transport, &http, &handler, &call->transfer);
    if (status != AWSC_OK)
        return awsc__fail(err, status, "could not submit the %s request: %s",
                          awsc_operation_name(call->op), awsc_strerror(status));
    return AWSC_OK;
}

/* The adaptive retry mode's clock: seconds on the call's transport. */
static double limiter_now(const struct awsc__call *call)
{
    return (double)awsc_transport_now_ms(call->transport) / 1000.0;
}

/* The client's rate limiter in adaptive mode (started on first use),
 * else NULL; locked (the client's mutex) when not NULL. */
static struct awsc__rate_limiter *adaptive_limiter(struct awsc__call *call)
{
    struct awsc_client *c = call->client;
    if (!c->adaptive)
        return NULL;
    pthread_mutex_lock(&c->mu);
    if (!c->limiter.initialized)
        awsc__limiter_init(&c->limiter, limiter_now(call));
    return &c->limiter;
}

/* After an attempt, in adaptive mode: the rate limiter learns of it. */
static void limiter_record(struct awsc__call *call, bool throttled)
{
    struct awsc__rate_limiter *l = adaptive_limiter(call);
    if (l) {
        awsc__limiter_record(l, limiter_now(call), throttled);
        pthread_mutex_unlock(&call->client->mu);
    }
}

static void attempt_timer(void *ud);
static void finish(struct awsc__call *call, int status);

/* A bearer-token operation without a token: which operation wanted one,
 * and why the token provider had none. */
static int no_token(struct awsc__call *call, struct awsc_error *err)
{
    char why[512] = "";
    if (err && err->message)
        snprintf(why, sizeof why, ": %s", err->message);
    return awsc__fail(err, AWSC_E_CREDENTIALS,
                      "%s.%s is authorized with a bearer token (the model's "
                      "smithy.api#httpBearerAuth), and no token is available%s",
                      awsc_service_service_id(call->client->service), awsc_operation_name(call->op),
                      why[0] ? why : ": Unable to locate authorization token");
}

/* The client's credentials (or bearer token) arrived for the attempt. */
static void identity_ready(void *ud, struct awsc__identity *v)
{
    struct awsc__call *call = ud;
    if (v->status == AWSC_E_NOT_FOUND) {
        /* a provider (not a chain) that has nothing: botocore's
         * NoCredentialsError, NoAuthTokenError */
        awsc__fail(&call->err, AWSC_E_CREDENTIALS, "Unable to locate %s. Tried: %s",
                   call->op->auth == AWSC_AUTH_BEARER ? "authorization token" : "credentials",
                   v->message);
        if (call->op->auth == AWSC_AUTH_BEARER)
            no_token(call, &call->err);
        awsc__identity_release(v);
        finish(call, call->err.status);
        return;
    }
    if (v->status != AWSC_OK) {
        awsc__fail(&call->err, v->status, "%s", v->message);
        awsc__identity_release(v);
        finish(call, call->err.status);
        return;
    }
    awsc__identity_release(call->identity);
    call->identity = v;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = submit_attempt(call, &err);
    if (status != AWSC_OK) {
        awsc__error_move(&call->err, &err);
        finish(call, status);
    }
}

/* Sign with what the client's provider has: at once when it has usable
 * credentials, else once its refresh answers (the call waits on the
 * transport's loop, blocking nothing). */
static int identify_and_submit(struct awsc__call *call, struct awsc_error *err)
{
    struct awsc_client *c = call->client;
    if (call->op->auth == AWSC_AUTH_NONE || c->no_sign_request)
        return submit_attempt(call, err);
    bool bearer = call->op->auth == AWSC_AUTH_BEARER;
    if (!bearer && !(c->service->flags & AWSC_SVC_SIGV2) && !uses_sigv4a(call)) {
        /* botocore's NoRegionError, before any credentials are looked for */
        struct awsc__signing sg;
        awsc__target_signing(c, &call->target, &sg);
        if (!sg.region || !*sg.region)
            return awsc__fail(err, AWSC_E_CONFIG, "You must specify a region.");
    }
    struct awsc__provider *p = bearer ? c->token_provider : c->creds_provider;
    if (!p && bearer)
        return no_token(call, err);
    if (!p)
        return awsc__fail(
            err, c->creds_error.status ? c->creds_error.status : AWSC_E_CREDENTIALS, "%s",
            c->creds_error.message ? c->creds_error.message : "Unable to locate credentials");
    struct awsc__identity *v = NULL;
    int status = bearer ? awsc__token_get(p, call->transport, call->sync, &call->waiter,
                                          identity_ready, call, &v, err)
                        : awsc__provider_get(p, call->transport, call->sync, &call->waiter,
                                             identity_ready, call, &v, err);
    if (status == AWSC__PENDING)
        return AWSC_OK;
    if (status != AWSC_OK && bearer && status == AWSC_E_CREDENTIALS)
        return no_token(call, err);
    if (status != AWSC_OK)
        return status;
    awsc__identity_release(call->identity);
    call->identity = v;
    return submit_attempt(call, err);
}

/* The next attempt: at once, or, in adaptive mode once throttled, when
 * the rate limiter has a token for it (a timer until then). */
static int send_attempt(struct awsc__call *call, struct awsc_error *err)
{
    struct awsc__rate_limiter *l = adaptive_limiter(call);
    if (l) {
        double wait = awsc__limiter_acquire(l, limiter_now(call));
        pthread_mutex_unlock(&call->client->mu);
        if (wait > 0) {
            int64_t ms = (int64_t)ceil(wait * 1000.0);
            awsc__log(&call->client->log,
                      "awsc: %s: the adaptive rate limiter holds the request %lld ms",
                      awsc_operation_name(call->op), (long long)ms);
            int status =
                awsc_transport_timer_add(call->transport, ms, attempt_timer, call, &call->timer);
            return status == AWSC_OK ? AWSC_OK
                                     : awsc__fail(err, status, "could not schedule the %s request",
                                                  awsc_operation_name(call->op));
        }
    }
    return identify_and_submit(call, err);
}

/* ---------------------------------------------------------- completion */

/* Under the client's mutex. */
static void unlink_locked(struct awsc__call *call)
{
    struct awsc_client *c = call->client;
    if (call->prev)
        call->prev->next = call->next;
    else if (c->calls == call)
        c->calls = call->next;
    if (call->next)
        call->next->prev = call->prev;
    call->next = call->prev = NULL;
    c->in_flight--;
    if (c->destroying && !c->calls)
        pthread_cond_broadcast(&c->cv);
}

static void unlink_call(struct awsc__call *call)
{
    pthread_mutex_lock(&call->client->mu);
    unlink_locked(call);
    pthread_mutex_unlock(&call->client->mu);
}

static void free_call(struct awsc__call *call)
{
    reset_attempt(call);
    awsc__provider_cancel(&call->waiter);
    awsc__identity_release(call->identity);
    if (call->has_chunked)
        awsc__chunked_clean_up(&call->chunked);
    if (call->has_upload)
        awsc__upload_close(&call->upload);
    awsc__download_clean_up(&call->download); /* removes an unfinished file */
    awsc__response_check_clean_up(&call->resp_check);
    awsc__events_destroy(call->events);
    awsc_output_free(call->output);
    awsc__target_clean_up(&call->target);
    awsc__buf_clean_up(&call->body);
    awsc__buf_clean_up(&call->v2_body);
    awsc__request_clean_up(&call->req);
    awsc_error_clean_up(&call->err);
    awsc__free(call);
}

static void finish(struct awsc__call *call, int status)
{
    call->status = status;
    call->err.attempts = call->attempt;
    if (status != AWSC_OK) {
        /* an event stream's output, parsed before its events */
        awsc_output_free(call->output);
        call->output = NULL;
        call->err.status = status;
        if (!call->err.operation && awsc__error_arena(&call->err))
            call->err.operation = awsc_operation_name(call->op);
    }
    /* success gives back what retries took from the quota, or a little
     * when it needed none (botocore's RetryQuotaChecker) */
    struct awsc_client *c = call->client;
    struct awsc_retry_quota *q = &c->quota;
    pthread_mutex_lock(&c->mu);
    if (status == AWSC_OK)
        q->tokens += call->quota_taken ? call->quota_taken : NO_RETRY_INCREMENT;
    if (q->tokens > QUOTA_MAX)
        q->tokens = QUOTA_MAX;
    /* from here on the client may be gone (destroyed from another thread
     * once its last call is unlinked): nothing below touches it */
    unlink_locked(call);
    pthread_mutex_unlock(&c->mu);
    if (call->sync) {
        /* the sync caller, maybe on another thread, takes the result and
         * frees the call */
        awsc__transport_set_done(call->transport, &call->done);
        return;
    }
    void *out = call->output;
    call->output = NULL;
    call->trampoline(call->cb, call->user_data, status, out, status == AWSC_OK ? NULL : &call->err);
    free_call(call);
}

static bool crc32_ok(struct awsc__call *call)
{
    if (!(call->client->service->flags & AWSC_SVC_CRC32))
        return true;
    const char *want = awsc__headers_get(&call->resp_headers, "x-amz-crc32");
    if (!want)
        return true;
    uint32_t got = awsc__crc32_update(0, call->body.data ? call->body.data : "", call->body.len);
    char *end;
    unsigned long w = strtoul(want, &end, 10);
    return *end == '\0' && w == got;
}

/* The next attempt, after a retry's back-off or the rate limiter's wait. */
static void attempt_timer(void *ud)
{
    struct awsc__call *call = ud;
    call->timer = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = send_attempt(call, &err);
    if (status != AWSC_OK) {
        awsc__error_move(&call->err, &err);
        finish(call, status);
    }
}

/* Decides on another attempt after a failed one; true when scheduled. */
static bool maybe_retry(struct awsc__call *call, int status)
{
    struct awsc_client *c = call->client;
    const struct awsc_shape *es = call->err.shape;
    bool throttle =
        awsc__retry_is_throttle(call->err.code) || (es && (es->flags & AWSC_SF_THROTTLING));
    limiter_record(call, throttle);
    bool retryable = throttle || (es && (es->flags & AWSC_SF_RETRYABLE)) ||
                     awsc__retry_is_transient(status, call->http_status, call->err.code);
    call->err.retryable = retryable;
    if (!retryable || call->attempt >= c->max_attempts)
        return false;
    if ((call->has_download && !awsc__download_can_retry(&call->download)) ||
        (call->has_upload && call->upload.source.read && call->upload.sent > 0) ||
        awsc__events_delivered(call->events) > 0)
        return false; /* the bytes are gone: another attempt cannot repeat them */
    int cost = status == AWSC_E_TIMEOUT ? TIMEOUT_RETRY_COST : RETRY_COST;
    pthread_mutex_lock(&c->mu);
    bool afford = c->quota.tokens >= cost;
    if (afford)
        c->quota.tokens -= cost;
    pthread_mutex_unlock(&c->mu);
    if (!afford)
        return false;
    call->quota_taken += cost;
    int64_t delay = awsc__retry_delay_ms(c, call->attempt + 1, throttle);
    awsc__log(&c->log, "awsc: %s attempt %d failed (%s); retrying in %lld ms",
              awsc_operation_name(call->op), call->attempt,
              call->err.message ? call->err.message : "", (long long)delay);
    if (awsc_transport_timer_add(call->transport, delay, attempt_timer, call, &call->timer) !=
        AWSC_OK)
        return false;
    awsc_error_clean_up(&call->err);
    return true;
}

static void attempt_done(void *ud, int status, const char *message)
{
    struct awsc__call *call = ud;
    call->transfer = NULL;
    if (call->aborted && status != AWSC_OK) {
        finish(call, call->err.status ? call->err.status : status);
        return;
    }
    if (call->body.failed)
        status = awsc__fail(&call->err, AWSC_E_NOMEM, "out of memory reading the response");
    else if (status != AWSC_OK && call->streaming_events)
        awsc__fail(&call->err, status, "the %s event stream broke off after %llu event%s: %s",
                   awsc_operation_name(call->op),
                   (unsigned long long)awsc__events_delivered(call->events),
                   awsc__events_delivered(call->events) == 1 ? "" : "s",
                   message ? message : awsc_strerror(status));
    else if (status != AWSC_OK)
        awsc__fail(&call->err, status, "%s", message ? message : awsc_strerror(status));
    if (status != AWSC_OK) {
        if (status != AWSC_E_CANCELLED && maybe_retry(call, status))
            return;
        finish(call, status);
        return;
    }
    bool success = call->http_status >= 200 && call->http_status < 300;
    bool logged = success; /* an error is logged once parsed, with its shape */
    if (success)
        log_response(call, awsc_operation_output(call->op));
    struct awsc__response resp = {
        .status = call->http_status,
        .headers = call->resp_headers,
        .body = (const uint8_t *)call->body.data,
        .body_len = call->body.len,
    };
    const char *request_id = awsc__response_request_id(&resp);
    if (!crc32_ok(call)) {
        if (!logged)
            log_response(call, NULL);
        status = awsc__fail(&call->err, AWSC_E_CHECKSUM,
                            "The CRC32 of the response body does not match its x-amz-crc32 "
                            "header (%s); the response was corrupted in transit",
                            awsc__headers_get(&call->resp_headers, "x-amz-crc32"));
        call->err.http_status = call->http_status;
        if (maybe_retry(call, status))
            return;
        finish(call, status);
        return;
    }
    /* a 2xx whose body is an error (a customization says so) is that
     * error, as an HTTP 500, retries included */
    if (success && call->hooks && call->hooks->check_success &&
        call->hooks->check_success(call->op, &resp)) {
        awsc__log(&call->client->log, "awsc: %s: HTTP %d with an error body, taken as HTTP 500",
                  awsc_operation_name(call->op), call->http_status);
        success = false;
        call->http_status = resp.status = 500;
    }
    if (success)
        limiter_record(call, false);
    /* the body against the checksum the response gave for it */
    if (success && awsc__response_check_end(&call->resp_check, &call->err) != AWSC_OK) {
        call->err.http_status = call->http_status;
        if (!call->err.request_id && request_id && awsc__error_arena(&call->err))
            call->err.request_id = awsc__arena_strdup(call->err.arena, request_id);
        finish(call, AWSC_E_CHECKSUM);
        return;
    }
    if (!success) {
        status = call->client->protocol->parse_error(call->op, &resp, &call->err);
        if (!logged)
            log_response(call, call->err.shape);
        if (status == AWSC_OK)
            status = AWSC_E_SERVICE;
        call->err.status = status;
        call->err.http_status = call->http_status;
        if (!call->err.request_id && request_id && awsc__error_arena(&call->err))
            call->err.request_id = awsc__arena_strdup(call->err.arena, request_id);
        if (maybe_retry(call, status))
            return;
        finish(call, status);
        return;
    }
    if (call->streaming_events) {
        /* the output was parsed before the events; the stream must have
         * ended between two messages */
        status = awsc__events_end(call->events, &call->err);
        if (status != AWSC_OK) {
            event_error_context(call);
            finish(call, status);
            return;
        }
        finish(call, AWSC_OK);
        return;
    }
    if (awsc_operation_output(call->op)) {
        struct awsc_arena *arena = awsc__arena_new();
        void *out = NULL;
        status = arena ? call->client->protocol->parse(call->op, &resp, arena, &out, &call->err)
                       : awsc__fail(&call->err, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK && call->hooks && call->hooks->finish_output)
            status = call->hooks->finish_output(call->op, &resp, out, arena, &call->hook_state,
                                                &call->err);
        if (status != AWSC_OK) {
            awsc__arena_destroy(arena);
            call->err.http_status = call->http_status;
            if (!call->err.request_id && request_id && awsc__error_arena(&call->err))
                call->err.request_id = awsc__arena_strdup(call->err.arena, request_id);
            finish(call, status);
            return;
        }
        if (call->downloading) {
            status = awsc__download_commit(&call->download, &call->err);
            if (status != AWSC_OK) {
                awsc_output_free(out);
                finish(call, status);
                return;
            }
            if (call->stream_member) {
                struct awsc_stream *st =
                    (struct awsc_stream *)(void *)((unsigned char *)out +
                                                   call->stream_member->offset);
                memset(st, 0, sizeof *st);
                st->length = (int64_t)call->download.written;
                if (call->download.path)
                    st->path = awsc__arena_strdup(arena, call->download.path);
            }
        }
        /* the header's request id, or the one the protocol found in the body */
        awsc__output_set_meta(out, call->http_status,
                              request_id ? request_id : awsc_output_request_id(out));
        awsc__output_set_attempts(out, call->attempt);
        call->output = out;
    }
    finish(call, AWSC_OK);
}

/* The output's streaming payload member and the input's sink for it. */
static int setup_download(struct awsc__call *call, const void *input, struct awsc_error *err)
{
    const struct awsc_shape *out = awsc_operation_output(call->op);
    if (!out || !awsc_shape_payload(out) || !input || !awsc_operation_input(call->op) ||
        !awsc_shape_has_sink(awsc_operation_input(call->op)))
        return AWSC_OK;
    const struct awsc_member *pm = awsc_shape_payload_member(out);
    if (pm && (pm->flags & AWSC_MF_STREAMING))
        call->stream_member = pm;
    const struct awsc_sink *sink =
        (const struct awsc_sink *)(const void *)((const unsigned char *)input +
                                                 awsc_shape_sink_offset(
                                                     awsc_operation_input(call->op)));
    if (!call->stream_member || (!sink->path && !sink->write))
        return AWSC_OK; /* into memory, through the protocol */
    call->has_download = true;
    return awsc__download_init(&call->download, sink, err);
}

/* The body as it will go: the customizations' last touches, its
 * checksums and the payload hash, and the aws-chunked encoding when the
 * checksum goes in a trailer. */
static int prepare_body(struct awsc__call *call, const void *input, struct awsc_error *err)
{
    int status = AWSC_OK;
    if (call->req.body_stream) {
        status = awsc__upload_open(&call->upload, call->req.body_stream, err);
        call->has_upload = status == AWSC_OK;
    }
    if (status == AWSC_OK && call->hooks && call->hooks->finish_request) {
        struct awsc__hook_request hr = {call->client, &call->target,         call->op,
                                        &call->req,   call->req.body_stream, &call->hook_state};
        status = call->hooks->finish_request(&hr, err);
    }
    /* Expect: 100-continue (S3's uploads, as botocore sends it) waits a
     * round trip before the body: kept for bodies of at least
     * expect_continue_min_size_bytes only. Not signed: either way the
     * signature is the same. */
    int64_t body_len = call->has_upload ? call->upload.length : (int64_t)call->req.body.len;
    if (status == AWSC_OK && body_len < call->client->expect_continue_min_size &&
        awsc__headers_get(&call->req.headers, "Expect"))
        awsc__headers_remove(&call->req.headers, "Expect");
    bool https = awsc__strncasecmp(call->target.url, "https:", 6) == 0;
    struct awsc_client *c = call->client;
    bool consumed = false;
    if (status == AWSC_OK)
        status =
            awsc__maybe_compress(c, call->op, &call->req, call->has_upload ? &call->upload : NULL,
                                 awsc__client_time(c).sec, &consumed, err);
    if (consumed) {
        awsc__upload_close(&call->upload);
        call->has_upload = false;
    }
    if (status == AWSC_OK)
        status = awsc__checksum_mode_default(call->op, input, &call->req, c->validate_when_required,
                                             err);
    if (status == AWSC_OK)
        status =
            awsc__body_plan(call->op, input, &call->req, call->has_upload ? &call->upload : NULL,
                            https, c->checksum_when_required, c->no_sign_request, &call->plan, err);
    if (status == AWSC_OK && call->plan.trailer && !call->has_upload) {
        /* a body in memory goes through the chunk encoder as a stream */
        call->body_as_stream.data =
            call->req.body.data ? (const uint8_t *)call->req.body.data : (const uint8_t *)"";
        call->body_as_stream.len = call->req.body.len;
        status = awsc__upload_open(&call->upload, &call->body_as_stream, err);
        call->has_upload = status == AWSC_OK;
    }
    if (status == AWSC_OK && call->plan.trailer) {
        status = awsc__chunked_init(&call->chunked, &call->upload, call->plan.checksum, err);
        call->has_chunked = status == AWSC_OK;
    }
    call->response_checksums = awsc__response_checksums(call->op, input, c->validate_when_required);
    return status;
}

/* ---------------------------------------------------------------- entry */

/* How a call's events are delivered: NULL for a call without events. */
struct event_args {
    awsc_event_trampoline *trampoline;
    awsc_fn *on_event;
};

/* Whether the operation and the way it is called agree on events. */
static int check_events(const struct awsc_operation *op, const struct event_args *ev,
                        struct awsc_error *err)
{
    const struct awsc_member *in = awsc__event_stream_input(op);
    if (in)
        return awsc__fail(err, AWSC_E_UNSUPPORTED,
                          "%s sends an event stream in its request (%s): bidirectional event "
                          "streams are not supported",
                          awsc_operation_name(op), awsc_member_name(in));
    bool has = awsc__event_stream_member(op) != NULL;
    if (has && !ev)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "%s answers with an event stream: call it with an event callback "
                          "(its generated call takes one; awsc_call_events() is the generic "
                          "form)",
                          awsc_operation_name(op));
    if (!has && ev)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "%s does not answer with an event stream: call it without an event "
                          "callback",
                          awsc_operation_name(op));
    if (ev && (!ev->trampoline || !ev->on_event))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "%s needs an event callback",
                          awsc_operation_name(op));
    return AWSC_OK;
}

/* botocore's AWS::Auth::AccountId when no setting names the account: the
 * account of the credentials that will sign the call, where the service's
 * rule set reads it (DynamoDB) and account_id_endpoint_mode is not
 * "disabled". A sync call fetches them first (as botocore does at
 * endpoint resolution); an async call takes the provider's cached ones,
 * as it must not block: its first call before any credentials were
 * fetched goes to the endpoint without the account. On success *ecfg is
 * the client's configuration with the account filled in, and *use says
 * whether to use it; call->identity keeps the string alive. */
static int identity_account(struct awsc__call *call, struct awsc__endpoint_config *ecfg, bool *use,
                            struct awsc_error *err)
{
    *use = false;
    struct awsc_client *c = call->client;
    const struct awsc_ruleset *rs = awsc_service_ruleset(c->service);
    const char *mode = c->endpoint.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE];
    if (!rs || c->endpoint.builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID] ||
        (mode && strcmp(mode, "disabled") == 0) || call->op->auth == AWSC_AUTH_NONE ||
        call->op->auth == AWSC_AUTH_BEARER || c->no_sign_request || !c->creds_provider)
        return AWSC_OK;
    /* without a region the endpoint or the signature fails for that first,
     * as botocore's do, before credentials are looked for */
    if (!c->region || !*c->region)
        return AWSC_OK;
    bool reads = false;
    for (unsigned i = 0; i < rs->param_count; i++)
        reads = reads || awsc_ruleset_params(rs)[i].builtin == AWSC_EP_BUILTIN_ACCOUNT_ID;
    if (!reads)
        return AWSC_OK;
    struct awsc__identity *v = NULL;
    if (call->sync) {
        int status = awsc__provider_get_blocking(c->creds_provider, call->transport, &v, err);
        if (status != AWSC_OK)
            return status;
    } else {
        v = awsc__provider_peek(c->creds_provider);
    }
    awsc__identity_release(call->identity);
    call->identity = v;
    if (v && v->status == AWSC_OK && v->c.account_id) {
        *ecfg = c->endpoint;
        ecfg->builtins.string[AWSC_EP_BUILTIN_ACCOUNT_ID] = v->c.account_id;
        *use = true;
    }
    return AWSC_OK;
}

/* Who hears of a call's end: the async callback (trampoline and cb, NULL
 * for a sync call) and the user data of it and of the event callback. */
struct completion {
    awsc_call_trampoline *trampoline;
    awsc_fn *cb;
    void *user_data;
};

/* On the loop: the first attempt of a call made on another thread. */
static void start_posted(struct awsc__task *task)
{
    struct awsc__call *call =
        (struct awsc__call *)(void *)((char *)task - offsetof(struct awsc__call, start));
    struct awsc_client *c = call->client;
    pthread_mutex_lock(&c->mu);
    bool destroying = c->destroying;
    pthread_mutex_unlock(&c->mu);
    struct awsc_error err = AWSC_ERROR_INIT;
    int status = destroying ? awsc__fail(&err, AWSC_E_CANCELLED, "the client was destroyed")
                            : send_attempt(call, &err);
    if (status != AWSC_OK) {
        awsc__error_move(&call->err, &err);
        finish(call, status);
    }
}

/* The first attempt: now, when this thread may work on the call's loop,
 * else posted to the loop (a call from a thread other than the one
 * running it). AWSC_OK once posted: a failure then reaches the callback. */
static int launch(struct awsc__call *call, struct awsc_error *err)
{
    struct awsc_transport *t = call->transport;
    if (awsc__transport_claim(t)) {
        int status = send_attempt(call, err);
        awsc__transport_leave(t);
        return status;
    }
    call->start.fn = start_posted;
    call->start.remote = false;
    awsc__transport_post_new(t, &call->start);
    return AWSC_OK;
}

static int start_call(struct awsc_client *client, const struct awsc_operation *op,
                      const void *input, bool sync, const struct event_args *ev,
                      const struct completion *done, struct awsc__call **out,
                      struct awsc_error *err)
{
    *out = NULL;
    if (!client || !op)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_call: client and operation are required");
    if (awsc_operation_service(op) != client->service)
        return awsc__fail(
            err, AWSC_E_INVALID_ARG, "the operation %s.%s does not belong to this %s client",
            awsc_operation_service(op) ? awsc_service_service_id(awsc_operation_service(op)) : "?",
            awsc_operation_name(op), awsc_service_service_id(client->service));
    int status = check_events(op, ev, err);
    if (status != AWSC_OK)
        return status;
    if (!client->endpoint_url && !awsc_service_ruleset(client->service))
        return awsc__fail(
            err, AWSC_E_ENDPOINT,
            "No endpoint URL for %s: it was built without its endpoint rule "
            "set, so an endpoint_url is required (awsc_config.endpoint_url, AWS_ENDPOINT_URL_%s, "
            "AWS_ENDPOINT_URL, or endpoint_url in the profile)",
            awsc_service_service_id(client->service), awsc_service_env_name(client->service));
    struct awsc_transport *t = NULL;
    status = sync ? awsc__client_sync_transport(client, &t, err)
                  : awsc__client_async_transport(client, &t, err);
    if (status != AWSC_OK)
        return status;
    /* a sync call drives its transport's loop, which cannot run from
     * inside one of that loop's own callbacks (an event, a body's write or
     * read callback): its transfer would outlive it */
    if (sync && awsc__transport_in_callback(t)) {
        awsc__client_sync_transport_done(client, t);
        return awsc__fail(err, AWSC_E_BUSY,
                          "%s: a sync call cannot be made from inside a callback of the "
                          "transport it runs on (an event, body or read callback); make it "
                          "async, or after the callback returns",
                          awsc_operation_name(op));
    }
    struct awsc__call *call = awsc__calloc(1, sizeof *call);
    if (!call) {
        if (sync)
            awsc__client_sync_transport_done(client, t);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    call->client = client;
    call->op = op;
    call->sync = sync;
    call->transport = t;
    call->trampoline = done->trampoline;
    call->cb = done->cb;
    call->user_data = done->user_data;
    call->hooks = awsc__hooks_for(client->service);
    if (ev) {
        call->event_trampoline = ev->trampoline;
        call->on_event = ev->on_event;
        struct awsc__event_sink sink = {event_initial, event_deliver, call};
        status = awsc__events_new(op, client->protocol, &sink, &call->events, err);
        if (status != AWSC_OK) {
            if (sync)
                awsc__client_sync_transport_done(client, t);
            awsc__free(call);
            return status;
        }
    }
    struct awsc__endpoint_config ecfg;
    bool with_account = false;
    status = awsc__build_request(client, op, input, &call->req, &call->hook_state, err);
    if (status == AWSC_OK)
        status = identity_account(call, &ecfg, &with_account, err);
    if (status == AWSC_OK)
        status = awsc__target_resolve(client, with_account ? &ecfg : NULL, op, input, &call->req,
                                      &call->target, err);
    if (status == AWSC_OK)
        status = prepare_body(call, input, err);
    if (status == AWSC_OK)
        status = setup_download(call, input, err);
    if (status != AWSC_OK) {
        if (sync)
            awsc__client_sync_transport_done(client, t);
        free_call(call);
        return status;
    }
    if (client->fixed_invocation_id)
        snprintf(call->invocation_id, sizeof call->invocation_id, "%s",
                 client->fixed_invocation_id); /* tests only */
    else
        awsc__uuid4(call->invocation_id);
    /* in flight from here: destroy() can find it */
    pthread_mutex_lock(&client->mu);
    call->next = client->calls;
    if (client->calls)
        client->calls->prev = call;
    client->calls = call;
    client->in_flight++;
    pthread_mutex_unlock(&client->mu);
    /* an async call posted to its loop may end (and be freed) there at
     * any time from here */
    if (!sync) {
        status = launch(call, err);
        if (status != AWSC_OK) {
            unlink_call(call);
            free_call(call);
        }
        return status;
    }
    status = launch(call, err);
    if (status != AWSC_OK) {
        unlink_call(call);
        awsc__client_sync_transport_done(client, t);
        free_call(call);
        return status;
    }
    *out = call;
    return AWSC_OK;
}

/* A sync call: its transport's loop, run until the call is done (or, while
 * another thread runs that loop, waited for). */
static int run_sync(struct awsc__call *call, void **output, struct awsc_error *err)
{
    struct awsc_transport *t = call->transport;
    int r = awsc__transport_run_until(t, &call->done);
    if (r != AWSC_OK) {
        /* the loop itself failed: cancel and report */
        awsc__transport_enter(t);
        if (!call->done && call->transfer)
            awsc_transport_cancel(t, call->transfer);
        if (!call->done) {
            if (call->timer)
                awsc_transport_timer_cancel(t, call->timer);
            call->timer = NULL;
            awsc__transport_unpost(t, &call->start);
            awsc__provider_cancel(&call->waiter);
            awsc__fail(&call->err, r, "the transport loop failed: %s", awsc_strerror(r));
            finish(call, r);
        }
        awsc__transport_leave(t);
    }
    struct awsc_client *client = call->client;
    int status = call->status;
    if (status == AWSC_OK) {
        if (output)
            *output = call->output;
        else
            awsc_output_free(call->output);
        call->output = NULL;
    } else if (err) {
        awsc__error_move(err, &call->err);
    }
    free_call(call);
    awsc__client_sync_transport_done(client, t);
    return status;
}

int awsc_call(struct awsc_client *client, const struct awsc_operation *op, const void *input,
              void **output, struct awsc_error *err)
{
    if (output)
        *output = NULL;
    struct awsc__call *call;
    struct completion none = {NULL, NULL, NULL};
    int status = start_call(client, op, input, true, NULL, &none, &call, err);
    if (status != AWSC_OK)
        return status;
    return run_sync(call, output, err);
}

int awsc_call_typed(struct awsc_client *client, const struct awsc_operation *op,
                    const void *input, void *output, struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, op, input, output ? &out : NULL, err);
    if (output)
        memcpy(output, &out, sizeof out); /* a pointer to the output struct */
    return status;
}

int awsc_call_async_typed(struct awsc_client *client, const struct awsc_operation *op,
                          const void *input, awsc_call_trampoline *trampoline, awsc_fn *cb,
                          void *user_data, struct awsc_error *err)
{
    if (!trampoline || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an async call needs a callback");
    struct awsc__call *call;
    struct completion done = {trampoline, cb, user_data};
    return start_call(client, op, input, false, NULL, &done, &call, err);
}

static void generic_trampoline(awsc_fn *cb, void *user_data, int status, void *output,
                               struct awsc_error *err)
{
    ((awsc_call_cb *)(void (*)(void))cb)(user_data, status, output, err);
}

int awsc_call_async(struct awsc_client *client, const struct awsc_operation *op, const void *input,
                    awsc_call_cb *cb, void *user_data, struct awsc_error *err)
{
    if (!cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an async call needs a callback");
    return awsc_call_async_typed(client, op, input, generic_trampoline, (awsc_fn *)cb, user_data,
                                 err);
}

/* ------------------------------------------------------- event streams */

int awsc_call_events_typed(struct awsc_client *client, const struct awsc_operation *op,
                           const void *input, awsc_event_trampoline *event_trampoline,
                           awsc_fn *on_event, void *user_data, void **output,
                           struct awsc_error *err)
{
    if (output)
        *output = NULL;
    struct event_args ev = {event_trampoline, on_event};
    struct awsc__call *call;
    struct completion done = {NULL, NULL, user_data};
    int status = start_call(client, op, input, true, &ev, &done, &call, err);
    if (status != AWSC_OK)
        return status;
    return run_sync(call, output, err);
}

int awsc_call_events_async_typed(struct awsc_client *client, const struct awsc_operation *op,
                                 const void *input, awsc_event_trampoline *event_trampoline,
                                 awsc_fn *on_event, awsc_call_trampoline *trampoline, awsc_fn *cb,
                                 void *user_data, struct awsc_error *err)
{
    if (!trampoline || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an async call needs a callback");
    struct event_args ev = {event_trampoline, on_event};
    struct awsc__call *call;
    struct completion done = {trampoline, cb, user_data};
    return start_call(client, op, input, false, &ev, &done, &call, err);
}

static int generic_event_trampoline(awsc_fn *on_event, void *user_data, const void *event)
{
    return ((awsc_event_cb *)(void (*)(void))on_event)(user_data, event);
}

int awsc_call_events(struct awsc_client *client, const struct awsc_operation *op, const void *input,
                     awsc_event_cb *on_event, void *user_data, void **output,
                     struct awsc_error *err)
{
    if (output)
        *output = NULL;
    if (!on_event)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "an event stream call needs an event callback");
    return awsc_call_events_typed(client, op, input, generic_event_trampoline, (awsc_fn *)on_event,
                                  user_data, output, err);
}

int awsc_call_events_async(struct awsc_client *client, const struct awsc_operation *op,
                           const void *input, awsc_event_cb *on_event, awsc_call_cb *cb,
                           void *user_data, struct awsc_error *err)
{
    if (!on_event || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "an async event stream call needs an event callback and a callback");
    return awsc_call_events_async_typed(client, op, input, generic_event_trampoline,
                                        (awsc_fn *)on_event, generic_trampoline, (awsc_fn *)cb,
                                        user_data, err);
}

/* Destroying a client cancels what is in flight: each call completes with
 * AWSC_E_CANCELLED, its callback called before destroy returns. On the
 * loop of the calls (the thread destroying the client drives it, or may). */
static void cancel_pass(struct awsc_client *client)
{
    /* calls waiting for a retry have nothing on the wire: end them now */
    struct awsc__call *call = client->calls;
    while (call) {
        struct awsc__call *next = call->next;
        if (call->waiter.active) {
            /* waiting for credentials: nothing on the wire */
            awsc__provider_cancel(&call->waiter);
            awsc__fail(&call->err, AWSC_E_CANCELLED, "the client was destroyed");
            finish(call, AWSC_E_CANCELLED);
        } else if (call->timer) {
            awsc_transport_timer_cancel(call->transport, call->timer);
            call->timer = NULL;
            awsc__fail(&call->err, AWSC_E_CANCELLED, "the client was destroyed");
            finish(call, AWSC_E_CANCELLED);
        } else if (call->transfer) {
            awsc_transport_cancel(call->transport, call->transfer);
        }
        call = next;
    }
}

/* Posted by a thread destroying the client while another runs its loop:
 * first the cancel pass, then (once every call is out of the list) a mark
 * that the loop has come back from the last callback. */
static void posted_mark(struct awsc__task *task, bool cancel)
{
    struct awsc_client *client =
        (struct awsc_client *)(void *)((char *)task - offsetof(struct awsc_client, cancel));
    if (cancel)
        cancel_pass(client);
    pthread_mutex_lock(&client->mu);
    client->cancel_ran++;
    pthread_cond_broadcast(&client->cv);
    pthread_mutex_unlock(&client->mu);
}

static void cancel_posted(struct awsc__task *task)
{
    posted_mark(task, true);
}

static void barrier_posted(struct awsc__task *task)
{
    posted_mark(task, false);
}

void awsc__client_cancel_all(struct awsc_client *client)
{
    pthread_mutex_lock(&client->mu);
    struct awsc_transport *t = client->transport;
    bool any = client->calls != NULL;
    pthread_mutex_unlock(&client->mu);
    if (!any)
        return;
    if (t && !awsc__transport_claim(t)) {
        /* another thread runs the loop: it cancels the calls, and their
         * callbacks run there; this one waits for the last to end */
        client->cancel.fn = cancel_posted;
        client->cancel.remote = false;
        awsc__transport_post_new(t, &client->cancel);
        pthread_mutex_lock(&client->mu);
        while (client->calls || client->cancel_ran < 1)
            pthread_cond_wait(&client->cv, &client->mu);
        pthread_mutex_unlock(&client->mu);
        /* the last call is out of the list, and its callback may still
         * run there: destroy returns once the loop is past it */
        if (awsc__transport_claim(t)) {
            awsc__transport_leave(t); /* no thread is in the loop */
            return;
        }
        client->cancel.fn = barrier_posted;
        awsc__transport_post_new(t, &client->cancel);
        pthread_mutex_lock(&client->mu);
        while (client->cancel_ran < 2)
            pthread_cond_wait(&client->cv, &client->mu);
        pthread_mutex_unlock(&client->mu);
        return;
    }
    cancel_pass(client);
    /* the transfers' cancellations arrive through the loop */
    while (client->calls) {
        struct awsc_transport *ct = client->calls->transport;
        if (awsc_transport_poll(ct, 100) < 0)
            break;
    }
    if (t)
        awsc__transport_leave(t);
}
